"""Result objects of a simulated negotiation: transcript, outcome and theory comparison.

Plain dataclasses; ``to_dict()`` gives JSON-ready data (offers as ``{issue: value}``
mappings, rates as fractions). Rendering is the report layer's job.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from wagebargain.sim.analysis import Analysis, analyse
from wagebargain.sim.issues import Offer
from wagebargain.sim.messages import GAME, role_name
from wagebargain.sim.setup import Setup
from wagebargain.sim.state import Event, Pair

if TYPE_CHECKING:
    from wagebargain.sim.mechanism import Session

RESULT_VERSION = 1
REASONS = ("accepted", "arbitration", "deadline", "walkout", "quit")

def describe_event(setup: Setup, event: Event, lang: str = "en") -> str:
    """One transcript line: ``'round 2   management offers 3.5%'`` (``lang="zh"``:
    ``'第 2 轮  企业方报价 3.5%'``)."""
    action = "deadline" if event.actor == "mechanism" else event.action
    if f"event.{action}" not in GAME:
        return f"round {event.round:<3} {event.actor} {event.action}"
    text = GAME(f"event.{action}", lang, round=event.round, who=role_name(event.actor, lang),
                offer=setup.describe(event.offer, lang))
    if event.strike_weeks:
        text += GAME("event.strike", lang, n=event.strike_weeks)
    if event.ideal is not None:
        text += GAME("event.ideal", lang, offer=setup.describe(event.ideal, lang))
    elif event.note:
        text += f" [{event.note}]"
    return text


@dataclass(frozen=True)
class Outcome:
    """How a negotiation ended.

    Attributes
    ----------
    settlement : Offer or None
        The agreement or arbitration award; ``None`` without a contract.
    reason : str
        One of ``REASONS``.
    negotiated : bool
        True when the sides agreed (not awarded).
    rounds_used : int
        Round in which the talks ended.
    strike_weeks : int
        Rounds of strike before the end.
    utilities : Pair or None
        Each side's utility of the settlement, net of strike costs.
    discounted : Pair or None
        The same discounted by each side's patience to round 1.
    """

    settlement: Optional[Offer]
    reason: str
    negotiated: bool
    rounds_used: int
    strike_weeks: int
    utilities: Optional[Pair]
    discounted: Optional[Pair]

    def to_dict(self, setup: Setup) -> dict:
        return {"settlement": setup.as_mapping(self.settlement), "reason": self.reason,
                "negotiated": self.negotiated, "rounds_used": self.rounds_used,
                "strike_weeks": self.strike_weeks,
                "utilities": None if self.utilities is None else self.utilities._asdict(),
                "discounted": None if self.discounted is None else self.discounted._asdict()}


@dataclass(frozen=True)
class SimulationResult:
    """Transcript, outcome and theory comparison of one negotiation."""

    setup: Setup
    union_strategy: str
    management_strategy: str
    seed: Optional[int]
    events: tuple[Event, ...]
    outcome: Outcome
    theory: Analysis

    @classmethod
    def from_session(cls, session: Session) -> "SimulationResult":
        state, setup = session.state, session.setup
        settled = state.ended and state.agreement is not None
        discounted = None
        if settled:
            n = state.round - 1
            discounted = Pair(state.utilities.union * setup.union.patience ** n,
                              state.utilities.management * setup.management.patience ** n)
        outcome = Outcome(settlement=state.agreement, reason=state.reason or "unfinished",
                          negotiated=state.reason == "accepted", rounds_used=state.round,
                          strike_weeks=state.strike_weeks,
                          utilities=state.utilities if settled else None, discounted=discounted)
        return cls(setup, session.negotiators["union"].name,
                   session.negotiators["management"].name, session.seed, state.history,
                   outcome, analyse(setup))

    @property
    def transcript(self) -> list[str]:
        """The events as readable lines (English; :func:`describe_event` for Chinese)."""
        return [describe_event(self.setup, e) for e in self.events]

    def comparison(self) -> dict[str, Optional[dict[str, float]]]:
        """Settlement minus each theory point, per issue (``None`` where either is missing)."""
        out = {}
        for name in ("nash", "kalai_smorodinsky", "rubinstein"):
            point = getattr(self.theory, name)
            settlement = self.outcome.settlement
            out[name] = None if point is None or settlement is None else {
                issue.name: s - p for issue, s, p in zip(self.setup.issues, settlement,
                                                         point.offer)}
        return out

    def to_dict(self) -> dict:
        s = self.setup
        return {
            "version": RESULT_VERSION,
            "setup": s.to_dict(),
            "strategies": {"union": self.union_strategy, "management": self.management_strategy},
            "seed": self.seed,
            "events": [{"step": e.step, "round": e.round, "actor": e.actor, "action": e.action,
                        "offer": s.as_mapping(e.offer),
                        "utilities": None if e.utilities is None else e.utilities._asdict(),
                        "strike_weeks": e.strike_weeks, "note": e.note,
                        "ideal": s.as_mapping(e.ideal)} for e in self.events],
            "outcome": self.outcome.to_dict(s),
            "theory": self.theory.to_dict(),
            "comparison": self.comparison(),
        }
