"""Streaming table readers: CSV, TSV, JSON Lines and Parquet, in chunks of bounded size.

Every reader yields :class:`Chunk` objects whose columns are either PyArrow arrays (the fast
path) or NumPy object arrays of cells (the standard-library fallback, used when PyArrow is
not installed). CSV cells are always read as text, so a stray word in a number column
becomes that row's error instead of a reader crash. Memory is bounded by the chunk size.
"""
from __future__ import annotations

import contextlib
import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator, Optional

import numpy as np

from wagebargain.batch.columns import INPUT_SCHEMA, check_header
from wagebargain.batch.formats import DELIMITERS, pyarrow_or_none, require_pyarrow
from wagebargain.errors import DataError

CHUNK_ROWS = 32_768
"""Rows per chunk: large enough to amortise NumPy calls, small enough that the kernel's
temporaries stay in the tens of MB (peak memory grows with the chunk, not the file)."""
_BLOCK_BYTES = 1 << 20
"""PyArrow's CSV block size: larger blocks cost far more memory and are no faster."""


@dataclass
class Chunk:
    """A slice of consecutive rows.

    Attributes
    ----------
    columns : dict of str to column
        PyArrow arrays or NumPy object arrays, one per column present in these rows.
    rows : int
        Number of rows.
    done : int
        Progress after this chunk, in the source's unit (bytes for text, rows for Parquet).
    errors : dict of int to str
        Rows the reader could not read at all (a JSON line that is not an object), by
        position in the chunk.
    """

    columns: dict[str, Any]
    rows: int
    done: int
    errors: dict[int, str] = field(default_factory=dict)


@dataclass
class Source:
    """An open table: its column names, progress total and chunks."""

    names: list[str]
    total: Optional[int]
    chunks: Iterator[Chunk]


