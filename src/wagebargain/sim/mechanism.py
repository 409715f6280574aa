"""The alternating-offers mechanism: a session is an iterator of immutable states.

::

    session = Session(setup, union=Human(ask=input, tell=print))
    for state in session:          # one state per move
        show(state)
    result = session.result()

The first mover opens; the other side accepts, counters, rejects or walks out; and so on
until an agreement, a walk-out, or the deadline (``rounds`` offers each, plus any strike
rounds). At an impasse the setup's rule applies: final-offer arbitration awards the last
offer nearer the arbitrator's ideal, choosing only between offers actually made (see
:func:`~wagebargain.sim.impasse.by_default` for a side that made none); otherwise there is no
contract.

References
----------
.. [1] Rubinstein, A. (1982). "Perfect equilibrium in a bargaining model". Econometrica
   50(1), 97-109 (the alternating-offers protocol).
.. [2] Farber, H. S. (1980). "An analysis of final-offer arbitration". Journal of Conflict
   Resolution 24(4), 683-705.
"""
from __future__ import annotations

import secrets
from typing import Iterator

import numpy as np

from wagebargain.sim.analysis import fair_point
from wagebargain.sim.concession import strike_rounds_at
from wagebargain.sim.impasse import Arbitration, by_default, final_offer_award
from wagebargain.sim.issues import Offer
from wagebargain.sim.negotiators import Negotiator
from wagebargain.sim.results import SimulationResult
from wagebargain.sim.setup import Setup, other
from wagebargain.sim.state import (Accept, Counter, Event, Pair, Quit, Reject, State,
                                   WalkOut)
from wagebargain.sim.strategies import make_negotiator

FRESH_SEEDS = 1_000_000
"""Seeds drawn when none is given lie below this: short enough to read out in class."""


