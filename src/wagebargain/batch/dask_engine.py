"""The Dask engine: partitions scored in parallel, written in input order by the caller.

``dask.dataframe`` reads the table (CSV/TSV every cell as text, Parquet as stored),
``map_partitions`` applies :func:`~wagebargain.batch.scoring.score_chunk` (the very function
the local engine uses) and the driver pulls the scored partitions back *in order*, a few at
a time, and writes them with the same writer as the local engine. So the output file is
the local engine's, byte for byte, and memory on the driver holds a handful of partitions.

A ``distributed.LocalCluster`` with threads (one worker, a thread per core) is started
unless ``scheduler`` names a running scheduler, whose workers must be able to read the input
path. Limits: JSON Lines input is read by the local engine only, and CSV cells must not
contain line breaks (Dask splits CSV files at newlines).

Requires the ``dask`` extra: ``pip install 'wagebargain[dask]'``.
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import os
from pathlib import Path
from typing import Any, Iterator, Optional

from wagebargain.batch.columns import check_header
from wagebargain.batch.context import BatchContext
from wagebargain.batch.engine import OUTPUT_SCHEMA, Scored, passthrough
from wagebargain.batch.formats import DELIMITERS
from wagebargain.batch.scoring import ScoreFunction, score_chunk
from wagebargain.batch.writers import to_arrow
from wagebargain.errors import DataError

_BYTES_PER_ROW = 160
"""Rough CSV bytes per row, to size partitions from ``chunk_rows``."""


def _import() -> tuple[Any, Any]:
    try:
        import dask.dataframe as dd
        import distributed
    except ImportError:
        raise DataError("the dask engine needs Dask: pip install 'wagebargain[dask]'") from None
    return dd, distributed


def _frame(columns: dict[str, Any]) -> Any:
    """Scored columns as a pandas DataFrame (and, empty, the ``meta`` of the result)."""
    return to_arrow(columns, OUTPUT_SCHEMA).to_pandas()


def _score_partition(frame: Any, context: BatchContext, score: ScoreFunction,
                     policy: Any) -> Any:
    """Score one pandas partition of text (or Parquet-typed) cells."""
    import pyarrow as pa

    columns = {name: pa.Array.from_pandas(frame[name]) for name in frame.columns}
    n = len(frame)
    return _frame({**passthrough(columns, n), **score_chunk(columns, n, context, score, policy)})


def _columns(frame: Any) -> dict[str, Any]:
    """A scored pandas partition back as Arrow text and NumPy float columns."""
    import pyarrow as pa

    return {name: (frame[name].to_numpy(dtype="float64") if frame[name].dtype.kind == "f"
                   else pa.Array.from_pandas(frame[name])) for name in frame.columns}


def _read(dd: Any, input: Path, fmt: str, chunk_rows: int) -> Any:
    if fmt == "parquet":
        return dd.read_parquet(str(input), split_row_groups=True)
    if fmt in DELIMITERS:
        return dd.read_csv(str(input), sep=DELIMITERS[fmt], dtype=str, na_filter=False,
                           keep_default_na=False, encoding="utf-8-sig",
                           blocksize=chunk_rows * _BYTES_PER_ROW)
    raise DataError(f"the dask engine reads CSV, TSV or Parquet, not {fmt}; "
                    "use --engine local for JSON Lines")


@contextlib.contextmanager
def _client(distributed: Any, scheduler: Optional[str]) -> Iterator[Any]:
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise DataError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        with client:
            yield client
        return
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=os.cpu_count() or 2,
                                       processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        yield client


@contextlib.contextmanager
def dask_scored(input: Path, fmt: str, context: BatchContext, score: ScoreFunction,
                policy: Any, chunk_rows: int, scheduler: Optional[str] = None
                ) -> Iterator[tuple[Iterator[Any], int]]:
    """Scored partitions of ``input`` in order, as the engine's ``Scored`` chunks.

    Yields
    ------
    (iterator of Scored, int)
        The chunks and the number of partitions (the progress total).
    """
    dd, distributed = _import()
    try:
        table = _read(dd, input, fmt, chunk_rows)
    except FileNotFoundError:
        raise DataError(f"{input}: no such file") from None
    except (ValueError, OSError) as exc:
        raise DataError(f"{input}: cannot read ({exc})") from None
    table = table.rename(columns={name: name.strip() for name in table.columns})
    check_header(table.columns, context.columns)
    meta = _frame({name: [] for name in OUTPUT_SCHEMA})
    parts = table.map_partitions(_score_partition, context, score, policy,
                                 meta=meta).to_delayed()

    with _client(distributed, scheduler) as client:
        window = 2 * max(1, sum(client.nthreads().values()))
        pending: collections.deque = collections.deque()

        def stream() -> Iterator[Scored]:
            queued = iter(parts)
            pending.extend(client.compute(p) for p in itertools.islice(queued, window))
            done = 0
            while pending:
                frame = pending.popleft().result()
                following = next(queued, None)
                if following is not None:
                    pending.append(client.compute(following))
                done += 1
                yield Scored(_columns(frame), len(frame), done)

        try:
            yield stream(), len(parts)
        finally:
            client.cancel(list(pending))
