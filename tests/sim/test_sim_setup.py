"""Setup, issues, offer space and Setup.from_mapping."""
from __future__ import annotations

import numpy as np
import pytest
import yaml
from numpy.testing import assert_allclose

from wbpaths import REFERENCE, shipped_scenarios

from wagebargain.errors import WagebargainError
from wagebargain.sim import (RAISE, Arbitration, Issue, NoImpasseRule, Setup, SetupError,
                             SideSetup, Strike, simulate, standard_package)

DEFAULTS = dict(union_reservation=0.03, union_target=0.06,
                management_reservation=0.04, management_target=0.015)


def reference_section() -> dict:
    if not REFERENCE.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))["simulation"]


def test_reference_yaml_maps_onto_the_setup():
    setup = Setup.from_mapping(reference_section(), **DEFAULTS)
    assert setup.rounds == 10 and setup.first_mover == "union"
    assert isinstance(setup.impasse, Arbitration)
    assert setup.union.strategy == "boulware" and setup.union.patience == 0.97
    assert setup.union.reservation == (0.03,) and setup.union.target == (0.06,)  # defaults
    assert setup.management.strategy == "conceder" and setup.management.patience == 0.95
    assert setup.management.reservation == (0.045,)  # the file wins over the default
    assert setup.management.target == (0.01,)
    assert setup.single_issue and setup.issues[0].name == "raise"
    assert setup.issues[0].low == 0.0 and setup.issues[0].high == 0.15


@pytest.mark.parametrize("path", shipped_scenarios(), ids=lambda p: p.name)
def test_every_shipped_simulation_section_builds_and_plays(path):
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    section = document.get("simulation")
    if section is None:
        pytest.skip("no simulation section")
    wage_bill = (document.get("enterprise") or {}).get("accounts", {}).get("current", {}).get(
        "wage_bill", 10_000_000)
    setup = Setup.from_mapping(section, annual_wage_bill=wage_bill, **DEFAULTS)
    if "human" not in (setup.union.strategy, setup.management.strategy):
        assert simulate(setup, seed=0).outcome.rounds_used <= setup.total_rounds


def test_percent_strings_none_values_and_extra_keys():
    section = {"rounds": 12, "first_mover": "management", "impasse": "strike",
               "strike_limit": 3, "seed": 9, "issues": None,
               "union": {"strategy": "linear", "patience": "97%", "reservation": "2.5%",
                         "target": 0.07, "exponent": 2, "strike_cost": 0.01,
                         "cost_per_round": None},
               "management": {"strategy": "hardliner", "reservation": "5%", "target": "1%"}}
    setup = Setup.from_mapping(section)
    assert setup.first_mover == "management" and setup.seed == 9
    assert setup.impasse == Strike(limit=3) and setup.total_rounds == 15
    assert_allclose(setup.union.patience, 0.97)
    assert setup.union.reservation == (0.025,) and setup.union.exponent == 2.0
    assert setup.management.patience == 0.95  # default


def test_arbitration_mapping_and_money_cost():
    section = {"impasse": {"rule": "arbitration", "spread": "10%", "ideal": "4%"},
               "union": {"reservation": 0.03, "target": 0.06, "cost_per_round": 50_000},
               "management": {"reservation": 0.05, "target": 0.01}}
    setup = Setup.from_mapping(section, money_per_utility=1_000_000)
    assert setup.impasse == Arbitration(spread=0.1, ideal=(0.04,))
    assert setup.union.strike_cost == 0.05
    with pytest.raises(SetupError, match="money_per_utility"):
        Setup.from_mapping(section)
    # for a single raise: the scale is the cost of the whole range of raises over the contract
    by_payroll = Setup.from_mapping(section, annual_wage_bill=20_000_000, contract_months=24)
    assert by_payroll.union.strike_cost == pytest.approx(50_000 / (0.15 * 20_000_000 * 2))


def test_package_issues_from_mapping():
    section = {
        "issues": [{"name": "raise", "min": "0%", "max": "10%", "union_weight": 3,
                    "management_weight": 1},
                   {"name": "lump_sum", "min": 0, "max": 2000, "step": 100, "unit": "CNY",
                    "union_weight": 1, "management_weight": 3},
                   {"name": "contract_months", "min": 12, "max": 36, "unit": "months",
                    "union_prefers": "less"}],
        "union": {"reservation": "3%", "target": {"raise": "6%", "lump_sum": 1500,
                                                  "contract_months": 12}},
        "management": {"reservation": 0.05, "target": 0.01}}
    setup = Setup.from_mapping(section)
    assert [i.name for i in setup.issues] == ["raise", "lump_sum", "contract_months"]
    assert setup.issues[0].is_rate and setup.issues[1].unit == "CNY"
    assert setup.issues[2].step == 1.0 and not setup.issues[2].union_prefers_more
    assert_allclose(setup.weights("union"), [0.6, 0.2, 0.2])
    # a single rate for a package: the raise, with every other issue at the side's worst end
    assert setup.union.reservation == (0.03, 0.0, 36.0)
    assert setup.management.target == (0.01, 0.0, 36.0)
    assert setup.management.reservation == (0.05, 2000.0, 12.0)


