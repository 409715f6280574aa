"""Vectorised parsing of table cells into the kernel's float64 columns, with per-row errors.

A cell that cannot be used never stops the batch: its row gets a message such as
``headcount: 'twelve' is not a number`` and the rest of the table is scored. Two back ends
read the same cell language (:data:`NUMBER_PATTERN`, optionally followed by ``%``):

* PyArrow arrays are parsed with ``pyarrow.compute``: a number column whose cells are all
  numbers or empty is a single cast; when the cast fails, the plain integers are cast on
  their own and only the other cells go through every rule (:func:`_scan_text`, the
  pattern only for what is not plain digits); a column of words or flags is read once per
  distinct cell;
* anything else (NumPy arrays, lists of ``str``/``None``/numbers) cell by cell in Python,
  the fallback when PyArrow is not installed.

Both return identical values and messages; ``tests/batch/test_batch_parsing.py`` and
``tests/batch/test_batch_fast_paths.py`` hold them to it.
"""
from __future__ import annotations

import math
import re
from typing import Any, Mapping, Optional

import numpy as np

from wagebargain.batch.columns import INPUT_SCHEMA, OWNERSHIP, Column, ownership_words

NUMBER_PATTERN = (r"[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
                  r"|(?i:nan|inf|infinity))")
"""A number cell: decimal or exponent notation (``NaN`` means "not given")."""

_NUMBER_RE = re.compile(NUMBER_PATTERN)
_FLAG_WORDS = {"true": 1.0, "yes": 1.0, "false": 0.0, "no": 0.0}

Scan = tuple[np.ndarray, Optional[np.ndarray], Optional[np.ndarray]]
"""(values, percent-sign mask or None, unreadable mask or None) for one column."""


_SHOWN = 40
"""Characters of a cell quoted in a message; a longer cell is cut with "…"."""


def _words(column: Column) -> Optional[dict[str, float]]:
    if column.kind == "ownership":
        return ownership_words()
    return _FLAG_WORDS if column.kind == "flag" else None


def is_arrow(values: Any) -> bool:
    """True for a PyArrow Array or ChunkedArray (without importing PyArrow)."""
    return type(values).__module__.startswith("pyarrow") and hasattr(values, "type")


# --- back end 1: pyarrow.compute -------------------------------------------------------------

def _scan_arrow(values: Any, words: Optional[dict[str, float]], numbers: bool,
                careful: bool = False) -> Scan:
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    kind = values.type
    if pa.types.is_dictionary(kind):
        values, kind = values.cast(kind.value_type), kind.value_type
    if _is_text(pa, kind) and not pa.types.is_string(kind):  # large or view strings
        values, kind = values.cast(pa.string()), pa.string()
    if pa.types.is_decimal(kind):  # Parquet money columns; null stays missing
        values, kind = pc.cast(values, pa.float64()), pa.float64()
    if pa.types.is_null(kind):
        return np.full(len(values), np.nan), None, None
    if not _is_text(pa, kind):
        if not (numbers and (pa.types.is_integer(kind) or pa.types.is_floating(kind)
                             or (pa.types.is_boolean(kind) and words is _FLAG_WORDS))):
            return np.full(len(values), np.nan), None, _arrow_bools(pc.is_valid(values))
        return _arrow_floats(pc.cast(values, pa.float64())), None, None
    if words is not None:
        found = _scan_distinct(values, words, numbers)
        if found is not None:
            return found
    elif numbers:
        found = _scan_plain(values, careful)
        if found is not None:
            return found
    return _scan_text(values, words, numbers)


