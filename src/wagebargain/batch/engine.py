"""``run_batch``: score a table file of enterprises into an output file, streamed.

The local engine reads chunks (32k rows) on the calling thread and hands each to a small
pool of threads (one per core) that parses, scores and formats it for the output; the
formatted chunks are written in input order by a writer thread. PyArrow, NumPy and the
file writes release the GIL, so the cores share the work; at most a few chunks are in
flight, so memory stays bounded whatever the file's size. The Dask
engine (:mod:`wagebargain.batch.dask_engine`) scores partitions in parallel on a
``distributed`` cluster and hands them back here in input order, so both engines share the
writing, the ``--strict`` rule, the progress reports and the summary below and produce the
same file.
"""
from __future__ import annotations

import collections
import contextlib
import functools
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

import numpy as np

from wagebargain.batch.columns import OUTPUT_COLUMNS, SCORE_COLUMNS, check_header
from wagebargain.batch.context import BatchContext, resolve_context
from wagebargain.batch.formats import OUTPUT_FORMATS, detect_format, pyarrow_or_none
from wagebargain.batch.parsing import cells, is_arrow
from wagebargain.batch.readers import CHUNK_ROWS, Chunk, open_table
from wagebargain.batch.scoring import ScoreFunction, resolve_kernel, score_chunk
from wagebargain.batch.writers import Writer, open_writer
from wagebargain.errors import DataError

ENGINES = ("local", "dask")
TEXT_OUTPUT = ("id", "name", "check_codes", "error")
OUTPUT_SCHEMA = {name: "text" if name in TEXT_OUTPUT else "float" for name in OUTPUT_COLUMNS}
"""Output columns and their types, in file order."""


