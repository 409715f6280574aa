"""The Dask engine on a LocalCluster writes exactly what the local engine writes."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from wagebargain.batch.engine import run_batch
from wagebargain.batch.synth import write_synthetic
from wagebargain.errors import DataError

pytest.importorskip("distributed")
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask


def test_dask_engine_equals_local_engine(tmp_path, region):
    write_synthetic(tmp_path / "in.csv", 4000, seed=21, bad_share=0.1)
    write_synthetic(tmp_path / "in.parquet", 4000, seed=21, bad_share=0.1, chunk_rows=250)
    for source, target in (("in.csv", "csv"), ("in.parquet", "parquet"), ("in.csv", "jsonl")):
        local = run_batch(tmp_path / source, tmp_path / f"local.{target}", context=region)
        seen = []
        dask = run_batch(tmp_path / source, tmp_path / f"dask.{target}", context=region,
                         engine="dask", chunk_rows=250, progress=seen.append)
        assert len(seen) > 8  # more partitions than the engine keeps in flight
        assert seen[-1].done == seen[-1].total == len(seen)
        assert dask == local
        a, b = tmp_path / f"dask.{target}", tmp_path / f"local.{target}"
        if target == "parquet":  # row groups follow partitions; the table is the same
            assert pq.read_table(a).equals(pq.read_table(b))
        else:
            assert a.read_bytes() == b.read_bytes()


def test_dask_strict_and_unsupported_input(tmp_path, region):
    write_synthetic(tmp_path / "in.csv", 500, seed=2, bad_share=0.2)
    with pytest.raises(DataError, match=r"^row \d+ \(id S\d+\): "):
        run_batch(tmp_path / "in.csv", tmp_path / "out.csv", context=region, engine="dask",
                  strict=True, chunk_rows=100)
    assert not (tmp_path / "out.csv").exists()
    (tmp_path / "in.jsonl").write_text("{}\n")
    with pytest.raises(DataError, match="--engine local"):
        run_batch(tmp_path / "in.jsonl", tmp_path / "out.csv", context=region, engine="dask")
