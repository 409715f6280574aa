"""Synthetic enterprises: reproducible, plausible for the region, with every defect kind."""
from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest

from wagebargain.batch.synth import BAD_KINDS, COLUMNS, NUMBER_COLUMNS, synthesize, write_synthetic


def test_same_seed_same_file(tmp_path):
    write_synthetic(tmp_path / "a.csv", 3000, seed=4, bad_share=0.1)
    write_synthetic(tmp_path / "b.csv", 3000, seed=4, bad_share=0.1)
    write_synthetic(tmp_path / "c.csv", 3000, seed=5, bad_share=0.1)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (tmp_path / "a.csv").read_bytes() != (tmp_path / "c.csv").read_bytes()


def test_rows_are_plausible_for_the_region():
    chunk = next(synthesize(20_000, seed=1, chunk_rows=20_000))
    assert list(chunk) == list(COLUMNS)
    average = chunk["wage_bill"] / chunk["headcount"] / 12
    assert 9_000 < np.median(average) < 16_000  # around the local average of 12,434
    share = chunk["wage_bill"] / chunk["value_added"]
    assert 0.3 < np.median(share) < 0.6
    assert 0.05 < np.mean(chunk["profit"] < 0) < 0.35  # some loss-makers
    assert 0.05 < np.mean(chunk["lowest_base_pay"] < 2740) < 0.4  # some below the minimum
    assert (chunk["headcount"] >= 5).all() and set(np.unique(chunk["ownership"])) == {
        "private", "state", "collective", "foreign", "mixed"}
    assert len(np.unique(chunk["id"])) == 20_000


def test_bad_rows_hold_every_kind_of_defect():
    chunk = next(synthesize(5000, seed=2, bad_share=0.5, chunk_rows=5000))
    cells = {str(v) for name in NUMBER_COLUMNS for v in chunk[name] if v is not None}
    headcounts = [str(v) for v in chunk["headcount"]]
    assert "" in cells  # missing
    assert cells & {"n/a", "twelve", "see note", "?"}  # text in a number column
    assert any(c.startswith("-") for c in headcounts)  # negative headcount
    assert any(str(c).isdigit() for c in chunk["management_offer"])  # "5" meaning 5%
    assert "NaN" in cells
    assert any("," in c for c in cells)  # thousands separator
    assert any(c.endswith("%") for c in headcounts)  # percent in a number column
    assert len(BAD_KINDS) == 7


def test_parquet_output_is_chunked_into_row_groups(tmp_path):
    write_synthetic(tmp_path / "s.parquet", 2500, seed=0, chunk_rows=1000)
    meta = pq.ParquetFile(tmp_path / "s.parquet").metadata
    assert meta.num_rows == 2500 and meta.num_row_groups == 3


def test_bad_arguments():
    with pytest.raises(ValueError):
        next(synthesize(10, bad_share=1.5))
