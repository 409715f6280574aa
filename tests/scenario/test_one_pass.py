"""Every problem of a file in one run: reading, validation and cross-field rules together.

A negotiator editing YAML by hand should not fix one problem only to be shown the next. These
tests combine mistakes that different stages find (duplicate keys and anchors while reading,
field errors while validating, rules across fields afterwards) and assert that one run of the
loader, and of ``wagebargain check`` (exit 3, nothing on stdout), reports them all, sorted by
line and column, without echoing one problem as another.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from wagebargain.cli.app import app
from wagebargain.errors import ScenarioError
from wagebargain.scenario import yamlsafe
from wagebargain.scenario.loader import load_context, parse_scenario
from wagebargain.scenario.problems import MAX_PROBLEMS, Problem, dotted

from wbpaths import HENGDA, ROOT

runner = CliRunner()
LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])
BASE = HENGDA.read_text("utf-8")
_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<path>.+?): (?P<message>.+)$")


def _edit(*changes: tuple[str, str], text: str = BASE) -> str:
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _line(text: str, fragment: str) -> int:
    """1-based line of the only line holding ``fragment``."""
    found = [i for i, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(found) == 1, fragment
    return found[0]


def _problems(text: str) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text.encode("utf-8"), "case.yaml")
    problems = caught.value.problems
    assert [(p.line, p.col) for p in problems] == sorted((p.line, p.col) for p in problems)
    assert all(p.severity == "error" and p.line >= 1 and p.col >= 1 for p in problems)
    return problems


def _summary(problems: list[Problem]) -> list[tuple[int, str]]:
    return [(p.line, dotted(p.path)) for p in problems]


def _check_cli(tmp_path: Path, text: str) -> list[re.Match]:
    path = tmp_path / "t.yaml"
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 3, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1] == "1 of 1 file invalid."
    matches = [_LINE.match(line) for line in lines[:-1]]
    assert all(matches), result.stderr
    assert all(m["file"] == str(path) for m in matches)
    return matches  # type: ignore[return-value]


# --- 1. duplicate keys do not hide validation errors -------------------------------------------

DUPLICATE_AND_FIELD = _edit(
    ("    floor: 7460                    # 60% of the average wage used for contributions\n",
     "    floor: 7460                    # 60% of the average wage used for contributions\n"
     "    floor: 7461\n"),
    ("base_pay: 3100 ", "base_pay: -5   "))


def test_duplicate_key_and_field_error_are_reported_together():
    problems = _problems(DUPLICATE_AND_FIELD)
    assert _summary(problems) == [
        (_line(DUPLICATE_AND_FIELD, "base_pay: -5"), "enterprise.workforce[0].base_pay"),
        (_line(DUPLICATE_AND_FIELD, "floor: 7461"), "economy.contribution_base.floor"),
    ]
    assert "-5 is below zero" in problems[0].message
    first = _line(DUPLICATE_AND_FIELD, "floor: 7460")
    assert problems[1].message == (f"duplicate key 'floor' (first given at line {first}); keep "
                                   "only one (the last one given is the one checked)")


def test_the_last_value_of_a_duplicate_key_is_the_one_checked():
    # The first floor is fine, the last is above the ceiling: the rule sees the last one,
    # and a validation error in it points at the last one too.
    text = _edit(("    floor: 7460 ", "    floor: 7460\n    floor: 40000\n    # "))
    problems = _problems(text)
    assert _summary(problems) == [
        (_line(text, "floor: 40000"), "economy.contribution_base.floor"),
        (_line(text, "ceiling: 37302"), "economy.contribution_base.ceiling"),
    ]
    assert "duplicate key 'floor'" in problems[0].message
    assert "the ceiling (37302) is below the floor (40000)" in problems[1].message
    text = _edit(("    floor: 7460 ", "    floor: 7460\n    floor: -1\n    # "))
    assert [p.message.split(";")[0] for p in _problems(text)] == [
        f"duplicate key 'floor' (first given at line {_line(text, 'floor: 7460')})",
        "-1 is below zero"]


def test_every_occurrence_after_the_first_is_a_duplicate():
    text = _edit(("  union_power: 0.5 ", "  union_power: 0.5\n  union_power: 0.4\n"
                  "  union_power: 0.3\n  #"))
    problems = _problems(text)
    assert [p.line for p in problems] == [_line(text, "0.4"), _line(text, "0.3")]
    assert all("duplicate key 'union_power'" in p.message for p in problems)


def test_duplicate_key_and_field_error_through_check(tmp_path):
    matches = _check_cli(tmp_path, DUPLICATE_AND_FIELD)
    assert [m["path"] for m in matches] == ["enterprise.workforce[0].base_pay",
                                            "economy.contribution_base.floor"]


# --- 2. anchors, aliases and tags: every one, capped; aliases stop before anything is built ----

@pytest.mark.parametrize("loader", LOADERS, ids=lambda c: c.__name__)
def test_every_anchor_and_tag_is_reported_with_the_validation_errors(monkeypatch, loader):
    # The refused tag is matched to its node by position: the same with either parser.
    monkeypatch.setattr(yamlsafe, "_Loader", loader)
    text = _edit(("base_pay: 3100 ", "base_pay: &a 3100 "),
                 ("base_pay: 6200", "base_pay: !pay 6200"),
                 ("headcount: 90", "headcount: -90"), ("  upper: 8%", "  upper: &b 8%"))
    problems = _problems(text)
    assert [(p.line, p.message.split(" are ")[0].split(" is ")[0]) for p in problems] == [
        (_line(text, "&a"), "anchors (&a)"),
        (_line(text, "!pay"), "the tag !pay"),
        (_line(text, "headcount: -90"), "-90"),
        (_line(text, "&b"), "anchors (&b)"),
    ]
    # The refused tag's value is not validated as well: one problem at that line.
    assert sum(p.line == _line(text, "!pay") for p in problems) == 1


def test_with_an_alias_nothing_is_built_or_validated():
    # Every anchor and alias is reported, but the field error is not: with an alias present
    # the document is never built (bounded memory), so validation cannot run.
    text = _edit(("  upper: 8%", "  upper: &u 8%"), ("  lower: 2%", "  lower: *u"),
                 ("base_pay: 3100 ", "base_pay: -5   "), ("headcount: 90", "headcount: &h 90"))
    problems = _problems(text)
    assert [(p.line, p.col, p.message.split(" are ")[0]) for p in problems] == [
        (_line(text, "&h"), 18, "anchors (&h)"),
        (_line(text, "&u"), 10, "anchors (&u)"),
        (_line(text, "*u"), 10, "aliases (*name)"),
    ]


def test_an_alias_flood_is_capped_with_a_count_of_the_rest(tmp_path):
    aliases = ", ".join(["*x"] * 200)
    text = BASE + f"\nextra: &x [1]\nmore: [{aliases}]\n"
    problems = _problems(text)
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].message.startswith("anchors (&x)")
    assert all(p.message.startswith("aliases (*name)") for p in problems[1:-1])
    more = problems[-1]
    assert more.message == f"... and 151 more problems (only the first {MAX_PROBLEMS} are shown)"
    assert more.line == _line(text, "more:")
    assert (more.line, more.col) >= (problems[-2].line, problems[-2].col)
    matches = _check_cli(tmp_path, text)
    assert len(matches) == MAX_PROBLEMS + 1
    assert matches[-1]["path"] == "(top level)" and "151 more problems" in matches[-1]["message"]


def test_nesting_too_deep_stops_after_the_prescan():
    text = BASE + "\nextra: " + "[" * 40 + "]" * 40 + "\n"
    (problem,) = _problems(text.replace("base_pay: 3100 ", "base_pay: -5   "))
    assert "nesting deeper than 32 levels" in problem.message


def test_a_syntax_error_reports_only_itself_and_what_came_before():
    text = _edit(("  upper: 8%", "  upper: &u 8%"), ("  lower: 2%", "  lower: [2%"))
    problems = _problems(text)
    assert problems[0].message.startswith("anchors (&u)")
    assert all(p.message.startswith(("anchors", "YAML syntax error")) for p in problems)
    assert problems[-1].message.startswith("YAML syntax error")


# --- 3. cross-field rules run on the sections that validated ----------------------------------

def test_guideline_order_is_checked_when_another_section_failed(tmp_path):
    text = _edit(("base_pay: 3100 ", "base_pay: -5   "), ("  upper: 8%", "  upper: 4%"))
    problems = _problems(text)
    assert _summary(problems) == [
        (_line(text, "base_pay: -5"), "enterprise.workforce[0].base_pay"),
        (_line(text, "upper: 4%"), "guideline.upper"),
    ]
    assert "the upper line (4%) is below the baseline (5%)" in problems[1].message
    matches = _check_cli(tmp_path, text)
    assert [m["path"] for m in matches] == ["enterprise.workforce[0].base_pay", "guideline.upper"]


def test_missing_enterprise_is_reported_with_the_other_missing_sections(tmp_path):
    problems = _problems("scenario: {title: x, year: 2026}\n")
    assert [(dotted(p.path), p.message) for p in problems] == [
        ("", "give exactly one of `enterprise:` (one firm) or `enterprises:` (a sector or "
             "district bargain)"),
        ("economy", "missing: add `economy:` here"),
        ("guideline", "missing: add `guideline:` here"),
    ]
    matches = _check_cli(tmp_path, "scenario: {title: x, year: 2026}\n")
    assert [m["path"] for m in matches] == ["(top level)", "economy", "guideline"]


def test_both_enterprise_sections_are_reported_with_a_field_error():
    firm = BASE[BASE.index("enterprise:\n") + len("enterprise:\n"): BASE.index("\neconomy:")]
    text = _edit(("  upper: 8%", "  upper: 800%")) + "\nenterprises:\n  -" + firm[1:].replace(
        "\n  ", "\n    ") + "\n"
    problems = _problems(text)
    assert [dotted(p.path) for p in problems] == ["", "guideline.upper"]
    assert "give exactly one of" in problems[0].message


def test_rules_needing_a_failed_section_are_skipped():
    # scenario.year is broken, so "raise history after this round" cannot be judged; the
    # market is broken, so "occupation not listed" cannot be either; the history order can.
    text = _edit(("  year: 2026", "  year: twenty"), ("{p10: 48000, p25:", "{p10: -1, p25:"),
                 ("occupation: office_clerk", "occupation: clerk"),
                 ("- {year: 2023, raise: 2%}", "- {year: 2030, raise: 2%}"))
    problems = _problems(text)
    assert _summary(problems) == [
        (_line(text, "year: twenty"), "scenario.year"),
        (_line(text, "year: 2024"), "enterprise.raise_history[3].year"),
        (_line(text, "p10: -1"), "market.occupations.assembly_operator.p10"),
    ]
    assert "year 2024 does not follow 2030" in problems[1].message


def test_valid_firms_of_a_sector_are_checked_beside_a_broken_one():
    # The first firm fails (base pay), so its raise history is not judged; the last firm
    # validates, so its raise history is.
    sector = (ROOT / "scenarios" / "district-electronics-sector.yaml").read_text("utf-8")
    text = _edit(("base_pay: 2900", "base_pay: -5"),
                 ("- {year: 2024, raise: 3%}", "- {year: 2098, raise: 3%}"),
                 ("- {year: 2025, raise: 2.5%}", "- {year: 2099, raise: 2.5%}"), text=sector)
    problems = _problems(text)
    assert _summary(problems) == [
        (_line(text, "base_pay: -5"), "enterprises[0].workforce[0].base_pay"),
        (_line(text, "year: 2099"), "enterprises[4].raise_history[2].year"),
    ]
    assert "year 2099 is after this round (2026)" in problems[1].message


def test_a_context_reports_field_errors_and_rules_together(tmp_path):
    region = (ROOT / "examples" / "region.yaml").read_text("utf-8")
    text = _edit(("average_wage: 12434", "average_wage: -1"), ("upper: 8%", "upper: 4%"),
                 text=region)
    path = tmp_path / "region.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_context(path)
    assert [dotted(p.path) for p in caught.value.problems] == ["economy.average_wage",
                                                               "guideline.upper"]


# --- 4. a misspelt required key is one problem, at the misspelling -----------------------------

def test_a_misspelt_required_key_is_one_problem(tmp_path):
    text = _edit(("base_pay: 3100 ", "base_pya: 3100 "))
    (problem,) = _problems(text)
    assert (problem.line, dotted(problem.path)) == (_line(text, "base_pya"),
                                                    "enterprise.workforce[0].base_pya")
    assert problem.message == ("unknown key 'base_pya'; did you mean 'base_pay'? "
                               "(base_pay is required)")
    (match,) = _check_cli(tmp_path, text)
    assert match["message"] == problem.message


def test_a_misspelt_optional_key_is_not_called_required():
    (problem,) = _problems(_edit(("allowances: 350", "alowances: 350")))
    assert problem.message == "unknown key 'alowances'; did you mean 'allowances'?"


def test_a_misspelt_enterprise_section_is_one_problem():
    text = _edit(("\nenterprise:\n", "\nenterprize:\n"))
    (problem,) = _problems(text)
    assert dotted(problem.path) == "enterprize"
    assert problem.message == ("unknown key 'enterprize'; did you mean 'enterprise'? "
                               "(a scenario needs `enterprise:` or `enterprises:`)")


# --- all four at once ----------------------------------------------------------------------------

def test_problems_of_every_stage_in_one_run(tmp_path):
    text = _edit(
        ("    floor: 7460 ", "    floor: 7460\n    floor: 7461\n    # "),  # reading: duplicate
        ("  region: Shanghai", "  region: &r Shanghai"),  # reading: anchor
        ("headcount: 180", "headcount: 0"),  # validation: field
        ("base_pay: 5200", "base_pai: 5200"),  # validation: misspelt required key
        ("  upper: 8%", "  upper: 4%"))  # cross-field rule
    expected = [
        (_line(text, "&r"), "(top level)"),
        (_line(text, "headcount: 0"), "enterprise.workforce[1].headcount"),
        (_line(text, "base_pai"), "enterprise.workforce[2].base_pai"),
        (_line(text, "floor: 7461"), "economy.contribution_base.floor"),
        (_line(text, "upper: 4%"), "guideline.upper"),
    ]
    problems = _problems(text)
    assert [(p.line, dotted(p.path) or "(top level)") for p in problems] == expected
    matches = _check_cli(tmp_path, text)
    assert [(int(m["line"]), m["path"]) for m in matches] == expected


def test_read_yaml_still_refuses_what_the_loader_reports():
    # The strict reader (used where plain data is wanted) raises on any reading problem,
    # the duplicate included; the loader goes on to validation instead.
    text = _edit(("  union_power: 0.5 ", "  union_power: 0.5\n  union_power: 0.4\n  #"))
    with pytest.raises(yamlsafe.YamlProblem) as caught:
        yamlsafe.read_yaml(text.encode("utf-8"), "case.yaml")
    (problem,) = caught.value.problems
    assert "duplicate key 'union_power'" in problem.message
