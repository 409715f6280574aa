"""Tournaments, and the vectorised engine against the step-by-step session."""
from __future__ import annotations

import functools
import json
import math
from dataclasses import replace

import numpy as np
import pytest

from wagebargain.sim import (REASONS, ROLES, Arbitration, NoImpasseRule, Session, Setup,
                             SetupError, SideSetup, Strike, TimeDependent, standard_package,
                             tournament)
from wagebargain.sim.kernel import run_time_dependent
from wagebargain.sim.strategies import make_negotiator

TIME_DEPENDENT = ["boulware", "linear", "conceder", "hardliner"]


def make(rounds=10, impasse=None, first="union", costs=(0.0, 0.0)) -> Setup:
    return Setup(SideSetup("linear", 0.03, 0.06, 0.97, strike_cost=costs[0]),
                 SideSetup("linear", 0.045, 0.01, 0.95, strike_cost=costs[1]),
                 rounds=rounds, first_mover=first, impasse=impasse or NoImpasseRule())


@pytest.mark.parametrize("impasse, costs", [(NoImpasseRule(), (0, 0)), (Arbitration(), (0, 0)),
                                            (Strike(3), (0.01, 0.02))])
@pytest.mark.parametrize("first", ROLES)
@pytest.mark.parametrize("rounds", [1, 2, 10, 100])
def test_vectorised_engine_matches_the_session(impasse, costs, first, rounds):
    setup = make(rounds, impasse, first, costs)
    rng = np.random.default_rng(rounds)
    runs = 120
    union_res = rng.uniform(0.0, 0.06, (runs, 1))
    management_res = rng.uniform(0.01, 0.08, (runs, 1))
    z = rng.standard_normal((runs, 1))
    for a in TIME_DEPENDENT:
        for b in TIME_DEPENDENT:
            out = run_time_dependent(setup, make_negotiator(a), make_negotiator(b), union_res,
                                     management_res, z)
            for i in range(0, runs, 11 if rounds < 100 else 40):  # a sample, step by step
                rule = setup.impasse
                if out.ideal is not None:
                    rule = replace(rule, ideal=tuple(out.ideal[i]))
                run = replace(setup, impasse=rule,
                              union=replace(setup.union, reservation=tuple(union_res[i])),
                              management=replace(setup.management,
                                                 reservation=tuple(management_res[i])))
                state = Session(run, make_negotiator(a), make_negotiator(b)).run()
                assert REASONS[out.reason[i]] == state.reason
                assert (out.rounds[i], out.strike_weeks[i]) == (state.round, state.strike_weeks)
                if state.agreement is None:
                    assert math.isnan(out.settlement[i, 0])
                else:
                    assert out.settlement[i, 0] == state.agreement[0]
                    assert out.union_utility[i] == state.utilities.union
                    assert out.management_utility[i] == state.utilities.management


def test_vectorised_engine_refuses_what_it_cannot_play():
    setup = make()
    res = np.full((3, 1), 0.03)
    with pytest.raises(ValueError, match="time-dependent"):
        run_time_dependent(setup, make_negotiator("zeuthen"), make_negotiator("linear"), res, res)
    package = Setup(SideSetup(reservation=(0.02, 0, 0, 36), target=(0.06, 0, 0, 12)),
                    SideSetup(reservation=(0.06, 0, 0, 12), target=(0.0, 0, 0, 36)),
                    issues=standard_package())
    with pytest.raises(ValueError, match="single-issue"):
        run_time_dependent(package, make_negotiator("linear"), make_negotiator("linear"),
                           np.zeros((1, 4)), np.zeros((1, 4)))


def test_tournament_plays_every_ordered_pair_deterministically():
    setup = make(impasse=Arbitration())
    names = ["boulware", "conceder", "hardliner", "zeuthen", "random"]
    ranges = {"union": (0.0, 0.05), "management": (0.02, 0.08)}
    first = tournament(setup, names, runs=40, seed=3, reservation_ranges=ranges)
    assert len(first.pairs) == 25
    assert [(p.union_strategy, p.management_strategy) for p in first.pairs] == [
        (a, b) for a in names for b in names]
    assert first.pair("boulware", "conceder").engine == "vectorised"
    assert first.pair("zeuthen", "boulware").engine == "loop"
    assert tournament(setup, names, runs=40, seed=3, reservation_ranges=ranges) == first
    assert tournament(setup, names, runs=40, seed=4, reservation_ranges=ranges) != first
    for pair in first.pairs:
        assert 0 <= pair.agreement_rate + pair.arbitration_rate <= 1
        assert 1 <= pair.mean_rounds <= 10


