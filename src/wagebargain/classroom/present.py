"""Shared pieces of every classroom document: offers as text, the setup and theory tables.

Numbers are formatted by the brief's own formatter (:mod:`wagebargain.report.fmt`): rates
as percentages with one decimal, utilities with two decimals.
"""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence

from wagebargain.report import fmt
from wagebargain.report.blocks import Para, Table

IMPASSE_TEXT = {
    "none": "no contract (the talks end)",
    "strike": "a strike of up to {limit} more rounds, each costing both sides",
    "arbitration": "final-offer arbitration: the arbitrator awards the final offer nearer its "
                   "own idea of a fair settlement",
}


def show(setup: Any, offer: Optional[Sequence[float]]) -> str:
    """An offer as the trainees write it: ``4.4%``, or ``raise 4%, lump_sum 800, ...``."""
    if offer is None:
        return fmt.DASH
    parts = [fmt.pct(x) if issue.is_rate else issue.format(x)
             for issue, x in zip(setup.issues, offer)]
    if setup.single_issue:
        return parts[0]
    return ", ".join(f"{issue.name} {text}" for issue, text in zip(setup.issues, parts))


def utility(x: Optional[float]) -> str:
    """A utility in [0, 1] with two decimals."""
    return fmt.DASH if x is None or not math.isfinite(x) else f"{x:.2f}"


def plotted(setup: Any, offer: Sequence[float]) -> float:
    """What a chart plots for an offer: the raise for a single issue, else the union's utility."""
    return float(offer[0]) if setup.single_issue else setup.utility("union", offer)


def axis_format(setup: Any):
    """Formatter of the value :func:`plotted` returns."""
    return fmt.pct if setup.single_issue else (lambda u: f"u={u:.2f}")


def axis_name(setup: Any) -> str:
    return "raise" if setup.single_issue else "the union's utility of the package"


def impasse_text(setup: Any) -> str:
    """The impasse rule in words."""
    kind = getattr(setup.impasse, "kind", "none")
    return IMPASSE_TEXT.get(kind, kind).format(limit=setup.strike_rounds)


def provenance(classroom: Any) -> Para:
    """The muted line under a title: enterprise, scenario file, setup in words."""
    setup = classroom.setup
    return Para(f"{classroom.firm} · scenario {classroom.source} (SHA-256 "
                f"{classroom.sha256[:12]}) · simulator setup: {setup.rounds} rounds, "
                f"{setup.first_mover} opens, at an impasse {impasse_text(setup)}", "muted")


def sides_table(setup: Any, strategies: Optional[dict[str, str]] = None) -> Table:
    """Each side's strategy, reservation point, target, patience and strike cost."""
    rows = []
    for role in ("union", "management"):
        side = setup.side(role)
        strategy = (strategies or {}).get(role, side.strategy)
        rows.append((role, strategy, show(setup, side.reservation), show(setup, side.target),
                     f"{side.patience:g}",
                     utility(side.strike_cost) if side.strike_cost else fmt.DASH))
    return Table(("side", "strategy", "reservation point", "target", "patience",
                  "strike cost"), tuple(rows),
                 (False, False, True, True, True, True))


THEORY_NOTE = ("Utilities run from 0 (the side's worst offer) to 1 (its best); patience is the "
               "value of a deal one round later; strike costs are utility lost per round.")
THEORY_SOURCES = ("Nash (1950); Binmore, Rubinstein & Wolinsky (1986); Kalai & Smorodinsky "
                  "(1975); Rubinstein (1982); Farber (1980).")


def theory_rows(setup: Any, analysis: Any, settlement: Optional[Sequence[float]] = None
                ) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Columns and rows of the theory table; with a settlement, a column of the difference."""
    points: list[tuple[str, Any]] = []
    if analysis.zone is None:
        points.append(("zone of agreement: none", None))
    else:
        points += [("zone: union's end", analysis.zone[0]),
                   ("zone: management's end", analysis.zone[1])]
    points += [(f"Nash (union power {setup.union_power:g})", analysis.nash),
               ("Kalai-Smorodinsky", analysis.kalai_smorodinsky),
               (f"Rubinstein ({setup.first_mover} first)", analysis.rubinstein)]
    columns = ["point", "offer", "union utility", "management utility"]
    if settlement is not None:
        columns.append("ours minus it" if setup.single_issue else "union utility gap")
    blank = [fmt.DASH] * (len(columns) - 1)
    rows = []
    for label, point in points:
        if point is None:
            rows.append((label, *blank))
            continue
        row = [label, show(setup, point.offer), utility(point.union), utility(point.management)]
        if settlement is not None:
            row.append(difference(setup, settlement, point.offer))
        rows.append(tuple(row))
    if analysis.final_offers is not None:
        offers = analysis.final_offers
        rows.append(("final-offer arbitration", f"union {fmt.pct(offers['union'])}, "
                     f"management {fmt.pct(offers['management'])}", *blank[1:]))
    return tuple(columns), rows


def difference(setup: Any, settlement: Sequence[float], point: Sequence[float]) -> str:
    """Settlement minus a point: percentage points for a raise, union utility for a package."""
    if setup.single_issue:
        return fmt.points(settlement[0] - point[0])
    gap = setup.utility("union", settlement) - setup.utility("union", point)
    return f"{gap:+.2f}"


def theory_table(setup: Any, analysis: Any, settlement: Optional[Sequence[float]] = None
                 ) -> Table:
    """The theory table: zone of agreement, Nash, Kalai-Smorodinsky, Rubinstein points."""
    columns, rows = theory_rows(setup, analysis, settlement)
    numeric = tuple(c not in ("point", "offer") for c in columns)
    return Table(columns, tuple(rows), numeric)


def frontier_table(setup: Any, analysis: Any) -> Optional[Table]:
    """The Pareto frontier's vertices (packages only; one issue's frontier is every raise)."""
    if setup.single_issue:
        return None
    rows = tuple((show(setup, p.offer), utility(p.union), utility(p.management))
                 for p in analysis.frontier)
    return Table(("package on the frontier", "union utility", "management utility"), rows,
                 (False, True, True))
