"""Fixtures for the batch drivers: the shipped examples, a region context, small tables."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "examples"
REGION = SHARED / "region.yaml"
ENTERPRISES = SHARED / "enterprises.csv"


@pytest.fixture
def region() -> Path:
    if not REGION.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return REGION


@pytest.fixture
def enterprises() -> Path:
    if not ENTERPRISES.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return ENTERPRISES


def fake_score(columns, policy=None):
    """A stand-in kernel with the contract's shape: error when headcount is not positive."""
    n = len(columns["headcount"])
    bad = ~(columns["headcount"] > 0)
    target = np.where(bad, np.nan, columns["cpi_previous"] + columns["productivity_trend"])
    codes = np.empty(n, dtype=object)
    codes[:] = [("A", "B") if i % 2 else () for i in range(n)]
    values = {name: target for name in ("floor", "target", "opening", "resistance", "settlement",
                                        "cost_annual", "cost_pct_payroll", "cost_pct_profit")}
    return SimpleNamespace(**values, check_codes=codes,
                           priority=np.where(bad, np.nan, columns["headcount"] % 97),
                           error=np.where(bad, "headcount must be a positive number", "").astype(object))


@pytest.fixture
def write_table(tmp_path):
    """Write a CSV from a header line and rows (lists of cells) and return its path."""
    import csv

    def write(rows, header, name="table.csv"):
        path = tmp_path / name
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        return path

    return write
