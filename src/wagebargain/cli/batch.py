"""``wagebargain batch TABLE -o OUTPUT``: score thousands to millions of enterprises.

Thin: parse the options, call :func:`wagebargain.batch.engine.run_batch`, print the summary
to stderr (the output file is the product). Exit 0 when every row was scored,
``ExitCode.ROWS_WITH_ERRORS`` (4) when some rows were written with an error instead,
``ExitCode.USAGE`` (2) for ``--scheduler`` without ``--engine dask``.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, Optional

import sys

import typer

from wagebargain.cli.common import handles_errors, progress_bar, stderr_console
from wagebargain.errors import ExitCode


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class TableFormat(str, Enum):
    csv = "csv"
    tsv = "tsv"
    jsonl = "jsonl"
    parquet = "parquet"


def render_summary(console: Any, summary: Any, output: Path) -> None:
    """Rows scored, rows with errors and the highest priorities, for stderr."""
    console.print(f"wrote {output}: {summary.rows:,} rows, {summary.scored:,} scored, "
                  f"{summary.errors:,} with errors"
                  + (" (see the error column)" if summary.errors else ""))
    if summary.top:
        from rich.table import Table

        table = Table(title=f"Top {len(summary.top)} by priority", title_justify="left",
                      show_edge=False, box=None)
        table.add_column("#", justify="right")
        table.add_column("id")
        table.add_column("priority", justify="right")
        for rank, (ident, priority) in enumerate(summary.top, start=1):
            table.add_row(str(rank), str(ident), f"{priority:.1f}")
        console.print(table)


@handles_errors
def batch(
    input: Path = typer.Argument(..., help="Table of enterprises: .csv, .tsv, .jsonl or "
                                 ".parquet, one per row.", show_default=False),
    output: Path = typer.Option(..., "-o", "--output", help="Scored table to write (replaced "
                                "atomically); a file, never the input or the context.",
                                show_default=False),
    context: Optional[Path] = typer.Option(None, "--context", help="Context file with "
                                           "economy: and guideline: (like region.yaml)."),
    format: Optional[TableFormat] = typer.Option(None, "--format", "-f", help="Output format "
                                                 "(default: from the output's extension)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (streamed) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address "
                                            "(default: start a local cluster)."),
    top: int = typer.Option(10, "--top", min=0, help="How many top-priority rows to list."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad row and write "
                                "nothing."),
) -> None:
    """Score a table of enterprises: band, checks, costing, settlement and priority per row."""
    if scheduler and engine is not Engine.dask:
        print("error: --scheduler names a Dask scheduler; add --engine dask", file=sys.stderr)
        raise typer.Exit(int(ExitCode.USAGE))
    from wagebargain.batch.engine import run_batch

    console = stderr_console()
    with progress_bar(console, "scoring") as progress:
        summary = run_batch(input, output, context=context,
                            fmt=format.value if format else None, engine=engine.value,
                            scheduler=scheduler, strict=strict, top=top, progress=progress)
    render_summary(console, summary, output)
    if summary.errors:
        raise typer.Exit(int(ExitCode.ROWS_WITH_ERRORS))
