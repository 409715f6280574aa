"""One kernel, one truth: `advise` and `batch` give the same numbers for the same enterprise.

Each shipped scenario's firms are written as batch rows (the kernel's own column names) and
scored through the batch drivers (in memory, and CSV file to CSV file); every band, cost and
priority must equal what `advise` puts in the brief, to 1e-9.
"""
from __future__ import annotations

import csv
import math

import numpy as np
import pytest

from wagebargain.advice.build import advise
from wagebargain.batch import run_batch, score_table
from wagebargain.scenario.loader import load
from wagebargain.scenario.rows import row_from_scenario

from wbpaths import REFERENCE, shipped_scenarios

SCENARIOS = [p for p in [*shipped_scenarios(), REFERENCE] if p.exists()]


def _rows(path):
    scenario = load(path).scenario
    rows = []
    for i, firm in enumerate(scenario.firms):
        row = {k: v for k, v in row_from_scenario(scenario, firm).items() if math.isfinite(v)}
        rows.append({"id": f"F{i}", "name": firm.name, **row})
    return scenario, rows


def _expected(scenario):
    out = []
    for firm in advise(scenario).firms:
        target = next(c for c in firm.costs if c.label == "target")
        out.append({
            "floor": firm.band.floor, "target": firm.band.target, "opening": firm.band.opening,
            "resistance": firm.resistance, "settlement": firm.settlement.nash,
            "cost_annual": target.total, "cost_pct_payroll": target.pct_payroll,
            "cost_pct_profit": target.pct_profit, "priority": firm.priority,
        })
    return out


def _close(got: float, want: float) -> bool:
    if math.isnan(want):
        return math.isnan(got)
    return abs(got - want) <= 1e-9 * max(1.0, abs(want))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_batch_in_memory_equals_advise(path):
    scenario, rows = _rows(path)
    keys = sorted({k for r in rows for k in r})
    table = {k: np.array([r.get(k, np.nan) for r in rows], dtype=object if k in ("id", "name") else float)
             for k in keys}
    scored = score_table(table, None)
    for i, want in enumerate(_expected(scenario)):
        assert scored["error"][i] == ""
        for name, value in want.items():
            assert _close(float(scored[name][i]), value), (path.name, i, name, scored[name][i], value)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_batch_csv_file_equals_advise(path, tmp_path):
    scenario, rows = _rows(path)
    keys = ["id", "name", *sorted({k for r in rows for k in r} - {"id", "name"})]
    source = tmp_path / "firms.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, keys)
        writer.writeheader()
        for r in rows:
            writer.writerow({k: (repr(v) if isinstance(v, float) else v) for k, v in r.items()})
    target = tmp_path / "scored.csv"
    summary = run_batch(source, target)
    assert summary.errors == 0
    with open(target, newline="", encoding="utf-8") as handle:
        out = list(csv.DictReader(handle))
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    for got, want in zip(out, _expected(scenario)):
        for name, value in want.items():
            cell = got[name]
            assert _close(float(cell) if cell != "" else math.nan, value), (path.name, name, cell, value)
