"""run_batch end to end: the shipped example, bad rows, strict mode, safety of the output."""
from __future__ import annotations

import csv
import json
import os

import numpy as np
import pyarrow.parquet as pq
import pytest
from numpy.testing import assert_allclose

from wagebargain.batch.columns import NUMERIC_SCORES, OUTPUT_COLUMNS
from wagebargain.batch.context import broadcast, load_context
from wagebargain.batch.engine import run_batch
from wagebargain.batch.parsing import parse_table
from wagebargain.batch.synth import write_synthetic
from wagebargain.errors import DataError

from conftest import fake_score


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def floats(rows, name):
    return np.array([float(r[name]) if r[name] != "" else np.nan for r in rows])


def test_shipped_example_scored_end_to_end(tmp_path, enterprises, region):
    from wagebargain.core.kernel import score
    from wagebargain.core.policy import Policy

    out = tmp_path / "scored.csv"
    summary = run_batch(enterprises, out, context=region)
    rows = read_csv(out)
    assert list(rows[0]) == list(OUTPUT_COLUMNS)
    assert [r["id"] for r in rows] == ["E001", "E002", "E003", "E004", "E005"]
    assert summary.rows == summary.scored == 5 and summary.errors == 0
    assert all(r["error"] == "" for r in rows)
    # the same numbers as the kernel called directly on the parsed table
    with open(enterprises, newline="") as handle:
        table = list(csv.DictReader(handle))
    raw = {k: np.array([r[k] for r in table], dtype=object) for k in table[0]}
    columns, errors = parse_table(raw, 5)
    expected = score(broadcast(columns, load_context(region), 5), Policy())
    for name in NUMERIC_SCORES:
        assert_allclose(floats(rows, name), getattr(expected, name), rtol=1e-15, equal_nan=True)
    assert [r["check_codes"] for r in rows] == [";".join(c) for c in expected.check_codes]
    ranked = sorted(zip(expected.priority, [r["id"] for r in rows]), key=lambda t: -t[0])
    assert [ident for ident, _ in summary.top] == [ident for _, ident in ranked]


def test_output_formats_hold_the_same_values(tmp_path, enterprises, region):
    run_batch(enterprises, tmp_path / "a.csv", context=region)
    run_batch(enterprises, tmp_path / "a.jsonl", context=region)
    run_batch(enterprises, tmp_path / "a.parquet", context=region)
    rows = read_csv(tmp_path / "a.csv")
    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    table = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert [list(d) for d in lines] == [list(OUTPUT_COLUMNS)] * 5
    for name in NUMERIC_SCORES:
        nan = lambda v: np.nan if v is None else v  # noqa: E731
        assert_allclose([nan(d[name]) for d in lines], floats(rows, name), equal_nan=True)
        assert_allclose([nan(d[name]) for d in table], floats(rows, name), equal_nan=True)


BAD_ROWS = {  # kind: (headcount, management_offer)
    "missing": ("", "3%"),
    "text": ("twelve", "3%"),
    "negative": ("-5", "3%"),
    "percent ambiguity": ("12", "5"),
    "nan": ("NaN", "3%"),
    "percent in a number": ("12%", "3%"),
    "thousands separator": ("1,200", "3%"),
}


def test_bad_rows_of_every_kind_become_errors_in_place(tmp_path, write_table, region):
    header = ["id", "headcount", "value_added", "profit", "wage_bill", "lowest_base_pay",
              "management_offer"]
    rows, expected = [], []
    for i, (kind, (headcount, offer)) in enumerate(BAD_ROWS.items()):
        rows.append([f"good{i}", "40", "9e6", "1e6", "3e6", "3000", "3%"])
        rows.append([kind, headcount, "9e6", "1e6", "3e6", "3000", offer])
        expected += [f"good{i}", kind]
    path = write_table(rows, header)
    summary = run_batch(path, tmp_path / "out.csv", context=region)
    out = read_csv(tmp_path / "out.csv")
    assert [r["id"] for r in out] == expected
    assert summary.errors == len(BAD_ROWS) and summary.scored == len(BAD_ROWS)
    by_id = {r["id"]: r for r in out}
    assert by_id["missing"]["error"] == "headcount is missing"
    assert by_id["text"]["error"] == "headcount: 'twelve' is not a number"
    assert by_id["negative"]["error"] == "headcount must be a positive number"
    assert by_id["percent ambiguity"]["error"] == "management_offer: 5 is not a rate; did you mean 5%?"
    assert by_id["nan"]["error"] == "headcount is missing"
    assert by_id["percent in a number"]["error"] == "headcount: '12%' is not a number"
    assert by_id["thousands separator"]["error"] == "headcount: '1,200' is not a number"
    for row in out:
        scored = row["error"] == ""
        assert (row["target"] != "") == scored
        assert (row["priority"] != "") == scored


