"""The committed JSON Schema is the one the code generates, and rates agree with the loader."""
from __future__ import annotations

import json
import re

import pytest

from wagebargain.cli.schema import scenario_schema_text
from wagebargain.scenario.units import RATE_PATTERN, parse_rate

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
