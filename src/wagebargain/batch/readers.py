"""Streaming table readers: CSV, TSV, JSON Lines and Parquet, in chunks of bounded size.

Every reader yields :class:`Chunk` objects whose columns are either PyArrow arrays (the fast
path) or NumPy object arrays of cells (the standard-library fallback, used when PyArrow is
not installed). CSV cells are always read as text, so a stray word in a number column
becomes that row's error instead of a reader crash. Memory is bounded by the chunk size.

A row the reader cannot split into cells is kept in its place with a message naming its
line (``line 3: 6 fields, the header has 7``, ``line 2: not a JSON object``), so every input
row reaches the output. Blank lines (empty, or only spaces and tabs) are not rows.

CSV rows go through PyArrow's parser; a row with the wrong number of fields makes the
reader re-read that stretch of the file with the ``csv`` module, which knows line numbers,
and then return to PyArrow, so a clean file never leaves the fast path
(:func:`read_csv_block` does the same for one block of the Dask engine).

JSON Lines is read by :mod:`wagebargain.batch.jsonl` (no header; columns checked when the
whole file has been read, through :attr:`Source.finish`).
"""
from __future__ import annotations

import contextlib
import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Optional

import numpy as np

from wagebargain.batch.formats import DELIMITERS, pyarrow_or_none, require_pyarrow
from wagebargain.errors import DataError
from wagebargain.fileio import reading

CHUNK_ROWS = 32_768
"""Rows per chunk: large enough to amortise NumPy calls, small enough that the kernel's
temporaries stay in the tens of MB (peak memory grows with the chunk, not the file)."""
_BLOCK_BYTES = 1 << 20
"""PyArrow's CSV block size: larger blocks cost far more memory and are no faster."""
_BOM = b"\xef\xbb\xbf"
TEXT_PASSTHROUGH = ("id", "name")
"""Columns copied to the output as text."""


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
        Rows the reader could not read at all (a JSON line that is not an object, a CSV
        line with the wrong number of fields), by position in the chunk. Their cells are
        empty and the message is the row's only error.
    """

    columns: dict[str, Any]
    rows: int
    done: int
    errors: dict[int, str] = field(default_factory=dict)


@dataclass
class Source:
    """An open table: its column names, progress total and chunks.

    ``finish``, when set, is called with the context file's columns once every chunk has
    been read; it raises :class:`DataError` when the table as a whole lacks a column (JSON
    Lines, whose columns are only known at the end). When it is None, ``names`` is the
    header and is checked before reading.
    """

    names: list[str]
    total: Optional[int]
    chunks: Iterator[Chunk]
    finish: Optional[Callable[[Any], None]] = None


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
                from wagebargain.batch.jsonl import read_jsonl

                source = read_jsonl(stack.enter_context(open(path, "rb")), path, chunk_rows)
            elif pyarrow_or_none() is not None:
                source = _csv_arrow(path, DELIMITERS[fmt], chunk_rows)
            else:
                source = _csv_cells(stack.enter_context(open(path, "rb")), path,
                                    DELIMITERS[fmt], chunk_rows)
        source.chunks = _guarded(path, source.chunks)
        yield source


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """:func:`wagebargain.fileio.reading`, with the ``csv`` module's errors too."""
    with reading(path):
        try:
            yield
        except csv.Error as exc:
            raise DataError(f"{path}: {exc}") from None


def _guarded(path: Path, chunks: Iterator[Chunk]) -> Iterator[Chunk]:
    with _reading(path):
        yield from chunks


# --- CSV and TSV: records with line numbers ----------------------------------------------

def _blank(fields: list[str], width: int) -> bool:
    """An empty line, or one of spaces and tabs (unless the table has a single column)."""
    return not fields or (len(fields) == 1 and width != 1 and not fields[0].strip(" \t"))


def _wrong_width(found: int, width: int) -> str:
    return f"{found} field{'s' * (found != 1)}, the header has {width}"