def _scan_plain(values: Any, careful: bool = False) -> Optional[Scan]:
    """A number column in one cast, or two when some cells need a closer look.

    Empty cells become nulls and the column is cast: PyArrow's number parser accepts a
    subset of :data:`NUMBER_PATTERN` (no spaces, no ``%``) with the same values, so when the
    cast succeeds every cell was a number or empty (the percent and unreadable masks are
    then None). When it fails (or, ``careful``, is not tried: the column's last chunk
    failed), the cells of plain ASCII digits, with or without a minus sign (almost all of a
    column of counts or money), are cast on their own and only the others go through
    :func:`_scan_text`, cell for cell the full rules. None when even that cast fails (it
    cannot, but then the caller scans the whole column).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    null = pa.scalar(None, pa.string())
    empty = _arrow_empty(values)
    given = pc.if_else(empty, null, values) if pc.any(empty).as_py() else values
    if not careful:
        try:
            return _arrow_floats(pc.cast(given, pa.float64())), None, None
        except pa.ArrowInvalid:
            pass
    plain = _arrow_bools(pc.ascii_is_decimal(given))  # False for empty and missing cells
    rest = np.flatnonzero(~plain & _arrow_bools(pc.is_valid(given)))
    if rest.size:  # "-" and digits is plain too
        others = given.take(pa.array(rest))
        negative = _arrow_bools(pc.and_(pc.starts_with(others, pattern="-"), pc.ascii_is_decimal(
            pc.utf8_slice_codeunits(others, 1))))
        plain[rest[negative]] = True
        rest = rest[~negative]
    try:
        out = _arrow_floats(pc.cast(pc.if_else(pa.array(plain), given, null), pa.float64()))
    except pa.ArrowInvalid:
        return None
    pct, bad = np.zeros(len(out), bool), np.zeros(len(out), bool)
    if rest.size:
        sub_out, sub_pct, sub_bad = _scan_text(values.take(pa.array(rest)), None, True)
        out[rest], pct[rest], bad[rest] = sub_out, sub_pct, sub_bad
    return out, pct, bad


def _scan_distinct(values: Any, words: dict[str, float], numbers: bool) -> Optional[Scan]:
    """A column of few distinct cells (flags, ownership words): the distinct cells are
    scanned once and the results spread by the dictionary indices. None when the column has
    too many distinct cells for that to pay."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(values)
    distinct = encoded.dictionary
    if len(distinct) > max(64, len(values) // 16):
        return None
    found, pct, bad = _scan_text(distinct, words, numbers)
    missing = len(distinct)  # a missing cell: not given, like an empty one
    index = encoded.indices.fill_null(missing).to_numpy(zero_copy_only=False)
    return (np.append(found, np.nan)[index], np.append(pct, False)[index],
            np.append(bad, False)[index])


def _scan_text(values: Any, words: Optional[dict[str, float]], numbers: bool) -> Scan:
    """Every rule of the cell language, column-wise (``_cell`` is its Python twin)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pc.utf8_trim_whitespace(values)
    blank = _arrow_bools(_arrow_empty(text), default=True)
    pct = pc.ends_with(text, pattern="%")
    body = text
    if pc.any(pct).as_py():
        body = pc.if_else(pct, pc.utf8_trim_whitespace(pc.utf8_slice_codeunits(text, 0, -1)), text)
    out = np.full(len(values), np.nan)
    ok = np.zeros(len(values), bool)
    if numbers:
        out, ok = _arrow_numbers(body, blank)
    if words:
        found = pc.index_in(pc.utf8_lower(text), value_set=pa.array(list(words)))
        index = found.to_numpy(zero_copy_only=False)
        hit = ~np.isnan(index.astype(float))
        out[hit] = np.array(list(words.values()))[index[hit].astype(int)]
        ok |= hit
    return out, _arrow_bools(pct), ~(ok | blank)


def _arrow_numbers(body: Any, blank: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Trimmed cells to floats, and which of the non-blank cells are numbers.

    Plain digits need no pattern; the rest are matched against :data:`NUMBER_PATTERN`
    before the cast, so the cast never fails (a failing cast costs as much as a whole one).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    null = pa.scalar(None, pa.string())
    given = pc.if_else(pa.array(blank), null, body)
    ok = _arrow_bools(pc.ascii_is_decimal(given))
    check = np.flatnonzero(~ok & ~blank)
    if check.size:
        ok[check] = _arrow_bools(pc.match_substring_regex(given.take(pa.array(check)),
                                                          f"^(?:{NUMBER_PATTERN})$"))
        given = pc.if_else(pa.array(ok), given, null)
    return _arrow_floats(pc.cast(given, pa.float64())), ok


def _arrow_empty(values: Any) -> Any:
    """Empty cells (``pc.equal(values, "")`` is far slower)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.equal(pc.binary_length(values), pa.scalar(0, pa.int32()))


def _is_text(pa: Any, kind: Any) -> bool:
    view = getattr(pa.types, "is_string_view", lambda _: False)
    return pa.types.is_string(kind) or pa.types.is_large_string(kind) or view(kind)


def _arrow_floats(array: Any) -> np.ndarray:
    """A float64 Arrow array as a writable NumPy array, nulls as NaN."""
    import pyarrow as pa
    import pyarrow.compute as pc

    filled = pc.fill_null(array, pa.scalar(np.nan, pa.float64()))
    return np.array(filled.to_numpy(zero_copy_only=False), dtype=np.float64)


def _arrow_bools(array: Any, default: bool = False) -> np.ndarray:
    import pyarrow as pa
    import pyarrow.compute as pc

    filled = pc.fill_null(array, pa.scalar(default, pa.bool_()))
    return np.asarray(filled.to_numpy(zero_copy_only=False), dtype=bool)


# --- back end 2: Python cells ----------------------------------------------------------------

def _scan_cells(values: Any, words: Optional[dict[str, float]], numbers: bool) -> Scan:
    array = np.asarray(values)
    n = len(array)
    if array.dtype.kind in "iuf" or (array.dtype.kind == "b" and words is _FLAG_WORDS):
        return array.astype(np.float64), None, None if numbers else np.ones(n, bool)
    if array.dtype.kind == "b":  # True is not a number of workers
        return np.full(n, np.nan), None, np.ones(n, bool)
    out, pct, bad = np.full(n, np.nan), np.zeros(n, bool), np.zeros(n, bool)
    cache: dict[Any, tuple[float, bool, bool]] = {}
    for i, cell in enumerate(array.tolist()):
        key = cell if type(cell) is str else (type(cell), cell)  # keep True apart from 1
        try:
            parsed = cache[key]
        except KeyError:
            parsed = cache[key] = _cell(cell, words, numbers)
        except TypeError:  # unhashable (a JSON list or object)
            parsed = (math.nan, False, True)
        out[i], pct[i], bad[i] = parsed
    return out, pct, bad


def _cell(cell: Any, words: Optional[dict[str, float]], numbers: bool) -> tuple[float, bool, bool]:
    """(value, had a % sign, unreadable) for one cell; the Python twin of ``_scan_arrow``."""
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return math.nan, False, False
    if isinstance(cell, (int, float)) and not isinstance(cell, bool) and numbers:
        try:
            return float(cell), False, False
        except OverflowError:  # an integer beyond the float range: 1 and 400 zeros
            return (math.inf if cell > 0 else -math.inf), False, False
    text = cell_text(cell).strip()
    if not text:
        return math.nan, False, False
    if words and text.lower() in words:
        return words[text.lower()], False, False
    pct = text.endswith("%")
    body = text[:-1].strip() if pct else text
    if numbers and _NUMBER_RE.fullmatch(body):
        return float(body), pct, False
    return math.nan, pct, True


def cell_text(cell: Any) -> str:
    """A cell as the text a reader would have seen (JSON ``true`` is ``"true"``)."""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        return repr(cell)
    if isinstance(cell, (dict, list)):
        import json

        return json.dumps(cell, ensure_ascii=False)
    return str(cell)


# --- shared: units and messages ----------------------------------------------------------------

def cells(values: Any, rows: Optional[np.ndarray] = None) -> list:
    """A column's cells (at ``rows``, or all) as a Python list, ``None`` for missing."""
    if is_arrow(values):
        import pyarrow as pa

        picked = values if rows is None else values.take(rows)
        if pa.types.is_dictionary(picked.type):  # decoded first: far faster than cell by cell
            picked = picked.cast(picked.type.value_type)
        return picked.to_pylist()
    array = np.asarray(values, dtype=object) if rows is None else np.asarray(values)[rows]
    return array.tolist()


def _texts(values: Any, rows: np.ndarray) -> list[str]:
    """The original cells at ``rows``, as text for messages (a long one cut short)."""
    texts = [f"{v:g}" if isinstance(v, float) else cell_text(v) for v in cells(values, rows)]
    return [t if len(t) <= _SHOWN else t[:_SHOWN - 1] + "…" for t in texts]


def _problems(column: Column, values: np.ndarray, pct: np.ndarray,
              bad: np.ndarray) -> dict[str, np.ndarray]:
    """Masks of each kind of unusable cell, keyed by a message template."""
    finite = np.isfinite(values)
    masks = {"'{}' is not a finite number": np.isinf(values)}
    if column.kind in ("number", "count"):
        masks["'{}' is not a number"] = bad | pct
        if column.kind == "count":
            masks["'{}' is not a whole number"] = finite & (values != np.floor(values))
    elif column.kind == "ownership":
        masks["'{}' is not one of " + ", ".join(ownership_words())] = bad
    elif column.kind == "flag":
        masks["'{}' is not 0 or 1"] = bad | (finite & (values != 0) & (values != 1)) | pct
    else:  # rate or share: percent allowed, bare numbers checked for a forgotten % sign
        masks["'{}' is not a rate; write it as 3.5% or 0.035"] = bad
        limit = np.abs(values) >= 1 if column.kind == "rate" else (values > 1)
        masks["{0} is not a rate; did you mean {0}%?"] = finite & ~pct & limit
        if column.kind == "rate":
            masks["'{}' is 100% or more"] = finite & pct & (np.abs(values) >= 100)
        else:  # a share may be all: 100% like 1
            masks["'{}' is more than 100%"] = finite & pct & (values > 100)
    return {template: mask for template, mask in masks.items() if mask.any()}


def parse_column(column: Column, values: Any,
                 hints: Optional[dict[str, bool]] = None) -> tuple[np.ndarray, dict[int, str]]:
    """Parse one column into float64, with a message for every unusable cell.

    Parameters
    ----------
    column : Column
        Its schema entry (kind and name).
    values : pyarrow Array/ChunkedArray, NumPy array or sequence
        The cells: text, numbers, booleans or nulls.
    hints : dict of str to bool, optional
        Kept by the caller from chunk to chunk of one table: which columns had cells that
        were not plain numbers, so the next chunk goes straight to the closer look. Only
        the speed depends on it.

    Returns
    -------
    values : numpy.ndarray of float64
        Rates as fractions; NaN where a cell is empty or unusable.
    problems : dict of int to str
        ``{row: "name: message"}`` for each unusable cell.
    """
    words, numbers = _words(column), column.kind != "ownership"
    if is_arrow(values):
        careful = bool(hints and hints.get(column.name))
        out, pct, bad = _scan_arrow(values, words, numbers, careful)
        if hints is not None:
            hints[column.name] = (bad is not None and bool(bad.any())) or (
                pct is not None and bool(pct.any()))
    else:
        out, pct, bad = _scan_cells(values, words, numbers)
    as_written = out
    if pct is not None and pct.any():
        if column.kind in ("rate", "share"):
            out = np.where(pct, out / 100.0, out)
        with np.errstate(over="ignore"):
            as_written = np.where(pct, out * 100.0, out)
    pct = np.zeros(len(out), bool) if pct is None else pct
    bad = np.zeros(len(out), bool) if bad is None else bad
    problems: dict[int, str] = {}
    for template, mask in _problems(column, as_written, pct, bad).items():
        rows = np.flatnonzero(mask)
        for row, text in zip(rows.tolist(), _texts(values, rows)):
            problems.setdefault(row, f"{column.name}: " + template.format(text.strip()))
    out[list(problems)] = np.nan
    return out, problems


def parse_table(raw: Mapping[str, Any], n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Parse a chunk of a table into kernel columns and one error string per row.

    Parameters
    ----------
    raw : mapping of str to column
        Columns named as in :data:`~wagebargain.batch.columns.INPUT_SCHEMA`; text columns and
        unknown names are ignored here (the header check refuses unknown names earlier).
    n : int
        Number of rows.

    Returns
    -------
    columns : dict of str to numpy.ndarray
        float64 kernel columns; ``ownership`` becomes ``ownership_state`` (an explicit
        ``ownership_state`` column wins where it is given).
    errors : numpy.ndarray of object
        ``""`` or the row's problems joined with ``"; "``.
    """
    columns, problems = parse_cells(raw, n)
    errors = np.full(n, "", dtype=object)
    for row, text in problems.items():
        errors[row] = text
    return columns, errors


def parse_cells(raw: Mapping[str, Any], n: int, hints: Optional[dict[str, bool]] = None
                ) -> tuple[dict[str, np.ndarray], dict[int, str]]:
    """:func:`parse_table` with the errors as ``{row: message}`` for the rows that have one
    (``hints`` as for :func:`parse_column`)."""
    columns: dict[str, np.ndarray] = {}
    messages: dict[int, list[str]] = {}
    for name, values in raw.items():
        column = INPUT_SCHEMA.get(name)
        if column is None or column.kind == "text":
            continue
        parsed, problems = parse_column(column, values, hints)
        if len(parsed) != n:
            raise ValueError(f"column {name} has {len(parsed)} rows, expected {n}")
        for row, message in problems.items():
            messages.setdefault(row, []).append(message)
        columns[name] = parsed
    owned = columns.pop(OWNERSHIP.name, None)
    if owned is not None:
        explicit = columns.get("ownership_state")
        columns["ownership_state"] = owned if explicit is None else _prefer(explicit, owned)
    return columns, {row: "; ".join(texts) for row, texts in messages.items()}


def _prefer(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """``first`` where given, else ``second``."""
    return np.where(np.isnan(first), second, first)


def combine_errors(first: np.ndarray, second: Any) -> np.ndarray:
    """Join per-row cell errors with the kernel's messages, ``"; "`` between them.

    A kernel message about a column whose cell already failed to parse (``headcount is
    missing`` after ``headcount: 'abc' is not a number``) says nothing new and is dropped.
    """
    second = np.asarray(second, dtype=object)
    out = first.copy()
    for row in np.flatnonzero(second != "").tolist():
        out[row] = combine_error(first[row], second[row])
    return out


def combine_error(found: str, message: str) -> str:
    """One row's cell errors ``found`` ("" for none) joined with the kernel's ``message``."""
    if not found:
        return message
    column = message.split(" ", 1)[0]
    if not any(part.startswith(f"{column}: ") for part in found.split("; ")):
        return f"{found}; {message}"
    return found
