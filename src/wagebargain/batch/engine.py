"""``run_batch``: score a table file of enterprises into an output file, streamed.

The local engine is a pipeline of three threads: the caller's reads chunks (32k rows), a
scoring thread parses and scores each with the vectorised kernel, and a writer thread
formats and writes it, so reading, scoring and writing overlap (PyArrow and NumPy release
the GIL) and memory stays bounded (a few chunks) whatever the file's size. The Dask
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

from wagebargain.batch.columns import OUTPUT_COLUMNS, check_header
from wagebargain.batch.context import BatchContext, resolve_context
from wagebargain.batch.formats import (OUTPUT_FORMATS, detect_format, lean_memory_pool,
                                       pyarrow_or_none)
from wagebargain.batch.parsing import cells, is_arrow
from wagebargain.batch.readers import CHUNK_ROWS, Chunk, as_text, open_table
from wagebargain.batch.scoring import ScoreFunction, resolve_kernel, score_chunk
from wagebargain.batch.writers import open_writer
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
    (when the engine found them already) the positions of its rows with an error."""

    columns: dict[str, Any]
    rows: int
    done: int
    bad: Optional[np.ndarray] = None


ScoredStream = tuple[Iterator[Scored], Optional[int]]


def passthrough(columns: dict[str, Any], n: int) -> dict[str, Any]:
    """The ``id`` and ``name`` columns of a chunk, ready to write as text (missing ones as
    nulls)."""
    empty = np.full(n, None, dtype=object)
    return {name: as_text(columns.get(name, empty)) for name in ("id", "name")}


def error_rows(error: Any) -> np.ndarray:
    """Positions of the rows whose ``error`` is not empty (NumPy or Arrow text)."""
    if not is_arrow(error):
        return np.flatnonzero(np.asarray(error, dtype=object) != "")
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(error, pa.DictionaryArray):  # one test per distinct message
        given = np.append(_positive(pc.binary_length(error.dictionary)), False)
        index = error.indices.fill_null(len(error.dictionary))
        return np.flatnonzero(given[index.to_numpy(zero_copy_only=False)])
    return np.flatnonzero(_positive(pc.binary_length(error.cast(pa.string()))))


def _positive(lengths: Any) -> np.ndarray:
    return np.asarray(lengths.fill_null(0).to_numpy(zero_copy_only=False)) > 0


def ordered_map(function: Callable[[Any], Any], items: Iterator[Any], ahead: int = 1,
                helper: bool = True) -> Iterator[Any]:
    """``map(function, items)`` with ``function`` run on a helper thread, results in order.

    ``items`` is consumed on the calling thread while the helper works, at most ``ahead``
    items beyond the result last yielded. An exception from ``function`` is raised when its
    result's turn comes; one from ``items`` after the results of the items before it.
    Without ``helper``, everything runs on the calling thread.
    """
    if not helper:
        yield from map(function, items)
        return
    pending: collections.deque[Future] = collections.deque()
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-score")
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


class _Top:
    """The k highest priorities seen so far, ties broken by input order."""

    def __init__(self, k: int) -> None:
        self.k = max(k, 0)
        self.best: list[tuple[float, int, str]] = []

    def add(self, ids: Any, priority: np.ndarray, offset: int) -> None:
        rows = np.flatnonzero(~np.isnan(priority))
        if not self.k or not rows.size:
            return
        if rows.size > self.k:  # the k best; of the rows tied with the k-th, the first
            kth = np.partition(priority[rows], rows.size - self.k)[rows.size - self.k]
            above, tied = rows[priority[rows] > kth], rows[priority[rows] == kth]
            rows = np.sort(np.concatenate([above, tied[: self.k - above.size]]))
        names = cells(ids, rows)
        found = [(-float(priority[r]), offset + int(r), name) for r, name in zip(rows, names)]
        self.best = sorted(self.best + found)[: self.k]

    def result(self) -> list[tuple[str, float]]:
        return [(str(name) if name not in (None, "") else f"row {row + 1}", -p)
                for p, row, name in self.best]


