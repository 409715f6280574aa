"""The committed JSON Schema is the one the code generates, speaks only JSON Schema, and its
rates agree with the loader. (tests/scenario/test_schema_agreement.py compares whole files.)"""
from __future__ import annotations

import json
import math
import re

import pytest

from wagebargain.cli.schema import scenario_schema_text
from wagebargain.scenario.units import (NON_NEGATIVE_RATE_SCHEMA_PATTERN, RATE_PATTERN,
                                        RATE_SCHEMA_PATTERN, parse_rate)

from wbpaths import ROOT, shipped_scenarios


def test_committed_schema_is_current():
    committed = (ROOT / "schema" / "scenario.schema.json").read_text("utf-8")
    assert committed == scenario_schema_text(), (
        "schema/scenario.schema.json is stale: run `wagebargain schema -o schema/scenario.schema.json`")


@pytest.mark.parametrize("text", ["3.5%", "0%", "-1.5%", " 12 %", ".5%"])
def test_schema_rate_pattern_matches_what_the_loader_accepts(text):
    assert re.match(RATE_PATTERN, text)
    parse_rate(text)


@pytest.mark.parametrize("text", ["3.5", "abc%", "3.5%%", "%"])
def test_schema_rate_pattern_refuses_non_percent_strings(text):
    assert not re.match(RATE_PATTERN, text)
    assert not re.match(RATE_SCHEMA_PATTERN, text)


@pytest.mark.parametrize("text", ["3.5%", "0%", "-1.5%", " 12 %", ".5%", "99.99%", "-99.9%",
                                  "+5%", "05%", "99.%", "150%", "-100%", "100%", "100.0%",
                                  "0100%", "1000%", "-150%"])
def test_schema_rate_pattern_is_what_the_loader_accepts(text):
    from wagebargain.scenario.models import Guideline

    def loads(rate: str) -> bool:
        try:
            Guideline.model_validate({"baseline": rate, "upper": "99.99%", "lower": "-99.99%"})
        except ValueError:
            return False
        return True

    assert bool(re.match(RATE_SCHEMA_PATTERN, text)) == loads(text)


@pytest.mark.parametrize("text, ok", [("7%", True), ("0%", True), ("+2%", True), ("-5%", False),
                                      ("-0%", False), ("100%", False)])
def test_schema_non_negative_rate_pattern_is_what_the_loader_accepts(text, ok):
    from wagebargain.scenario.models import Economy

    assert bool(re.match(NON_NEGATIVE_RATE_SCHEMA_PATTERN, text)) == ok
    schema_rate = Economy.model_json_schema()["properties"]["employer_contributions"]
    assert schema_rate["additionalProperties"]["anyOf"][0]["pattern"] == NON_NEGATIVE_RATE_SCHEMA_PATTERN


# Draft 2020-12 keywords (core, applicator, validation, meta-data); nothing else may appear.
JSON_SCHEMA_KEYWORDS = {
    "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "$dynamicRef", "$dynamicAnchor",
    "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems",
    "items", "contains", "properties", "patternProperties", "additionalProperties",
    "propertyNames", "unevaluatedItems", "unevaluatedProperties", "type", "enum", "const",
    "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
    "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
    "maxProperties", "minProperties", "required", "dependentRequired", "format", "title",
    "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
}


def _keywords(node, under_names=False):
    """Every keyword used in a schema; names under properties/$defs are not keywords."""
    if isinstance(node, list):
        for item in node:
            yield from _keywords(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if under_names:
                yield from _keywords(value)
            else:
                yield key
                yield from _keywords(value, under_names=key in ("properties", "$defs",
                                                                "patternProperties"))


def test_schema_uses_only_json_schema_keywords():
    # Pydantic metadata such as {"ge": 0} once leaked in; validators ignore unknown keywords,
    # so editors silently accepted negative money.
    used = set(_keywords(json.loads(scenario_schema_text())))
    assert used <= JSON_SCHEMA_KEYWORDS, sorted(used - JSON_SCHEMA_KEYWORDS)
    assert not used & {"ge", "gt", "le", "lt", "strict", "allow_inf_nan"}


def test_money_in_schema_has_minimum_and_maximum():
    from wagebargain.scenario.units import MAX_MONEY

    defs = json.loads(scenario_schema_text())["$defs"]
    assert defs["Grade"]["properties"]["allowances"]["minimum"] == 0
    assert defs["Grade"]["properties"]["base_pay"]["exclusiveMinimum"] == 0
    assert defs["YearAccounts"]["properties"]["profit"]["minimum"] == -MAX_MONEY
    for name in ("value_added", "wage_bill", "profit"):
        assert defs["YearAccounts"]["properties"][name]["maximum"] == MAX_MONEY


def test_policy_bounds_match_the_advisor_policy():
    """The model reports a policy value out of range at its key; core.policy must agree."""
    from wagebargain.core.policy import _BOUNDS
    from wagebargain.scenario.models import Policy

    properties = json.loads(scenario_schema_text())["$defs"]["Policy"]["properties"]
    assert set(_BOUNDS) <= set(properties)
    for name, (low, high) in _BOUNDS.items():
        number = next(alt for alt in properties[name]["anyOf"]
                      if alt.get("type") in ("number", "integer"))
        # Rates stop short of +-100% (the loader's rule for every rate); else the same bounds.
        assert low in (number.get("minimum"), number.get("exclusiveMinimum")), name
        top = number.get("maximum", number.get("exclusiveMaximum", math.inf))
        assert top == high, name
        inside = 0.5 if high <= 1 else low
        Policy.model_validate({name: int(inside) if number["type"] == "integer" else inside})


def test_rates_in_schema_are_pattern_or_fraction():
    schema = json.loads(scenario_schema_text())
    baseline = schema["$defs"]["Guideline"]["properties"]["baseline"]
    kinds = {alt["type"] for alt in baseline["anyOf"]}
    assert kinds == {"string", "number"}
    number = next(a for a in baseline["anyOf"] if a["type"] == "number")
    assert number["exclusiveMaximum"] == 1


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.name)
def test_every_shipped_scenario_declares_the_schema(path):
    first = path.read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/scenario.schema.json"
