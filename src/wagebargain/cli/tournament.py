"""``wagebargain tournament FILE``: every pair of strategies over many runs.

The table (or JSON) is the product on stdout; ``--output`` also writes one row per pair as
CSV or Parquet, atomically. A progress bar (negotiations played of all) shows on stderr only
when it is a terminal.
"""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import NamedTuple, Optional

import typer

from wagebargain.cli.common import handles_errors, stderr_console
from wagebargain.cli.advise import Lang
from wagebargain.cli.simulate import (FIRM_HELP, LANG_HELP, load_classroom, nonempty_path,
                                      output_document)


class Played(NamedTuple):
    """What the progress bar shows: pairs' worth of runs finished (its rows), and
    negotiations played of all."""

    rows: int
    done: int
    total: int


class TournamentFormat(str, Enum):
    table = "table"
    json = "json"


@handles_errors
def tournament(
    file: Path = typer.Argument(..., help="The scenario file.", show_default=False),
    strategies: Optional[str] = typer.Option(None, "--strategies", show_default=False,
                                             help="Strategies, separated by commas (default: "
                                                  "every computer strategy)."),
    runs: int = typer.Option(200, "--runs", min=1, help="Negotiations per pair."),
    seed: Optional[int] = typer.Option(None, "--seed", min=0, show_default=False,
                                       help="Seed: the same seed gives the same table "
                                            "(default: the scenario's, else one is drawn and "
                                            "shown)."),
    rounds: Optional[int] = typer.Option(None, "--rounds", min=1, max=1000,
                                         show_default=False,
                                         help="Rounds before the deadline (default: the "
                                              "scenario's)."),
    vary: bool = typer.Option(False, "--vary-reservations",
                              help="Draw each run's reservation points from +/-10% of the "
                                   "issue's range around the defaults."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", show_default=False,
                                          parser=nonempty_path, metavar="FILE",
                                          help="Also write one row per pair to this .csv or "
                                               ".parquet file (Parquet needs the parquet extra)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, show_default=False,
                                          help="Processes for the strategies played move by "
                                               "move (default: all cores)."),
    format: TournamentFormat = typer.Option(TournamentFormat.table, "--format", "-f",
                                            help="table (terminal) or json."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help=LANG_HELP),
) -> None:
    """Play every pair of strategies many times: agreement, settlement, rounds, advantage."""
    from wagebargain.classroom import tournament as games
    from wagebargain.classroom.setup import strategy_list
    from wagebargain.cli.common import progress_bar

    names = strategy_list(strategies) or games.default_strategies()
    if output is not None:
        games.export_format(output)
    classroom = load_classroom(file, firm=firm, rounds=rounds, seed=seed,
                               lang=lang.value if lang else None)
    label = f"{len(names) ** 2} pairs x {runs:,} runs"
    with progress_bar(stderr_console(), label, unit="pairs done") as update:
        played = None if update is None else (
            lambda done, total: update(Played(done // runs, done, total)))
        report = games.run(classroom, names, runs=runs, vary=vary,
                           workers=workers or os.cpu_count() or 1, progress=played)
    if output is not None:
        games.export(report, output)
        print(f"wrote {output}: {len(report.result.pairs)} rows", file=sys.stderr)
    output_document(format.value, None, "tournament",
                    lambda: games.blocks(report, classroom.lang), lambda: games.payload(report))
