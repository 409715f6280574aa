"""Invariants of the mechanism over random setups (Hypothesis)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wagebargain.sim import (REASONS, Arbitration, NoImpasseRule, Session, Setup, SideSetup,
                             Strike, standard_package)

BOTS = ["boulware", "linear", "conceder", "tit-for-tat", "zeuthen", "rubinstein",
        "hardliner", "random"]
rates = st.integers(0, 120).map(lambda k: k / 1000)  # 0% to 12% on the grid
patience = st.floats(0.5, 0.999)


@st.composite
def setups(draw, impasses=(NoImpasseRule(), Arbitration())):
    union_res, union_extra = draw(rates), draw(rates)
    management_res = draw(rates)
    management_target = draw(st.integers(0, int(round(management_res * 1000)))) / 1000
    return Setup(
        SideSetup(draw(st.sampled_from(BOTS)), union_res, min(union_res + union_extra, 0.15),
                  draw(patience)),
        SideSetup(draw(st.sampled_from(BOTS)), management_res, management_target,
                  draw(patience)),
        rounds=draw(st.integers(1, 25)), first_mover=draw(st.sampled_from(["union",
                                                                            "management"])),
        impasse=draw(st.sampled_from(impasses)), seed=draw(st.integers(0, 2**32)))


FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(setups())
def test_no_agreement_outside_both_reservation_points(setup):
    state = Session(setup).run()
    if state.reason == "accepted":
        raise_ = state.agreement[0]
        assert setup.union.reservation[0] - 1e-9 <= raise_ <= setup.management.reservation[0] + 1e-9


@FAST
@given(setups(impasses=(NoImpasseRule(), Arbitration(), Strike(2), Strike(5))))
def test_every_run_ends_by_the_deadline(setup):
    states = list(Session(setup))
    final = states[-1]
    assert final.ended and final.reason in REASONS
    assert len(states) <= setup.total_steps + 1
    assert final.round <= setup.total_rounds
    assert all(s.step <= setup.total_steps for s in states)
    if final.reason == "arbitration":
        assert final.agreement in (final.union_offers[-1], final.management_offers[-1])
    if final.reason == "deadline":
        assert final.agreement is None


@FAST
@given(setups(), st.integers(0, 1000))
def test_same_seed_same_play(setup, seed):
    first = Session(setup, seed=seed).run()
    assert Session(setup, seed=seed).run() == first


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(BOTS), st.sampled_from(BOTS), st.integers(1, 12), st.integers(0, 99))
def test_package_agreements_respect_reservation_utilities(union, management, rounds, seed):
    setup = Setup(SideSetup(union, (0.02, 0, 0, 36), (0.08, 2000, 400, 12),
                            weights=(0.4, 0.2, 0.3, 0.1)),
                  SideSetup(management, (0.06, 3000, 500, 12), (0.0, 0, 0, 36),
                            weights=(0.3, 0.4, 0.1, 0.2)),
                  issues=standard_package(), rounds=rounds, seed=seed)
    state = Session(setup).run()
    if state.reason == "accepted":
        for role in ("union", "management"):
            assert setup.utility(role, state.agreement) >= setup.reservation_utility(role) - 1e-9