class _Records:
    """CSV records of a binary stream from its current position, with line numbers.

    Iterating yields ``(line, fields)``: the line the record starts on and its cells.
    ``offset`` (bytes) and ``line`` (lines) then count what has been read, the record just
    yielded included, so a reader can be reopened right after it.
    """

    def __init__(self, handle: IO[bytes], delimiter: str, offset: int, line: int) -> None:
        self.offset, self.line = offset, line
        self._text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        self._reader = csv.reader(self._pieces(self._text), delimiter=delimiter)

    def _pieces(self, text: IO[str]) -> Iterator[str]:
        for piece in text:
            self.offset += len(piece.encode("utf-8"))
            yield piece

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        base = self.line - self._reader.line_num
        for fields in self._reader:
            first = self.line + 1
            self.line = base + self._reader.line_num
            yield first, fields

    def detach(self) -> None:
        """Leave the binary stream open (it is read ahead: seek before using it again)."""
        self._text.detach()

    def rows(self, width: int) -> Iterator[tuple[int, Optional[list[str]], Optional[str]]]:
        """``(line, fields, None)`` per row, or ``(line, None, problem)`` when it has the
        wrong number of fields; blank lines are skipped."""
        for line, fields in self:
            if _blank(fields, width):
                continue
            if len(fields) == width:
                yield line, fields, None
            else:
                yield line, None, _wrong_width(len(fields), width)


def _read_header(handle: IO[bytes], path: Any, delimiter: str) -> tuple[list[str], int, int]:
    """(column names, byte offset after the header, its last line) of a CSV stream."""
    offset = len(_BOM) if handle.read(len(_BOM)) == _BOM else 0
    handle.seek(offset)
    records = _Records(handle, delimiter, offset, 0)
    header = next(iter(records), (0, []))[1]
    records.detach()
    if not header:
        raise DataError(f"{path}: empty file; the first line must name the columns")
    return [name.strip() for name in header], records.offset, records.line


def csv_header(path: Path, delimiter: str) -> list[str]:
    """The column names of a CSV or TSV file (:class:`DataError` when unreadable)."""
    with _reading(path), open(path, "rb") as handle:
        return _read_header(handle, path, delimiter)[0]


def _arrow_reader(stream: Any, names: list[str], delimiter: str,
                  flagged: list[str]) -> Any:
    """PyArrow's streaming CSV reader over the rows of ``stream`` (no header line), every
    cell as text; rows with the wrong number of fields are skipped and their text appended
    to ``flagged``, blank lines skipped silently."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    width = len(names)

    def invalid(row: Any) -> str:
        if not _blank([row.text], width):
            flagged.append(row.text)
        return "skip"

    return pacsv.open_csv(
        stream,
        read_options=pacsv.ReadOptions(block_size=_BLOCK_BYTES, column_names=names),
        parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True,
                                         invalid_row_handler=invalid),
        convert_options=pacsv.ConvertOptions(
            column_types={name: pa.string() for name in names},
            strings_can_be_null=False, quoted_strings_can_be_null=False),
    )


def _arrow_problem(exc: Exception) -> str:
    """PyArrow's CSV error in the words of the csv-module reader where they differ."""
    text = str(exc)
    return f"not UTF-8 text ({text})" if "invalid UTF8" in text else text


def _arrow_rows(names: list[str], rows: list[Optional[list[str]]]) -> Any:
    """A record batch of text cells from ``rows`` (None: a row of missing cells)."""
    import pyarrow as pa

    empty = [None] * len(names)
    columns = zip(*(empty if row is None else row for row in rows)) if rows else \
        ([] for _ in names)
    return pa.RecordBatch.from_arrays([pa.array(list(c), pa.string()) for c in columns],
                                      names=names)


Piece = tuple[Any, dict[int, str], int]
"""A record batch, its reader errors by row, and the progress after it."""


