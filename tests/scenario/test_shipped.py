"""The shipped scenarios: each passes `check` cleanly, and together they cover the cases.

The coverage assertions read the loaded models, not the file names, so a scenario that is
edited until it no longer teaches its case (a loss turned into a profit, a piece-rate grade
dropped) fails here instead of silently disappearing from the examples.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wagebargain.cli.app import app
from wagebargain.scenario.loader import load
from wagebargain.scenario.models import Scenario

from wbpaths import REFERENCE, SCENARIOS, shipped_scenarios

runner = CliRunner()

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/scenario.schema.json"


def _all_files() -> list[Path]:
    return [*shipped_scenarios(), *([REFERENCE] if REFERENCE.exists() else [])]


def _loaded() -> dict[str, Scenario]:
    return {p.name: load(p).scenario for p in shipped_scenarios()}


def test_there_are_shipped_scenarios():
    assert len(shipped_scenarios()) >= 6


@pytest.mark.parametrize("path", _all_files(), ids=lambda p: p.name)
def test_check_passes_without_warnings(path):
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{path}: OK\n"
    assert result.stderr == "", f"warnings on stderr:\n{result.stderr}"
    assert load(path).warnings == []


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.name)
def test_shipped_scenario_is_commented_and_declares_the_schema(path):
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == SCHEMA_LINE
    # Teaching files: a header saying what the scenario teaches, and comments along the way.
    assert lines[1].startswith("# ") and len(lines[1]) > 20
    assert sum("#" in line for line in lines[2:]) >= 15


def test_hengda_is_the_reference_scenario(reference_path):
    assert load(SCENARIOS / "hengda-auto-parts.yaml").scenario == load(reference_path).scenario


def test_each_scenario_is_a_different_case():
    scenarios = _loaded()
    titles = [s.scenario.title for s in scenarios.values()]
    assert len(set(titles)) == len(titles)
    names = [firm.name for s in scenarios.values() for firm in s.firms]
    assert len(set(names)) == len(names)


# --- coverage of the cases the tool must handle, read from the models ----------------------

def _firms():
    for name, s in _loaded().items():
        for firm in s.firms:
            yield name, s, firm


def test_covers_a_loss_making_firm():
    assert any(f.accounts.current.profit < 0 for _, _, f in _firms())


def test_covers_a_freeze_offer_in_a_loss_making_firm_near_the_minimum():
    found = []
    for name, s, firm in _firms():
        if s.enterprise is None or s.bargaining is None:
            continue
        lowest = min(g.base_pay for g in firm.workforce)
        floor = s.economy.minimum_wage
        if (firm.accounts.current.profit < 0 and s.bargaining.management_offer == 0
                and lowest < (floor.next_monthly or floor.monthly) and lowest >= floor.monthly):
            found.append(name)
    assert found, "no single-firm scenario with a loss, a 0% offer and the minimum wage biting"


def test_covers_a_state_owned_firm_with_highly_paid_managers():
    found = []
    for name, s, firm in _firms():
        if firm.ownership != "state":
            continue
        managers = [g for g in firm.workforce if g.category == "manager"]
        front = [g for g in firm.workforce if g.category == "front_line"]
        headcount = sum(g.headcount for g in firm.workforce)
        average = sum(g.headcount * (g.base_pay + g.allowances + g.overtime_pay + g.benefits)
                      for g in firm.workforce) / headcount
        if (managers and front
                and max(g.base_pay for g in managers) >= 5 * min(g.base_pay for g in front)
                and average >= 1.5 * s.economy.average_wage):
            found.append(name)
    assert found


def test_covers_part_timers_paid_near_or_below_the_hourly_minimum():
    assert any(
        role.hourly_pay <= 1.05 * s.economy.minimum_wage.hourly
        for _, s, firm in _firms() for role in firm.part_time
        if s.economy.minimum_wage.hourly is not None)
    assert any(role.pay_cycle_days > 15 for _, _, firm in _firms() for role in firm.part_time)


def test_covers_a_pay_cycle_over_31_days():
    assert any(firm.pay_cycle_days > 31 for _, _, firm in _firms())


def test_covers_wage_arrears():
    assert any(firm.wage_arrears > 0 for _, _, firm in _firms())


def test_covers_years_without_a_raise():
    def years_without(firm) -> int:
        n = 0
        for entry in reversed(firm.raise_history or []):
            if entry.raise_ != 0:
                break
            n += 1
        return n

    assert max(years_without(firm) for _, _, firm in _firms()) >= 5


def test_covers_several_enterprises_of_varied_profitability():
    sectors = [s for s in _loaded().values() if s.enterprises is not None]
    assert sectors
    for s in sectors:
        assert 4 <= len(s.enterprises) <= 6
        profits = [f.accounts.current.profit for f in s.enterprises]
        assert min(profits) < 0 < max(profits)


def test_covers_a_piece_rate_grade_with_a_quota():
    grades = [g for _, _, firm in _firms() for g in firm.workforce if g.piece_rate is not None]
    assert grades and all(g.quota is not None and g.quota > 0 for g in grades)


def test_covers_a_brief_in_chinese():
    zh = [s for s in _loaded().values() if s.scenario.language == "zh"]
    assert zh
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for s in zh:
        assert cjk.search(s.scenario.title)
        assert all(cjk.search(firm.name) for firm in s.firms)


def test_covers_every_form_of_ownership():
    ownerships = {firm.ownership for _, _, firm in _firms()}
    assert ownerships == {"state", "collective", "private", "foreign", "mixed"}
