"""The malformed corpus: each file under malformed/ holds one mistake (a few hold several).

For every file the expected problems are listed below as (line, column, dotted path, message
fragment) and asserted twice: through the library (``loader.load`` raising ``ScenarioError``
with located ``Problem`` records) and through the CLI (``wagebargain check FILE``: exit code 3,
nothing on stdout, one ``FILE:LINE:COL: path: message`` line per problem on stderr).

Most files are the reference scenario with one change and a first-line comment saying what
it is; they were generated once and committed, so their line numbers do not move when the
reference does. YAML syntax messages differ between libyaml and the pure-Python parser, so
for those only the loader-independent part of the message is asserted; lines and columns
agree between the two.

At the end, regression tests for loader bugs found while writing this corpus (each was
first pinned by a strict xfail, then fixed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
import yaml
from typer.testing import CliRunner

from wagebargain.cli.app import app
from wagebargain.errors import ScenarioError
from wagebargain.scenario.loader import load, parse_scenario
from wagebargain.scenario.problems import MAX_PROBLEMS, Problem, dotted
from wagebargain.scenario.yamlsafe import MAX_BYTES

from wbpaths import REFERENCE

HERE = Path(__file__).resolve().parent
MALFORMED = HERE / "malformed"

runner = CliRunner()


@dataclass(frozen=True)
class Expect:
    """One problem a malformed file must produce."""

    line: int
    col: Optional[int]  # None where the column is not deterministic
    path: str  # dotted path; "" for a problem of the whole file
    fragment: str  # a piece of the message, matched case-sensitively

    def matches(self, problem: Problem) -> bool:
        return (problem.line == self.line
                and (self.col is None or problem.col == self.col)
                and dotted(problem.path) == self.path
                and self.fragment in problem.message)


E = Expect
TOP = ""
SYNTAX = "YAML syntax error"
ALIASES = "are not allowed in a scenario"

CASES: dict[str, list[Expect]] = {
    # --- YAML syntax: located at the offending token
    "syntax-bad-indentation.yaml": [E(5, 4, TOP, SYNTAX), E(5, 4, TOP, "block mapping")],
    "syntax-unclosed-brace.yaml": [E(63, 7, TOP, SYNTAX), E(63, 7, TOP, "flow mapping")],
    "syntax-unclosed-bracket.yaml": [E(96, 7, TOP, SYNTAX), E(96, 7, TOP, "flow sequence")],
    "syntax-tab-indentation.yaml": [E(5, 1, TOP, SYNTAX), E(5, 1, TOP, "cannot start any token")],
    "syntax-missing-colon.yaml": [E(7, 3, TOP, SYNTAX), E(7, 3, TOP, "could not find expected ':'")],
    "multi-document.yaml": [E(103, 1, TOP, "expected a single document")],
    # --- anchors, aliases and tags: every one reported (up to the cap), nothing built
    "alias-bomb.yaml": [E(2, 4, TOP, "anchors (&a) are not allowed"),
                        E(3, 4, TOP, "anchors (&b) are not allowed"),
                        E(3, 8, TOP, "aliases (*name) are not allowed"),
                        E(7, 40, TOP, "... and 31 more problems (only the first 50 are shown)")],
    "alias-undefined.yaml": [E(2, 11, TOP, "aliases (*name) are not allowed")],
    "anchor-alone.yaml": [E(91, 13, TOP, "anchors (&b) are not allowed")],
    # Any tag but the standard scalar and collection tags is refused before anything is built.
    "tag-custom.yaml": [E(91, 13, TOP, "the tag !percent is not allowed")],
    "tag-python-object.yaml": [E(91, 13, TOP, "the tag !!python/object:os.system is not allowed")],
    "tag-python-apply-on-list.yaml": [E(91, 13, TOP,
                                        "the tag !!python/object/apply:os.system is not allowed")],
    # --- duplicate keys, at the second occurrence, naming the first
    "duplicate-key-top-level.yaml": [E(96, 1, "guideline",
                                       "duplicate key 'guideline' (first given at line 90)")],
    "duplicate-key-nested.yaml": [E(93, 3, "guideline.upper",
                                    "duplicate key 'upper' (first given at line 92)")],
    # --- wrong types
    "type-text-for-number.yaml": [E(30, 7, "enterprise.workforce[0].base_pay",
                                    "expected an amount of money, got 'about three thousand'")],
    "type-list-for-mapping.yaml": [E(69, 3, "economy.cpi", "expected a mapping of keys")],
    "type-mapping-for-list.yaml": [E(54, 3, "enterprise.part_time", "expected a list")],
    "type-year-as-text.yaml": [E(5, 3, "scenario.year",
                                 "expected a whole number, got 'twenty twenty-six'")],
    # `yes` is text, as in YAML 1.2 (only true/false are booleans); either way not a rate.
    "type-boolean-for-rate.yaml": [E(93, 3, "guideline.lower", "'yes' is not a rate")],
    # --- missing sections and keys
    "missing-economy.yaml": [E(3, 1, "economy", "missing: add `economy:` here")],
    "missing-guideline.yaml": [E(3, 1, "guideline", "missing: add `guideline:` here")],
    "missing-enterprise.yaml": [E(3, 1, TOP, "give exactly one of `enterprise:`")],
    "both-enterprise-and-enterprises.yaml": [E(3, 1, TOP, "give exactly one of `enterprise:`")],
    "enterprises-empty.yaml": [E(9, 1, "enterprises", "must not be empty")],
    "missing-required-key.yaml": [E(36, 7, "enterprise.workforce[1].base_pay",
                                    "missing: add `base_pay:` here")],
    # --- units: rates, money, headcounts
    "percent-baseline-bare.yaml": [E(91, 3, "guideline.baseline", "did you mean 5%?")],
    "percent-cpi-previous-bare.yaml": [E(70, 5, "economy.cpi.previous", "did you mean 2%?")],
    "percent-employer-rate-bare.yaml": [E(81, 5, "economy.employer_contributions.pension",
                                          "did you mean 16%?")],
    "rate-over-100-percent.yaml": [E(92, 3, "guideline.upper", "150% is 100% or more")],
    "rate-not-a-percent.yaml": [E(106, 3, "bargaining.management_offer",
                                  "'one and a half' is not a rate")],
    "rate-nan.yaml": [E(72, 3, "economy.productivity_trend", "must be a finite number")],
    "money-negative.yaml": [E(73, 3, "economy.average_wage", "-12434 is below zero: this amount must be above 0")],
    "money-nan.yaml": [E(73, 3, "economy.average_wage", "must be a finite number (not .nan or .inf)")],
    "money-inf.yaml": [E(23, 7, "enterprise.accounts.current.value_added",
                         "must be a finite number (not .nan or .inf)")],
    "headcount-negative.yaml": [E(29, 7, "enterprise.workforce[0].headcount", "must be above 0")],
    "headcount-fractional.yaml": [E(37, 7, "enterprise.workforce[1].headcount",
                                    "expected a whole number, got 180.5")],
    "headcount-zero.yaml": [E(26, 7, "enterprise.accounts.current.average_headcount",
                              "must be above 0")],
    # --- unknown keys, at several depths
    "unknown-key-top-level.yaml": [E(103, 1, "bonus_pool", "unknown key 'bonus_pool'; allowed here: "
                                     "scenario, enterprise, enterprises, economy, guideline")],
    # The typo also leaves base_pay missing: one problem, at the typo, with its fix.
    "unknown-key-typo-base-pai.yaml": [
        E(30, 7, "enterprise.workforce[0].base_pai",
          "unknown key 'base_pai'; did you mean 'base_pay'? (base_pay is required)"),
    ],
    "unknown-key-deep.yaml": [E(114, 5, "simulation.union.patiance",
                                "unknown key 'patiance'; did you mean 'patience'?")],
    "unknown-key-part-time.yaml": [E(58, 7, "enterprise.part_time[0].tips",
                                     "unknown key 'tips'; allowed here: role, headcount")],
    # --- enumerations
    "enum-ownership-public.yaml": [E(13, 3, "enterprise.ownership", "'public' is not allowed")],
    "enum-language-fr.yaml": [E(7, 3, "scenario.language", "'fr' is not allowed; use one of 'en' or 'zh'")],
    "enum-strategy-unknown.yaml": [E(116, 5, "simulation.management.strategy", "'stubborn' is not allowed")],
    # --- rules across fields (cross-checks), at the key at fault
    "quantiles-out-of-order.yaml": [E(99, 49, "market.occupations.assembly_operator.p50",
                                      "p50 (46000) must be above p25 (56000)")],
    "quantiles-single.yaml": [E(101, 5, "market.occupations.office_clerk", "at least two quantiles")],
    "guideline-upper-below-baseline.yaml": [E(92, 3, "guideline.upper",
                                              "the upper line (4%) is below the baseline (5%)")],
    "guideline-lower-above-baseline.yaml": [E(93, 3, "guideline.lower",
                                              "the lower line (6%) is above the baseline (5%)")],
    "occupation-not-in-market.yaml": [E(49, 7, "enterprise.workforce[2].occupation",
                                        "occupation 'clerk' is not listed under market.occupations")],
    "raise-history-not-increasing.yaml": [E(64, 8, "enterprise.raise_history[2].year",
                                            "year 2021 does not follow 2022")],
    "piece-rate-without-quota.yaml": [E(28, 7, "enterprise.workforce[0]",
                                        "needs both piece_rate and quota")],
    "contribution-ceiling-below-floor.yaml": [E(88, 5, "economy.contribution_base.ceiling",
                                                "is below the floor")],
    "simulation-target-wrong-side.yaml": [E(118, 5, "simulation.management.target",
                                            "wrong side of its reservation point")],
    # --- whole-file problems
    "empty.yaml": [E(1, 1, TOP, "the file is empty")],
    "only-comments.yaml": [E(1, 1, TOP, "the file is empty")],
    "top-level-list.yaml": [E(2, 1, TOP, "the top level must be a mapping of sections")],
    "top-level-scalar.yaml": [E(2, 1, TOP, "the top level must be a mapping of sections")],
    "binary-garbage.yaml": [E(1, 1, TOP, "binary data (NUL bytes)")],
    "invalid-utf8.yaml": [E(10, 27, TOP, "not UTF-8 text")],
    "control-character.yaml": [E(10, 15, TOP, "character U+001B is not allowed in YAML")],
    # --- YAML 1.1 numbers that change a figure silently: refused, with how to write it
    "number-octal.yaml": [E(38, 7, "enterprise.workforce[1].base_pay",
                            "06200 is read by YAML as an octal number (3200); write 6200")],
    "number-sexagesimal.yaml": [E(29, 7, "enterprise.workforce[0].headcount",
                                  "1:30 is read by YAML as a base-60 number (90); write 90")],
    "number-hexadecimal.yaml": [E(37, 7, "enterprise.workforce[1].headcount",
                                  "0x10 is read by YAML as a hexadecimal number; write 16")],
    "number-underscores.yaml": [E(25, 7, "enterprise.accounts.current.wage_bill",
                                  "write 58500000")],
    # yes/no/on/off are text (YAML 1.2); true/false are booleans, never numbers.
    "number-yes.yaml": [E(105, 3, "bargaining.union_power", "expected a number, got 'yes'")],
    "number-true.yaml": [E(114, 5, "simulation.union.patience",
                           "expected a number, not true/false")],
    "bool-yes.yaml": [E(77, 5, "economy.minimum_wage.excludes_employee_contributions",
                        "expected true or false, got 'yes'")],
    "bool-one.yaml": [E(77, 5, "economy.minimum_wage.excludes_employee_contributions",
                        "expected true or false, got 1")],
    # --- money must be a YAML number, finite, within 10^15, and above 0 where the advice needs it
    "money-quoted.yaml": [E(30, 7, "enterprise.workforce[0].base_pay",
                            "'3100' is text, not an amount of money; write 3100 without quotes")],
    "money-exponent-without-sign.yaml": [E(30, 7, "enterprise.workforce[0].base_pay",
                                           "YAML reads 3.1e3 as text")],
    "money-thousands-comma.yaml": [E(30, 7, "enterprise.workforce[0].base_pay",
                                     "write 3100 without the comma")],
    "money-zero-where-positive.yaml": [
        E(line, col, path, "0 is not allowed: this amount must be above 0")
        for line, col, path in [
            (17, 7, "enterprise.accounts.previous.value_added"),
            (19, 7, "enterprise.accounts.previous.wage_bill"),
            (23, 7, "enterprise.accounts.current.value_added"),
            (25, 7, "enterprise.accounts.current.wage_bill"),
            (46, 7, "enterprise.workforce[2].base_pay"),
            (73, 3, "economy.average_wage"),
            (75, 5, "economy.minimum_wage.monthly"),
            (78, 5, "economy.minimum_wage.next_monthly"),
            (88, 5, "economy.contribution_base.ceiling"),
            (101, 32, "market.occupations.office_clerk.p50"),
        ]],
    "money-huge.yaml": [E(52, 7, "enterprise.workforce[3].base_pay",
                          "1e+28 is out of range: an amount of money may be at most 10^15")],
    "money-huge-negative-profit.yaml": [E(24, 7, "enterprise.accounts.current.profit",
                                          "-1e+300 is out of range: an amount of money may be at most 10^15")],
    "money-400-digits.yaml": [E(25, 7, "enterprise.accounts.current.wage_bill",
                                "100000000000... (a number of 401 digits) is far too large")],
    # --- rates: what the schema's pattern and bounds also say
    "rate-quoted-fraction.yaml": [E(91, 3, "guideline.baseline",
                                    "'0.05' is text, not a rate; write 0.05 without quotes or 5%")],
    "rate-bare-100.yaml": [E(92, 3, "guideline.upper",
                             "100 is not a rate: a rate lies between -100% and 100%")],
    "rate-minus-100-percent.yaml": [E(70, 5, "economy.cpi.previous", "-100% is -100% or less")],
    "rate-negative-contribution.yaml": [E(81, 5, "economy.employer_contributions.pension",
                                          "-5% is below zero; this rate must be 0% or more")],
    # --- simulation seeds: 0 <= seed < 2**63, a YAML integer
    "seed-negative.yaml": [E(111, 3, "simulation.seed", "-1 is out of range: must be at least 0")],
    "seed-too-large.yaml": [E(111, 3, "simulation.seed", "must be at most 9223372036854775807")],
    "seed-quoted.yaml": [E(111, 3, "simulation.seed", "'5' is text, not a whole number")],
    # --- field names: the file's key is `raise`; the code's name `raise_` is unknown
    "raise-python-name.yaml": [
        E(64, 20, "enterprise.raise_history[2].raise_",
          "unknown key 'raise_'; did you mean 'raise'? (raise is required)"),
    ],
    "raise-history-after-scenario-year.yaml": [E(66, 8, "enterprise.raise_history[4].year",
                                                 "year 2030 is after this round (2026)")],
    # --- policy: once, at the key, in the file's units
    "policy-negative-share.yaml": [E(122, 3, "policy.catch_up_share",
                                     "-50% is below zero; this rate must be 0% or more")],
    "policy-slow-above-fast.yaml": [E(123, 3, "policy.fast_growth",
                                      "slow_growth (8%) must not exceed fast_growth (2%)")],
    "year-as-date.yaml": [E(5, 3, "scenario.year", "expected a whole number, got a date (2026-01-01)")],
    # --- columns count characters, not bytes, after non-ASCII text
    "control-character-after-cjk.yaml": [E(11, 19, TOP, "character U+0007 is not allowed")],
    "invalid-utf8-after-cjk.yaml": [E(11, 18, TOP, "not UTF-8 text")],
    # --- several independent mistakes: every one reported, sorted by line
    "three-mistakes.yaml": [
        E(13, 3, "enterprise.ownership", "'public' is not allowed"),
        E(37, 7, "enterprise.workforce[1].headcount", "must be above 0"),
        E(91, 3, "guideline.baseline", "did you mean 5%?"),
    ],
}


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        load(path)
    return caught.value.problems


COUNTS = {"alias-bomb.yaml": 51}
"""Files whose expectations pin some of their problems only: how many there are in all."""


def _expected_problem_count(name: str) -> int:
    """Files listing two fragments for one problem (syntax errors) still yield one problem."""
    return COUNTS.get(name) or len({(e.line, e.col, e.path) for e in CASES[name]})


def test_corpus_and_expectations_agree():
    files = {p.name for p in MALFORMED.iterdir() if p.is_file()}
    assert files == set(CASES), (
        f"files without expectations: {sorted(files - set(CASES))}; "
        f"expectations without files: {sorted(set(CASES) - files)}")
    assert len(files) >= 35


@pytest.mark.parametrize("name", sorted(CASES))
def test_loader_locates_every_problem(name):
    path = MALFORMED / name
    problems = _problems(path)
    assert len(problems) == _expected_problem_count(name), "\n".join(map(str, problems))
    for expect in CASES[name]:
        assert any(expect.matches(p) for p in problems), (
            f"expected {expect} among:\n" + "\n".join(map(str, problems)))
    for problem in problems:
        assert problem.file == str(path)
        assert problem.severity == "error"
        assert problem.line >= 1 and problem.col >= 1
        assert problem.message.strip()
    assert [(p.line, p.col) for p in problems] == sorted((p.line, p.col) for p in problems)


_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<path>.+?): (?P<message>.+)$")


def _cli_problem_lines(path: Path) -> list[re.Match]:
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1] == "1 of 1 file invalid."
    matches = [_LINE.match(line) for line in lines[:-1]]
    assert all(matches), f"unlocated lines on stderr:\n{result.stderr}"
    for match in matches:
        assert match["file"] == str(path)
    return matches  # type: ignore[return-value]


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_prints_located_problems(name):
    path = MALFORMED / name
    matches = _cli_problem_lines(path)
    assert len(matches) == _expected_problem_count(name)
    for expect in CASES[name]:
        path_text = expect.path or "(top level)"
        assert any(int(m["line"]) == expect.line
                   and (expect.col is None or int(m["col"]) == expect.col)
                   and m["path"] == path_text and expect.fragment in m["message"]
                   for m in matches), f"expected {expect} on stderr"


def test_three_independent_mistakes_are_all_reported_sorted():
    problems = _problems(MALFORMED / "three-mistakes.yaml")
    assert [p.line for p in problems] == [13, 37, 91]
    assert [dotted(p.path) for p in problems] == [
        "enterprise.ownership", "enterprise.workforce[1].headcount", "guideline.baseline"]


def test_alias_bomb_is_refused_from_the_event_stream():
    # Refused from the event stream, before anything is constructed: the messages are about
    # anchors and aliases, not memory. (No timing assertion; speed follows from this.) Every
    # anchor and alias is reported, up to the cap; the rest are counted on a last line.
    problems = _problems(MALFORMED / "alias-bomb.yaml")
    assert (problems[0].line, problems[0].col) == (2, 4)
    assert len(problems) == MAX_PROBLEMS + 1
    assert all("anchor" in p.message or "alias" in p.message for p in problems[:-1])
    assert problems[-1].message.startswith("... and 31 more problems")


def test_binary_fixtures_still_hold_their_bytes():
    # Guard against an editor "repairing" the two binary fixtures.
    assert b"\x00" in (MALFORMED / "binary-garbage.yaml").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        (MALFORMED / "invalid-utf8.yaml").read_bytes().decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        (MALFORMED / "invalid-utf8-after-cjk.yaml").read_bytes().decode("utf-8")
    assert b"\x07" in (MALFORMED / "control-character-after-cjk.yaml").read_bytes()


def test_every_derived_file_says_what_is_wrong():
    for name in CASES:
        raw = (MALFORMED / name).read_bytes()
        if raw.startswith(b"# Malformed:"):
            assert len(raw.splitlines()[0]) > len(b"# Malformed: ")


# --- the size cap, generated rather than committed ------------------------------------------

def _padded_reference(size: int) -> bytes:
    raw = REFERENCE.read_bytes()
    padding = size - len(raw) - 3
    assert padding > 0
    return raw + b"\n#" + b"x" * padding + b"\n"


def test_file_over_the_size_cap_is_refused(tmp_path, reference_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(_padded_reference(MAX_BYTES + 1))
    assert big.stat().st_size == MAX_BYTES + 1
    (problem,) = _problems(big)
    assert (problem.line, problem.col, problem.path) == (1, 1, ())
    assert f"at most {MAX_BYTES:,} bytes" in problem.message
    matches = _cli_problem_lines(big)
    assert len(matches) == 1 and "at most 1,000,000 bytes" in matches[0]["message"]


def test_file_at_the_size_cap_is_read(tmp_path, reference_path):
    exact = tmp_path / "exact.yaml"
    exact.write_bytes(_padded_reference(MAX_BYTES))
    assert exact.stat().st_size == MAX_BYTES
    assert load(exact).scenario.scenario.year == 2026


# --- loader bugs found while writing the corpus (src/ is not ours to edit) ---------------------
# Each test states the contract (a ScenarioError with located problems) for an input that
# once crashed the loader.

def _reference_with(old: str, new: str) -> bytes:
    text = REFERENCE.read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def _assert_located_error(raw: bytes) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(raw, "bug.yaml")
    problems = caught.value.problems
    assert problems and all(p.line >= 1 and p.col >= 1 and p.message for p in problems)
    return problems


HUGE = "1" + "0" * 400  # an integer beyond the range of a float


def test_bug_huge_integer_rate(reference_path):
    _assert_located_error(_reference_with("baseline: 5%", f"baseline: {HUGE}"))


def test_bug_huge_integer_headcount(reference_path):
    _assert_located_error(_reference_with("headcount: 520", f"headcount: {HUGE}"))


def test_bug_huge_integer_policy_value(reference_path):
    _assert_located_error(REFERENCE.read_bytes() + f"\npolicy:\n  catch_up_share: {HUGE}\n".encode())


def test_bug_impossible_date_value(reference_path):
    _assert_located_error(_reference_with('title: "2026 wage round: Hengda Auto Parts"',
                                          "title: 2026-13-45"))


@pytest.mark.parametrize("value", ["!!int abc", "!!float abc", "!!bool maybe", "!!timestamp foo"])
def test_bug_explicit_scalar_tag_that_cannot_be_built(reference_path, value):
    _assert_located_error(_reference_with("average_wage: 12434", f"average_wage: {value}"))


@pytest.mark.parametrize("key", ["!!python/name:os.system x", "<<", "2026-13-45", "!!int abc"])
def test_bug_key_that_cannot_be_built(reference_path, key):
    _assert_located_error(_reference_with("  currency: CNY", f"  {key}: CNY"))


def test_bug_size_message_states_the_real_size(tmp_path, reference_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(_padded_reference(2 * MAX_BYTES))
    (problem,) = _problems(big)
    assert "2,000,000 bytes" in problem.message


def test_bug_unknown_quantile_key_gets_a_hint(reference_path):
    problems = _assert_located_error(_reference_with("p10: 48000, p25", "p10: 48000, p33: 1, p25"))
    (problem,) = problems
    assert not problem.message.endswith("allowed here: ")
    assert "p25" in problem.message


def test_bug_python_tag_on_a_mapping_is_refused(reference_path):
    _assert_located_error(_reference_with(
        "guideline:                         # the government wage guideline for the year",
        "guideline: !!python/object:os.system"))


def test_bug_boolean_money_is_refused(reference_path):
    _assert_located_error(_reference_with("subsistence_allowance: 1510", "subsistence_allowance: true"))
