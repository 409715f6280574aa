"""Negotiators against the theory they implement."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose

from wagebargain.core import theory
from wagebargain.sim import (ROLES, STRATEGIES, Arbitration, Hardliner, Human,
                             RandomNegotiator, Session, Setup, SideSetup, TimeDependent, analyse,
                             make_negotiator, simulate, standard_package)
from wagebargain.sim.strategies import EXPONENTS

STEP = 0.001  # the raise grid


def make(union="linear", management="linear", *, ur=0.03, ut=0.06, mr=0.045, mt=0.01,
         up=0.97, mp=0.95, **kw) -> Setup:
    return Setup(SideSetup(union, ur, ut, up), SideSetup(management, mr, mt, mp), **kw)


@pytest.mark.parametrize("name", ["boulware", "linear", "conceder"])
@pytest.mark.parametrize("role", ROLES)
def test_time_dependent_offers_follow_the_concession_curve(name, role):
    rounds = 11
    setup = make(name if role == "union" else "hardliner",
                 name if role == "management" else "hardliner", rounds=rounds,
                 first_mover=role)
    state = Session(setup).run()
    offers = np.array([o[0] for o in state.offers_by(role)])
    t = np.arange(rounds) / (rounds - 1)
    level = theory.time_dependent_target(t, setup.reservation_utility(role),
                                         setup.target_utility(role), EXPONENTS[name])
    if role == "union":  # utility = raise / 15%, offers rounded up to the grid
        wanted = level * 0.15
        assert np.all(offers >= wanted - 1e-12) and np.all(offers < wanted + STEP)
    else:
        wanted = 0.15 * (1 - level)
        assert np.all(offers <= wanted + 1e-12) and np.all(offers > wanted - STEP)
    assert offers[0] == setup.side(role).target[0]
    assert offers[-1] == setup.side(role).reservation[0]


def test_boulware_holds_out_longer_than_conceder():
    boulware = Session(make("boulware", "hardliner", rounds=11)).run().union_offers
    conceder = Session(make("conceder", "hardliner", rounds=11)).run().union_offers
    assert all(b[0] >= c[0] for b, c in zip(boulware, conceder))
    assert boulware[5][0] > conceder[5][0]


@pytest.mark.parametrize("up, mp", [(0.9, 0.9), (0.97, 0.95), (0.8, 0.99), (0.99, 0.6)])
@pytest.mark.parametrize("first", ROLES)
def test_rubinstein_players_agree_at_once_on_the_subgame_perfect_split(up, mp, first):
    setup = make("rubinstein", "rubinstein", up=up, mp=mp, first_mover=first)
    result = simulate(setup)
    assert result.outcome.reason == "accepted" and result.outcome.rounds_used == 1
    floor, resistance = 0.03, 0.045
    if first == "union":
        expected = floor + theory.rubinstein_share(up, mp) * (resistance - floor)
    else:
        expected = resistance - theory.rubinstein_share(mp, up) * (resistance - floor)
    assert abs(result.outcome.settlement[0] - expected) <= STEP + 1e-12
    assert result.theory.rubinstein.offer[0] == pytest.approx(expected)


def test_rubinstein_without_zone_holds_its_reservation():
    state = Session(make("rubinstein", "rubinstein", ur=0.05, mr=0.04, ut=0.07, mt=0.01)).run()
    assert state.agreement is None
    assert state.union_offers[0] == (0.05,) and state.management_offers[0] == (0.04,)


@pytest.mark.parametrize("ur, ut, mr, mt", [(0.03, 0.06, 0.045, 0.01), (0.0, 0.08, 0.05, 0.0),
                                            (0.02, 0.05, 0.07, 0.01), (0.035, 0.09, 0.04, 0.0)])
@pytest.mark.parametrize("first", ROLES)
def test_zeuthen_players_end_at_the_nash_point(ur, ut, mr, mt, first):
    setup = make("zeuthen", "zeuthen", ur=ur, ut=ut, mr=mr, mt=mt, rounds=100,
                 first_mover=first)
    result = simulate(setup)
    assert result.outcome.reason == "accepted"
    nash = ur + 0.5 * (mr - ur)
    assert abs(result.outcome.settlement[0] - nash) <= STEP + 1e-12


def test_zeuthen_accepts_an_offer_at_the_other_sides_limit():
    # management's target is its reservation point: it cannot concede, so the union takes it
    result = simulate(make("zeuthen", "zeuthen", mr=0.039, mt=0.039, ur=0.01, ut=0.05,
                           first_mover="management", rounds=20))
    assert result.outcome.settlement == (0.039,)


def test_zeuthen_on_a_package_maximises_the_nash_product():
    setup = Setup(SideSetup("zeuthen", (0.02, 0, 0, 36), (0.08, 3000, 500, 12),
                            weights=(0.4, 0.2, 0.3, 0.1)),
                  SideSetup("zeuthen", (0.06, 3000, 500, 12), (0.0, 0, 0, 36),
                            weights=(0.3, 0.4, 0.1, 0.2)),
                  issues=standard_package(), rounds=200)
    result = simulate(setup)
    du, dm = setup.reservation_utility("union"), setup.reservation_utility("management")
    nash = analyse(setup).nash
    u, v = result.outcome.utilities
    assert (u - du) * (v - dm) == pytest.approx((nash.union - du) * (nash.management - dm),
                                                rel=1e-3)


def test_tit_for_tat_mirrors_the_last_concession():
    setup = make("tit-for-tat", "linear", rounds=10)
    state = Session(setup).run()
    union = [setup.utility("union", o) for o in state.union_offers]
    management = [setup.utility("management", o) for o in state.management_offers]
    for j in range(2, len(union)):
        theirs = management[j - 2] - management[j - 1]
        mine = union[j - 1] - union[j]
        assert mine == pytest.approx(theirs, abs=1 / 150 + 1e-9)  # one grid step
    assert union[1] < union[0]  # the goodwill step


def test_tit_for_tat_against_a_hardliner_stops_conceding():
    state = Session(make("tit-for-tat", "hardliner")).run()
    assert len({o for o in state.union_offers[1:]}) == 1


def test_random_negotiator_is_seeded_and_stays_between_reservation_and_target():
    setup = make("random", "random", seed=5, rounds=30, ur=0.0, mr=0.2 * 0.15)
    first = Session(setup).run()
    assert Session(setup).run() == first
    for offer in first.union_offers:
        assert 0.0 <= offer[0] <= 0.06
    for offer in first.management_offers:
        assert 0.01 <= offer[0] <= 0.03 + 1e-12


def test_hardliner_never_moves():
    state = Session(make("hardliner", "conceder")).run()
    assert set(state.union_offers) == {(0.06,)}


def test_registry_builds_every_strategy():
    for name, factory in STRATEGIES.items():
        negotiator = factory(ask=input, tell=print) if name == "human" else factory()
        assert negotiator.name == name
    assert isinstance(STRATEGIES["human"](ask=input, tell=print), Human)
    assert isinstance(STRATEGIES["random"](), RandomNegotiator)
    assert isinstance(STRATEGIES["hardliner"](), Hardliner)
    custom = make_negotiator(SideSetup("boulware", exponent=0.5))
    assert isinstance(custom, TimeDependent) and custom.exponent == 0.5
    assert make_negotiator("conceder").exponent == 5.0


def test_setup_exponent_reaches_the_negotiator():
    setup = make("linear", "hardliner", rounds=11)
    slow = dataclasses.replace(setup, union=dataclasses.replace(setup.union, exponent=0.1))
    assert Session(slow).run().union_offers[5] > Session(setup).run().union_offers[5]


def test_analysis_of_a_single_issue_matches_the_formulas():
    setup = make(impasse=Arbitration(spread=0.1), union_power=0.3)
    a = analyse(setup)
    assert [p.offer[0] for p in a.zone] == pytest.approx([0.03, 0.045])
    assert a.nash.offer[0] == pytest.approx(0.03 + 0.3 * 0.015)
    assert a.kalai_smorodinsky.offer[0] == pytest.approx(0.0375)
    assert a.fair[0] == pytest.approx(a.nash.offer[0])
    low, high = theory.final_offer_normal(a.fair[0], 0.1 * 0.15)
    assert_allclose([a.final_offers["management"], a.final_offers["union"]], [low, high])
    edge = analyse(make(impasse=Arbitration(spread=0.1, fair=(0.005,))))
    assert edge.final_offers["management"] == 0.0  # 0.5% - 1.9 points, clipped to the range
    assert edge.final_offers["union"] == pytest.approx(theory.final_offer_normal(0.005, 0.015)[1])
    top = analyse(make(impasse=Arbitration(spread=0.1, fair=(0.145,))))
    assert top.final_offers["union"] == 0.15 and top.final_offers["management"] < 0.145
    empty = analyse(make(ur=0.05, mr=0.04))
    assert empty.zone is None and empty.nash is None and empty.rubinstein is None
    assert empty.fair[0] == pytest.approx(0.045)  # the gap split in half
