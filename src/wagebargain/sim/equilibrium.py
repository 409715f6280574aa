"""Negotiators that play the classical solutions: Zeuthen's risk rule and Rubinstein's
subgame-perfect offers.

Both assume complete information, as the theories do: each knows the other side's
utilities, reservation point and patience (in a classroom, the numbers on the board).

References
----------
.. [1] Zeuthen, F. (1930). *Problems of Monopoly and Economic Warfare*. London: Routledge.
.. [2] Harsanyi, J. C. (1956). "Approaches to the bargaining problem before and after the
   theory of games". Econometrica 24(2), 144-157.
.. [3] Rubinstein, A. (1982). "Perfect equilibrium in a bargaining model". Econometrica
   50(1), 97-109.
"""
from __future__ import annotations

import numpy as np

from wagebargain.core.theory import (nash_point, rubinstein_point, zeuthen_concedes,
                                     zeuthen_risk)
from wagebargain.sim.issues import Offer
from wagebargain.sim.negotiators import Negotiator
from wagebargain.sim.setup import Setup
from wagebargain.sim.state import Accept, Counter, Reject, Response, State

_TOL = 1e-9


class Zeuthen(Negotiator):
    """Concedes when its risk limit is the smaller one, just enough to pass the turn.

    Opens at its target. Each time it is to move it compares risk limits
    ``r = (U(own) - U(other's)) / U(own)`` (utilities net of reservation points); if its own
    is not larger it makes the smallest concession on the offer grid after which the other
    side's risk is the smaller one, and if no such offer is left short of the other side's
    offer it accepts. Harsanyi (1956) showed that this ends at the Nash solution; on a grid
    it ends within one grid step of it. It needs enough rounds: about one per grid step of
    the zone of agreement in the worst case.

    References
    ----------
    .. [1] Zeuthen (1930); Harsanyi (1956), see the module docstring.
    """

    name = "zeuthen"

    def start(self, setup: Setup, role: str, rng: np.random.Generator | None = None) -> None:
        super().start(setup, role, rng)
        self.opponent_reservation = setup.reservation_utility(self.opponent)
        own, opp = ((self.space.candidate_u, self.space.candidate_v) if role == "union"
                    else (self.space.candidate_v, self.space.candidate_u))
        self.own_gain = own - self.reservation  # per candidate
        self.opp_gain = opp - self.opponent_reservation

    def _next(self, mine: Offer, theirs: Offer) -> Offer | None:
        """Next offer, or ``None`` to accept ``theirs``."""
        own_mine = self.utility(mine) - self.reservation
        own_theirs = self.utility(theirs) - self.reservation
        opp_mine = self.opponent_utility(mine) - self.opponent_reservation
        opp_theirs = self.opponent_utility(theirs) - self.opponent_reservation
        if own_theirs >= own_mine - _TOL:
            return None
        if zeuthen_concedes(zeuthen_risk(own_mine, own_theirs),
                            zeuthen_risk(opp_theirs, opp_mine)) == 2:
            return mine  # the other side must concede
        between = ((self.own_gain < own_mine - _TOL) & (self.own_gain > own_theirs + _TOL)
                   & (self.own_gain >= -_TOL))
        passes = zeuthen_risk(self.own_gain, own_theirs) > zeuthen_risk(opp_theirs, self.opp_gain)
        choice = np.flatnonzero(between & passes)
        if choice.size:  # the concession that costs least of own utility
            return self.space.offer(choice[np.argmax(self.own_gain[choice])])
        if own_theirs >= -_TOL:
            return None
        return self.offer_at(self.reservation)  # nothing acceptable left: stand at the floor

    def propose(self, state: State) -> Offer:
        mine = state.last_offer_by(self.role)
        theirs = state.last_offer_by(self.opponent)
        if mine is None:
            return self.offer_at(self.target)
        if theirs is None:
            return mine
        nxt = self._next(mine, theirs)
        return theirs if nxt is None else nxt

    def respond(self, state: State, offer: Offer) -> Response:
        mine = state.last_offer_by(self.role)
        nxt = self.offer_at(self.target) if mine is None else self._next(mine, offer)
        if nxt is None or self.utility(offer) >= self.utility(nxt):
            return Accept()
        return Counter(nxt) if state.can_counter else Reject()


class Rubinstein(Negotiator):
    """Offers the subgame-perfect split at once and accepts its continuation value.

    The proposals solve ``v(x) - dv = delta_m (v(y) - dv)`` and
    ``u(y) - du = delta_u (u(x) - du)`` on the frontier (for one issue: the proposer gets
    ``(1 - delta_other) / (1 - delta_u delta_m)`` of the zone). On the grid it offers the
    best point for itself that still gives the other side its equilibrium value, so two
    Rubinstein players agree in round 1 within one grid step of the split. It accepts any
    offer worth at least the other side's equilibrium proposal to it. The deadline and strike
    costs are ignored, as in the infinite-horizon model. Without a zone of agreement it
    asks for its reservation point; with both patiences equal to 1 (no cost of delay) it
    plays the symmetric Nash point.

    References
    ----------
    .. [1] Rubinstein (1982), see the module docstring.
    """

    name = "rubinstein"

    def start(self, setup: Setup, role: str, rng: np.random.Generator | None = None) -> None:
        super().start(setup, role, rng)
        u, v = self.space.vertex_u, self.space.vertex_v
        du, dm = setup.reservation_utility("union"), setup.reservation_utility("management")
        try:
            x, y = rubinstein_point(u, v, du, dm, setup.union.patience, setup.management.patience)
        except ValueError:
            try:
                x = y = nash_point(u, v, du, dm)
            except ValueError:  # no zone of agreement
                self.threshold = self.reservation
                self.proposal = self.offer_at(self.reservation)
                return
        mine, theirs = (x, y) if role == "union" else (y, x)
        side = 0 if role == "union" else 1
        self.threshold = theirs[side]
        self.proposal = self.space.offer(self.space.index_for(self.opponent,
                                                              np.asarray(mine[1 - side])))

    def propose(self, state: State) -> Offer:
        return self.proposal

    def respond(self, state: State, offer: Offer) -> Response:
        if self.utility(offer) >= self.threshold - _TOL:
            return Accept()
        return Counter(self.proposal) if state.can_counter else Reject()
