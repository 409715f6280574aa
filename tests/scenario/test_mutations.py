"""Property tests: any mutation of a valid scenario loads, or fails with located problems.

Two families of mutation, each applied to the reference scenario and to every shipped one:

- of the text: delete, duplicate or swap lines, insert random characters or bytes, flip a
  byte, truncate the file at a random byte;
- of the parsed data: delete a key or a list item, replace a value with a random scalar, list,
  mapping, NaN, infinity, huge or negative number or string, add a key; then dump it back.

The contract: ``parse_scenario`` returns a scenario, or raises ``ScenarioError`` whose
problems all have a line and column of at least 1 (and no further than just past the end of
the file) and a message. Any other exception is a bug.

Known bugs are pinned by the ``xfail(strict=True)`` tests at the end of test_malformed.py.
The loader bugs these mutations once found are fixed, with regression tests in
test_malformed.py.
"""
from __future__ import annotations

import copy
import math

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagebargain.errors import ScenarioError
from wagebargain.scenario.loader import parse_scenario
from wagebargain.scenario.models import Scenario

from wbpaths import REFERENCE, shipped_scenarios

SEEDS = [p for p in [REFERENCE, *shipped_scenarios()] if p.exists()]
SEED_BYTES = {p.name: p.read_bytes() for p in SEEDS}
_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SEED_DATA = {name: yaml.load(raw.decode("utf-8"), Loader=_FastLoader)
             for name, raw in SEED_BYTES.items()}

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def assert_loads_or_locates(raw: bytes, name: str = "mutant.yaml") -> None:
    """The loader's whole contract for arbitrary bytes."""
    try:
        loaded = parse_scenario(raw, name)
    except ScenarioError as exc:
        problems = exc.problems
        assert problems, "a ScenarioError without problems"
        last_line = raw.count(b"\n") + 2  # a problem may sit just past the last newline
        for p in problems:
            assert p.file == name
            assert isinstance(p.line, int) and 1 <= p.line <= last_line, str(p)
            assert isinstance(p.col, int) and p.col >= 1, str(p)
            assert isinstance(p.message, str) and p.message.strip(), str(p)
            assert p.severity == "error"
            str(p)  # renders
    else:
        assert isinstance(loaded.scenario, Scenario)
        assert loaded.scenario.firms
        for w in loaded.warnings:
            assert w.line >= 1 and w.col >= 1 and w.message


# --- text mutations ------------------------------------------------------------------------

YAML_TOKENS = list(":-{}[]#&*!|>'\"%@`,?.~ \t\n") + ["\r\n", "---", "...", "- ", ": ", "!!"]
insert_text = st.lists(st.one_of(st.sampled_from(YAML_TOKENS), st.characters(codec="utf-8")),
                       min_size=1, max_size=12).map("".join)


@st.composite
def text_mutants(draw) -> bytes:
    raw = SEED_BYTES[draw(st.sampled_from(sorted(SEED_BYTES)))]
    lines = raw.split(b"\n")
    op = draw(st.sampled_from(["delete_line", "duplicate_line", "swap_lines", "insert_text",
                               "insert_bytes", "flip_byte", "truncate"]))
    if op == "delete_line":
        i = draw(st.integers(0, len(lines) - 1))
        return b"\n".join(lines[:i] + lines[i + 1:])
    if op == "duplicate_line":
        i = draw(st.integers(0, len(lines) - 1))
        return b"\n".join(lines[:i + 1] + lines[i:])
    if op == "swap_lines":
        i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines)
    at = draw(st.integers(0, len(raw)))
    if op == "insert_text":
        return raw[:at] + draw(insert_text).encode("utf-8") + raw[at:]
    if op == "insert_bytes":
        return raw[:at] + draw(st.binary(min_size=1, max_size=6)) + raw[at:]
    if op == "flip_byte":
        at = min(at, len(raw) - 1)
        return raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1:]
    return raw[:at]  # truncate


@SETTINGS
@given(text_mutants())
def test_text_mutations_load_or_fail_located(raw):
    assert_loads_or_locates(raw)


# --- data mutations ------------------------------------------------------------------------

FIELD_NAMES = ["scenario", "enterprise", "enterprises", "economy", "guideline", "market",
               "bargaining", "simulation", "policy", "year", "baseline", "headcount", "base_pay",
               "raise", "p50", "quota", "piece_rate", "category", "occupation", "catch_up_share"]

special_numbers = st.sampled_from([
    0, -1, 1, 100, 2026, -2026, 10**6, 10**18, 2**63, 10**300, -10**300, 10**400, -10**400,
    1e308, -1e308, 5e-324, 0.5, -0.5, 0.999, 1.0, math.nan, math.inf, -math.inf])
special_strings = st.sampled_from([
    "5%", "-5%", "150%", "100%", "0%", "3.5 %", "%", "5", "nan", "inf", "1e400", "-1e400",
    "2026-01-01", "yes", "no", "null", "", " ", "~", "en", "zh", "state", "manager",
    "piece_rate", "*alias", "&anchor", "!tag", "{a: 1}", "[1, 2]", "a: b", "- x", "\t", "南京"])
scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**7, 10**7),
                    st.floats(allow_nan=True, allow_infinity=True), special_numbers,
                    special_strings, st.text(max_size=20))
keys = st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=10))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(keys, inner, max_size=3)), max_leaves=8)


def _containers(node, path=()):
    """Every (path, container) inside parsed YAML data, the root included."""
    if isinstance(node, (dict, list)):
        yield path, node
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for k, v in items:
            yield from _containers(v, path + (k,))


class _NoAliasDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    def ignore_aliases(self, data):  # never write anchors for repeated objects
        return True


@st.composite
def data_mutants(draw) -> bytes:
    data = copy.deepcopy(SEED_DATA[draw(st.sampled_from(sorted(SEED_DATA)))])
    _, container = draw(st.sampled_from(list(_containers(data))))
    op = draw(st.sampled_from(["delete", "replace", "replace", "add"]))
    if isinstance(container, dict):
        if op == "add" or not container:
            container[draw(keys)] = draw(values)
        else:
            key = draw(st.sampled_from(list(container)))
            if op == "delete":
                del container[key]
            else:
                container[key] = draw(values)
    else:
        if op == "add" or not container:
            container.insert(draw(st.integers(0, len(container))), draw(values))
        else:
            i = draw(st.integers(0, len(container) - 1))
            if op == "delete":
                del container[i]
            else:
                container[i] = draw(values)
    text = yaml.dump(data, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False)
    return text.encode("utf-8")


@SETTINGS
@given(data_mutants())
def test_data_mutations_load_or_fail_located(raw):
    assert_loads_or_locates(raw)


@pytest.mark.parametrize("name", sorted(SEED_BYTES))
def test_seeds_round_trip_through_the_dumper(name):
    # The data mutations start from a dump of the parsed seed; unmutated, it must load.
    text = yaml.dump(SEED_DATA[name], Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False)
    parse_scenario(text.encode("utf-8"), name)


@pytest.mark.parametrize("name", sorted(SEED_BYTES))
def test_every_truncation_of_a_seed_prefix_is_handled(name):
    # Exhaustive over the first lines, where every section header is cut at every byte.
    raw = SEED_BYTES[name]
    for at in range(0, min(len(raw), 600)):
        assert_loads_or_locates(raw[:at])
