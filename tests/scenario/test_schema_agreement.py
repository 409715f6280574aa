"""The JSON Schema and the loader agree: a file one accepts, the other accepts.

Editors validate a scenario against ``schema/scenario.schema.json`` as people type, and
``wagebargain check`` validates it with the loader; a file that passes one and fails the
other teaches people to ignore one of them. Each case below changes the reference scenario
in one place and asserts both verdicts are the same (and, for the cases the reviewer found,
what that verdict is).

No JSON Schema library is a dependency, so a small validator of the keywords the schema
uses (draft 2020-12) is written here; it refuses a keyword it does not know, so the schema
cannot grow a rule these tests silently skip.

The schema judges the data the loader builds from the YAML (``read_yaml``): YAML 1.2 reading
of plain scalars, as editors use. Cases the YAML reader itself refuses (``06200``, ``1:30``)
are not schema cases and live in the malformed corpus.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

import pytest

from wagebargain.cli.schema import scenario_schema_text
from wagebargain.errors import ScenarioError
from wagebargain.scenario.loader import parse_scenario
from wagebargain.scenario.yamlsafe import read_yaml

from wbpaths import REFERENCE, shipped_scenarios

SCHEMA = json.loads(scenario_schema_text())

_ANNOTATIONS = {"title", "description", "default", "$schema", "$defs"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool))
    or (isinstance(v, float) and math.isfinite(v) and v == int(v)),
}


def _resolve(ref: str) -> dict:
    assert ref.startswith("#/$defs/"), ref
    return SCHEMA["$defs"][ref.removeprefix("#/$defs/")]


def errors(value: Any, schema: dict, where: str = "") -> list[str]:
    """Every way ``value`` breaks ``schema`` (empty when it is valid)."""
    out: list[str] = []
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "$ref":
            out += errors(value, _resolve(rule), where)
        elif key == "type":
            if not _TYPES[rule](value):
                out.append(f"{where}: not {rule}")
        elif key == "anyOf":
            if not any(not errors(value, alt, where) for alt in rule):
                out.append(f"{where}: matches none of anyOf")
        elif key == "oneOf":
            if sum(not errors(value, alt, where) for alt in rule) != 1:
                out.append(f"{where}: does not match exactly one of oneOf")
        elif key == "enum":
            if value not in rule or isinstance(value, bool):
                out.append(f"{where}: not one of {rule}")
        elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if _TYPES["number"](value) and not {
                "minimum": value >= rule, "maximum": value <= rule,
                "exclusiveMinimum": value > rule, "exclusiveMaximum": value < rule}[key]:
                out.append(f"{where}: {key} {rule}")
        elif key in ("minLength", "maxLength"):
            if isinstance(value, str) and not (len(value) >= rule if key == "minLength"
                                               else len(value) <= rule):
                out.append(f"{where}: {key} {rule}")
        elif key == "pattern":
            if isinstance(value, str) and not re.search(rule, value):
                out.append(f"{where}: does not match {rule}")
        elif key == "minItems":
            if isinstance(value, list) and len(value) < rule:
                out.append(f"{where}: fewer than {rule} items")
        elif key == "items":
            if isinstance(value, list):
                for i, item in enumerate(value):
                    out += errors(item, rule, f"{where}[{i}]")
        elif key == "required":
            if isinstance(value, dict):
                out += [f"{where}: {name} missing" for name in rule if name not in value]
        elif key == "properties":
            if isinstance(value, dict):
                for name, sub in rule.items():
                    if name in value:
                        out += errors(value[name], sub, f"{where}.{name}")
        elif key == "additionalProperties":
            if isinstance(value, dict):
                known = schema.get("properties", {})
                for name, item in value.items():
                    if name in known:
                        continue
                    if rule is False:
                        out.append(f"{where}: unknown key {name}")
                    elif isinstance(rule, dict):
                        out += errors(item, rule, f"{where}.{name}")
        else:
            raise AssertionError(f"the test validator does not know the keyword {key!r}")
    return out


def _text_with(old: str, new: str) -> str:
    text = REFERENCE.read_text("utf-8")
    if old:
        assert old in text, old
        text = text.replace(old, new, 1)
    else:
        text += new
    return text


def _verdicts(text: str) -> tuple[bool, bool]:
    """(loader accepts, schema accepts) for one file's text."""
    raw = text.encode("utf-8")
    try:
        parse_scenario(raw, "case.yaml")
        loader_ok = True
    except ScenarioError:
        loader_ok = False
    data = read_yaml(raw, "case.yaml").data
    return loader_ok, not errors(data, SCHEMA)


def test_validator_knows_every_keyword_and_accepts_the_reference(reference_path):
    data = read_yaml(REFERENCE.read_bytes(), "reference.yaml").data
    assert errors(data, SCHEMA) == []


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.name)
def test_every_shipped_scenario_is_valid_under_the_schema(path):
    assert errors(read_yaml(path.read_bytes(), path.name).data, SCHEMA) == []


def test_the_starter_is_valid_under_the_schema():
    from wagebargain.cli.init import starter_text

    assert errors(read_yaml(starter_text().encode("utf-8"), "starter.yaml").data, SCHEMA) == []


