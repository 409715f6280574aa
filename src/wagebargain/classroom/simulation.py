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
from wagebargain.classroom.messages import CLASSROOM, count, role, t
from wagebargain.errors import DataError
from wagebargain.report.blocks import Heading, Para, Table


@dataclass(frozen=True)
class SimulationReport:
    """A classroom setup and the result of one negotiation under it."""

    classroom: Any
    result: Any  # wagebargain.sim.SimulationResult


def run(classroom: Any, seed: Optional[int] = None) -> SimulationReport:
    """Play the setup's strategies to the end (``seed`` overrides the setup's)."""
    from wagebargain.sim import simulate

    for side in ("union", "management"):
        if classroom.setup.side(side).strategy == "human":
            raise DataError(f"the scenario's {side} strategy is human: choose a computer "
                            f"strategy with --{side}, or play it with `wagebargain play`")
    return SimulationReport(classroom, simulate(classroom.setup, seed=seed))


def outcome_text(result: Any, lang: str = "en") -> str:
    """The outcome in one sentence."""
    setup, outcome = result.setup, result.outcome
    how = t(f"reason.{outcome.reason}", lang)
    if outcome.settlement is None:
        return t("outcome.none", lang, how=how, round=outcome.rounds_used)
    text = t("outcome.deal", lang, how=how, offer=present.show(setup, outcome.settlement, lang),
             round=outcome.rounds_used)
    if outcome.strike_weeks:
        text += t("outcome.strike", lang, strike=count(outcome.strike_weeks, "round", lang))
    u = outcome.utilities
    return text + t("outcome.utilities", lang, union=present.utility(u.union),
                    management=present.utility(u.management))


def _move(setup: Any, event: Any, lang: str) -> str:
    move = t(f"move.{event.action}", lang) if f"move.{event.action}" in CLASSROOM \
        else event.action
    if event.ideal is not None:
        move = t("move.ideal", lang, move=move, offer=present.show(setup, event.ideal, lang))
    elif event.note:
        move += f" ({event.note})"
    if event.strike_weeks:
        move = t("move.strike", lang, move=move, n=event.strike_weeks)
    return move


def transcript_table(result: Any, lang: str = "en") -> Table:
    """Every move: round, side, action, offer and both utilities of the offer."""
    setup = result.setup
    rows = []
    for event in result.events:
        u = event.utilities
        rows.append((str(event.round), role(event.actor, lang), _move(setup, event, lang),
                     present.show(setup, event.offer, lang) if event.offer is not None else "",
                     present.utility(u.union) if u else "",
                     present.utility(u.management) if u else ""))
    columns = ("round", "side", "move", "offer", "union_utility", "management_utility")
    return Table(tuple(t(f"col.{c}", lang) for c in columns), tuple(rows),
                 (True, False, False, True, True, True))


def offer_chart(result: Any, lang: str = "en") -> Pre:
    """The two offer paths with the reservation points, the Nash point and the settlement."""
    setup = result.setup
    offers = [(e.round, e.actor, present.plotted(setup, e.offer)) for e in result.events
              if e.action == "offer"]
    marks = []
    if setup.single_issue:
        marks += [Mark(setup.union.reservation[0], t("chart.union_reservation", lang), "."),
                  Mark(setup.management.reservation[0], t("chart.management_reservation", lang),
                       ".")]
    nash = result.theory.nash
    if nash is not None:
        marks.append(Mark(present.plotted(setup, nash.offer), t("chart.nash", lang), ":"))
    if result.outcome.settlement is not None:
        marks.append(Mark(present.plotted(setup, result.outcome.settlement),
                          t("chart.settlement", lang), "="))
    text = path_chart(offers, marks, present.axis_format(setup), setup.rounds,
                      legend=t("chart.legend", lang), axis=t("chart.round", lang))
    return Pre(text, t("chart.caption", lang, axis=present.axis_name(setup, lang),
                       rounds=setup.rounds))


def blocks(report: SimulationReport, title: str = "sim.title", lang: str = "en") -> list[Block]:
    """The whole simulation document; ``title`` is a catalogue key (``sim.game`` for a game)."""
    classroom, result = report.classroom, report.result
    setup = result.setup
    strategies = {"union": result.union_strategy, "management": result.management_strategy}
    return [
        Heading(t("title", lang, title=t(title, lang), name=classroom.title), 1),
        present.provenance(classroom, lang),
        Para(t("sim.seed", lang, seed=result.seed), "muted"),
        Heading(t("sim.sides", lang), 3),
        present.sides_table(setup, strategies, lang),
        Heading(t("sim.transcript", lang), 3),
        transcript_table(result, lang),
        Para(outcome_text(result, lang)),
        Heading(t("sim.theory", lang), 3),
        present.theory_table(setup, result.theory, result.outcome.settlement, lang),
        Para(present.theory_note(lang), "muted"),
        Heading(t("sim.paths", lang), 3),
        offer_chart(result, lang),
    ]


def payload(report: SimulationReport) -> dict[str, Any]:
    """The JSON document's body: provenance and the simulator's own result."""
    return {"scenario": report.classroom.meta(), "simulation": report.result.to_dict(),
            "summary": outcome_text(report.result)}
