"""The alternating-offers mechanism: states, deadline, impasse rules, transcripts."""
from __future__ import annotations

import dataclasses
import json

import pytest

from wagebargain.sim import (Arbitration, Counter, Hardliner, Negotiator, NoImpasseRule,
                             Quit, Session, Setup, SetupError, SideSetup, Strike, TimeDependent,
                             WalkOut, describe_event, simulate)


def make(union="linear", management="linear", *, ur=0.03, ut=0.06, mr=0.045, mt=0.01,
         **kw) -> Setup:
    return Setup(SideSetup(union, ur, ut, 0.97), SideSetup(management, mr, mt, 0.95), **kw)


def test_the_session_is_an_iterator_of_new_frozen_states():
    session = Session(make())
    start = session.state
    assert start.offer is None and not start.ended
    states = list(session)
    assert states[-1].ended and session.state is states[-1]
    assert len({id(s) for s in states}) == len(states)
    assert [len(s.history) for s in states[:-1]] == list(range(1, len(states)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        states[0].round = 3
    assert start.history == ()  # earlier states are untouched


def test_linear_pair_settles_inside_the_zone():
    result = simulate(make())
    outcome = result.outcome
    assert outcome.reason == "accepted" and outcome.negotiated
    assert 0.03 <= outcome.settlement[0] <= 0.045
    assert outcome.rounds_used <= 10
    assert result.events[-1].action == "accept"


def test_same_seed_same_transcript_and_json():
    setup = make("random", "random", seed=11, impasse=Arbitration())
    first, second = simulate(setup), simulate(setup)
    assert first.to_dict() == second.to_dict()
    assert simulate(setup, seed=11).to_dict() == first.to_dict()
    other = [simulate(setup, seed=s).to_dict()["events"] for s in range(5)]
    assert any(events != first.to_dict()["events"] for events in other)
    json.dumps(first.to_dict(), allow_nan=False)
    unseeded = simulate(make("random", "random"))
    replay = simulate(make("random", "random"), seed=unseeded.seed)
    assert replay.to_dict() == unseeded.to_dict()  # replayable from the entropy it drew


@pytest.mark.parametrize("rounds", [1, 2, 7])
@pytest.mark.parametrize("first", ["union", "management"])
def test_hardliners_hit_the_deadline(rounds, first):
    state = Session(make("hardliner", "hardliner", rounds=rounds, first_mover=first)).run()
    assert state.reason == "deadline" and state.agreement is None
    assert state.round == rounds and state.step == 2 * rounds
    assert [e.action for e in state.history[-2:]] == ["reject", "deadline"]


def test_arbitration_awards_the_final_offer_nearer_the_ideal():
    for ideal, winner in ((0.055, 0.06), (0.02, 0.01)):
        setup = make("hardliner", "hardliner", impasse=Arbitration(ideal=(ideal,)))
        result = simulate(setup)
        assert result.outcome.reason == "arbitration" and not result.outcome.negotiated
        assert result.outcome.settlement == (winner,)
        award = result.events[-1]
        assert award.actor == "arbitrator" and "ideal" in award.note
        assert award.ideal == (ideal,)
        assert result.to_dict()["events"][-1]["ideal"] == {"raise": ideal}
        assert describe_event(setup, award, "zh").startswith("第 10 轮  仲裁员裁决")
        assert describe_event(setup, award).endswith(
            f"[ideal award {setup.describe((ideal,))}]")


def test_arbitrator_draw_is_seeded_around_the_fair_point():
    setup = make("hardliner", "hardliner", impasse=Arbitration(spread=0.0))
    # spread 0: the ideal is the fair (Nash) point 3.75%; the union's 6% is 2.25 points
    # away and management's 1% is 2.75 points away, so the union's offer wins
    assert simulate(setup).outcome.settlement == (0.06,)
    awards = {simulate(make("hardliner", "hardliner", impasse=Arbitration(spread=0.2)),
                       seed=s).outcome.settlement for s in range(12)}
    assert awards == {(0.06,), (0.01,)}


def test_strike_costs_open_a_zone_after_the_deadline():
    # no zone: the union needs 5%, management pays at most 4%; a strike wears both down
    setup = make(ur=0.05, ut=0.07, mr=0.04, mt=0.01, impasse=Strike(limit=6))
    setup = dataclasses.replace(setup, union=dataclasses.replace(setup.union, strike_cost=0.02),
                                management=dataclasses.replace(setup.management,
                                                               strike_cost=0.02))
    result = simulate(setup)
    assert result.outcome.reason == "accepted" and result.outcome.strike_weeks > 0
    assert 0.04 < result.outcome.settlement[0] < 0.05
    net = result.outcome.utilities
    gross = setup.utility("union", result.outcome.settlement)
    assert net.union == pytest.approx(gross - 0.02 * result.outcome.strike_weeks)
    assert any("strike round" in line for line in result.transcript)


def test_strike_that_fails_ends_without_contract():
    state = Session(make("hardliner", "hardliner", impasse=Strike(limit=2))).run()
    assert state.reason == "deadline" and state.round == 12 and state.strike_weeks == 2


class Scripted(Negotiator):
    """Plays a fixed list of moves."""

    def __init__(self, moves):
        super().__init__("scripted")
        self.moves = list(moves)

    def propose(self, state):
        return self.moves.pop(0)

    def respond(self, state, offer):
        move = self.moves.pop(0)
        return Counter(move) if isinstance(move, tuple) else move


def test_walkout_goes_to_arbitration_or_ends():
    union = Scripted([(0.06,), WalkOut()])
    result = simulate(make(impasse=Arbitration(ideal=(0.04,))), union=union)
    assert result.outcome.reason == "arbitration" and result.outcome.rounds_used == 1
    assert [e.action for e in result.events] == ["offer", "offer", "walkout", "award"]
    result = simulate(make(), union=Scripted([(0.06,), WalkOut()]))
    assert result.outcome.reason == "walkout" and result.outcome.settlement is None


def test_the_arbitrator_awards_only_offers_actually_made():
    setup = make(impasse=Arbitration(ideal=(0.01,)))  # the ideal is management's target
    # management walks out before making any offer: the union's opening wins by default
    result = simulate(setup, union=Scripted([(0.06,)]), management=Scripted([WalkOut()]))
    assert [e.action for e in result.events] == ["offer", "walkout", "award_default"]
    assert result.outcome.reason == "arbitration" and result.outcome.settlement == (0.06,)
    assert "the only final offer made" in result.transcript[-1]
    # the opener walks out before any offer: nothing to award, no contract
    result = simulate(setup, union=Scripted([WalkOut()]))
    assert [e.action for e in result.events] == ["walkout", "no_award"]
    assert result.outcome.reason == "walkout" and result.outcome.settlement is None
    assert "no offer to award" in result.transcript[-1]


@pytest.mark.parametrize("union, management, expected", [
    (True, True, None), (True, False, "union"), (False, True, "management"),
    (False, False, "nobody")])
def test_by_default(union, management, expected):
    from wagebargain.sim.impasse import by_default

    assert by_default(union, management) == expected


def test_quit_ends_without_resolution():
    result = simulate(make(impasse=Arbitration()), union=Scripted([(0.06,), Quit()]))
    assert result.outcome.reason == "quit" and result.outcome.settlement is None
    assert result.events[-1].action == "quit"


def test_counter_at_the_last_step_is_a_rejection():
    setup = make(rounds=1, first_mover="management")
    union = Scripted([(0.06,)])  # counters management's only offer...
    management = Scripted([(0.01,), (0.02,)])  # ...and management's counter comes too late
    state = Session(setup, union, management).run()
    assert state.reason == "deadline" and state.step == 2


def test_bad_offers_from_code_are_errors():
    with pytest.raises(ValueError, match="outside"):
        simulate(make(), union=Scripted([(0.5,)]))


def test_human_side_needs_a_negotiator():
    with pytest.raises(SetupError, match="Human"):
        simulate(make("human"))


def test_result_compares_with_theory():
    result = simulate(make())
    comparison = result.comparison()
    nash = result.theory.nash.offer[0]
    assert comparison["nash"]["raise"] == pytest.approx(result.outcome.settlement[0] - nash)
    data = result.to_dict()
    assert data["version"] == 1 and data["outcome"]["settlement"] == {
        "raise": result.outcome.settlement[0]}
    assert data["strategies"] == {"union": "linear", "management": "linear"}
    assert data["theory"]["zone"][0]["offer"] == {"raise": 0.03}


def test_discounted_utilities_use_patience():
    result = simulate(make())
    n = result.outcome.rounds_used - 1
    assert result.outcome.discounted.union == pytest.approx(
        result.outcome.utilities.union * 0.97 ** n)


def test_session_accepts_negotiator_instances():
    result = simulate(make(), union=TimeDependent(0.5, name="e=0.5"), management=Hardliner())
    assert result.union_strategy == "e=0.5" and result.management_strategy == "hardliner"
    assert NoImpasseRule().to_dict() == {"rule": "none"}