@dataclass(frozen=True)
class BatchSummary:
    """What a batch run did.

    Attributes
    ----------
    rows : int
        Rows read and written.
    scored : int
        Rows scored (``error`` empty).
    errors : int
        Rows written with an error instead of scores.
    top : list of (str, float)
        ``(id, priority)`` of the highest-priority scored rows, best first; ties keep input
        order. Rows without an ``id`` are named ``row N``.
    """

    rows: int
    scored: int
    errors: int
    top: list[tuple[str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class Progress:
    """Reported after each chunk: rows written so far, and ``done`` of ``total`` units
    (bytes for text files, rows for Parquet, partitions for the Dask engine)."""

    rows: int
    done: int
    total: Optional[int]


@dataclass
class Scored:
    """One scored chunk, ready to write: the output columns, its rows and progress, and
    (when the engine did it already) the chunk as the writer prepared it and the positions
    of its rows with an error."""

    columns: dict[str, Any]
    rows: int
    done: int
    prepared: Any = None
    bad: Optional[np.ndarray] = None


ScoredStream = tuple[Callable[[Optional[Writer]], Iterator[Scored]], Optional[int]]
"""A function giving the scored chunks in order (prepared for the writer it is given, when
the engine prepares them), and the progress total."""

PIECE_ROWS = 8192
"""Fewest rows worth scoring on a thread of their own: a chunk is split into up to one
piece per thread, each of at least this many rows."""


def workers() -> int:
    """Threads for scoring chunks: the cores this process may use (at most 8)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def ordered_map(function: Callable[[Any], Any], items: Iterator[Any], threads: int,
                ahead: int) -> Iterator[Any]:
    """``map(function, items)`` on ``threads`` threads, results in input order.

    ``items`` is consumed on the calling thread, at most ``ahead`` items beyond the result
    last yielded. An exception from ``function`` is raised when its result's turn comes; one
    from ``items`` after the results of the items before it.
    """
    if threads <= 1:
        yield from map(function, items)
        return
    pending: collections.deque[Future] = collections.deque()
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="batch-score")
    try:
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except BaseException:
                while pending:
                    yield pending.popleft().result()
                raise
            pending.append(pool.submit(function, item))
            if len(pending) > ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True)


def passthrough(columns: dict[str, Any], n: int) -> dict[str, Any]:
    """The ``id`` and ``name`` columns of a chunk (missing ones as nulls)."""
    empty = np.full(n, None, dtype=object)
    return {name: columns.get(name, empty) for name in ("id", "name")}


class _Top:
    """The k highest priorities seen so far, ties broken by input order."""

    def __init__(self, k: int) -> None:
        self.k = max(k, 0)
        self.best: list[tuple[float, int, str]] = []

    def add(self, ids: Any, priority: np.ndarray, offset: int) -> None:
        rows = np.flatnonzero(~np.isnan(priority))
        if not self.k or not rows.size:
            return
        if rows.size > self.k:  # keep every row tied with the k-th best
            kth = np.partition(priority[rows], rows.size - self.k)[rows.size - self.k]
            rows = rows[priority[rows] >= kth]
        names = cells(ids, rows)
        found = [(-float(priority[r]), offset + int(r), name) for r, name in zip(rows, names)]
        self.best = sorted(self.best + found)[: self.k]

    def result(self) -> list[tuple[str, float]]:
        return [(str(name) if name not in (None, "") else f"row {row + 1}", -p)
                for p, row, name in self.best]


def _drain(stream: Callable[[Optional[Writer]], Iterator[Scored]], write: Writer,
           total: Optional[int], strict: bool, top: int,
           progress: Optional[Callable[[Progress], None]]) -> BatchSummary:
    """Write scored chunks in order, enforcing ``strict``; return the summary.

    Each chunk is written on a helper thread while the next ones are read and scored
    (PyArrow writes without holding the GIL); at most one chunk waits to be written.
    """
    rows = errors = 0
    best = _Top(top)

    def emit(scored: Scored) -> None:
        if scored.prepared is None:
            write(scored.columns)
        else:
            write.emit(scored.prepared)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-writer") as writer:
        pending: Optional[Future] = None
        with contextlib.closing(stream(write)) as chunks:
            for scored in chunks:
                bad = scored.bad
                if bad is None:
                    bad = error_rows(scored.columns["error"])
                if strict and bad.size:
                    first = int(bad[0])
                    ident = cells(scored.columns["id"], np.array([first]))[0]
                    label = f"row {rows + first + 1}" + (f" (id {ident})" if ident else "")
                    message = cells(scored.columns["error"], np.array([first]))[0]
                    raise DataError(f"{label}: {message}; nothing was written (--strict)")
                if pending is not None:
                    pending.result()
                pending = writer.submit(emit, scored)
                best.add(scored.columns["id"], scored.columns["priority"], rows)
                rows += scored.rows
                errors += int(bad.size)
                if progress is not None:
                    progress(Progress(rows, scored.done, total))
        if pending is not None:
            pending.result()
    return BatchSummary(rows, rows - errors, errors, best.result())


def _pieces(chunk: Chunk, count: int) -> list[tuple[dict[str, Any], int, dict[int, str]]]:
    """``chunk`` as ``count`` runs of consecutive rows: (columns, rows, reader errors)."""
    if count <= 1:
        return [(chunk.columns, chunk.rows, chunk.errors)]
    bounds = [chunk.rows * i // count for i in range(count + 1)]
    return [({name: values[start:stop] for name, values in chunk.columns.items()},
             stop - start,
             {row - start: text for row, text in chunk.errors.items() if start <= row < stop})
            for start, stop in zip(bounds, bounds[1:])]


def _joined(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Score columns of consecutive pieces as one chunk's."""
    if len(parts) == 1:
        return parts[0]
    joined = {}
    for name in SCORE_COLUMNS:
        values = [part[name] for part in parts]
        if is_arrow(values[0]):
            import pyarrow as pa

            joined[name] = pa.chunked_array(values)
        else:
            joined[name] = np.concatenate(values)
    return joined


def error_rows(error: Any) -> np.ndarray:
    """Positions of the rows whose ``error`` is not empty (NumPy or Arrow text)."""
    if not is_arrow(error):
        return np.flatnonzero(np.asarray(error, dtype=object) != "")
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(error.type) and isinstance(error, pa.Array):
        given = np.append(_bools(pc.binary_length(error.dictionary)), False)
        index = error.indices.fill_null(len(error.dictionary))
        return np.flatnonzero(given[index.to_numpy(zero_copy_only=False)])
    return np.flatnonzero(_bools(pc.binary_length(error.cast(pa.string()))))


def _bools(lengths: Any) -> np.ndarray:
    """Which of the lengths (an Arrow array, nulls for missing) are above 0."""
    return np.asarray(lengths.fill_null(0).to_numpy(zero_copy_only=False)) > 0


@contextlib.contextmanager
def _local(input: Path, fmt: str, context: BatchContext, score: ScoreFunction, policy: Any,
           chunk_rows: int) -> Iterator[ScoredStream]:
    with open_table(input, fmt, chunk_rows) as source:
        check_header(source.names, context.columns)

        def stream(write: Optional[Writer] = None) -> Iterator[Scored]:
            """Chunks split into pieces scored (and prepared for ``write``) in parallel,
            then put back together in order."""
            threads = workers()
            arrow = pyarrow_or_none() is not None

            def pieces() -> Iterator[tuple[Chunk, int, tuple]]:
                for chunk in source.chunks:
                    parts = _pieces(chunk, min(threads, chunk.rows // PIECE_ROWS))
                    for piece in parts:
                        yield chunk, len(parts), piece

            def scored(item: tuple[Chunk, int, tuple]) -> tuple:
                chunk, count, (columns, rows, errors) = item
                scores = score_chunk(columns, rows, context, score, policy, errors, arrow)
                prepared = None
                if write is not None:
                    prepared = write.prepare({**passthrough(columns, rows), **scores})
                return chunk, count, scores, prepared, error_rows(scores["error"]), rows

            parts: list = []
            for chunk, count, *part in ordered_map(scored, pieces(), threads, 2 * threads):
                parts.append(part)
                if len(parts) < count:
                    continue
                joined = _joined([scores for scores, _, _, _ in parts])
                ready = None
                if write is not None:
                    ready = write.join([prepared for _, prepared, _, _ in parts])
                offsets = np.cumsum([0] + [rows for _, _, _, rows in parts])
                bad = np.concatenate([rows + offset for (_, _, rows, _), offset
                                      in zip(parts, offsets.tolist())])
                parts = []
                yield Scored({**passthrough(chunk.columns, chunk.rows), **joined}, chunk.rows,
                             chunk.done, ready, bad)

        yield stream, source.total


def refuse_overwrite(input: Path, output: Path) -> None:
    """Raise :class:`DataError` when ``output`` is ``input`` (by path or by file)."""
    same = input.resolve() == output.resolve()
    if not same and input.exists() and output.exists():
        same = os.path.samefile(input, output)
    if same:
        raise DataError(f"refusing to write the output over the input {input}; "
                        "choose another -o/--output")


def run_batch(input: Union[str, Path], output: Union[str, Path], context: Any = None,
              fmt: Optional[str] = None, engine: str = "local", scheduler: Optional[str] = None,
              strict: bool = False, top: int = 10,
              progress: Optional[Callable[[Progress], None]] = None,
              score: Optional[ScoreFunction] = None, policy: Any = None,
              chunk_rows: int = CHUNK_ROWS) -> BatchSummary:
    """Score every enterprise of a table file and write one output row per input row.

    Parameters
    ----------
    input : path
        A ``.csv``, ``.tsv``, ``.jsonl`` or ``.parquet`` table (format from the extension);
        columns are listed in :mod:`wagebargain.batch.columns`.
    output : path
        Written atomically with the columns of ``OUTPUT_COLUMNS``, in input order.
    context : path, mapping or BatchContext, optional
        The shared economy and guideline (``region.yaml`` shape).
    fmt : {"csv", "tsv", "jsonl", "parquet"}, optional
        Output format; from ``output``'s extension when omitted.
    engine : {"local", "dask"}
    scheduler : str, optional
        Address of a running Dask scheduler; a local cluster is started when omitted.
    strict : bool
        Stop at the first row with an error, raising :class:`DataError`; nothing is written.
    top : int
        How many of the highest-priority rows the summary lists.
    progress : callable, optional
        Called with a :class:`Progress` after each chunk.
    score : callable, optional
        The kernel's ``score(columns, policy)``; :func:`wagebargain.core.kernel.score` when
        omitted.
    policy : wagebargain.core.policy.Policy, optional
        Overrides the defaults and the context file's ``policy:`` section.
    chunk_rows : int
        Rows per chunk (Dask: per partition, approximately).

    Returns
    -------
    BatchSummary

    Raises
    ------
    DataError
        Unreadable input, unknown or missing columns, output over the input, a row error
        under ``strict``.
    """
    input, output = Path(input), Path(output)
    if engine not in ENGINES:
        raise DataError(f"unknown engine '{engine}'; use one of {', '.join(ENGINES)}")
    in_fmt = detect_format(input)
    out_fmt = detect_format(output, fmt, OUTPUT_FORMATS)
    refuse_overwrite(input, output)
    shared = resolve_context(context)
    score, policy = resolve_kernel(score, policy, shared)
    scored: Callable[..., Any] = _local
    if engine == "dask":
        from wagebargain.batch.dask_engine import dask_scored

        scored = functools.partial(dask_scored, scheduler=scheduler)
    with scored(input, in_fmt, shared, score, policy, chunk_rows) as (stream, total):
        with open_writer(output, out_fmt, OUTPUT_SCHEMA) as write:
            return _drain(stream, write, total, strict, top, progress)


__all__ = ["run_batch", "BatchSummary", "Progress", "OUTPUT_SCHEMA"]
