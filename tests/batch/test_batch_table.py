"""score_table: DataFrame in, DataFrame out; Arrow in, Arrow out; dict in, dict out."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pytest
from numpy.testing import assert_allclose

from wagebargain.batch import score_table
from wagebargain.batch.columns import NUMERIC_SCORES, SCORE_COLUMNS
from wagebargain.batch.engine import run_batch
from wagebargain.errors import DataError


@pytest.fixture
def expected(tmp_path, enterprises, region):
    run_batch(enterprises, tmp_path / "scored.parquet", context=region)
    return pd.read_parquet(tmp_path / "scored.parquet")


def check(scores, expected):
    for name in NUMERIC_SCORES:
        assert_allclose(np.asarray(scores[name], dtype=float), expected[name], equal_nan=True)
    assert list(scores["check_codes"]) == list(expected["check_codes"])
    assert list(scores["error"]) == [""] * len(expected)


def test_dataframe_in_dataframe_out(enterprises, region, expected):
    frame = pd.read_csv(enterprises).set_index("id")
    frame["notes"] = "kept"
    scored = score_table(frame, region)
    assert isinstance(scored, pd.DataFrame)
    assert list(scored.columns) == list(frame.columns) + list(SCORE_COLUMNS)
    assert list(scored.index) == list(frame.index) and (scored["notes"] == "kept").all()
    check(scored, expected)
    assert "target" not in frame.columns  # the input is not modified


def test_arrow_table_in_arrow_table_out(enterprises, region, expected):
    table = pacsv.read_csv(enterprises)
    scored = score_table(table, region)
    assert isinstance(scored, pa.Table)
    assert scored.column_names == table.column_names + list(SCORE_COLUMNS)
    check(scored.to_pydict(), expected)
    assert score_table(scored, region).column_names == scored.column_names  # replaced, not doubled


def test_dict_in_dict_out(enterprises, region, expected):
    table = pacsv.read_csv(enterprises)
    columns = {name: table.column(name).to_numpy() for name in table.column_names}
    scored = score_table(columns, region)
    assert isinstance(scored, dict)
    assert list(scored) == list(columns) + list(SCORE_COLUMNS)
    check(scored, expected)


def test_text_cells_and_context_columns_in_a_dict(region):
    scored = score_table({"headcount": ["10", "ten"], "value_added": [9e6, 9e6],
                          "profit": [1e6, 1e6], "wage_bill": [3e6, 3e6],
                          "lowest_base_pay": [3000, 3000], "cpi_forecast": ["3%", ""]}, region)
    assert list(scored["error"]) == ["", "headcount: 'ten' is not a number"]
    assert np.isnan(scored["target"][1]) and scored["target"][0] > 0


def test_missing_context_and_bad_types(enterprises):
    with pytest.raises(DataError, match="no context"):
        score_table(pd.read_csv(enterprises))
    with pytest.raises(TypeError):
        score_table([1, 2, 3])


def test_tables_that_cannot_be_read_raise_data_errors(enterprises, region):
    frame = pd.read_csv(enterprises)
    with pytest.raises(DataError, match="column 'headcount' appears twice"):
        score_table(pd.concat([frame, frame[["headcount"]]], axis=1), region)
    with pytest.raises(DataError, match="column 'headcount' appears twice"):
        score_table(pa.table([[1], [2]], names=["headcount", "headcount"]), region)
    columns = {name: frame[name].tolist() for name in frame.columns}
    with pytest.raises(DataError, match="column 'headcount' is a single value"):
        score_table({**columns, "headcount": 5}, region)


def test_integers_beyond_floats_mark_their_row(enterprises, region):
    frame = pd.read_csv(enterprises)
    frame["headcount"] = frame["headcount"].astype(object)
    frame.loc[0, "headcount"] = 10 ** 400
    scored = score_table(frame, region)
    assert scored["error"][0].endswith("is not a finite number")
    assert (scored["error"][1:] == "").all()
    scored = score_table({**{name: frame[name].tolist() for name in frame.columns}}, region)
    assert scored["error"][0].endswith("is not a finite number")
