"""JSON Lines input: every line a row, whatever it holds, and no dependence on line order."""
from __future__ import annotations

import csv
import json

import pytest

from wagebargain.batch.engine import run_batch
from wagebargain.errors import DataError

GOOD = {"id": "A", "headcount": 120, "value_added": 9600000, "profit": 700000,
        "wage_bill": 6900000, "lowest_base_pay": 2700}


def run(tmp_path, region, *lines: bytes | str | dict):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join((json.dumps(x).encode() if isinstance(x, dict) else
                               x.encode() if isinstance(x, str) else x) + b"\n" for x in lines))
    summary = run_batch(path, tmp_path / "out.csv", context=region)
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
        return summary, [(r["id"], r["error"]) for r in csv.DictReader(handle)]


def test_lines_that_are_not_json_objects_are_marked_alone(tmp_path, region):
    _, rows = run(tmp_path, region, GOOD, b'{"id": "B", "name": "\xb3\xa4"}', '"oops"',
                  '{"id": "C", "headcount": 1' + "0" * 5000 + "}", "[" * 100_000, "7")
    assert rows == [("A", ""),
                    ("", "line 2: not valid JSON (not UTF-8 text: invalid start byte)"),
                    ("", "line 3: not a JSON object"),
                    ("", "line 4: not valid JSON (a number with too many digits)"),
                    ("", "line 5: not valid JSON (nested too deeply)"),
                    ("", "line 6: not a JSON object")]


def test_numbers_beyond_floats_are_not_finite(tmp_path, region):
    _, rows = run(tmp_path, region, {**GOOD, "value_added": 10 ** 400},
                  '{"id": "B", "headcount": 1e400, "value_added": 9600000, "profit": 1, '
                  '"wage_bill": 6900000, "lowest_base_pay": 2700}',
                  '{"id": "C", "headcount": 120, "value_added": -Infinity, "profit": 1, '
                  '"wage_bill": 6900000, "lowest_base_pay": 2700}')
    assert rows == [("A", "value_added: '100000000000000000000000000000000000000…' is not "
                          "a finite number"),
                    ("B", "headcount: '1e400' is not a finite number"),
                    ("C", "value_added: '-Infinity' is not a finite number")]


def test_columns_do_not_depend_on_line_order(tmp_path, region):
    partial = {k: v for k, v in GOOD.items() if k != "profit"}
    first = run(tmp_path, region, {**partial, "id": "P"}, GOOD)
    second = run(tmp_path, region, GOOD, {**partial, "id": "P"})
    assert first[1] == [("P", "profit is missing"), ("A", "")]
    assert second[1] == [("A", ""), ("P", "profit is missing")]
    assert first[0].errors == second[0].errors == 1


def test_unknown_keys_mark_their_row_with_the_line(tmp_path, region):
    # the marked row keeps its id, so the error can be traced to the enterprise
    _, rows = run(tmp_path, region, GOOD, {**GOOD, "id": "B", "headcont": 5})
    assert rows == [("A", ""), ("B", "line 2: unknown column 'headcont'; did you mean "
                                      "'headcount'?")]


def test_a_column_no_line_gives_refuses_the_file(tmp_path, region):
    partial = {k: v for k, v in GOOD.items() if k != "profit"}
    with pytest.raises(DataError, match=r"in.jsonl: missing column profit"):
        run(tmp_path, region, partial, partial)
    typo = {**partial, "proft": 1}
    with pytest.raises(DataError, match=r"line 1: unknown column 'proft'; did you mean "
                                        r"'profit'\?; missing column profit"):
        run(tmp_path, region, typo, typo)
    assert not (tmp_path / "out.csv").exists()


def test_empty_jsonl_says_so(tmp_path, region):
    (tmp_path / "in.jsonl").write_text("\n  \n")
    with pytest.raises(DataError, match="in.jsonl: empty file"):
        run_batch(tmp_path / "in.jsonl", tmp_path / "out.csv", context=region)
