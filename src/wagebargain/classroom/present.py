"""Shared pieces of every classroom document: offers as text, the setup and theory tables.

Numbers are formatted by the brief's own formatter (:mod:`wagebargain.report.fmt`): rates
as percentages with one decimal, utilities with two decimals. Words come from the classroom
catalogue (:mod:`wagebargain.classroom.messages`) in English or Chinese (``lang``).
"""
from __future__ import annotations

import math
from typing import Any, Optional, Sequence

from wagebargain.classroom.messages import count, listing, role, strategy, t
from wagebargain.report import fmt
from wagebargain.report.blocks import Para, Table

THEORY_SOURCES = ("Nash (1950); Binmore, Rubinstein & Wolinsky (1986); Kalai & Smorodinsky "
                  "(1975); Rubinstein (1982); Farber (1980).")


def show(setup: Any, offer: Optional[Sequence[float]], lang: str = "en") -> str:
    """An offer as the trainees write it: ``4.4%``, or ``raise 4%, lump_sum 800, ...``."""
    if offer is None:
        return fmt.DASH
    parts = [fmt.pct(x) if issue.is_rate else issue.format(x, lang)
             for issue, x in zip(setup.issues, offer)]
    if setup.single_issue:
        return parts[0]
    return listing((f"{issue.name} {text}" for issue, text in zip(setup.issues, parts)), lang)


def utility(x: Optional[float]) -> str:
    """A utility in [0, 1] with two decimals."""
    return fmt.DASH if x is None or not math.isfinite(x) else f"{x:.2f}"


def plotted(setup: Any, offer: Sequence[float]) -> float:
    """What a chart plots for an offer: the raise for a single issue, else the union's utility."""
    return float(offer[0]) if setup.single_issue else setup.utility("union", offer)


def axis_format(setup: Any):
    """Formatter of the value :func:`plotted` returns."""
    return fmt.pct if setup.single_issue else (lambda u: f"u={u:.2f}")


def axis_name(setup: Any, lang: str = "en") -> str:
    return t("axis.raise" if setup.single_issue else "axis.utility", lang)


def impasse_text(setup: Any, lang: str = "en") -> str:
    """The impasse rule in words."""
    kind = getattr(setup.impasse, "kind", "none")
    return t(f"impasse.{kind}", lang, limit=setup.strike_rounds)


def side_name(side: str, lang: str = "en") -> str:
    """A side as a sentence names it: ``the union`` or ``management`` (工会, 企业方)."""
    return t(f"the.{side}", lang)


def first_mover(setup: Any, lang: str = "en") -> str:
    """Who opens, as a sentence's subject."""
    return side_name(setup.first_mover, lang)


def provenance(classroom: Any, lang: str = "en") -> Para:
    """The muted line under a title: enterprise, scenario file, setup in words."""
    setup = classroom.setup
    return Para(t("provenance", lang, firm=classroom.firm, file=classroom.source,
                  sha=classroom.sha256[:12], rounds=count(setup.rounds, "round", lang),
                  first=first_mover(setup, lang), impasse=impasse_text(setup, lang)), "muted")


def sides_table(setup: Any, strategies: Optional[dict[str, str]] = None,
                lang: str = "en") -> Table:
    """Each side's strategy, reservation point, target, patience and strike cost."""
    rows = []
    for side_name in ("union", "management"):
        side = setup.side(side_name)
        name = (strategies or {}).get(side_name, side.strategy)
        rows.append((role(side_name, lang), strategy(name, lang),
                     show(setup, side.reservation, lang), show(setup, side.target, lang),
                     f"{side.patience:g}",
                     utility(side.strike_cost) if side.strike_cost else fmt.DASH))
    columns = ("side", "strategy", "reservation", "target", "patience", "strike_cost")
    return Table(tuple(t(f"col.{c}", lang) for c in columns), tuple(rows),
                 (False, False, True, True, True, True))


def theory_note(lang: str = "en") -> str:
    """What the utilities, patience and strike costs of the tables mean, and the sources."""
    return t("theory.note", lang) + " " + THEORY_SOURCES


def theory_rows(setup: Any, analysis: Any, settlement: Optional[Sequence[float]] = None,
                lang: str = "en") -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Columns and rows of the theory table; with a settlement, a column of the difference."""
    points: list[tuple[str, Any]] = []
    if analysis.zone is None:
        points.append((t("theory.no_zone", lang), None))
    else:
        points += [(t("theory.zone_union", lang), analysis.zone[0]),
                   (t("theory.zone_management", lang), analysis.zone[1])]
    points += [(t("theory.nash", lang, power=f"{setup.union_power:g}"), analysis.nash),
               (t("theory.ks", lang), analysis.kalai_smorodinsky),
               (t("theory.rubinstein", lang, first=role(setup.first_mover, lang)),
                analysis.rubinstein)]
    keys = ["point", "offer", "union_utility", "management_utility"]
    if settlement is not None:
        keys.append("ours_minus" if setup.single_issue else "union_gap")
    blank = [fmt.DASH] * (len(keys) - 1)
    rows = []
    for label, point in points:
        if point is None:
            rows.append((label, *blank))
            continue
        row = [label, show(setup, point.offer, lang), utility(point.union),
               utility(point.management)]
        if settlement is not None:
            row.append(difference(setup, settlement, point.offer, lang))
        rows.append(tuple(row))
    if analysis.final_offers is not None:
        offers = analysis.final_offers
        rows.append((t("theory.final_offers", lang),
                     t("theory.final_offers_value", lang, union=fmt.pct(offers["union"]),
                       management=fmt.pct(offers["management"])), *blank[1:]))
    return tuple(t(f"col.{key}", lang) for key in keys), rows


def difference(setup: Any, settlement: Sequence[float], point: Sequence[float],
               lang: str = "en") -> str:
    """Settlement minus a point: percentage points for a raise, union utility for a package."""
    if setup.single_issue:
        return fmt.points(settlement[0] - point[0], lang)
    gap = setup.utility("union", settlement) - setup.utility("union", point)
    return f"{gap:+.2f}"


def theory_table(setup: Any, analysis: Any, settlement: Optional[Sequence[float]] = None,
                 lang: str = "en") -> Table:
    """The theory table: zone of agreement, Nash, Kalai-Smorodinsky, Rubinstein points."""
    columns, rows = theory_rows(setup, analysis, settlement, lang)
    return Table(columns, tuple(rows), (False, False) + (True,) * (len(columns) - 2))


def frontier_table(setup: Any, analysis: Any, lang: str = "en") -> Optional[Table]:
    """The Pareto frontier's vertices (packages only; one issue's frontier is every raise)."""
    if setup.single_issue:
        return None
    rows = tuple((show(setup, p.offer, lang), utility(p.union), utility(p.management))
                 for p in analysis.frontier)
    return Table(tuple(t(f"col.{key}", lang) for key in ("frontier", "union_utility",
                                                         "management_utility")), rows,
                 (False, True, True))
