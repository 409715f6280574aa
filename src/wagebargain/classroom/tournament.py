"""Round-robin tournaments of strategies on a scenario, their layout and their export.

:func:`run` plays every ordered pair of strategies over many runs with the simulator's
:func:`wagebargain.sim.tournament` (common random numbers: every pair faces the same draws).
With ``vary=True`` each run draws both sides' reservation points uniformly from
``reservation +/- VARY_SHARE x the issue's range`` (clipped to the range; a draw beyond the
side's target is the target) - a *policy choice* for classroom demonstrations, overridable
with ``share``. :func:`export` writes one row per pair as CSV or Parquet, atomically, with
the batch writers.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from wagebargain.classroom import present
from wagebargain.classroom.doc import Block
from wagebargain.classroom.messages import count, listing, role, strategy, t
from wagebargain.report import fmt
from wagebargain.report.blocks import Heading, Para, Table

DEFAULT_RUNS = 200
"""Runs per pair of strategies by default (about ten seconds for all strategies on one core)."""
VARY_SHARE = 0.10
"""Half-width of the reservation-point ranges of ``--vary-reservations``, as a share of each
issue's range (1.5 points for a 0-15% raise)."""
EXPORT_FORMATS = ("csv", "parquet")
_LEFT_OUT = ("human", "time-dependent")  # a person; the generic form of linear


def default_strategies() -> list[str]:
    """Every computer strategy (the generic ``time-dependent`` is ``linear`` by default)."""
    from wagebargain.sim import STRATEGIES

    return [name for name in STRATEGIES if name not in _LEFT_OUT]


def vary_ranges(setup: Any, share: float = VARY_SHARE) -> dict[str, tuple[tuple[float, ...],
                                                                          tuple[float, ...]]]:
    """Ranges of each side's reservation point: ``reservation +/- share x range``, clipped."""
    ranges = {}
    for role in ("union", "management"):
        point = setup.side(role).reservation
        low = tuple(max(issue.low, x - share * (issue.high - issue.low))
                    for issue, x in zip(setup.issues, point))
        high = tuple(min(issue.high, x + share * (issue.high - issue.low))
                     for issue, x in zip(setup.issues, point))
        ranges[role] = (low, high)
    return ranges


@dataclass(frozen=True)
class TournamentReport:
    """A classroom setup and the tournament played on it."""

    classroom: Any
    result: Any  # wagebargain.sim.TournamentResult


def run(classroom: Any, strategies: Optional[Sequence[str]] = None, runs: int = DEFAULT_RUNS,
        seed: Optional[int] = None, vary: bool = False, workers: Optional[int] = None,
        share: float = VARY_SHARE,
        progress: Optional[Callable[[int, int], None]] = None) -> TournamentReport:
    """Play every ordered pair of ``strategies`` (default: all) ``runs`` times;
    ``progress(done, total)`` hears of the negotiations played (see
    :func:`wagebargain.sim.tournament`)."""
    from wagebargain.sim import tournament

    setup = classroom.setup
    result = tournament(setup, list(strategies or default_strategies()), runs=runs,
                        seed=setup.seed if seed is None else seed,
                        reservation_ranges=vary_ranges(setup, share) if vary else None,
                        workers=workers, progress=progress)
    return TournamentReport(classroom, result)


def table_columns(result: Any) -> tuple[dict[str, list], dict[str, str]]:
    """The pairs as columns and their schema (``text``, ``int`` or ``float``) for a writer."""
    rows = result.to_rows()
    names = list(rows[0]) if rows else []
    kinds = {"union_strategy": "text", "management_strategy": "text", "engine": "text",
             "runs": "int"}
    schema = {name: kinds.get(name, "float") for name in names}
    return {name: [row[name] for row in rows] for name in names}, schema