@contextlib.contextmanager
def open_table(path: Path, fmt: str, chunk_rows: int = CHUNK_ROWS) -> Iterator[Source]:
    """Open ``path`` for streaming; the file is closed when the block exits.

    Raises
    ------
    DataError
        When the file cannot be opened or read, or is not a table of that format (while
        opening, or later while iterating over ``Source.chunks``).
    """
    path = Path(path)
    with contextlib.ExitStack() as stack:
        with _reading(path):
            if fmt == "parquet":
                source = _parquet(path, chunk_rows)
            elif fmt == "jsonl":
                source = _jsonl(stack.enter_context(open(path, "rb")), path, chunk_rows)
            elif pyarrow_or_none() is not None:
                source = _csv_arrow(stack, path, DELIMITERS[fmt], chunk_rows)
            else:
                handle = stack.enter_context(open(path, newline="", encoding="utf-8-sig"))
                source = _csv_cells(handle, path, DELIMITERS[fmt], chunk_rows)
        source.chunks = _guarded(path, source.chunks)
        yield source


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the ways reading a file fails into a :class:`DataError` naming the file."""
    try:
        yield
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: this is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise DataError(f"{path}: {exc}") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _guarded(path: Path, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    with _reading(path):
        yield from chunks


def _header(path: Path, delimiter: str) -> list[str]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle, delimiter=delimiter), None)
    if not header:
        raise DataError(f"{path}: empty file; the first line must name the columns")
    return [name.strip() for name in header]


def _csv_arrow(stack: contextlib.ExitStack, path: Path, delimiter: str,
               chunk_rows: int) -> Source:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = _header(path, delimiter)
    stream = stack.enter_context(pa.OSFile(str(path)))
    try:
        reader = pacsv.open_csv(
            stream,
            read_options=pacsv.ReadOptions(block_size=_BLOCK_BYTES, column_names=names,
                                           skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in names},
                strings_can_be_null=False, quoted_strings_can_be_null=False),
        )
    except pa.ArrowInvalid as exc:
        raise DataError(f"{path}: {exc}") from None

    def batches() -> Iterator[Any]:
        while True:
            try:
                yield reader.read_next_batch()
            except StopIteration:
                return
            except pa.ArrowInvalid as exc:
                raise DataError(f"{path}: {exc}") from None

    def chunks() -> Iterator[Chunk]:
        for batch in _rebatch(batches(), chunk_rows):
            yield Chunk(dict(zip(names, batch.columns)), batch.num_rows, stream.tell())

    return Source(names, os.path.getsize(path), chunks())


def _rebatch(batches: Iterator[Any], size: int) -> Iterator[Any]:
    """Record batches of exactly ``size`` rows (the last one smaller), from any sizes."""
    import pyarrow as pa

    pending: list = []
    count = 0
    for batch in batches:
        while batch.num_rows:
            take = min(size - count, batch.num_rows)
            pending.append(batch.slice(0, take))
            batch, count = batch.slice(take), count + take
            if count == size:
                yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0]
                pending, count = [], 0
    if count:
        yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0]


def _csv_cells(handle: IO[str], path: Path, delimiter: str, chunk_rows: int) -> Source:
    reader = csv.reader(handle, delimiter=delimiter)
    names = [name.strip() for name in next(reader, None) or []]
    if not names:
        raise DataError(f"{path}: empty file; the first line must name the columns")

    def chunks() -> Iterator[Chunk]:
        rows: list[list[str]] = []
        for row in reader:
            if not row:
                continue
            if len(row) != len(names):
                raise DataError(f"{path}: line {reader.line_num}: expected {len(names)} "
                                f"fields, found {len(row)}")
            rows.append(row)
            if len(rows) == chunk_rows:
                yield _from_rows(names, rows, handle.buffer.tell())
                rows = []
        if rows:
            yield _from_rows(names, rows, handle.buffer.tell())

    return Source(names, os.path.getsize(path), chunks())


def _from_rows(names: list[str], rows: list[list[str]], done: int) -> Chunk:
    table = np.empty((len(rows), len(names)), dtype=object)
    table[:] = rows
    return Chunk({name: table[:, j] for j, name in enumerate(names)}, len(rows), done)


def _jsonl(handle: IO[bytes], path: Path, chunk_rows: int) -> Source:
    """JSON Lines: one object per line; keys are column names, values cells."""
    names: list[str] = []
    for line in handle:  # the first object's keys stand for the header
        with contextlib.suppress(ValueError):
            record = json.loads(line) if line.strip() else None
            if isinstance(record, dict):
                names = list(record)
                break
    handle.seek(0)

    def chunks() -> Iterator[Chunk]:
        records: list[Any] = []
        errors: dict[int, str] = {}
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                record = f"line {number}: not valid JSON ({exc.msg})"
            if not isinstance(record, dict):
                errors[len(records)] = (record if isinstance(record, str)
                                        else f"line {number}: not a JSON object")
                record = {}
            if any(key not in INPUT_SCHEMA for key in record):
                check_header(record, complete=False)  # raises with a "did you mean" hint
            records.append(record)
            if len(records) == chunk_rows:
                yield _from_records(records, errors, handle.tell())
                records, errors = [], {}
        if records:
            yield _from_records(records, errors, handle.tell())

    return Source(names, os.path.getsize(path), chunks())


def _from_records(records: list[dict], errors: dict[int, str], done: int) -> Chunk:
    keys = dict.fromkeys(key for record in records for key in record)
    columns = {}
    for key in keys:
        column = np.empty(len(records), dtype=object)
        column[:] = [record.get(key) for record in records]
        columns[key] = column
    return Chunk(columns, len(records), done, errors)


def _parquet(path: Path, chunk_rows: int) -> Source:
    require_pyarrow("reading Parquet")
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(str(path), pre_buffer=False)  # pre-buffering costs memory
    except (pa.ArrowInvalid, OSError) as exc:
        if isinstance(exc, (FileNotFoundError, IsADirectoryError)):
            raise
        raise DataError(f"{path}: not a Parquet file ({exc})") from None
    names = parquet.schema_arrow.names

    def chunks() -> Iterator[Chunk]:
        done = 0
        with contextlib.closing(parquet):
            for batch in parquet.iter_batches(batch_size=chunk_rows):
                done += batch.num_rows
                yield Chunk(dict(zip(names, batch.columns)), batch.num_rows, done)

    return Source(names, parquet.metadata.num_rows, chunks())
