"""The batch fast paths give what the plain paths give: parsing shortcuts, Arrow text columns,
check-code labels from the check matrix, the scoring thread and the top-k ties."""
from __future__ import annotations

import threading

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.batch.columns import INPUT_SCHEMA
from wagebargain.batch.context import load_context
from wagebargain.batch.engine import _Top, error_rows, ordered_map
from wagebargain.batch.parsing import cells, parse_column
from wagebargain.batch.scoring import _codes_by_object, _codes_by_pattern, join_codes, score_chunk
from wagebargain.batch.synth import synthesize

NUMBER_COLUMNS = ("headcount", "profit", "management_offer", "union_power", "ownership_state",
                  "ownership")

CELLS = st.one_of(st.none(), st.text(max_size=6),
                  st.integers(-10**12, 10**12).map(str),
                  st.integers(0, 10**6).map(lambda x: f"-{x}"),
                  st.sampled_from(["-", "--5", "-1e3", "- 5", "-inf", "-nan", "-12%", " -3",
                                   "state", "yes", "0.5", "7%", ""]))


def _same(fast, slow):
    assert_allclose(fast[0], slow[0], equal_nan=True)
    assert fast[1] == slow[1]


@settings(deadline=None)
@given(st.lists(CELLS, max_size=40), st.integers(0, 3))
def test_careful_and_chunked_arrow_parsing_agree_with_python(cells_, split):
    array = pa.array(cells_, pa.string())
    chunked = pa.chunked_array([array[:split], array[split:]]) if split < len(cells_) else array
    for name in NUMBER_COLUMNS:
        column = INPUT_SCHEMA[name]
        slow = parse_column(column, np.array(cells_ + [None], dtype=object)[:-1])
        _same(parse_column(column, array), slow)
        _same(parse_column(column, array, {name: True}), slow)  # the column failed before
        _same(parse_column(column, chunked, {}), slow)


def test_hints_remember_columns_with_unreadable_cells():
    hints: dict[str, bool] = {}
    parse_column(INPUT_SCHEMA["headcount"], pa.array(["1", "x", "-2"]), hints)
    parse_column(INPUT_SCHEMA["profit"], pa.array(["1", "", "-2"]), hints)
    assert hints == {"headcount": True, "profit": False}
    values, problems = parse_column(INPUT_SCHEMA["headcount"], pa.array(["3", "-4", "5%"]),
                                    hints)
    assert_allclose(values, [3, -4, np.nan], equal_nan=True)
    assert problems == {2: "headcount: '5%' is not a number"}


def test_a_column_of_many_distinct_words_is_still_read_cell_by_cell():
    cells_ = [f"word{i}" for i in range(200)] + ["state", "1", "yes"]
    for name in ("ownership", "ownership_state"):
        column = INPUT_SCHEMA[name]
        _same(parse_column(column, pa.array(cells_)), parse_column(column, np.array(cells_,
                                                                                      object)))


@pytest.fixture
def dirty_chunk():
    raw = next(synthesize(3000, seed=4, bad_share=0.2, chunk_rows=3000))
    return {name: pa.array(list(values), pa.string()) for name, values in raw.items()}


def test_arrow_text_columns_hold_the_object_columns(dirty_chunk, region):
    from wagebargain.core.kernel import score
    from wagebargain.core.policy import Policy

    context = load_context(region)
    errors = {5: "line 7: not a JSON object"}
    plain = score_chunk(dirty_chunk, 3000, context, score, Policy(), errors)
    fast = score_chunk(dirty_chunk, 3000, context, score, Policy(), errors, arrow=True,
                       hints={})
    for name, values in plain.items():
        if values.dtype == object:
            assert isinstance(fast[name], pa.DictionaryArray)
            assert cells(fast[name]) == list(values)
        else:
            assert_allclose(fast[name], values, equal_nan=True)
    assert plain["error"][5].startswith("line 7: not a JSON object")
    assert list(error_rows(fast["error"])) == list(np.flatnonzero(plain["error"] != ""))
    assert list(error_rows(fast["error"].cast(pa.string()))) == list(error_rows(plain["error"]))


def test_labels_from_the_check_matrix_equal_the_joined_tuples(dirty_chunk, region):
    from wagebargain.batch.context import broadcast
    from wagebargain.batch.parsing import parse_table
    from wagebargain.core.kernel import score

    columns, _ = parse_table(dirty_chunk, 3000)
    result = score(broadcast(columns, load_context(region), 3000))
    index, labels = _codes_by_pattern(result, 3000)
    assert len(set(labels)) == len(labels) > 5
    assert list(np.array(labels, dtype=object)[index]) == list(join_codes(result.check_codes))
    by_object = _codes_by_object(result.check_codes)
    assert list(np.array(by_object[1], dtype=object)[by_object[0]]) == list(
        join_codes(result.check_codes))


def test_ordered_map_keeps_order_and_raises_in_turn():
    seen = []

    def work(x):
        seen.append(threading.current_thread().name)
        if x == 3:
            raise ValueError("three")
        return x * 10

    out = ordered_map(work, iter(range(6)))
    assert [next(out) for _ in range(3)] == [0, 10, 20]
    with pytest.raises(ValueError, match="three"):
        next(out)
    assert all(name.startswith("batch-score") for name in seen)

    def items():
        yield 1
        yield 2
        raise OSError("disk")

    got = []
    with pytest.raises(OSError, match="disk"):
        for value in ordered_map(lambda x: x, items(), ahead=3):
            got.append(value)
    assert got == [1, 2]  # the items read before the failure come out first
    inline = ordered_map(lambda x: threading.current_thread().name, iter([1, 2]), helper=False)
    assert list(inline) == [threading.current_thread().name] * 2


def test_top_keeps_the_first_of_many_ties():
    top = _Top(3)
    top.add(np.array(["a", "b", "c", "d"], dtype=object), np.array([5.0, 5.0, 9.0, 5.0]), 0)
    top.add(np.array(["e", "f"], dtype=object), np.array([5.0, np.nan]), 4)
    assert top.result() == [("c", 9.0), ("a", 5.0), ("b", 5.0)]
    top = _Top(2)
    top.add(pa.array(["x", None, "z"]), np.array([1.0, 1.0, 1.0]), 0)
    assert top.result() == [("x", 1.0), ("row 2", 1.0)]
