"""One simulated negotiation of a scenario: the result object and its layouts.

:func:`run` plays the setup's strategies (:func:`wagebargain.sim.simulate`); :func:`blocks`
lays out the transcript, the outcome, the theory comparison and the chart of the two offer
paths; :func:`payload` is the JSON document's body. The same blocks serve ``play``'s summary.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from wagebargain.classroom import present
from wagebargain.classroom.chart import Mark, path_chart
from wagebargain.classroom.doc import Block, Pre
from wagebargain.errors import DataError
from wagebargain.report.blocks import Heading, Para, Table

REASON_TEXT = {
    "accepted": "agreement",
    "arbitration": "arbitration award",
    "deadline": "no agreement by the deadline",
    "walkout": "a side walked out",
    "quit": "the game was left before the end",
    "unfinished": "the game was interrupted",
}


@dataclass(frozen=True)
class SimulationReport:
    """A classroom setup and the result of one negotiation under it."""

    classroom: Any
    result: Any  # wagebargain.sim.SimulationResult


def run(classroom: Any, seed: Optional[int] = None) -> SimulationReport:
    """Play the setup's strategies to the end (``seed`` overrides the setup's)."""
    from wagebargain.sim import simulate

    for role in ("union", "management"):
        if classroom.setup.side(role).strategy == "human":
            raise DataError(f"the scenario's {role} strategy is human: choose a computer "
                            f"strategy with --{role}, or play it with `wagebargain play`")
    return SimulationReport(classroom, simulate(classroom.setup, seed=seed))


def outcome_text(result: Any) -> str:
    """The outcome in one sentence."""
    setup, outcome = result.setup, result.outcome
    how = REASON_TEXT.get(outcome.reason, outcome.reason)
    if outcome.settlement is None:
        return f"Outcome: {how}, in round {outcome.rounds_used}; no contract."
    text = (f"Outcome: {how} at {present.show(setup, outcome.settlement)} in round "
            f"{outcome.rounds_used}")
    if outcome.strike_weeks:
        text += f", after {outcome.strike_weeks} round(s) of strike"
    u = outcome.utilities
    return text + (f"; utilities net of strike costs: union {present.utility(u.union)}, "
                   f"management {present.utility(u.management)}.")


def transcript_table(result: Any) -> Table:
    """Every move: round, side, action, offer and both utilities of the offer."""
    setup = result.setup
    rows = []
    for event in result.events:
        u = event.utilities
        action = event.action + (f" ({event.note})" if event.note else "")
        if event.strike_weeks:
            action += f", strike round {event.strike_weeks}"
        rows.append((str(event.round), event.actor, action,
                     present.show(setup, event.offer) if event.offer is not None else "",
                     present.utility(u.union) if u else "",
                     present.utility(u.management) if u else ""))
    return Table(("round", "side", "move", "offer", "union utility", "management utility"),
                 tuple(rows), (True, False, False, True, True, True))


def offer_chart(result: Any) -> Pre:
    """The two offer paths with the reservation points, the Nash point and the settlement."""
    setup = result.setup
    offers = [(e.round, e.actor, present.plotted(setup, e.offer)) for e in result.events
              if e.action == "offer"]
    marks = []
    if setup.single_issue:
        marks += [Mark(setup.union.reservation[0], "union reservation", "."),
                  Mark(setup.management.reservation[0], "management reservation", ".")]
    nash = result.theory.nash
    if nash is not None:
        marks.append(Mark(present.plotted(setup, nash.offer), "Nash", ":"))
    if result.outcome.settlement is not None:
        marks.append(Mark(present.plotted(setup, result.outcome.settlement), "settlement", "="))
    text = path_chart(offers, marks, present.axis_format(setup), setup.rounds)
    return Pre(text, f"Offers by round ({present.axis_name(setup)}); the deadline is round "
                     f"{setup.rounds}.")


def blocks(report: SimulationReport, title: str = "Simulated negotiation") -> list[Block]:
    """The whole simulation document."""
    classroom, result = report.classroom, report.result
    setup = result.setup
    strategies = {"union": result.union_strategy, "management": result.management_strategy}
    return [
        Heading(f"{title}: {classroom.title}", 1),
        present.provenance(classroom),
        Para(f"Seed {result.seed} (the same seed replays the same negotiation).", "muted"),
        Heading("The sides", 3),
        present.sides_table(setup, strategies),
        Heading("Transcript", 3),
        transcript_table(result),
        Para(outcome_text(result)),
        Heading("Theory", 3),
        present.theory_table(setup, result.theory, result.outcome.settlement),
        Para(present.THEORY_NOTE + " " + present.THEORY_SOURCES, "muted"),
        Heading("Offer paths", 3),
        offer_chart(result),
    ]


def payload(report: SimulationReport) -> dict[str, Any]:
    """The JSON document's body: provenance and the simulator's own result."""
    return {"scenario": report.classroom.meta(), "simulation": report.result.to_dict(),
            "summary": outcome_text(report.result)}

