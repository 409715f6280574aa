"""Negotiators: the base protocol and the concession strategies of the classroom simulator.

A negotiator is started once per session with :meth:`Negotiator.start` and then asked to
:meth:`~Negotiator.propose` (open, or offer after a rejection) and to
:meth:`~Negotiator.respond` to the other side's offers. The default response is the
"accept next" rule common in automated negotiation: accept an offer at least as good as the
one you would make next; otherwise counter with that offer (or, when no offer may be made
any more, accept anything at least as good as what you would still have asked for).

The equilibrium players (Zeuthen, Rubinstein) are in :mod:`wagebargain.sim.equilibrium`, the
human player in :mod:`wagebargain.sim.human`.

References
----------
.. [1] Faratin, P., Sierra, C. & Jennings, N. R. (1998). "Negotiation decision functions for
   autonomous agents". Robotics and Autonomous Systems 24(3-4), 159-182.
.. [2] Baarslag, T., Hindriks, K. & Jonker, C. (2014). "Effective acceptance conditions in
   multi-issue negotiation". Proceedings of AAMAS 2014 (the "accept next" condition).
"""
from __future__ import annotations

import numpy as np

from wagebargain.sim.concession import concession_schedule, strike_floor, strike_rounds_at
from wagebargain.sim.issues import Offer
from wagebargain.sim.setup import Setup, other
from wagebargain.sim.state import Accept, Counter, Proposal, Reject, Response, State


class Negotiator:
    """Base class: subclasses implement :meth:`propose`; :meth:`respond` has a default.

    Attributes set by :meth:`start`: ``setup``, ``role``, ``opponent``, ``space`` (the
    offer space), ``rng``, ``reservation`` and ``target`` (the side's utilities).
    """

    name = "negotiator"

    def __init__(self, name: str | None = None):
        if name is not None:
            self.name = name

    def start(self, setup: Setup, role: str, rng: np.random.Generator | None = None) -> None:
        """Bind to a session: ``role`` is ``"union"`` or ``"management"``."""
        self.setup = setup
        self.role = role
        self.opponent = other(role)
        self.space = setup.space
        self.rng = rng if rng is not None else np.random.default_rng()
        self.reservation = setup.reservation_utility(role)
        self.target = setup.target_utility(role)

    def propose(self, state: State) -> Proposal:
        """The offer to put on the table now (or :class:`WalkOut` / :class:`Quit`)."""
        raise NotImplementedError

    def respond(self, state: State, offer: Offer) -> Response:
        """Answer the other side's ``offer`` (the default "accept next" rule)."""
        proposal = self.propose(state)
        if not isinstance(proposal, tuple):
            return proposal
        if self.utility(offer) >= self.utility(proposal):
            return Accept()
        return Counter(proposal) if state.can_counter else Reject()

    # --- helpers for subclasses ---------------------------------------------------------------
    def utility(self, offer: Offer) -> float:
        return self.setup.utility(self.role, offer)

    def opponent_utility(self, offer: Offer) -> float:
        return self.setup.utility(self.opponent, offer)

    def offer_at(self, level: float) -> Offer:
        """The grid offer on the frontier that gives this side at least ``level``."""
        return self.space.offer(self.space.index_for(self.role, np.asarray(level)))

    def offer_number(self, state: State) -> int:
        """Number of this side's next offer, from 0 (the last one repeats at the end)."""
        return min(len(state.offers_by(self.role)), self.setup.total_rounds - 1)

    def floor(self, number: int) -> float:
        """Reservation utility when making offer ``number``, less strike costs by then."""
        weeks = strike_rounds_at(number, self.setup.rounds)
        return float(strike_floor(self.reservation, self.setup.side(self.role).strike_cost, weeks))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class TimeDependent(Negotiator):
    """Concedes from its target to its reservation point on a fixed schedule.

    Offer ``j`` asks for ``p(t_j) = Pmin + (Pmax - Pmin)(1 - f(t_j))`` with
    ``f(t) = k + (1 - k) t**(1/e)``; see :mod:`wagebargain.sim.concession`.

    Parameters
    ----------
    exponent : float, default 1
        ``e``: below 1 Boulware (0.2 holds out until the end), 1 linear, above 1 Conceder.
    k : float, default 0
        Share of the way conceded at the first offer.

    References
    ----------
    .. [1] Faratin, Sierra & Jennings (1998), see the module docstring.
    """

    name = "time-dependent"
    hard = False

    def __init__(self, exponent: float = 1.0, k: float = 0.0, name: str | None = None):
        super().__init__(name)
        if not exponent > 0:
            raise ValueError(f"the concession exponent must be > 0, got {exponent}")
        self.exponent = float(exponent)
        self.k = float(k)

    def start(self, setup: Setup, role: str, rng: np.random.Generator | None = None) -> None:
        super().start(setup, role, rng)
        levels = concession_schedule(self.reservation, self.target, rounds=setup.rounds,
                                     strike_rounds=setup.strike_rounds, exponent=self.exponent,
                                     k=self.k, strike_cost=setup.side(role).strike_cost,
                                     hard=self.hard)
        self.levels = levels
        self.indices = self.space.index_for(role, levels)

    def propose(self, state: State) -> Offer:
        return self.space.offer(self.indices[self.offer_number(state)])


class Hardliner(TimeDependent):
    """Asks for its target at every offer and accepts nothing worse."""

    name = "hardliner"
    hard = True

    def __init__(self, name: str | None = None):
        super().__init__(exponent=1.0, name=name)


class TitForTat(Negotiator):
    """Mirrors the other side's last concession, measured in the other side's utility.

    Opens at its target; its first concession is a goodwill step of ``opening`` times the
    distance from target to reservation; after that it concedes, in its own utility, what the
    other side conceded in its last move. It never goes below its reservation point.

    Parameters
    ----------
    opening : float, optional
        The goodwill step as a share of the target-reservation distance; default
        ``1 / rounds``.

    References
    ----------
    .. [1] Axelrod, R. (1984). *The Evolution of Cooperation*. Basic Books.
    .. [2] Faratin, Sierra & Jennings (1998), section 4.2.2 (absolute tit-for-tat).
    """

    name = "tit-for-tat"

    def __init__(self, opening: float | None = None, name: str | None = None):
        super().__init__(name)
        self.opening = opening

    def propose(self, state: State) -> Offer:
        mine = state.offers_by(self.role)
        theirs = state.offers_by(self.opponent)
        if not mine:
            level = self.target
        else:
            level = self.utility(mine[-1])
            if len(theirs) >= 2:
                level -= max(self.opponent_utility(theirs[-2]) - self.opponent_utility(theirs[-1]),
                             0.0)
            elif theirs:
                opening = self.opening if self.opening is not None else 1.0 / self.setup.rounds
                level -= opening * (self.target - self.reservation)
        number = self.offer_number(state)
        return self.offer_at(min(max(level, self.floor(number)), self.target))


class RandomNegotiator(Negotiator):
    """Asks for a utility drawn uniformly between its reservation point and its target.

    Seeded through the session, so the same seed gives the same play.
    """

    name = "random"

    def propose(self, state: State) -> Offer:
        low = self.floor(self.offer_number(state))
        return self.offer_at(self.rng.uniform(low, max(low, self.target)))