def test_every_problem_is_reported_at_once():
    section = {"rounds": 0, "first_mover": "workers", "impasse": "war", "colour": "red",
               "union": {"strategy": "nice", "patience": 1.5, "reservation": 45,
                         "target": "six"},
               "management": {"reservation": 0.05}}
    with pytest.raises(SetupError) as info:
        Setup.from_mapping(section)
    message = str(info.value)
    for fragment in ("simulation.rounds", "simulation.first_mover", "simulation.impasse",
                     "simulation.colour: unknown key", "simulation.union.strategy",
                     "did you mean 45%", "simulation.union.target",
                     "simulation.management.target: missing"):
        assert fragment in message, fragment
    assert isinstance(info.value, ValueError) and isinstance(info.value, WagebargainError)


@pytest.mark.parametrize("section, fragment", [
    ({"union": {"reservation": 0.06, "target": 0.03}, "management": {
        "reservation": 0.05, "target": 0.01}}, "target"),
    ({"union": {"reservation": 0.03, "target": 0.06, "patience": 0}, "management": {
        "reservation": 0.05, "target": 0.01}}, "patience"),
    ({"strike_limit": 2, "union": {"reservation": 0.03, "target": 0.06}, "management": {
        "reservation": 0.05, "target": 0.01}}, "strike_limit"),
    ({"rounds": True, "union": {"reservation": 0.03, "target": 0.06}, "management": {
        "reservation": 0.05, "target": 0.01}}, "rounds"),
    ("rounds: 10", "mapping"),
])
def test_bad_values_are_value_errors_with_the_key(section, fragment):
    with pytest.raises(ValueError, match=fragment):
        Setup.from_mapping(section)


def test_direct_construction_is_validated():
    with pytest.raises(SetupError, match="outside"):
        Setup(SideSetup(reservation=0.2, target=0.3), SideSetup(reservation=0.05, target=0.0))
    with pytest.raises(SetupError, match="one per issue"):
        Setup(SideSetup(reservation=0.02, target=0.05), SideSetup(reservation=0.05, target=0.0),
              issues=standard_package())
    with pytest.raises(SetupError, match="patience"):
        SideSetup(patience=1.2)


def test_issue_grid_and_formatting():
    assert RAISE.intervals == 150 and RAISE.grid()[45] == 0.045
    months = Issue("contract_months", 12, 36, unit="months")
    assert months.step == 1 and months.format(24.0) == "24 months"
    odd = Issue("lump_sum", 0, 1000, step=300, unit="money")
    assert odd.intervals == 4 and odd.step == 250  # adjusted so the range is whole steps
    assert RAISE.format(0.055) == "5.5%"
    with pytest.raises(ValueError):
        Issue("two words", 0, 1)
    with pytest.raises(ValueError):
        Issue("x", 1, 1)


def test_utilities_are_normalised_and_opposed():
    setup = Setup(SideSetup(reservation=0.03, target=0.06),
                  SideSetup(reservation=0.05, target=0.01))
    assert setup.utility("union", (0.15,)) == 1.0 and setup.utility("management", (0.0,)) == 1.0
    assert_allclose(setup.utility("union", (0.06,)) + setup.utility("management", (0.06,)), 1)


def test_package_frontier_is_greedy_by_weight_ratio():
    setup = Setup(SideSetup(reservation=(0.02, 0, 0, 36), target=(0.08, 3000, 500, 12),
                            weights=(0.4, 0.2, 0.3, 0.1)),
                  SideSetup(reservation=(0.06, 3000, 500, 12), target=(0.0, 0, 0, 36),
                            weights=(0.3, 0.4, 0.1, 0.2)),
                  issues=standard_package())
    space = setup.space
    # the union gains the supplement first (weight ratio 3), then the raise (4/3), then the
    # lump sum and the months (1/2 each, in issue order)
    assert_allclose(space.vertex_u, [0, 0.3, 0.7, 0.9, 1.0])
    assert_allclose(space.vertex_v, [1, 0.9, 0.6, 0.2, 0.0])
    assert np.all(np.diff(space.candidate_u) > 0) and np.all(np.diff(space.candidate_v) < 0)
    u, v = space.utilities(space.candidates)
    assert np.all(v <= np.interp(u, space.vertex_u, space.vertex_v) + 1e-9)  # on or below


def test_scalar_and_vector_utilities_agree_bit_for_bit():
    setup = Setup(SideSetup(reservation=(0.02, 0, 0, 36), target=(0.08, 3000, 500, 12),
                            weights=(0.4, 0.2, 0.3, 0.1)),
                  SideSetup(reservation=(0.06, 3000, 500, 12), target=(0.0, 0, 0, 36)),
                  issues=standard_package())
    rng = np.random.default_rng(0)
    offers = setup.lows + rng.random((500, 4)) * (setup.highs - setup.lows)
    for role in ("union", "management"):
        vector = setup.utilities(role, offers)
        scalar = [setup.utility(role, tuple(o)) for o in offers]
        assert np.array_equal(vector, scalar)


def test_to_dict_is_plain_data():
    import json

    setup = Setup(SideSetup(reservation=0.03, target=0.06),
                  SideSetup(reservation=0.05, target=0.01), impasse=NoImpasseRule())
    data = json.loads(json.dumps(setup.to_dict()))
    assert data["impasse"] == {"rule": "none"} and data["union"]["reservation"] == [0.03]
