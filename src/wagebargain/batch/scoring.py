"""One chunk of a table through the kernel: parse, broadcast the context, score, tidy.

Every driver (the local and Dask engines, :func:`wagebargain.batch.score_table`) calls
:func:`score_chunk`, so they agree row for row.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping, Optional

import numpy as np

from wagebargain.batch.columns import NUMERIC_SCORES, SCORE_COLUMNS
from wagebargain.batch.context import BatchContext, broadcast, make_policy
from wagebargain.batch.parsing import combine_error, parse_cells

ScoreFunction = Callable[[Mapping[str, np.ndarray], Any], Any]
"""``score(columns, policy) -> KernelResult``, as :func:`wagebargain.core.kernel.score`."""

_LABELS: dict[tuple[tuple[str, ...], int], str] = {}
"""``;``-joined check codes by (codes, bit pattern), shared by every chunk."""


def resolve_kernel(score: Optional[ScoreFunction], policy: Any,
                   context: BatchContext) -> tuple[ScoreFunction, Any]:
    """The scoring function (the real kernel unless one is injected) and its policy."""
    if score is None:
        from wagebargain.core.kernel import score
    return score, make_policy(context, policy)


def join_codes(codes: Any) -> np.ndarray:
    """Per-row tuples of check codes as ``;``-joined strings (an object array).

    Rows sharing one tuple object (the kernel builds one per distinct pattern of checks)
    are joined once; the result does not depend on that sharing, only the speed does.
    """
    index, labels = _codes_by_object(codes)
    return _objects(labels)[index]


def _objects(texts: list[str]) -> np.ndarray:
    out = np.empty(len(texts), dtype=object)
    out[:] = texts
    return out


def _codes_by_object(codes: Any) -> tuple[np.ndarray, list[str]]:
    """(label number per row, labels) from per-row tuples of codes."""
    if not isinstance(codes, np.ndarray):  # a list of tuples: keep one tuple per element
        codes = _objects(list(codes)) if len(codes) else np.empty(0, dtype=object)
    keys = np.fromiter(map(id, codes), dtype=np.intp, count=len(codes))
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    return inverse.reshape(-1), [";".join(codes[i]) for i in first.tolist()]


def _codes_by_pattern(result: Any, n: int) -> Optional[tuple[np.ndarray, list[str]]]:
    """(label number per row, labels) from the kernel's ``checks`` matrix, the pattern of
    checks behind ``check_codes``, without touching a Python object per row.

    None when the result has no such matrix (an injected kernel) or it does not match
    ``check_codes`` (checked on one row of each pattern).
    """
    checks = getattr(result, "checks", None)
    if not isinstance(checks, np.ndarray) or checks.dtype != bool or checks.ndim != 2:
        return None
    from wagebargain.core.kernel import CHECK_CODES

    if checks.shape != (n, len(CHECK_CODES)) or len(CHECK_CODES) > 16:
        return None
    packed = np.packbits(checks, axis=1, bitorder="little")
    keys = packed[:, 0].astype(np.intp)
    if packed.shape[1] > 1:
        keys |= packed[:, 1].astype(np.intp) << 8
    patterns = np.flatnonzero(np.bincount(keys, minlength=1))  # the patterns that occur
    number = np.zeros(1 << len(CHECK_CODES), dtype=np.intp)
    number[patterns] = np.arange(len(patterns))
    index = number[keys]
    some_row = np.empty(len(patterns), dtype=np.intp)
    some_row[index] = np.arange(n)
    labels = []
    for pattern, row in zip(patterns.tolist(), some_row.tolist()):
        label = _LABELS.get((CHECK_CODES, pattern))
        if label is None:
            label = ";".join(code for bit, code in enumerate(CHECK_CODES) if pattern >> bit & 1)
            _LABELS[CHECK_CODES, pattern] = label
        if ";".join(result.check_codes[row]) != label:
            return None
        labels.append(label)
    return index, labels


def score_chunk(columns: Mapping[str, Any], n: int, context: BatchContext,
                score: ScoreFunction, policy: Any,
                reader_errors: Optional[Mapping[int, str]] = None, arrow: bool = False,
                hints: Optional[dict[str, bool]] = None) -> dict[str, Any]:
    """Score ``n`` rows given as raw table columns.

    Parameters
    ----------
    columns : mapping of str to column
        Cells by column name (PyArrow arrays, NumPy arrays or sequences).
    n : int
        Number of rows.
    context : BatchContext
        Broadcast into the rows where the table does not give a context column.
    score, policy
        The kernel function and its policy.
    reader_errors : mapping of int to str, optional
        Rows the reader could not read, by position: their message is their only error.
    arrow : bool
        Give ``check_codes`` and ``error`` as PyArrow arrays (dictionary-encoded strings,
        no Python object per row) for a writer; else NumPy object arrays.
    hints : dict of str to bool, optional
        Kept by the caller from chunk to chunk (see
        :func:`~wagebargain.batch.parsing.parse_column`); only the speed depends on it.

    Returns
    -------
    dict of str to array
        The score columns of :data:`~wagebargain.batch.columns.SCORE_COLUMNS`. A row whose
        cells could not be parsed has NaN scores and no check codes, whatever the kernel
        made of the remaining cells; its ``error`` lists the cell problems first, then the
        kernel's own message (a row the reader could not read: the reader's message alone).
    """
    parsed, errors = parse_cells(columns, n, hints)
    unread = reader_errors or {}
    errors.update(unread)
    result = score(broadcast(parsed, context, n), policy)
    unparsed = np.fromiter(errors, dtype=np.intp, count=len(errors))
    out: dict[str, Any] = {}
    for name in NUMERIC_SCORES:
        values = np.array(getattr(result, name), dtype=np.float64)
        values[unparsed] = np.nan
        out[name] = values
    index, labels = _codes_by_pattern(result, n) or _codes_by_object(result.check_codes)
    kernel = np.asarray(result.error, dtype=object)
    for row in np.flatnonzero(kernel != "").tolist():  # errors: the cells', then the kernel's
        if row not in unread:
            errors[row] = combine_error(errors.get(row, ""), kernel[row])
    out["check_codes"] = _labelled(index, labels, unparsed, arrow)
    out["error"] = _messages(errors, n, arrow)
    return {name: out[name] for name in SCORE_COLUMNS}


def _labelled(index: np.ndarray, labels: list[str], blank: np.ndarray, arrow: bool) -> Any:
    """A text column from a label number per row, "" at the rows ``blank``: an object
    array, or (``arrow``) a dictionary-encoded PyArrow array."""
    if blank.size:
        if "" not in labels:
            labels = [*labels, ""]
        index = index.copy()
        index[blank] = labels.index("")
    if not arrow:
        return _objects(labels)[index]
    import pyarrow as pa

    return pa.DictionaryArray.from_arrays(pa.array(index.astype(np.int32, copy=False)),
                                          pa.array(labels, type=pa.string()))


def _messages(messages: dict[int, str], n: int, arrow: bool) -> Any:
    """The ``error`` column: ``messages`` at their rows, "" elsewhere."""
    if not arrow:
        out = np.full(n, "", dtype=object)
        for row, text in messages.items():
            out[row] = text
        return out
    number = {"": 0}
    index = np.zeros(n, dtype=np.intp)
    for row, text in messages.items():
        index[row] = number.setdefault(text, len(number))
    return _labelled(index, list(number), np.empty(0, np.intp), True)
