"""The mechanism's immutable state, the moves negotiators make, and the events of a transcript.

A negotiator answers an offer with one of :class:`Accept`, :class:`Reject`,
:class:`Counter`, :class:`WalkOut` or :class:`Quit`; it opens (or proposes after a
rejection) with an offer tuple, or :class:`WalkOut` / :class:`Quit`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple, Optional, Union

from wagebargain.sim.issues import Offer


class Pair(NamedTuple):
    """A value for each side, union first."""

    union: float
    management: float


@dataclass(frozen=True)
class Accept:
    """Accept the offer on the table."""


@dataclass(frozen=True)
class Reject:
    """Reject the offer; the mechanism then asks for a proposal if one is still allowed."""


@dataclass(frozen=True)
class Counter:
    """Reject the offer and propose ``offer`` instead."""

    offer: Offer


@dataclass(frozen=True)
class WalkOut:
    """Break off the talks; the impasse rule applies (arbitration, or no contract)."""


@dataclass(frozen=True)
class Quit:
    """Leave the game (a human player): the session ends, nothing is resolved."""


Response = Union[Accept, Reject, Counter, WalkOut, Quit]
Proposal = Union[Offer, WalkOut, Quit]


@dataclass(frozen=True)
class Event:
    """One line of the transcript.

    Attributes
    ----------
    step : int
        Move number from 0 (the opening offer).
    round : int
        Bargaining round from 1; rounds after the deadline are strike rounds.
    actor : str
        ``union``, ``management`` or ``arbitrator``.
    action : str
        ``offer``, ``accept``, ``reject``, ``walkout``, ``quit``, ``deadline``, ``award``,
        ``award_default`` (the only final offer made) or ``no_award`` (no offer was made).
    offer : Offer or None
        The offer made, accepted or awarded.
    utilities : Pair or None
        Both sides' utilities of that offer.
    strike_weeks : int
        Rounds of strike so far.
    note : str
        Free text in English, e.g. the arbitrator's ideal award.
    ideal : Offer or None
        The arbitrator's ideal award (an ``award`` event).
    """

    step: int
    round: int
    actor: str
    action: str
    offer: Optional[Offer] = None
    utilities: Optional[Pair] = None
    strike_weeks: int = 0
    note: str = ""
    ideal: Optional[Offer] = None


@dataclass(frozen=True)
class State:
    """Where the talks stand; the mechanism replaces it with a new one after every move.

    Attributes
    ----------
    round : int
        Round of the offer on the table (1 before the opening offer).
    step : int
        Offers made so far; the next offer would be offer number ``step``.
    max_steps : int
        Most offers the mechanism takes (deadline and strike rounds, both sides).
    proposer : str or None
        Who made the offer on the table.
    offer : Offer or None
        The offer on the table.
    union_offers, management_offers : tuple of Offer
        Every offer each side has made, oldest first.
    history : tuple of Event
    agreement : Offer or None
        The settlement (agreed or awarded) once ended.
    ended : bool
    reason : str or None
        ``accepted``, ``arbitration``, ``deadline``, ``walkout`` or ``quit``.
    utilities : Pair or None
        Utilities of the offer on the table, or of the settlement net of strike costs.
    strike_weeks : int
        Rounds of strike so far.
    """

    max_steps: int
    round: int = 1
    step: int = 0
    proposer: Optional[str] = None
    offer: Optional[Offer] = None
    union_offers: tuple[Offer, ...] = ()
    management_offers: tuple[Offer, ...] = ()
    history: tuple[Event, ...] = ()
    agreement: Optional[Offer] = None
    ended: bool = False
    reason: Optional[str] = None
    utilities: Optional[Pair] = None
    strike_weeks: int = 0

    @property
    def can_counter(self) -> bool:
        """Whether one more offer may be made before the deadline (and any strike) ends."""
        return self.step < self.max_steps

    def offers_by(self, role: str) -> tuple[Offer, ...]:
        return self.union_offers if role == "union" else self.management_offers

    def last_offer_by(self, role: str) -> Optional[Offer]:
        offers = self.offers_by(role)
        return offers[-1] if offers else None

    def with_offer(self, role: str, offer: Offer, utilities: Pair, event: Event) -> "State":
        """The state after ``role`` puts ``offer`` on the table."""
        union, management = self.union_offers, self.management_offers
        if role == "union":
            union += (offer,)
        else:
            management += (offer,)
        return State(self.max_steps, event.round, self.step + 1, role, offer, union, management,
                     self.history + (event,), utilities=utilities,
                     strike_weeks=event.strike_weeks)

    def finished(self, reason: str, events: tuple[Event, ...], agreement: Optional[Offer] = None,
                 utilities: Optional[Pair] = None) -> "State":
        """The final state."""
        return replace(self, history=self.history + events, agreement=agreement, ended=True,
                       reason=reason, utilities=utilities)
