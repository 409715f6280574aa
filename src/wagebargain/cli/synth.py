"""``wagebargain synth --rows N -o FILE``: write a synthetic table of enterprises."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.batch import TableFormat
from wagebargain.cli.common import handles_errors


@handles_errors
def synth(
    rows: int = typer.Option(..., "--rows", min=0, help="Number of enterprises.",
                             show_default=False),
    seed: int = typer.Option(0, "--seed", min=0, help="Random seed, 0 or more (same seed, "
                             "same table)."),
    output: Path = typer.Option(..., "-o", "--output", help="Table to write: .csv, .tsv, "
                                ".jsonl or .parquet.", show_default=False),
    bad_share: float = typer.Option(0.0, "--bad-share", min=0.0, max=1.0,
                                    help="Share of rows with a deliberate defect (0..1)."),
    format: Optional[TableFormat] = typer.Option(None, "--format", "-f", help="Output format "
                                                 "(default: from the extension)."),
) -> None:
    """Write realistic synthetic enterprises for trying out `batch` (streamed, any size)."""
    from wagebargain.batch.synth import write_synthetic

    written = write_synthetic(output, rows, seed=seed, bad_share=bad_share,
                              fmt=format.value if format else None)
    print(f"wrote {output}: {written:,} rows", file=sys.stderr)