class Session:
    """One negotiation between two negotiators under a setup.

    Parameters
    ----------
    setup : Setup
    union, management : Negotiator, optional
        Default: built from the setup's strategy names (a ``human`` side must be given).
    seed : int, optional
        Overrides ``setup.seed`` for random negotiators and the arbitrator. Without either,
        a fresh seed below one million is drawn and kept in ``session.seed``, so any run can
        be replayed (and the seed read out, typed or put in a file name).
    """

    def __init__(self, setup: Setup, union: Negotiator | None = None,
                 management: Negotiator | None = None, *, seed: int | None = None):
        self.setup = setup
        if seed is None:
            seed = setup.seed if setup.seed is not None else secrets.randbelow(FRESH_SEEDS)
        self.seed = seed
        sequence = np.random.SeedSequence(seed)
        arbitrator, union_seq, management_seq = sequence.spawn(3)
        self._rng = np.random.default_rng(arbitrator)
        self.negotiators = {
            "union": union if union is not None else make_negotiator(setup.union),
            "management": (management if management is not None
                           else make_negotiator(setup.management)),
        }
        self.negotiators["union"].start(setup, "union", np.random.default_rng(union_seq))
        self.negotiators["management"].start(setup, "management",
                                             np.random.default_rng(management_seq))
        self._state = State(max_steps=setup.total_steps)

    @property
    def state(self) -> State:
        """The current state (before the first move: nothing on the table)."""
        return self._state

    def __iter__(self) -> Iterator[State]:
        while not self._state.ended:
            self._state = self._move(self._state)
            yield self._state

    def run(self) -> State:
        """Play to the end and return the final state."""
        for _ in self:
            pass
        return self._state

    def result(self) -> SimulationResult:
        """The transcript and outcome so far (complete once the session has ended)."""
        return SimulationResult.from_session(self)

    # --- the protocol -------------------------------------------------------------------------
    def _pair(self, offer: Offer) -> Pair:
        return Pair(self.setup.utility("union", offer), self.setup.utility("management", offer))

    def _move(self, state: State) -> State:
        if state.offer is None:
            mover = self.setup.first_mover
            return self._proposal(state, mover, self.negotiators[mover].propose(state))
        responder = other(state.proposer)
        response = self.negotiators[responder].respond(state, state.offer)
        if isinstance(response, Accept):
            event = Event(state.step, state.round, responder, "accept", state.offer,
                          self._pair(state.offer), state.strike_weeks)
            return state.finished("accepted", (event,), state.offer, self._net(state.offer, state))
        if isinstance(response, Counter) and state.can_counter:
            return self._proposal(state, responder, response.offer)
        if isinstance(response, (Counter, Reject)):
            if state.can_counter:
                return self._proposal(state, responder, self.negotiators[responder].propose(state))
            return self._impasse(state, "deadline", responder)
        return self._proposal(state, responder, response)  # WalkOut or Quit

    def _proposal(self, state: State, role: str, proposal) -> State:
        if isinstance(proposal, Quit):
            return state.finished("quit", (self._event(state, role, "quit"),))
        if isinstance(proposal, WalkOut):
            return self._impasse(state, "walkout", role)
        offer = self.setup.check_offer(proposal)
        number = state.step  # offers made so far = this offer's number
        weeks = int(strike_rounds_at(number // 2, self.setup.rounds))
        event = Event(number, number // 2 + 1, role, "offer", offer, self._pair(offer), weeks)
        return state.with_offer(role, offer, event.utilities, event)

    def _event(self, state: State, role: str, action: str) -> Event:
        return Event(state.step, state.round, role, action, strike_weeks=state.strike_weeks)

    def _net(self, offer: Offer, state: State) -> Pair:
        """Utilities of a settlement less each side's strike costs."""
        gross = self._pair(offer)
        return Pair(gross.union - state.strike_weeks * self.setup.union.strike_cost,
                    gross.management - state.strike_weeks * self.setup.management.strike_cost)

    def _impasse(self, state: State, cause: str, role: str) -> State:
        action = "walkout" if cause == "walkout" else "reject"
        events = (self._event(state, role, action),)
        rule = self.setup.impasse
        if not isinstance(rule, Arbitration):
            return state.finished(cause, events + (self._event(state, "mechanism", "deadline"),)
                                  if cause == "deadline" else events)
        finals = {side: state.last_offer_by(side) for side in ("union", "management")}
        winner = by_default(finals["union"] is not None, finals["management"] is not None)
        if winner == "nobody":  # no offer to choose from: no award, no contract
            return state.finished(cause, events + (
                self._event(state, "arbitrator", "no_award"),))
        if winner is not None:  # the only final offer on the table
            award = finals[winner]
            award_event = Event(state.step, state.round, "arbitrator", "award_default", award,
                                self._pair(award), state.strike_weeks)
        else:
            award, ideal = self._arbitrate(finals, rule)
            note = f"ideal award {self.setup.describe(ideal)}"
            award_event = Event(state.step, state.round, "arbitrator", "award", award,
                                self._pair(award), state.strike_weeks, note, ideal)
        return state.finished("arbitration", events + (award_event,), award,
                              self._net(award, state))

    def _arbitrate(self, finals: dict[str, Offer], rule: Arbitration) -> tuple[Offer, Offer]:
        """The final offer nearer the arbitrator's ideal (both sides made one), and the ideal."""
        fair = rule.fair
        if fair is None:
            fair = fair_point(self.setup)
        ideal = rule.draw_ideal(fair, self.setup.lows, self.setup.highs, self._rng)
        union_wins = bool(final_offer_award(self.setup.normalise(finals["union"]),
                                            self.setup.normalise(finals["management"]),
                                            self.setup.normalise(ideal)))
        return finals["union" if union_wins else "management"], ideal


def simulate(setup: Setup, union: Negotiator | None = None,
             management: Negotiator | None = None, seed: int | None = None
             ) -> SimulationResult:
    """Play one negotiation to the end.

    Parameters
    ----------
    setup : Setup
    union, management : Negotiator, optional
        Default: the setup's strategies.
    seed : int, optional
        Overrides ``setup.seed``.

    Returns
    -------
    SimulationResult
    """
    session = Session(setup, union, management, seed=seed)
    session.run()
    return session.result()