def export_format(path: Path) -> str:
    """The export format of ``path`` (csv or parquet), checked before a long run.

    Raises
    ------
    DataError
        For another extension, or Parquet without PyArrow.
    """
    from wagebargain.batch.formats import EXTENSIONS, require_pyarrow
    from wagebargain.errors import DataError

    fmt_name = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt_name not in EXPORT_FORMATS:  # --format is the table's, not the file's
        names = ", ".join(sorted(k for k, v in EXTENSIONS.items() if v in EXPORT_FORMATS))
        raise DataError(f"--output {path}: cannot tell the format from its extension; name "
                        f"it {names}")
    if fmt_name == "parquet":
        require_pyarrow("writing Parquet")
    return fmt_name


def export(report: TournamentReport, path: Path) -> str:
    """Write one row per pair to ``path`` (.csv or .parquet), atomically; returns the format.

    Raises
    ------
    DataError
        For another extension, an unwritable path, or Parquet without PyArrow
        (``pip install 'wagebargain[parquet]'``).
    """
    from wagebargain.batch.writers import open_writer

    fmt_name = export_format(path)
    columns, schema = table_columns(report.result)
    with open_writer(Path(path), fmt_name, schema) as write:
        write(columns)
    return fmt_name


def whole_percentages(shares: Sequence[float]) -> list[int]:
    """Shares that add up to 1 as whole percentages that add up to 100 (largest remainder:
    98.5% agreed and 1.5% arbitrated show as 99% and 1%, never 99% and 2%)."""
    exact = [100 * x for x in shares]
    whole = [math.floor(x + 1e-9) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: whole[i] - exact[i])
    for i in order[:max(0, round(sum(exact)) - sum(whole))]:
        whole[i] += 1
    return whole


COLUMNS = ("union", "management", "agreed", "arbitrated", "settled", "rounds", "advantage")


def title(report: TournamentReport, lang: str = "en") -> str:
    """The document's title: ``Strategy tournament: SCENARIO``."""
    return t("title", lang, title=t("tournament.title", lang), name=report.classroom.title)


def blocks(report: TournamentReport, lang: str = "en") -> list[Block]:
    """The tournament table in ``lang``: one row per ordered pair (union strategy first)."""
    classroom, result = report.classroom, report.result
    setup = classroom.setup
    names = [issue.name for issue in setup.issues]
    rows = []
    for p in result.pairs:
        settlement = tuple(p.mean_settlement[n] for n in names)
        shown = (fmt.DASH if any(x != x for x in settlement)
                 else present.show(setup, settlement, lang))
        agreed, arbitrated, _ = whole_percentages(
            (p.agreement_rate, p.arbitration_rate, 1 - p.agreement_rate - p.arbitration_rate))
        rows.append((strategy(p.union_strategy, lang), strategy(p.management_strategy, lang),
                     f"{agreed}%", f"{arbitrated}%", shown, fmt.number(p.mean_rounds, 1),
                     f"{p.mean_advantage:+.2f}" if p.mean_advantage == p.mean_advantage
                     else fmt.DASH))
    varied = ""
    if result.reservation_ranges:
        varied = t("tournament.varied", lang, ranges=listing(
            (t("tournament.range", lang, role=role(side, lang),
               low=present.show(setup, lo, lang), high=present.show(setup, hi, lang))
             for side, (lo, hi) in result.reservation_ranges.items()), lang, strong=True))
    columns = tuple(role(c, lang) if c in ("union", "management") else t(f"col.{c}", lang)
                    for c in COLUMNS)
    return [
        Heading(title(report, lang), 1),
        present.provenance(classroom, lang),
        Para(t("tournament.runs", lang, runs=count(result.runs, "run", lang), seed=result.seed,
               varied=varied)),
        Table(columns, tuple(rows), (False, False, True, True, True, True, True)),
        Para(t("tournament.note", lang) + " Axelrod (1984); Baarslag et al. (2013).", "muted"),
    ]


def payload(report: TournamentReport) -> dict[str, Any]:
    """The JSON document's body."""
    return {"scenario": report.classroom.meta(), "tournament": report.result.to_dict()}
