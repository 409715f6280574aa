"""Streaming, atomic table writers: CSV, TSV, JSON Lines and Parquet.

Rows go to a temporary file beside the output, renamed over it only when the whole table
is written (:func:`wagebargain.fileio.atomic_open`); an error or Ctrl-C removes the
temporary file and leaves no output. CSV is written by PyArrow when installed, else by a
standard-library twin that produces the same bytes (strings quoted, empty for missing,
numbers in PyArrow's shortest form). JSON Lines is always written by the ``json`` module;
Parquet needs PyArrow.
"""
from __future__ import annotations

import contextlib
import json
import math
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Mapping

import numpy as np

from wagebargain.batch.formats import DELIMITERS, pyarrow_or_none, require_pyarrow
from wagebargain.batch.parsing import cell_text, cells, is_arrow
from wagebargain.errors import DataError

Writer = Callable[[Mapping[str, Any]], None]
"""Writes one chunk: a mapping of column name to values (all columns, equal lengths)."""

_CSV_BATCH_ROWS = 8192
"""Rows PyArrow's CSV writer converts at a time: its default (1024) costs about 10% more."""


@contextlib.contextmanager
def open_writer(path: Path, fmt: str, schema: Mapping[str, str]) -> Iterator[Writer]:
    """Open ``path`` for writing chunks of a table with columns ``schema``.

    Parameters
    ----------
    path : Path
        The output file; created (or replaced) only when the block exits without error.
    fmt : {"csv", "tsv", "jsonl", "parquet"}
    schema : mapping of str to {"float", "int", "text"}
        Column names in output order and their type. Float columns take NumPy float arrays
        (NaN is written as missing), int columns whole numbers; text columns take PyArrow
        arrays or sequences of ``str``/``None``.

    Raises
    ------
    DataError
        When the output cannot be created (missing folder, no permission).
    """
    from wagebargain.fileio import atomic_open

    pa = require_pyarrow("writing Parquet") if fmt == "parquet" else pyarrow_or_none()
    with contextlib.ExitStack() as stack:
        try:
            handle = stack.enter_context(atomic_open(path, "wb"))
        except OSError as exc:
            raise DataError(f"cannot write {path}: {exc.strerror or exc}") from None
        if fmt == "jsonl":
            yield _jsonl_writer(handle, schema)
        elif pa is not None:
            yield stack.enter_context(_arrow_writer(handle, schema, fmt))
        else:
            yield _csv_cells_writer(handle, schema, DELIMITERS[fmt])


def _arrow_schema(schema: Mapping[str, str]) -> Any:
    import pyarrow as pa

    kinds = {"float": pa.float64(), "int": pa.int64(), "text": pa.string()}
    return pa.schema([(name, kinds[kind]) for name, kind in schema.items()])


def to_arrow(columns: Mapping[str, Any], schema: Mapping[str, str]) -> Any:
    """A ``pyarrow.Table`` of one chunk, NaN floats as nulls, text cast to strings."""
    import pyarrow as pa

    arrays = []
    for name, kind in schema.items():
        values = columns[name]
        if kind == "float":
            values = np.asarray(values, dtype=np.float64)
            arrays.append(pa.array(values, mask=np.isnan(values)))
        elif kind == "int":
            arrays.append(pa.array(np.asarray(values, dtype=np.int64)))
        elif is_arrow(values):
            arrays.append(values.cast(pa.string()))
        else:
            arrays.append(_arrow_text(values))
    return pa.Table.from_arrays(arrays, schema=_arrow_schema(schema))


def _arrow_text(values: Any) -> Any:
    import pyarrow as pa

    try:
        return pa.array(values, type=pa.string())
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # numbers or booleans from JSON
        return pa.array([None if v is None else cell_text(v) for v in cells(values)],
                        type=pa.string())


@contextlib.contextmanager
def _arrow_writer(handle: IO[bytes], schema: Mapping[str, str], fmt: str) -> Iterator[Writer]:
    arrow_schema = _arrow_schema(schema)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        sink = pq.ParquetWriter(handle, arrow_schema)
    else:
        import pyarrow.csv as pacsv

        options = pacsv.WriteOptions(delimiter=DELIMITERS[fmt], quoting_style="needed",
                                     batch_size=_CSV_BATCH_ROWS)
        sink = pacsv.CSVWriter(handle, arrow_schema, write_options=options)
    try:
        yield lambda columns: sink.write_table(to_arrow(columns, schema))
    finally:
        sink.close()


def _rows(columns: Mapping[str, Any], schema: Mapping[str, str]) -> Iterator[tuple]:
    lists = []
    for name, kind in schema.items():
        if kind == "float":
            lists.append([None if math.isnan(v) else v for v in
                          np.asarray(columns[name], dtype=np.float64).tolist()])
        elif kind == "int":
            lists.append(np.asarray(columns[name], dtype=np.int64).tolist())
        else:
            lists.append([None if v is None else cell_text(v) for v in cells(columns[name])])
    return zip(*lists)


def _jsonl_writer(handle: IO[bytes], schema: Mapping[str, str]) -> Writer:
    names = list(schema)

    def write(columns: Mapping[str, Any]) -> None:
        lines = [json.dumps(dict(zip(names, row)), ensure_ascii=False, allow_nan=False)
                 for row in _rows(columns, schema)]
        if lines:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))

    return write


def _csv_cells_writer(handle: IO[bytes], schema: Mapping[str, str], delimiter: str) -> Writer:
    """CSV without PyArrow, byte for byte what ``pyarrow.csv.CSVWriter`` writes."""
    handle.write((delimiter.join(map(_quote, schema)) + "\n").encode("utf-8"))
    by_kind = {"float": arrow_float, "int": str, "text": _quote}
    formats = [by_kind[kind] for kind in schema.values()]

    def write(columns: Mapping[str, Any]) -> None:
        lines = [delimiter.join("" if v is None else f(v) for f, v in zip(formats, row))
                 for row in _rows(columns, schema)]
        if lines:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))

    return write


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def arrow_float(x: float) -> str:
    """``x`` as PyArrow writes a double: shortest round-trip digits, plain notation for
    decimal exponents -6..9 (``0.000001``, ``1234567890``), else ``1.5e+20`` / ``1e-7``.
    """
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    sign, digits, exponent = Decimal(repr(float(x))).as_tuple()
    text = "".join(map(str, digits)).rstrip("0") or "0"
    point = len(digits) + exponent  # position of the decimal point after the first digit
    minus = "-" if sign else ""
    if text == "0":
        return minus + "0"
    scientific = point - 1
    if -6 <= scientific <= 9:
        if point <= 0:
            return f"{minus}0.{'0' * -point}{text}"
        if point >= len(text):
            return minus + text + "0" * (point - len(text))
        return f"{minus}{text[:point]}.{text[point:]}"
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    return f"{minus}{mantissa}e{'+' if scientific > 0 else '-'}{abs(scientific)}"
