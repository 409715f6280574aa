"""Layouts of a class debrief: summary, ranked table, theory, and the class chart.

The chart places every team's settlement against the zone of agreement and the theory
points: as text (terminal, Markdown) and as an inline SVG (HTML). For a package the axis is
the union's utility of each settlement.
"""
from __future__ import annotations

import math
from typing import Any

from wagebargain.classroom import present
from wagebargain.classroom.chart import Mark, Strip, strip_chart, strip_svg
from wagebargain.classroom.debrief import INSIDE, Debrief
from wagebargain.classroom.doc import Block, Figure, Pre
from wagebargain.report import fmt
from wagebargain.report.blocks import Bullets, Heading, Para, Table


def _surplus(setup: Any, points: float, utility: float) -> str:
    if setup.single_issue:
        return fmt.points(points)
    return f"{utility:+.2f}"


def _versus(setup: Any, value: float) -> str:
    if not math.isfinite(value):
        return fmt.DASH
    return fmt.points(value) if setup.single_issue else f"{value:+.2f}"


def scores_table(result: Debrief) -> Table:
    """One row per team, best for the union first."""
    setup = result.classroom.setup
    columns = ["rank U/M", "team", "settled", "rounds", "union surplus",
               "management surplus", "versus Nash"]
    if not setup.single_issue:
        columns.append("off frontier")
    columns.append("position")
    rows = []
    tones = []
    for s in result.scores:
        row = [f"{s.union_rank}/{s.management_rank}", s.team,
               present.show(setup, s.offer) if s.offer is not None else "none",
               fmt.DASH if s.rounds is None else str(s.rounds),
               _surplus(setup, s.union_points, s.union_surplus),
               _surplus(setup, s.management_points, s.management_surplus),
               _versus(setup, s.versus_nash)]
        if not setup.single_issue:
            row.append(present.utility(s.frontier_gap))
        rows.append((*row, s.position))
        tones.append("" if s.position == INSIDE or s.offer is None else "risk")
    numeric = tuple(c not in ("team", "settled", "position") for c in columns)
    return Table(tuple(columns), tuple(rows), numeric, tuple(tones))


def summary(result: Debrief) -> str:
    setup = result.classroom.setup
    deals = result.agreements
    text = (f"{len(result.scores)} team{'s' if len(result.scores) != 1 else ''} scored; "
            f"{len(deals)} agreed")
    if deals:
        inside = sum(s.position == INSIDE for s in deals)
        text += (f", {inside} inside the zone of agreement; mean settlement "
                 f"{present.show(setup, result.mean_settlement())}")
        if setup.single_issue:
            raises = [s.offer[0] for s in deals]
            text += f" (from {fmt.pct(min(raises))} to {fmt.pct(max(raises))})"
    return text + "."


def _strips(result: Debrief) -> tuple[list[Strip], Any, list[Mark]]:
    setup, analysis = result.classroom.setup, result.analysis
    strips = [Strip(s.team, None if s.offer is None else present.plotted(setup, s.offer))
              for s in result.scores]
    zone = None if analysis.zone is None else tuple(present.plotted(setup, p.offer)
                                                    for p in analysis.zone)
    marks = []
    for point, label, char, kind in ((analysis.nash, "Nash", "N", "nash"),
                                     (analysis.kalai_smorodinsky, "Kalai-Smorodinsky", "K", "ks"),
                                     (analysis.rubinstein, "Rubinstein", "R", "rubinstein")):
        if point is not None:
            marks.append(Mark(present.plotted(setup, point.offer), label, char, kind))
    return strips, zone, marks


def chart(result: Debrief) -> Pre:
    strips, zone, marks = _strips(result)
    setup = result.classroom.setup
    text = strip_chart(strips, zone, marks[:1], present.axis_format(setup))
    return Pre(text, f"Each team's settlement ({present.axis_name(setup)}) against the zone "
                     f"of agreement and the Nash point.")


def figure(result: Debrief) -> Figure:
    strips, zone, marks = _strips(result)
    setup = result.classroom.setup
    caption = (f"Each team's settlement ({present.axis_name(setup)}) against the zone of "
               f"agreement (shaded) and the theory points; red: outside the zone.")
    return Figure(strip_svg(strips, zone, marks, present.axis_format(setup), caption), caption)


def blocks(result: Debrief, html: bool = False) -> list[Block]:
    """The debrief document; ``html`` puts the SVG figure in place of the text chart."""
    classroom = result.classroom
    setup = classroom.setup
    out: list[Block] = [
        Heading(f"Class debrief: {classroom.title}", 1),
        present.provenance(classroom),
        Para(summary(result)),
    ]
    if result.problems:
        out.append(Para(f"{len(result.problems)} row(s) could not be scored and are left out: "
                        + "; ".join(f"line {p.line}: {p.message}" for p in result.problems),
                        "warning"))
    surplus = ("percentage points of raise above the union's reservation point "
               f"({present.show(setup, setup.union.reservation)}) and below management's "
               f"({present.show(setup, setup.management.reservation)})" if setup.single_issue
               else "utility above each side's reservation point")
    out += [
        Heading("Settlements, ranked", 3),
        scores_table(result),
        Para(f"Surplus: {surplus}. A team without agreement gets both reservation points "
             f"(surplus 0). Rank U/M: 1 is best for the union / for management; equal "
             f"surpluses share a rank. Versus Nash: the settlement minus the Nash point"
             + ("." if setup.single_issue else " in union utility; off frontier: joint utility "
                "left on the table."),
             "muted"),
        figure(result) if html else chart(result),
        Heading("Theory", 3),
        present.theory_table(setup, result.analysis),
    ]
    frontier = present.frontier_table(setup, result.analysis)
    if frontier is not None:
        out += [Heading("The Pareto frontier", 3), frontier]
    out.append(Para(present.theory_note(), "muted"))
    if result.warnings:
        out.append(Bullets(tuple(result.warnings), "muted"))
    return out


def payload(result: Debrief) -> dict[str, Any]:
    """The JSON document's body."""
    return {"scenario": result.classroom.meta(), "summary": summary(result),
            **result.to_dict()}