def test_tournament_rows_and_json():
    result = tournament(make(), ["linear", "hardliner"], runs=50, seed=1)
    rows = result.to_rows()
    assert len(rows) == 4 and set(rows[0]) >= {
        "union_strategy", "management_strategy", "engine", "runs", "agreement_rate",
        "arbitration_rate", "mean_rounds", "mean_raise", "mean_union_utility",
        "mean_management_utility", "mean_advantage"}
    hard = result.pair("hardliner", "hardliner")
    assert hard.agreement_rate == 0 and math.isnan(hard.mean_settlement["raise"])
    text = json.dumps(result.to_dict(), allow_nan=False)
    assert json.loads(text)["pairs"][3]["mean_raise"] is None


def test_tournament_agrees_with_single_sessions_on_average():
    setup = make()
    result = tournament(setup, ["linear"], runs=10, seed=0)
    state = Session(setup).run()
    pair = result.pair("linear", "linear")
    assert pair.agreement_rate == 1.0
    assert pair.mean_settlement["raise"] == pytest.approx(state.agreement[0])
    assert pair.mean_rounds == state.round
    u, v = state.utilities
    du, dm = setup.reservation_utility("union"), setup.reservation_utility("management")
    assert pair.mean_advantage == pytest.approx((u - du) - (v - dm))


def test_workers_give_the_same_result():
    setup = make(impasse=Arbitration())
    names = ["tit-for-tat", "random", "linear"]
    serial = tournament(setup, names, runs=15, seed=2)
    parallel = tournament(setup, names, runs=15, seed=2, workers=2)
    assert parallel == serial


def test_custom_factories_and_packages():
    package = Setup(SideSetup(reservation=(0.02, 0, 0, 36), target=(0.06, 1500, 300, 12)),
                    SideSetup(reservation=(0.06, 3000, 500, 12), target=(0.0, 0, 0, 36)),
                    issues=standard_package())
    result = tournament(package, {"slow": functools.partial(TimeDependent, 0.5),
                                  "fast": functools.partial(TimeDependent, 3.0)},
                        runs=5, seed=1, workers=2)
    assert {p.engine for p in result.pairs} == {"loop"}
    assert set(result.pairs[0].mean_settlement) == {i.name for i in package.issues}


def test_drawn_reservations_beyond_the_target_are_capped():
    setup = make()
    result = tournament(setup, ["hardliner"], runs=200, seed=0,
                        reservation_ranges={"union": (0.05, 0.09)})
    assert result.pairs[0].runs == 200
    assert result.reservation_ranges == {"union": ((0.05,), (0.09,))}


@pytest.mark.parametrize("kwargs, fragment", [
    ({"strategies": ["linear", "human"]}, "Human"),
    ({"strategies": ["linear", "sly"]}, "unknown strategy"),
    ({"strategies": []}, "at least one"),
    ({"strategies": ["linear"], "runs": 0}, "runs"),
    ({"strategies": ["linear"], "reservation_ranges": {"workers": (0, 1)}}, "unknown side"),
])
def test_tournament_errors(kwargs, fragment):
    with pytest.raises(SetupError, match=fragment):
        tournament(make(), **kwargs)


@pytest.mark.parametrize("workers", [None, 2])
def test_progress_reports_every_negotiation_once(workers):
    calls = []
    names = ["boulware", "hardliner", "zeuthen", "random"]  # both engines
    result = tournament(make(), names, runs=60, seed=1, workers=workers,
                        progress=lambda done, total: calls.append((done, total)))
    total = 60 * len(names) ** 2
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert {t for _, t in calls} == {total}
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(set(done)) == len(done)  # strictly increasing
    assert len(calls) > len(names) ** 2  # the session-by-session pairs report in parts
    assert result == tournament(make(), names, runs=60, seed=1)  # progress changes nothing


def test_a_tournament_without_a_seed_draws_one_and_keeps_it_for_a_replay():
    names = ["linear", "tit-for-tat"]  # one vectorised pair, the others played session by session
    first = tournament(make(impasse=Arbitration()), names, runs=12)
    assert isinstance(first.seed, int) and 0 <= first.seed < 1_000_000
    assert tournament(make(impasse=Arbitration()), names, runs=12, seed=first.seed) == first
