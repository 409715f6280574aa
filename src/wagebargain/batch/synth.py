"""Synthetic enterprise tables for tests, demonstrations and benchmarks.

Rows look like ``shared/examples/enterprises.csv`` in a region like
``shared/examples/region.yaml`` (local average wage 12,434 a month, minimum wage 2,740):
log-normal headcounts, industry wage and productivity levels around the local average, a
labour share of value added around 45%, some loss-makers, some firms paying their lowest
grade below the minimum, a few in arrears. ``bad_share`` of the rows carry one deliberate
defect each, of every kind a real spreadsheet has (see :data:`BAD_KINDS`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Union

import numpy as np

from wagebargain.batch.formats import OUTPUT_FORMATS, detect_format, pyarrow_or_none
from wagebargain.batch.readers import CHUNK_ROWS

AVERAGE_WAGE = 12_434.0
MINIMUM_WAGE = 2_740.0
INDUSTRIES = {  # name: (share of firms, wage level, productivity level) relative to average
    "manufacturing": (0.35, 1.00, 1.00),
    "transport": (0.10, 1.05, 1.10),
    "catering": (0.15, 0.70, 0.60),
    "retail": (0.15, 0.80, 0.75),
    "construction": (0.10, 0.95, 0.90),
    "software": (0.10, 1.80, 1.70),
    "finance": (0.05, 1.60, 2.00),
}
OWNERSHIP = {"private": 0.60, "state": 0.10, "collective": 0.05, "foreign": 0.15, "mixed": 0.10}
_WORDS = ("Hengda", "Riverside", "Bluewave", "Harbor", "Nanhu", "Golden", "Eastern", "Jade",
          "Pearl", "Summit", "Lotus", "Great Wall", "Yangtze", "Phoenix", "Silver", "Orient")
_NOUNS = ("Works", "Holdings", "Industries", "Services", "Group", "Trading", "Technology")

WHOLE_COLUMNS = ("headcount_previous", "headcount", "value_added_previous", "value_added",
                 "profit_previous", "profit", "wage_bill_previous", "wage_bill",
                 "lowest_base_pay", "lowest_employee_contributions", "market_median",
                 "years_without_raise", "wage_arrears", "pay_cycle_days")
"""Columns of whole numbers (workers, currency units, years, days)."""
NUMBER_COLUMNS = (*WHOLE_COLUMNS, "management_offer")
TEXT_COLUMNS = ("id", "name", "region", "industry", "ownership")
COLUMNS = TEXT_COLUMNS + NUMBER_COLUMNS
"""Columns of a synthetic table, in file order (``enterprises.csv`` plus an offer)."""

_REQUIRED = ("headcount", "value_added", "profit", "wage_bill", "lowest_base_pay")
BAD_KINDS = {
    "missing": lambda rng: ("", _REQUIRED),
    "text": lambda rng: (str(rng.choice(["n/a", "twelve", "see note", "?"])), _REQUIRED),
    "negative_headcount": lambda rng: (str(-int(rng.integers(1, 500))), ("headcount",)),
    "percent_ambiguity": lambda rng: (str(int(rng.integers(2, 9))), ("management_offer",)),
    "nan": lambda rng: ("NaN", _REQUIRED),
    "thousands_separator": lambda rng: (f"{int(rng.integers(1, 99))},{int(rng.integers(100, 999))}",
                                        ("wage_bill", "value_added")),
    "percent_in_number": lambda rng: (f"{int(rng.integers(1, 99))}%", ("headcount",)),
}
"""Defects planted in bad rows: kind -> (rng -> (cell text, columns it may go into))."""


def _choice(rng: np.random.Generator, table: dict, n: int) -> np.ndarray:
    names = list(table)
    weights = np.array([v[0] if isinstance(v, tuple) else v for v in table.values()], float)
    return rng.choice(len(names), size=n, p=weights / weights.sum())


def _chunk(rng: np.random.Generator, start: int, n: int) -> dict[str, np.ndarray]:
    """``n`` clean rows; whole-number columns as int64, the offer as float64 (NaN: none)."""
    industry = _choice(rng, INDUSTRIES, n)
    wage_level, productivity_level = (np.array([v[i] for v in INDUSTRIES.values()])[industry]
                                      for i in (1, 2))
    headcount = np.maximum(5, np.round(rng.lognormal(np.log(120), 1.2, n)))
    average = np.maximum(3_200, AVERAGE_WAGE * wage_level * rng.lognormal(0, 0.30, n))
    wage_bill = np.round(headcount * average * 12)
    share = np.clip(rng.normal(0.45, 0.12, n) / productivity_level, 0.12, 0.92)
    value_added = np.round(wage_bill / share)
    profit = np.round(value_added * (1 - share) * rng.normal(0.45, 0.35, n))
    base = np.round(np.maximum(2_300, MINIMUM_WAGE * rng.lognormal(0.15, 0.15, n)))
    offered = rng.random(n) < 0.4
    arrears = rng.random(n) < 0.03
    chunk = {
        "id": np.char.add("S", np.char.zfill(np.arange(start + 1, start + n + 1).astype(str), 8)),
        "name": np.char.add(np.array(_WORDS)[rng.integers(0, len(_WORDS), n)],
                            np.array([" " + w for w in _NOUNS])[rng.integers(0, len(_NOUNS), n)]),
        "region": np.full(n, "Shanghai"),
        "industry": np.array(list(INDUSTRIES))[industry],
        "ownership": np.array(list(OWNERSHIP))[_choice(rng, OWNERSHIP, n)],
        "headcount_previous": np.maximum(1, np.round(headcount * rng.lognormal(0, 0.08, n))),
        "headcount": headcount,
        "value_added_previous": np.round(value_added / (1 + rng.normal(0.05, 0.08, n))),
        "value_added": value_added,
        "profit_previous": np.round(profit - value_added * rng.normal(0.01, 0.03, n)),
        "profit": profit,
        "wage_bill_previous": np.round(wage_bill / (1 + rng.normal(0.04, 0.05, n))),
        "wage_bill": wage_bill,
        "lowest_base_pay": base,
        "lowest_employee_contributions": np.where(rng.random(n) < 0.3, 0.0, np.round(base * 0.105)),
        "market_median": np.round(base * 12 * rng.lognormal(0.55, 0.12, n)),
        "years_without_raise": np.minimum(rng.poisson(0.8, n), 10).astype(float),
        "wage_arrears": np.where(arrears, np.round(headcount * average * rng.uniform(0.1, 1, n)), 0.0),
        "pay_cycle_days": rng.choice([30.0, 15.0, 45.0], size=n, p=[0.92, 0.05, 0.03]),
        "management_offer": np.where(offered, np.round(rng.uniform(0.0, 0.08, n), 3), np.nan),
    }
    for name in WHOLE_COLUMNS:
        chunk[name] = chunk[name].astype(np.int64)
    return chunk


def _as_text(values: np.ndarray) -> np.ndarray:
    """Number cells as the text a CSV writer would produce (None for NaN)."""
    whole = values.dtype.kind == "i"
    missing = np.zeros(len(values), bool) if whole else np.isnan(values)
    pa = pyarrow_or_none()
    if pa is not None:
        import pyarrow.compute as pc

        text = pc.cast(pa.array(values, mask=missing), pa.string())
        return np.asarray(text.to_numpy(zero_copy_only=False), dtype=object)
    from wagebargain.batch.writers import arrow_float

    form = str if whole else arrow_float
    return np.array([None if gap else form(v) for v, gap in zip(values.tolist(), missing)],
                    dtype=object)


def _spoil(rng: np.random.Generator, chunk: dict[str, np.ndarray], share: float) -> None:
    """Turn number columns into text and plant one defect in ``share`` of the rows."""
    n = len(chunk["id"])
    rows = np.flatnonzero(rng.random(n) < share)
    kinds = list(BAD_KINDS.values())
    for name in NUMBER_COLUMNS:
        chunk[name] = _as_text(chunk[name])
    for row, kind in zip(rows.tolist(), rng.integers(0, len(kinds), rows.size).tolist()):
        text, columns = kinds[kind](rng)
        chunk[str(rng.choice(columns))][row] = text


def synthesize(rows: int, seed: int = 0, bad_share: float = 0.0,
               chunk_rows: int = CHUNK_ROWS) -> Iterator[dict[str, np.ndarray]]:
    """Yield synthetic enterprises in chunks of ``chunk_rows``, reproducibly from ``seed``.

    Parameters
    ----------
    rows : int
        Total rows.
    seed : int
        Random seed; the same seed and chunk size give the same table.
    bad_share : float
        Share of rows (0..1) with one defect each. When above 0, number columns are text
        (NumPy object arrays, ``None`` for empty) so a defect can be any text; otherwise
        they are int64, and float64 for the offer (NaN for none).

    Yields
    ------
    dict of str to numpy.ndarray
        Columns of :data:`COLUMNS`.
    """
    if rows < 0 or seed < 0 or not 0.0 <= bad_share <= 1.0:
        raise ValueError("rows and seed must be >= 0 and bad_share between 0 and 1")
    for index, start in enumerate(range(0, rows, chunk_rows)):
        rng = np.random.default_rng([seed, index])
        chunk = _chunk(rng, start, min(chunk_rows, rows - start))
        if bad_share > 0:
            _spoil(rng, chunk, bad_share)
        yield chunk


def write_synthetic(path: Union[str, Path], rows: int, seed: int = 0, bad_share: float = 0.0,
                    fmt: Optional[str] = None, chunk_rows: int = CHUNK_ROWS) -> int:
    """Stream :func:`synthesize` to a CSV, TSV, JSON Lines or Parquet file; return its rows."""
    from wagebargain.batch.writers import open_writer

    path = Path(path)
    fmt = detect_format(path, fmt, OUTPUT_FORMATS)
    schema = {name: "text" if name in TEXT_COLUMNS or bad_share > 0
              else "int" if name in WHOLE_COLUMNS else "float" for name in COLUMNS}
    with open_writer(path, fmt, schema) as write:
        for chunk in synthesize(rows, seed, bad_share, chunk_rows):
            write(chunk)
    return rows