def _csv_arrow(path: Path, delimiter: str, chunk_rows: int) -> Source:
    import pyarrow as pa

    with open(path, "rb") as handle:
        names, start, header_lines = _read_header(handle, path, delimiter)
    size = os.path.getsize(path)

    def pieces() -> Iterator[Piece]:
        offset, line = start, header_lines  # where PyArrow starts reading
        while offset < size:
            flagged: list[str] = []
            clean = 0  # rows PyArrow returned since ``offset``, all of them good
            # A Python file, not a pa.OSFile: PyArrow keeps reading ahead on its own threads
            # after the reader is dropped, and a closed OSFile's descriptor, reused by the
            # next open(), would lose it data; a closed Python file refuses those reads.
            with open(path, "rb") as stream:
                stream.seek(offset)
                try:
                    reader = _arrow_reader(stream, names, delimiter, flagged)
                    while not flagged:
                        batch = reader.read_next_batch()
                        if not flagged:
                            clean += batch.num_rows
                            yield batch, {}, stream.tell()
                except StopIteration:
                    return
                except pa.ArrowInvalid as exc:
                    raise DataError(f"{path}: {_arrow_problem(exc)}") from None
            # A bad row in this batch (or one read ahead): read from the last good row with
            # the csv module up to the rows PyArrow flagged, then go back to PyArrow.
            offset, line = yield from _records_after(path, delimiter, offset, line, clean,
                                                     len(flagged), names, chunk_rows)

    def chunks() -> Iterator[Chunk]:
        for batch, errors, done in _rebatch(pieces(), chunk_rows):
            yield Chunk(dict(zip(names, batch.columns)), batch.num_rows, done, errors)

    return Source(names, size, chunks())


def _records_after(path: Path, delimiter: str, offset: int, line: int, skip: int,
                   bad: int, names: list[str], chunk_rows: int
                   ) -> Iterator[Piece]:
    """Rows from byte ``offset`` (after line ``line``) by the csv module: ``skip`` rows
    already read, then rows until ``bad`` rows with the wrong width have been seen (or the
    file ends). Returns the offset and line where they stop."""
    width = len(names)
    with open(path, "rb") as handle:
        handle.seek(offset)
        records = _Records(handle, delimiter, offset, line)
        rows = records.rows(width)
        for _ in range(skip):
            if next(rows, None) is None:
                break
        batch: list[Optional[list[str]]] = []
        errors: dict[int, str] = {}
        for number, fields, problem in rows:
            if problem is not None:
                errors[len(batch)] = f"line {number}: {problem}"
                bad -= 1
            batch.append(fields)
            if len(batch) == chunk_rows or bad <= 0:
                yield _arrow_rows(names, batch), errors, records.offset
                batch, errors = [], {}
                if bad <= 0:
                    return records.offset, records.line
        if batch:
            yield _arrow_rows(names, batch), errors, records.offset
        return os.path.getsize(path), records.line


def _rebatch(pieces: Iterator[Piece], size: int) -> Iterator[Piece]:
    """Record batches of exactly ``size`` rows (the last one smaller), from any sizes, with
    their reader errors renumbered."""
    import pyarrow as pa

    pending: list = []
    errors: dict[int, str] = {}
    count = 0
    for batch, found, done in pieces:
        start = 0
        while start < batch.num_rows:
            take = min(size - count, batch.num_rows - start)
            pending.append(batch.slice(start, take))
            for row, message in found.items():
                if start <= row < start + take:
                    errors[count + row - start] = message
            start, count = start + take, count + take
            if count == size:
                yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0], errors, done
                pending, errors, count = [], {}, 0
    if count:
        yield pa.Table.from_batches(pending).combine_chunks().to_batches()[0], errors, done


def _csv_cells(handle: IO[bytes], path: Path, delimiter: str, chunk_rows: int) -> Source:
    names, offset, line = _read_header(handle, path, delimiter)
    handle.seek(offset)
    records = _Records(handle, delimiter, offset, line)

    def chunks() -> Iterator[Chunk]:
        rows: list[Optional[list[str]]] = []
        errors: dict[int, str] = {}
        for number, fields, problem in records.rows(len(names)):
            if problem is not None:
                errors[len(rows)] = f"line {number}: {problem}"
            rows.append(fields)
            if len(rows) == chunk_rows:
                yield _from_rows(names, rows, records.offset, errors)
                rows, errors = [], {}
        if rows:
            yield _from_rows(names, rows, records.offset, errors)

    return Source(names, os.path.getsize(path), chunks())


def _from_rows(names: list[str], rows: list[Optional[list[str]]], done: int,
               errors: dict[int, str]) -> Chunk:
    table = np.empty((len(rows), len(names)), dtype=object)
    empty = [None] * len(names)
    table[:] = [empty if row is None else row for row in rows]
    return Chunk({name: table[:, j] for j, name in enumerate(names)}, len(rows), done, errors)