def test_ten_percent_bad_rows_keep_count_order_and_good_scores(tmp_path, region):
    write_synthetic(tmp_path / "clean.csv", 3000, seed=7)
    write_synthetic(tmp_path / "dirty.csv", 3000, seed=7, bad_share=0.10)
    clean = run_batch(tmp_path / "clean.csv", tmp_path / "clean_out.csv", context=region,
                      chunk_rows=700)
    dirty = run_batch(tmp_path / "dirty.csv", tmp_path / "dirty_out.csv", context=region,
                      chunk_rows=700)
    a, b = read_csv(tmp_path / "clean_out.csv"), read_csv(tmp_path / "dirty_out.csv")
    assert clean.rows == dirty.rows == len(a) == len(b) == 3000
    assert [r["id"] for r in a] == [r["id"] for r in b]
    assert 0.07 < dirty.errors / 3000 < 0.13
    assert dirty.errors == sum(r["error"] != "" for r in b)
    for before, after in zip(a, b):  # a defect in one row never changes another row
        if after["error"] == "":
            assert after == before


def test_strict_stops_at_first_bad_row_and_writes_nothing(tmp_path, write_table, region):
    path = write_table([["E1", "10", "9e6", "1e6", "3e6", "3000"],
                        ["E2", "ten", "9e6", "1e6", "3e6", "3000"]],
                       ["id", "headcount", "value_added", "profit", "wage_bill", "lowest_base_pay"])
    out = tmp_path / "out.csv"
    out.write_text("previous run\n")
    with pytest.raises(DataError, match=r"row 2 \(id E2\): headcount: 'ten' is not a number"):
        run_batch(path, out, context=region, strict=True)
    assert out.read_text() == "previous run\n"
    assert sorted(os.listdir(tmp_path)) == ["out.csv", "table.csv"]


def test_refuses_to_write_over_the_input(tmp_path, enterprises, region):
    copy = tmp_path / "in.csv"
    copy.write_bytes(enterprises.read_bytes())
    with pytest.raises(DataError, match="refusing to write the output over the input"):
        run_batch(copy, tmp_path / "." / "in.csv", context=region)
    os.link(copy, tmp_path / "hardlink.csv")
    with pytest.raises(DataError, match="over the input"):
        run_batch(copy, tmp_path / "hardlink.csv", context=region)
    assert copy.read_bytes() == enterprises.read_bytes()


def test_interrupted_run_leaves_no_output_and_no_temp_file(tmp_path, region):
    write_synthetic(tmp_path / "in.csv", 500, seed=1)
    calls = []

    def interrupted(columns, policy):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return fake_score(columns, policy)

    for name in ("out.csv", "out.parquet", "out.jsonl"):
        with pytest.raises(KeyboardInterrupt):
            run_batch(tmp_path / "in.csv", tmp_path / name, context=region, score=interrupted,
                      chunk_rows=100)
        calls.clear()
    assert os.listdir(tmp_path) == ["in.csv"]


def test_progress_reports_rows_and_reaches_the_end(tmp_path, region):
    write_synthetic(tmp_path / "in.parquet", 1000, seed=3, chunk_rows=250)
    seen = []
    run_batch(tmp_path / "in.parquet", tmp_path / "out.csv", context=region, chunk_rows=250,
              progress=seen.append, score=fake_score)
    assert [p.rows for p in seen] == [250, 500, 750, 1000]
    assert seen[-1].done == seen[-1].total == 1000


def test_injected_kernel_and_top_ties_keep_input_order(tmp_path, write_table, region):
    path = write_table([[f"E{i}", str(h), "9e6", "1e6", "3e6", "3000"]
                        for i, h in enumerate([97 + 5, 5, 0, 194 + 5, 50])],
                       ["id", "headcount", "value_added", "profit", "wage_bill", "lowest_base_pay"])
    summary = run_batch(path, tmp_path / "out.csv", context=region, score=fake_score, top=3)
    assert summary.errors == 1
    assert summary.top == [("E4", 50.0), ("E0", 5.0), ("E1", 5.0)]
    assert read_csv(tmp_path / "out.csv")[1]["check_codes"] == "A;B"


