"""Readers and writers: PyArrow and the standard-library fallback give the same bytes."""
from __future__ import annotations

import json
import sys

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from wagebargain.batch.engine import run_batch
from wagebargain.batch.formats import pyarrow_or_none
from wagebargain.batch.synth import write_synthetic
from wagebargain.batch.writers import arrow_float
from wagebargain.errors import DataError


def block_pyarrow(patch):
    """Make ``import pyarrow`` fail, as on an installation without the parquet extra."""
    for name in [m for m in sys.modules if m == "pyarrow" or m.startswith("pyarrow.")]:
        patch.setitem(sys.modules, name, None)
    assert pyarrow_or_none() is None


@pytest.fixture
def without_pyarrow(monkeypatch):
    block_pyarrow(monkeypatch)


@pytest.fixture
def dirty_tables(tmp_path):
    """The same 1,500 rows with 15% defects as CSV, TSV and JSON Lines (text cells)."""
    write_synthetic(tmp_path / "in.csv", 1500, seed=11, bad_share=0.15)
    table = pacsv.read_csv(tmp_path / "in.csv", convert_options=pacsv.ConvertOptions(
        column_types={n: pa.string() for n in pacsv.open_csv(tmp_path / "in.csv").schema.names}))
    pacsv.write_csv(table, tmp_path / "in.tsv", pacsv.WriteOptions(delimiter="\t"))
    with open(tmp_path / "in.jsonl", "w") as handle:
        for row in table.to_pylist():
            handle.write(json.dumps({k: v for k, v in row.items() if v != ""}) + "\n")
    return tmp_path


def _run_all(folder, suffix, region):
    outputs = {}
    for source in ("csv", "tsv", "jsonl"):
        for target in ("csv", "tsv", "jsonl"):
            out = folder / f"out_{source}_{suffix}.{target}"
            run_batch(folder / f"in.{source}", out, context=region, chunk_rows=400)
            outputs[source, target] = out.read_bytes()
    return outputs


def test_fallback_reader_and_writer_match_pyarrow_byte_for_byte(dirty_tables, region,
                                                                monkeypatch):
    fast = _run_all(dirty_tables, "arrow", region)
    with monkeypatch.context() as patch:
        block_pyarrow(patch)
        slow = _run_all(dirty_tables, "stdlib", region)
    assert fast == slow
    # and every input format yields the same table
    assert fast["csv", "csv"] == fast["tsv", "csv"] == fast["jsonl", "csv"]


def test_parquet_without_pyarrow_says_how_to_install(tmp_path, enterprises, region,
                                                     without_pyarrow):
    with pytest.raises(DataError, match=r"pip install 'wagebargain\[parquet\]'"):
        run_batch(enterprises, tmp_path / "out.parquet", context=region)
    assert list(tmp_path.iterdir()) == []


def test_parquet_round_trip_equals_csv(tmp_path, region):
    write_synthetic(tmp_path / "in.parquet", 2000, seed=5, bad_share=0.1, chunk_rows=500)
    write_synthetic(tmp_path / "in.csv", 2000, seed=5, bad_share=0.1, chunk_rows=500)
    run_batch(tmp_path / "in.parquet", tmp_path / "a.csv", context=region)
    run_batch(tmp_path / "in.csv", tmp_path / "b.csv", context=region)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_typed_parquet_input_is_scored_like_text(tmp_path, region):
    write_synthetic(tmp_path / "typed.parquet", 1000, seed=9)
    write_synthetic(tmp_path / "text.csv", 1000, seed=9)
    schema = pq.read_schema(tmp_path / "typed.parquet")
    assert pa.types.is_integer(schema.field("headcount").type)
    assert pa.types.is_floating(schema.field("management_offer").type)
    run_batch(tmp_path / "typed.parquet", tmp_path / "a.csv", context=region)
    run_batch(tmp_path / "text.csv", tmp_path / "b.csv", context=region)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_arrow_float_formatting_matches_pyarrow():
    rng = np.random.default_rng(0)
    values = np.concatenate([rng.standard_normal(5000) * 10.0 ** rng.integers(-12, 14, 5000),
                             [0.0, -0.0, 1e9, 1e10, 1e-6, 1e-7, 0.1, 5e-324, 1.5e308, 120.5]])
    expected = pa.compute.cast(pa.array(values), pa.string()).to_pylist()
    assert [arrow_float(v) for v in values] == expected


def test_bom_quoted_newlines_and_unicode_are_read(tmp_path, region):
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffid,name,headcount,value_added,profit,wage_bill,lowest_base_pay\n"
                     'E1,"Multi\nline, ""quoted""",10,9e6,1e6,3e6,3000\n'
                     "E2,恒大汽车配件,10,9e6,1e6,3e6,3000\n".encode("utf-8"))
    run_batch(path, tmp_path / "out.jsonl", context=region)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert [r["name"] for r in rows] == ['Multi\nline, "quoted"', "恒大汽车配件"]
    assert all(r["error"] == "" for r in rows)


def test_not_utf8_is_a_data_error(tmp_path, region):
    path = tmp_path / "latin.csv"
    path.write_bytes("id,name,headcount,value_added,profit,wage_bill,lowest_base_pay\n"
                     "E1,Caf\xe9,10,9e6,1e6,3e6,3000\n".encode("latin-1"))
    with pytest.raises(DataError, match="latin.csv"):
        run_batch(path, tmp_path / "out.csv", context=region)


def _parquet_table(**columns):
    base = {"headcount": pa.array([120, 130]), "value_added": pa.array([9.6e6, 9.6e6]),
            "profit": pa.array([7e5, 7e5]), "wage_bill": pa.array([6.9e6, 6.9e6]),
            "lowest_base_pay": pa.array([2700, 2700])}
    return pa.table({**columns, **{k: v for k, v in base.items() if k not in columns}})


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_parquet_decimals_and_binary_ids_are_read(tmp_path, region, engine):
    from decimal import Decimal

    if engine == "dask":
        pytest.importorskip("distributed")
    money = pa.array([Decimal("9600000.00"), None], pa.decimal128(12, 2))
    ids = pa.array([b"\xff-1", b"ok"], pa.binary())
    pq.write_table(_parquet_table(id=ids, value_added=money), tmp_path / "in.parquet")
    run_batch(tmp_path / "in.parquet", tmp_path / "out.jsonl", context=region, engine=engine)
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [(r["id"], r["error"]) for r in rows] == [("\\xff-1", ""),
                                                     ("ok", "value_added is missing")]


@pytest.mark.filterwarnings("ignore:The inplace keyword")  # inside dask
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_parquet_id_that_is_not_text_is_refused_before_scoring(tmp_path, region, engine):
    if engine == "dask":
        pytest.importorskip("distributed")
    ids = pa.array([{"a": 1}, {"a": 2}], pa.struct([("a", pa.int64())]))
    pq.write_table(_parquet_table(id=ids), tmp_path / "in.parquet")
    with pytest.raises(DataError, match=r"in.parquet: column 'id' holds struct<a: int64>"):
        run_batch(tmp_path / "in.parquet", tmp_path / "out.csv", context=region,
                  engine=engine)
    assert not (tmp_path / "out.csv").exists()
