"""One chunk of a table through the kernel: parse, broadcast the context, score, tidy.

Every driver (the local and Dask engines, :func:`wagebargain.batch.score_table`) calls
:func:`score_chunk`, so they agree row for row.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping, Optional

import numpy as np

from wagebargain.batch.columns import NUMERIC_SCORES, SCORE_COLUMNS
from wagebargain.batch.context import BatchContext, broadcast, make_policy
from wagebargain.batch.parsing import combine_errors, parse_table

ScoreFunction = Callable[[Mapping[str, np.ndarray], Any], Any]
"""``score(columns, policy) -> KernelResult``, as :func:`wagebargain.core.kernel.score`."""


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
    if not isinstance(codes, np.ndarray):  # a list of tuples: keep one tuple per element
        rows = np.empty(len(codes), dtype=object)
        rows[:] = list(codes)
        codes = rows
    keys = np.fromiter(map(id, codes), dtype=np.intp, count=len(codes))
    _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    labels = np.empty(len(first), dtype=object)
    labels[:] = [";".join(codes[i]) for i in first.tolist()]
    return labels[inverse.reshape(-1)]


def score_chunk(columns: Mapping[str, Any], n: int, context: BatchContext,
                score: ScoreFunction, policy: Any,
                reader_errors: Optional[Mapping[int, str]] = None) -> dict[str, np.ndarray]:
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
        Rows the reader could not read, by position.

    Returns
    -------
    dict of str to numpy.ndarray
        The score columns of :data:`~wagebargain.batch.columns.SCORE_COLUMNS`. A row whose
        cells could not be parsed has NaN scores and no check codes, whatever the kernel
        made of the remaining cells; its ``error`` lists the cell problems first, then the
        kernel's own message.
    """
    parsed, errors = parse_table(columns, n)
    for row, message in (reader_errors or {}).items():
        errors[row] = f"{message}; {errors[row]}" if errors[row] else message
    result = score(broadcast(parsed, context, n), policy)
    unparsed = errors != ""
    out: dict[str, np.ndarray] = {}
    for name in NUMERIC_SCORES:
        values = np.array(getattr(result, name), dtype=np.float64)
        values[unparsed] = np.nan
        out[name] = values
    codes = join_codes(result.check_codes)
    error = combine_errors(errors, result.error)
    codes[unparsed] = ""
    out["check_codes"] = codes
    out["error"] = error
    return {name: out[name] for name in SCORE_COLUMNS}
