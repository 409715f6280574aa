"""The Dask engine: partitions scored in parallel, written in input order by the caller.

A CSV or TSV file is split into blocks of whole lines (``dask.bytes.read_bytes``), each
read by :func:`~wagebargain.batch.readers.read_csv_block`, the local reader's own code, so a
row with the wrong number of fields is kept with its error in both engines; Parquet is read
by ``dask.dataframe``. :func:`~wagebargain.batch.scoring.score_chunk` (the very function
the local engine uses) scores each partition and the driver pulls the scored partitions
back *in order*, a few at a time, numbers the lines of the rows the reader could not read,
and writes them with the same writer as the local engine. So the output file is the local
engine's, byte for byte, and memory on the driver holds a handful of partitions.

A ``distributed.LocalCluster`` with threads (one worker, a thread per core) is started
unless ``scheduler`` names a running scheduler, whose workers must be able to read the input
path (the driver reads its header too). Limits: JSON Lines input is read by the local engine
only, and CSV cells must not contain line breaks (the blocks are split at newlines).

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
from wagebargain.batch.readers import check_text_types, csv_header, read_csv_block
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


Unread = dict[int, tuple[int, str]]
"""Rows of a block the reader could not read: (line within the block, message)."""


def _score_partition(frame: Any, context: BatchContext, score: ScoreFunction,
                     policy: Any) -> Any:
    """Score one pandas partition of Parquet-typed cells."""
    import pyarrow as pa

    columns = {name: pa.Array.from_pandas(frame[name]) for name in frame.columns}
    n = len(frame)
    return _frame({**passthrough(columns, n), **score_chunk(columns, n, context, score, policy)})


def _score_block(data: bytes, names: list[str], delimiter: str, header: bool,
                 context: BatchContext, score: ScoreFunction, policy: Any
                 ) -> tuple[Any, int, Unread]:
    """Score one block of CSV lines: (scored frame, line breaks in the block, rows the reader
    could not read). Their ``error`` is numbered within the block; the driver renumbers.

    A block that cannot be read at all gives ``(message, 0, {})``: the driver raises it (an
    exception raised here would also be logged by the worker, traceback and all).
    """
    try:
        columns, n, unread, lines = read_csv_block(data, names, delimiter, header)
    except DataError as exc:
        return str(exc), 0, {}
    errors = {row: f"line {line}: {text}" for row, (line, text) in unread.items()}
    scores = score_chunk(columns, n, context, score, policy, errors)
    return _frame({**passthrough(columns, n), **scores}), lines, unread


def _renumber(frame: Any, unread: Unread, before: int) -> Any:
    """Number the unread rows' lines in the file (``before`` lines precede the block)."""
    if unread:
        error = frame["error"].to_numpy(dtype=object, copy=True)
        for row, (line, text) in unread.items():
            error[row] = f"line {before + line}: {text}"
        frame = frame.assign(error=error)
    return frame


def _columns(frame: Any) -> dict[str, Any]:
    """A scored pandas partition back as Arrow text and NumPy float columns."""
    import pyarrow as pa

    return {name: (frame[name].to_numpy(dtype="float64") if frame[name].dtype.kind == "f"
                   else pa.Array.from_pandas(frame[name])) for name in frame.columns}


def _parts(dd: Any, input: Path, fmt: str, chunk_rows: int, context: BatchContext,
           score: ScoreFunction, policy: Any) -> list:
    """Delayed scored partitions of ``input``, after checking its header."""
    import dask

    if fmt == "parquet":
        import pyarrow.parquet as pq

        if input.is_file():
            check_text_types(pq.read_schema(str(input)), input)
        table = dd.read_parquet(str(input), split_row_groups=True)
        check_header(table.columns, context.columns)
        meta = _frame({name: [] for name in OUTPUT_SCHEMA})
        return table.map_partitions(_score_partition, context, score, policy,
                                    meta=meta).to_delayed()
    if fmt not in DELIMITERS:
        raise DataError(f"the dask engine reads CSV, TSV or Parquet, not {fmt}; "
                        "use --engine local for JSON Lines")
    from dask.bytes import read_bytes

    names = csv_header(input, DELIMITERS[fmt])
    check_header(names, context.columns)
    _, blocks = read_bytes(str(input), delimiter=b"\n", sample=False,
                           blocksize=chunk_rows * _BYTES_PER_ROW)
    score_block = dask.delayed(_score_block, pure=True)
    return [score_block(block, names, DELIMITERS[fmt], index == 0, context, score, policy)
            for index, block in enumerate(blocks[0])]


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
        parts = _parts(dd, input, fmt, chunk_rows, context, score, policy)
    except FileNotFoundError:
        raise DataError(f"{input}: no such file") from None
    except (ValueError, OSError) as exc:
        raise DataError(f"{input}: cannot read ({exc})") from None

    with _client(distributed, scheduler) as client:
        window = 2 * max(1, sum(client.nthreads().values()))
        pending: collections.deque = collections.deque()

        def stream() -> Iterator[Scored]:
            queued = iter(parts)
            pending.extend(client.compute(p) for p in itertools.islice(queued, window))
            done = lines = 0
            while pending:
                result = pending.popleft().result()
                if isinstance(result, tuple) and isinstance(result[0], str):
                    raise DataError(f"{input}: {result[0]}")
                following = next(queued, None)
                if following is not None:
                    pending.append(client.compute(following))
                done += 1
                if isinstance(result, tuple):  # a CSV block
                    frame, block_lines, unread = result
                    frame, lines = _renumber(frame, unread, lines), lines + block_lines
                else:
                    frame = result
                yield Scored(_columns(frame), len(frame), done)

        try:
            yield stream(), len(parts)
        finally:
            client.cancel(list(pending))
