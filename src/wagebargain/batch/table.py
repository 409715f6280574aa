"""``score_table``: score an in-memory table (pandas, PyArrow or a dict of arrays).

For scripts and notebooks::

    import pandas as pd
    from wagebargain.batch import score_table

    scored = score_table(pd.read_csv("enterprises.csv"), "region.yaml")
    scored.sort_values("priority", ascending=False).head()

The table keeps every column it had (columns the schema does not know are carried along
untouched) and gains the score columns of :data:`~wagebargain.batch.columns.SCORE_COLUMNS`,
replacing any of that name.
"""
from __future__ import annotations

from typing import Any, Mapping, Optional

import numpy as np

from wagebargain.batch.columns import INPUT_SCHEMA, SCORE_COLUMNS, check_header
from wagebargain.batch.context import resolve_context
from wagebargain.batch.parsing import is_arrow
from wagebargain.batch.scoring import ScoreFunction, resolve_kernel, score_chunk
from wagebargain.errors import DataError


def _pandas_column(series: Any) -> Any:
    """A pandas column as Arrow (when it converts cleanly) or NumPy."""
    from wagebargain.batch.formats import pyarrow_or_none

    pa = pyarrow_or_none()
    if pa is not None:
        try:
            return pa.Array.from_pandas(series)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):  # mixed text and numbers
            pass
    values = series.to_numpy()
    return values if values.dtype.kind in "biuf" else series.to_numpy(dtype=object)


def _unique(names: list[str]) -> None:
    """Refuse a schema column that appears twice (a table can hold only one of each)."""
    known = [name for name in names if name in INPUT_SCHEMA]
    twice = sorted({name for name in known if known.count(name) > 1})
    if twice:
        raise DataError("; ".join(f"column '{name}' appears twice" for name in twice))


def _array(name: str, values: Any) -> Any:
    """One column of a mapping as an array, refusing a single value or a table."""
    if is_arrow(values):
        return values
    array = np.asarray(values)
    if array.ndim != 1:
        what = "a single value" if array.ndim == 0 else f"a {array.ndim}-dimensional array"
        raise DataError(f"column '{name}' is {what}; give a list or array with one value "
                        "per row")
    return array


def _columns(table: Any) -> tuple[str, dict[str, Any], int]:
    """(kind, columns by name, rows) of a DataFrame, Arrow table or mapping of arrays."""
    if type(table).__module__.startswith("pandas") and hasattr(table, "columns"):
        _unique([str(name) for name in table.columns])
        columns = {str(name): _pandas_column(table[name]) for name in table.columns
                   if str(name) in INPUT_SCHEMA}
        return "pandas", columns, len(table)
    if type(table).__module__.startswith("pyarrow") and hasattr(table, "column_names"):
        _unique(table.column_names)
        columns = {name: table.column(name).combine_chunks() for name in table.column_names
                   if name in INPUT_SCHEMA}
        return "arrow", columns, table.num_rows
    if isinstance(table, Mapping):
        columns = {str(name): _array(str(name), v) for name, v in table.items()
                   if str(name) in INPUT_SCHEMA}
        lengths = {len(v) for v in columns.values()}
        if len(lengths) > 1:
            raise DataError(f"columns have different lengths: {sorted(lengths)}")
        return "dict", columns, lengths.pop() if lengths else 0
    raise TypeError("score_table takes a pandas DataFrame, a pyarrow Table or a dict of arrays, "
                    f"not {type(table).__name__}")


def score_table(table: Any, context: Any = None, policy: Any = None,
                score: Optional[ScoreFunction] = None) -> Any:
    """Score every row of an in-memory table; return the same kind of table with scores.

    Parameters
    ----------
    table : pandas.DataFrame, pyarrow.Table or dict of str to array
        One enterprise per row; columns named as in :mod:`wagebargain.batch.columns`, as
        numbers or as text (``"3.5%"``). Other columns are carried along untouched.
    context : path, mapping or BatchContext, optional
        The shared economy and guideline (``region.yaml`` shape); a table column of the
        same name overrides it row by row.
    policy : wagebargain.core.policy.Policy, optional
        Overrides the defaults and the context's ``policy:`` section.
    score : callable, optional
        The kernel function (for tests); :func:`wagebargain.core.kernel.score` by default.

    Returns
    -------
    Same type as ``table``
        With the columns of :data:`SCORE_COLUMNS` appended: NaN (pandas, dict) or null
        (Arrow) scores and a message in ``error`` for rows that could not be scored.

    Raises
    ------
    DataError
        When a required column is in neither the table nor the context, a column appears
        twice, or a mapping's value is not one value per row.
    """
    kind, columns, n = _columns(table)
    shared = resolve_context(context)
    check_header(columns, shared.columns)
    score, policy = resolve_kernel(score, policy, shared)
    scores = score_chunk(columns, n, shared, score, policy)
    if kind == "pandas":
        out = table.copy()
        for name in SCORE_COLUMNS:
            out[name] = scores[name]
        return out
    if kind == "arrow":
        from wagebargain.batch.engine import OUTPUT_SCHEMA
        from wagebargain.batch.writers import to_arrow

        appended = to_arrow(scores, {name: OUTPUT_SCHEMA[name] for name in SCORE_COLUMNS})
        out = table.drop_columns([name for name in SCORE_COLUMNS if name in table.column_names])
        for name in SCORE_COLUMNS:
            out = out.append_column(appended.schema.field(name), appended.column(name))
        return out
    return {**{k: v for k, v in table.items() if k not in SCORE_COLUMNS}, **scores}