# (label, old text, new text, both accept?) -- old "" appends the new text.
CASES = [
    # the loader refused these while the schema accepted them
    ("rate 150%", "baseline: 5%", "baseline: 150%", False),
    ("rate -100%", "previous: 0.2%", "previous: -100%", False),
    ("rate 100%", "upper: 8%", "upper: 100%", False),
    ("rate 99.9%", "upper: 8%", "upper: 99.9%", True),
    ("rate -99.5%", "previous: 0.2%", "previous: -99.5%", True),
    ("negative contribution", "pension: 16%", "pension: -5%", False),
    ("zero contribution", "pension: 16%", "pension: 0%", True),
    ("piece rate without quota", "      base_pay: 26000\n",
     "      base_pay: 26000\n      piece_rate: 5\n", False),
    ("quota without piece rate", "      base_pay: 26000\n",
     "      base_pay: 26000\n      quota: 100\n", False),
    ("piece rate and quota", "      base_pay: 26000\n",
     "      base_pay: 26000\n      piece_rate: 5\n      quota: 100\n", True),
    ("single quantile", "office_clerk: {p10: 55000, p50: 78000, p90: 115000}",
     "office_clerk: {p50: 78000}", False),
    ("two quantiles", "office_clerk: {p10: 55000, p50: 78000, p90: 115000}",
     "office_clerk: {p50: 78000, p90: 115000}", True),
    ("one quantile and a null", "office_clerk: {p10: 55000, p50: 78000, p90: 115000}",
     "office_clerk: {p50: 78000, p90: ~}", False),
    ("both enterprise and enterprises", "", "enterprises:\n  - name: x\n", False),
    # the loader accepted these while the schema refused them
    ("money as text", "base_pay: 3100", 'base_pay: "3100"', False),
    ("rate fraction as text", "baseline: 5%", "baseline: '0.05'", False),
    ("money 1e3 (text to YAML 1.1)", "base_pay: 3100", "base_pay: 1e3", False),
    ("money 1.0e+3", "base_pay: 3100", "base_pay: 1.0e+3", True),
    ("union power true", "union_power: 0.5", "union_power: true", False),
    ("boolean as 1", "excludes_employee_contributions: true",
     "excludes_employee_contributions: 1", False),
    ("boolean as 'yes'", "excludes_employee_contributions: true",
     "excludes_employee_contributions: 'yes'", False),
    ("boolean as yes", "excludes_employee_contributions: true",
     "excludes_employee_contributions: yes", False),
    ("boolean false", "excludes_employee_contributions: true",
     "excludes_employee_contributions: false", True),
    ("seed as text", "  first_mover: union", "  first_mover: union\n  seed: '5'", False),
    ("seed", "  first_mover: union", "  first_mover: union\n  seed: 5", True),
    ("seed -1", "  first_mover: union", "  first_mover: union\n  seed: -1", False),
    ("seed 2**63", "  first_mover: union", f"  first_mover: union\n  seed: {2**63}", False),
    ("seed 2**63 - 1", "  first_mover: union", f"  first_mover: union\n  seed: {2**63 - 1}", True),
    ("python name raise_", "{year: 2023, raise: 2%}", "{year: 2023, raise_: 2%}", False),
    # money: above zero where the advice needs it, and at most 10^15
    ("zero wage bill", "wage_bill: 58500000", "wage_bill: 0", False),
    ("zero average wage", "average_wage: 12434", "average_wage: 0", False),
    ("zero ceiling", "ceiling: 37302", "ceiling: 0", False),
    ("zero arrears", "wage_arrears: 0 ", "wage_arrears: 0 ", True),
    ("zero allowances", "allowances: 350", "allowances: 0", True),
    ("money at the cap", "wage_bill: 58500000", "wage_bill: 1000000000000000", True),
    ("money over the cap", "wage_bill: 58500000", "wage_bill: 1000000000000001", False),
    ("profit at minus the cap", "profit: 45000000", "profit: -1000000000000000", True),
    ("profit beyond minus the cap", "profit: 45000000", "profit: -1.0e+300", False),
    ("negative profit", "profit: 45000000", "profit: -5", True),
    # policy bounds are in the schema too
    ("policy share -50%", "", "\npolicy:\n  catch_up_share: -50%\n", False),
    ("policy share 50%", "", "\npolicy:\n  catch_up_share: 50%\n", True),
    ("policy margin ratio 11", "", "\npolicy:\n  bargaining_margin_ratio: 11\n", False),
    ("policy no_raise_years 101", "", "\npolicy:\n  no_raise_years: 101\n", False),
]


@pytest.mark.parametrize("label, old, new, accepted", CASES, ids=[c[0] for c in CASES])
def test_loader_and_schema_agree(reference_path, label, old, new, accepted):
    loader_ok, schema_ok = _verdicts(_text_with(old, new))
    assert (loader_ok, schema_ok) == (accepted, accepted)


def test_a_file_without_enterprise_is_refused_by_both(reference_path):
    text = REFERENCE.read_text("utf-8")
    start, end = text.index("enterprise:\n"), text.index("economy:")
    assert _verdicts(text[:start] + text[end:]) == (False, False)


def test_enterprises_with_a_null_enterprise_is_accepted_by_both(reference_path):
    text = REFERENCE.read_text("utf-8")
    firm = text[text.index("enterprise:\n") + len("enterprise:\n"): text.index("economy:")]
    as_list = "enterprise: ~\nenterprises:\n  - " + "\n  ".join(firm.strip("\n").split("\n")).lstrip()
    listed = text[:text.index("enterprise:\n")] + as_list + "\n\n" + text[text.index("economy:"):]
    assert _verdicts(listed) == (True, True)