def test_context_columns_in_the_table_override_the_file(tmp_path, write_table, region):
    header = ["id", "headcount", "value_added", "profit", "wage_bill", "lowest_base_pay",
              "cpi_forecast"]
    path = write_table([["E1", "10", "9e6", "1e6", "3e6", "3000", ""],
                        ["E2", "10", "9e6", "1e6", "3e6", "3000", "3%"]], header)
    run_batch(path, tmp_path / "out.csv", context=region)
    from wagebargain.batch.table import score_table

    direct = score_table({name: [row[i] for row in [["E1", "10", "9e6", "1e6", "3e6", "3000", "1%"],
                                                    ["E2", "10", "9e6", "1e6", "3e6", "3000", "3%"]]]
                          for i, name in enumerate(header)}, region)
    assert_allclose(floats(read_csv(tmp_path / "out.csv"), "target"), direct["target"])


def test_file_level_problems_are_data_errors(tmp_path, write_table, enterprises, region):
    with pytest.raises(DataError, match="no such file"):
        run_batch(tmp_path / "missing.csv", tmp_path / "out.csv", context=region)
    with pytest.raises(DataError, match="did you mean 'headcount'"):
        run_batch(write_table([], ["id", "headcont"]), tmp_path / "out.csv", context=region)
    ragged = tmp_path / "ragged.csv"
    ragged.write_text("id,headcount,value_added,profit,wage_bill,lowest_base_pay\nE1,1,2\n")
    with pytest.raises(DataError, match="cannot tell the format"):
        run_batch(ragged, tmp_path / "out.xlsx", context=region)
    with pytest.raises(DataError, match="cannot write"):
        run_batch(enterprises, tmp_path / "no" / "out.csv", context=region)
    assert not (tmp_path / "out.csv").exists()


def test_jsonl_input_with_a_broken_line_keeps_the_row(tmp_path, region):
    lines = ['{"id": "E1", "headcount": 10, "value_added": 9e6, "profit": 1e6, '
             '"wage_bill": 3e6, "lowest_base_pay": 3000, "management_offer": "3%"}',
             '{"id": "E2", "headcount": ',
             '["not", "an", "object"]',
             '{"id": "E4", "headcount": "12", "value_added": 9e6, "profit": 1e6, '
             '"wage_bill": 3e6, "lowest_base_pay": 3000, "management_offer": 5}']
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    summary = run_batch(path, tmp_path / "out.csv", context=region)
    out = read_csv(tmp_path / "out.csv")
    assert [r["id"] for r in out] == ["E1", "", "", "E4"]
    assert out[0]["error"] == ""
    assert out[1]["error"].startswith("line 2: not valid JSON")
    assert out[2]["error"].startswith("line 3: not a JSON object")
    assert out[3]["error"] == "management_offer: 5 is not a rate; did you mean 5%?"
    assert summary.errors == 3


def test_output_that_is_a_folder_or_special_file_is_refused_first(tmp_path, enterprises,
                                                                  region):
    (tmp_path / "folder.csv").mkdir()
    calls = []
    with pytest.raises(DataError, match="cannot write .*folder.csv: it is a folder"):
        run_batch(enterprises, tmp_path / "folder.csv", context=region,
                  score=lambda *a: calls.append(a))
    assert calls == []  # refused before scoring
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(DataError, match="fifo: it is not a regular file"):
        run_batch(enterprises, tmp_path / "fifo", context=region, fmt="csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "folder.csv"]


def test_output_over_the_context_file_is_refused(tmp_path, enterprises, region):
    context = tmp_path / "region.csv"
    context.write_bytes(region.read_bytes())
    with pytest.raises(DataError, match="over the context file"):
        run_batch(enterprises, context, context=context)
    assert context.read_bytes() == region.read_bytes()


def test_input_format_message_does_not_offer_format_option(tmp_path, region):
    with pytest.raises(DataError, match=r"\.tsv$"):
        run_batch(tmp_path / "in.xlsx", tmp_path / "out.csv", context=region)
    with pytest.raises(DataError, match="or pass --format"):
        run_batch(tmp_path / "in.csv", tmp_path / "out.xlsx", context=region)


def test_scheduler_needs_the_dask_engine(tmp_path, enterprises, region):
    with pytest.raises(DataError, match="dask engine"):
        run_batch(enterprises, tmp_path / "out.csv", context=region, scheduler="tcp://x:1")
