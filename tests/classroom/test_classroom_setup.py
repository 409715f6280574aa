"""classroom_setup: the scenario's simulation section with the advisor's numbers as defaults."""
from __future__ import annotations

import math

import pytest
from numpy.testing import assert_allclose

from classroom_helpers import DISTINCT, HENGDA, PACKAGE_ISSUES, all_scenarios, variant
from wagebargain.classroom.setup import (AdvisorPoints, StrategyError, check_strategy,
                                         classroom_setup, default_points, pick_firm,
                                         strategy_list)
from wagebargain.errors import DataError, ExitCode
from wagebargain.scenario.loader import load

POINTS = AdvisorPoints(floor=0.026, target=0.08, opening=0.10, resistance=0.073, nash=0.049,
                       management_offer=0.015, legal_floor=0.026, union_power=0.5)


def test_defaults_map_the_advisor_band_to_the_sides():
    d = default_points(POINTS, {})
    assert d == {"union_reservation": 0.026, "union_target": 0.10,
                 "management_reservation": 0.073, "management_target": 0.015}


def test_without_an_offer_management_opens_at_the_legal_floor():
    points = AdvisorPoints(**{**POINTS.__dict__, "management_offer": math.nan})
    assert default_points(points, {})["management_target"] == 0.026


def test_a_default_target_is_never_worse_than_the_reservation_in_force():
    d = default_points(POINTS, {"management": {"reservation": 0.01},
                                "union": {"reservation": 0.12}})
    assert d["management_target"] == 0.01  # offer 1.5% capped at the given 1%
    assert d["union_target"] == 0.12  # opening 10% raised to the given 12%
    d = default_points(POINTS, {"management": {"target": 0.09}, "union": {"target": 0.02}})
    assert d["management_reservation"] == 0.09 and d["union_reservation"] == 0.02


def test_reference_scenario_values_win_and_the_rest_come_from_the_advisor():
    classroom = classroom_setup(load(HENGDA))
    setup, adv = classroom.setup, classroom.advisor
    assert setup.management.reservation == (0.045,) and setup.management.target == (0.01,)
    assert_allclose(setup.union.reservation, [adv.floor])
    assert_allclose(setup.union.target, [adv.opening])
    assert classroom.defaulted == ("union.reservation", "union.target")
    assert setup.union.strategy == "boulware" and setup.union_power == 0.5
    assert any("the advisor's floor" in note for note in classroom.notes)


def test_scenario_without_simulation_section_gets_every_point_from_the_advisor(tmp_path):
    classroom = classroom_setup(load(variant(tmp_path, "nosim.yaml")))
    setup, adv = classroom.setup, classroom.advisor
    assert not classroom.has_section
    assert len(classroom.defaulted) == 4
    assert_allclose([setup.union.reservation[0], setup.union.target[0],
                     setup.management.reservation[0], setup.management.target[0]],
                    [adv.floor, adv.opening, adv.resistance, adv.management_offer])
    assert any("no simulation: section" in note for note in classroom.notes)


def test_command_line_overrides_win(tmp_path):
    classroom = classroom_setup(load(HENGDA), union="zeuthen", management="hardliner",
                                rounds=4, seed=9)
    setup = classroom.setup
    assert (setup.union.strategy, setup.management.strategy, setup.rounds, setup.seed) == (
        "zeuthen", "hardliner", 4, 9)


def test_package_defaults_put_the_raise_and_the_side_s_worst_or_best_other_issues(tmp_path):
    classroom = classroom_setup(load(variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)))
    setup = classroom.setup
    assert [i.name for i in setup.issues] == ["raise", "lump_sum", "supplement"]
    assert setup.union.reservation == (0.0337, 0.0, 0.0)
    assert setup.management.target == (0.0129, 0.0, 0.0)


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_scenario_gives_a_valid_setup(path):
    classroom = classroom_setup(load(path))
    for role in ("union", "management"):
        assert classroom.setup.reservation_utility(role) <= classroom.setup.target_utility(role)
    assert classroom.meta()["file"] == path.name


def test_pick_firm_by_number_name_or_unique_part():
    class F:
        def __init__(self, name):
            self.name = name

    firms = [F("Xinda Circuit Boards"), F("Tianrun Display"), F("Meixin Coil")]
    assert pick_firm(firms, None) == 0
    assert pick_firm(firms, "2") == 1
    assert pick_firm(firms, "Meixin Coil") == 2
    assert pick_firm(firms, "tianrun") == 1
    for bad in ("4", "0", "i", "nobody"):
        with pytest.raises(DataError):
            pick_firm(firms, bad)


def test_unknown_strategy_is_a_usage_error_listing_the_strategies():
    with pytest.raises(StrategyError) as info:
        check_strategy("bulware", "--union")
    assert info.value.exit_code == ExitCode.USAGE
    assert "boulware" in str(info.value) and "zeuthen" in str(info.value)
    with pytest.raises(StrategyError, match="wagebargain play"):
        check_strategy("human", "--union")
    assert check_strategy("human", "--union", allow_human=True) == "human"


def test_strategy_list():
    assert strategy_list(" boulware, linear ,zeuthen") == ["boulware", "linear", "zeuthen"]
    assert strategy_list(None) is None
    for bad in ("", "boulware,boulware", "boulware,nope"):
        with pytest.raises(StrategyError):
            strategy_list(bad)


def test_a_minimum_wage_far_above_pay_is_explained_in_the_users_terms(tmp_path):
    text = HENGDA.read_text("utf-8").replace("    monthly: 2740 ", "    monthly: 90000 ", 1)
    path = tmp_path / "minimum.yaml"
    path.write_text(text[:text.index("simulation:")], "utf-8")
    with pytest.raises(DataError) as caught:
        classroom_setup(load(path))
    message = str(caught.value)
    assert "raises of 100% or more (the union's floor 2,813.9%" in message
    assert "the minimum wage is far above the current pay" in message
    assert "Or give simulation.union.reservation, simulation.union.target and " in message
    assert "is not a rate" not in message


def test_issue_bounds_take_percentages_steps_and_the_union_s_direction(tmp_path):
    # min 0%, max 15% and step 0.5% read as fractions; hours run the union's way downwards.
    issues = """\
  issues:
    - {name: raise, min: 0%, max: 15%, step: 0.5%, union_weight: 0.6, management_weight: 0.5}
    - {name: hours, min: 40, max: 44, step: 1, union_prefers: less, union_weight: 0.4, management_weight: 0.5}
"""
    classroom = classroom_setup(load(variant(tmp_path, "pct.yaml", DISTINCT, issues)))
    raise_, hours = classroom.setup.issues
    assert (raise_.low, raise_.high, raise_.step) == (0.0, 0.15, 0.005)
    assert (hours.low, hours.high, hours.step, hours.union_prefers_more) == (40.0, 44.0, 1.0, False)
    # the union's worst hours are the most hours, its best the fewest
    assert classroom.setup.union.reservation[1] == 44.0
    assert classroom.setup.union.target[1] == 40.0
