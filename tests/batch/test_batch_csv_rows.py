"""CSV rows the parser cannot split are kept in place with their line, in every engine."""
from __future__ import annotations

import csv
import random

import pytest

from wagebargain.batch import readers
from wagebargain.batch.engine import run_batch
from wagebargain.batch.synth import write_synthetic

from test_batch_io import block_pyarrow

HEADER = "id,name,headcount,value_added,profit,wage_bill,lowest_base_pay"
GOOD = "{0},n{0},120,9600000,700000,6900000,2700"


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_rows_with_the_wrong_number_of_fields_keep_their_place(tmp_path, region):
    path = tmp_path / "ragged.csv"
    path.write_text("\n".join([HEADER, GOOD.format("A"), "B,b,120,9600000,700000,6900000",
                               GOOD.format("C") + ",9", "   ", "", GOOD.format("D")]) + "\n")
    summary = run_batch(path, tmp_path / "out.csv", context=region)
    rows = read_rows(tmp_path / "out.csv")
    assert [(r["id"], r["error"]) for r in rows] == [
        ("A", ""), ("", "line 3: 6 fields, the header has 7"),
        ("", "line 4: 8 fields, the header has 7"), ("D", "")]
    assert (summary.rows, summary.errors) == (4, 2)


def test_header_only_file_without_final_newline_has_no_rows(tmp_path, region):
    for name, text in (("plain.csv", HEADER), ("bom.csv", "\ufeff" + HEADER),
                       ("crlf.csv", HEADER + "\r\n")):
        (tmp_path / name).write_text(text, encoding="utf-8", newline="")
        summary = run_batch(tmp_path / name, tmp_path / f"out_{name}", context=region)
        assert summary.rows == 0
        assert read_rows(tmp_path / f"out_{name}") == []


def make_messy(tmp_path, line_breaks=True):
    """6,000 rows with short and long rows, blank lines and (``line_breaks``) quoted line
    breaks scattered through them, and the message each row should get (None: good)."""
    write_synthetic(tmp_path / "clean.csv", 6000, seed=8, bad_share=0.02)
    lines = (tmp_path / "clean.csv").read_text("utf-8").splitlines()
    rng = random.Random(8)
    out = [lines[0]]
    for line in lines[1:]:
        draw = rng.random()
        out.append(line.rsplit(",", 1)[0] if draw < 0.004 else line + ",x" if draw < 0.008
                   else "  " if draw < 0.01 else line)
        if rng.random() < 0.003 and line_breaks:
            fields = line.split(",")
            fields[1] = '"two\nlines, quoted"'
            out.append(",".join(fields))
    path = tmp_path / "messy.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    width = lines[0].count(",") + 1
    expected, before = [], 1
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for fields in reader:
            line, before = before + 1, reader.line_num
            if fields and fields != ["  "]:
                expected.append(None if len(fields) == width else
                                f"line {line}: {len(fields)} fields, the header has {width}")
    assert sum(e is not None for e in expected) > 20
    return path, expected


def test_bad_rows_anywhere_match_the_csv_module(tmp_path, region, monkeypatch):
    path, expected = make_messy(tmp_path)
    monkeypatch.setattr(readers, "_BLOCK_BYTES", 4096)  # many blocks read ahead: many returns
    outputs = []
    for chunk_rows in (32_768, 500, 333):
        out = tmp_path / f"out{chunk_rows}.csv"
        summary = run_batch(path, out, context=region, chunk_rows=chunk_rows)
        rows = read_rows(out)
        assert len(rows) == summary.rows == len(expected)
        for row, message in zip(rows, expected):
            assert row["error"] == message if message else not row["error"].startswith("line ")
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    with monkeypatch.context() as patch:
        block_pyarrow(patch)
        run_batch(path, tmp_path / "stdlib.csv", context=region, chunk_rows=500)
    assert (tmp_path / "stdlib.csv").read_bytes() == outputs[0]


def test_dask_engine_keeps_bad_rows_like_the_local_engine(tmp_path, region):
    pytest.importorskip("distributed")
    path, _ = make_messy(tmp_path, line_breaks=False)  # Dask splits blocks at line breaks
    local = run_batch(path, tmp_path / "local.csv", context=region)
    dask = run_batch(path, tmp_path / "dask.csv", context=region, engine="dask",
                     chunk_rows=300)
    assert dask == local
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    (tmp_path / "head.csv").write_text(HEADER)
    assert run_batch(tmp_path / "head.csv", tmp_path / "h.csv", context=region,
                     engine="dask").rows == 0