def _drain(stream: Iterator[Scored], write: Callable, total: Optional[int], strict: bool,
           top: int, progress: Optional[Callable[[Progress], None]]) -> BatchSummary:
    """Write scored chunks in order, enforcing ``strict``; return the summary.

    Each chunk is written on a helper thread while the next one is read and scored (PyArrow
    writes without holding the GIL); at most one chunk waits to be written.
    """
    rows = errors = 0
    best = _Top(top)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="batch-writer") as writer:
        pending: Optional[Future] = None
        for scored in stream:
            bad = error_rows(scored.columns["error"]) if scored.bad is None else scored.bad
            if strict and bad.size:
                first = np.array([bad[0]])
                ident = cells(scored.columns["id"], first)[0]
                label = f"row {rows + int(bad[0]) + 1}" + (f" (id {ident})" if ident else "")
                message = cells(scored.columns["error"], first)[0]
                raise DataError(f"{label}: {message}; nothing was written (--strict)")
            if pending is not None:
                pending.result()
            pending = writer.submit(write, scored.columns)
            best.add(scored.columns["id"], scored.columns["priority"], rows)
            rows += scored.rows
            errors += int(bad.size)
            if progress is not None:
                progress(Progress(rows, scored.done, total))
        if pending is not None:
            pending.result()
    return BatchSummary(rows, rows - errors, errors, best.result())


@contextlib.contextmanager
def _local(input: Path, fmt: str, context: BatchContext, score: ScoreFunction, policy: Any,
           chunk_rows: int) -> Iterator[ScoredStream]:
    with open_table(input, fmt, chunk_rows) as source:
        if source.finish is None:
            check_header(source.names, context.columns)

        arrow = pyarrow_or_none() is not None
        hints: dict[str, bool] = {}  # used by the one scoring thread only

        def scored(chunk: Chunk) -> Scored:
            scores = score_chunk(chunk.columns, chunk.rows, context, score, policy,
                                 chunk.errors, arrow=arrow, hints=hints)
            return Scored({**passthrough(chunk.columns, chunk.rows), **scores}, chunk.rows,
                          chunk.done, error_rows(scores["error"]))

        # Chunks of PyArrow arrays are parsed and scored mostly without the GIL, so a thread
        # of their own pays; the pure-Python readers (JSON Lines, CSV without PyArrow) and
        # parsers would only take turns with it.
        threaded = arrow and fmt != "jsonl"

        def stream() -> Iterator[Scored]:
            yield from ordered_map(scored, iter(source.chunks), helper=threaded)
            if source.finish is not None:  # columns known only now (JSON Lines)
                source.finish(context.columns)

        chunks = stream()
        try:
            yield chunks, source.total
        finally:
            chunks.close()


def refuse_overwrite(input: Path, output: Path, what: str = "input") -> None:
    """Raise :class:`DataError` when ``output`` is ``input`` (by path or by file)."""
    same = input.resolve() == output.resolve()
    if not same and input.exists() and output.exists():
        same = os.path.samefile(input, output)
    if same:
        raise DataError(f"refusing to write the output over the {what} {input}; "
                        "choose another -o/--output")


def check_output(output: Path) -> None:
    """Refuse an output path that is a folder, device, FIFO or socket before any work."""
    from wagebargain.fileio import check_output_path

    try:
        check_output_path(output)
    except OSError as exc:
        raise DataError(f"cannot write {output}: {exc.strerror}") from None


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
        Unreadable input, unknown or missing columns, output over the input or the context
        file, an output path that is a folder, device or FIFO, a scheduler without the dask
        engine, a row error under ``strict``.
    """
    input, output = Path(input), Path(output)
    if engine not in ENGINES:
        raise DataError(f"unknown engine '{engine}'; use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise DataError("a scheduler is for the dask engine; use --engine dask (engine='dask')")
    in_fmt = detect_format(input, option=None)
    out_fmt = detect_format(output, fmt, OUTPUT_FORMATS)
    refuse_overwrite(input, output)
    if isinstance(context, (str, Path)):
        refuse_overwrite(Path(context), output, "context file")
    check_output(output)
    shared = resolve_context(context)
    score, policy = resolve_kernel(score, policy, shared)
    scored: Callable[..., Any] = _local
    if engine == "dask":
        from wagebargain.batch.dask_engine import dask_scored

        scored = functools.partial(dask_scored, scheduler=scheduler)
    with lean_memory_pool():
        with scored(input, in_fmt, shared, score, policy, chunk_rows) as (stream, total):
            with open_writer(output, out_fmt, OUTPUT_SCHEMA) as write:
                return _drain(stream, write, total, strict, top, progress)


__all__ = ["run_batch", "BatchSummary", "Progress", "OUTPUT_SCHEMA"]