def read_csv_block(data: bytes, names: list[str], delimiter: str, header: bool
                   ) -> tuple[dict[str, Any], int, dict[int, tuple[int, str]], int]:
    """One block of whole lines of a CSV file, read exactly as the local reader reads it.

    Parameters
    ----------
    data : bytes
        The block; the first one of the file (``header``) starts with the header line.
    names : list of str
        The file's column names.

    Returns
    -------
    columns : dict of str to pyarrow.Array
        Text cells, missing for a row with the wrong number of fields.
    rows : int
    errors : dict of int to (int, str)
        Such rows: their line within the block (the first line is 1) and the message
        without its ``line N:`` prefix.
    lines : int
        Line breaks in the block, for numbering the lines of the next one.
    """
    import pyarrow as pa

    offset = line = 0
    try:
        if header:
            _, offset, line = _read_header(io.BytesIO(data), "the header", delimiter)
        flagged: list[str] = []
        errors: dict[int, tuple[int, str]] = {}
        if not data[offset:].strip():
            table = _arrow_rows(names, [])
        else:
            table = _arrow_reader(pa.BufferReader(pa.py_buffer(data)[offset:]), names,
                                  delimiter, flagged).read_all()
        if flagged:
            table, errors = _block_rows(data, names, delimiter, offset, line)
    except pa.ArrowInvalid as exc:
        raise DataError(_arrow_problem(exc)) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})") from None
    except csv.Error as exc:
        raise DataError(str(exc)) from None
    columns = {name: table.column(j) for j, name in enumerate(names)}
    if isinstance(table, pa.Table):
        columns = {name: values.combine_chunks() for name, values in columns.items()}
    return columns, table.num_rows, errors, data.count(b"\n")


def _block_rows(data: bytes, names: list[str], delimiter: str, offset: int, line: int
                ) -> tuple[Any, dict[int, tuple[int, str]]]:
    """The rows of a block by the csv module, as a record batch, and the bad ones."""
    stream = io.BytesIO(data)
    stream.seek(offset)
    rows: list[Optional[list[str]]] = []
    errors: dict[int, tuple[int, str]] = {}
    for number, fields, problem in _Records(stream, delimiter, offset, line).rows(len(names)):
        if problem is not None:
            errors[len(rows)] = (number, problem)
        rows.append(fields)
    return _arrow_rows(names, rows), errors


# --- Parquet ------------------------------------------------------------------------------

def check_text_types(schema: Any, path: Any) -> None:
    """Refuse a Parquet ``id`` or ``name`` column whose type cannot be written as text
    (a struct, list or map); binary is decoded as UTF-8 (bytes that are not are escaped)."""
    import pyarrow as pa

    for name in TEXT_PASSTHROUGH:
        if name not in schema.names:
            continue
        kind = schema.field(name).type
        if pa.types.is_dictionary(kind):
            kind = kind.value_type
        if _binary(pa, kind):
            continue
        try:
            pa.array([], type=kind).cast(pa.string())
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
            raise DataError(f"{path}: column '{name}' holds {kind} values, which cannot be "
                            "written as text; store it as a string column") from None


def _binary(pa: Any, kind: Any) -> bool:
    view = getattr(pa.types, "is_binary_view", lambda _: False)
    return (pa.types.is_binary(kind) or pa.types.is_large_binary(kind)
            or pa.types.is_fixed_size_binary(kind) or view(kind))


def as_text(values: Any) -> Any:
    """An ``id`` or ``name`` column the writers can cast to text: binary cells decoded as
    UTF-8, with bytes that are not escaped (``\\xb3``); anything else unchanged."""
    from wagebargain.batch.parsing import is_arrow

    if not is_arrow(values):
        return values
    import pyarrow as pa

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if pa.types.is_dictionary(values.type):
        if not _binary(pa, values.type.value_type):
            return values
        values = values.cast(values.type.value_type)
    if not _binary(pa, values.type):
        return values
    try:
        return values.cast(pa.string())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([None if v is None else v.decode("utf-8", "backslashreplace")
                         for v in values.to_pylist()], pa.string())


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
    check_text_types(parquet.schema_arrow, path)

    def chunks() -> Iterator[Chunk]:
        done = 0
        with contextlib.closing(parquet):
            for batch in parquet.iter_batches(batch_size=chunk_rows):
                done += batch.num_rows
                yield Chunk(dict(zip(names, batch.columns)), batch.num_rows, done)

    return Source(names, parquet.metadata.num_rows, chunks())
