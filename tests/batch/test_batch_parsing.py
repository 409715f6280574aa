"""Cells to kernel floats: units, per-row messages, and the two back ends agreeing."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.batch.columns import INPUT_SCHEMA, KERNEL_SCHEMA, check_header
from wagebargain.batch.parsing import combine_errors, parse_column, parse_table
from wagebargain.errors import DataError

TRICKY = ["1e3", " 12 ", "", None, "3.5%", "5", "0.05", "-0.5", "abc", "NaN", "inf", "1_000",
          "\u0663", "5 %", "%", "150%", "1,200", "true", "yes", "No", "0", "1", "2", "state",
          "Private", " mixed ", "1.0", "-2%", "99.9%", ".5", "5.", "+2", "1e", "-inf"]


@pytest.mark.parametrize("name", ["headcount", "profit", "management_offer", "pay_lag",
                                  "union_power", "employer_rate", "ownership_state",
                                  "excludes_employee_contributions", "ownership"])
def test_arrow_and_python_back_ends_agree(name):
    fast = parse_column(INPUT_SCHEMA[name], pa.array(TRICKY, pa.string()))
    slow = parse_column(INPUT_SCHEMA[name], np.array(TRICKY, dtype=object))
    assert_allclose(fast[0], slow[0], equal_nan=True)
    assert fast[1] == slow[1]


@settings(deadline=None)  # the first call warms PyArrow's compute functions up
@given(st.lists(st.one_of(st.none(), st.text(max_size=8),
                          st.floats(allow_nan=False, allow_infinity=False).map(repr),
                          st.integers(-10**6, 10**6).map(str),
                          st.floats(-200, 200).map(lambda x: f"{x:.2f}%")), max_size=30))
def test_back_ends_agree_on_any_text(cells):
    for name in ("wage_bill", "cpi_forecast", "union_power", "ownership_state", "ownership"):
        fast = parse_column(INPUT_SCHEMA[name], pa.array(cells, pa.string()))
        slow = parse_column(INPUT_SCHEMA[name], np.array(cells + [None], dtype=object)[:-1])
        assert_allclose(fast[0], slow[0], equal_nan=True)
        assert fast[1] == slow[1]


def test_rates_percent_or_fraction():
    values, problems = parse_column(INPUT_SCHEMA["management_offer"],
                                    ["3.5%", "0.035", " 4 % ", "", "-1.5%"])
    assert_allclose(values, [0.035, 0.035, 0.04, np.nan, -0.015], equal_nan=True)
    assert problems == {}


def test_bare_rate_of_one_or_more_asks_for_percent():
    values, problems = parse_column(INPUT_SCHEMA["cpi_forecast"], ["4", "0.04", "150%"])
    assert problems[0] == "cpi_forecast: 4 is not a rate; did you mean 4%?"
    assert "100% or more" in problems[2]
    assert np.isnan(values[0]) and values[1] == 0.04


def test_text_in_number_column_names_column_and_value():
    values, problems = parse_column(INPUT_SCHEMA["headcount"], ["12", "twelve", "5%", "1,200"])
    assert values[0] == 12 and np.isnan(values[1:]).all()
    assert problems == {1: "headcount: 'twelve' is not a number",
                        2: "headcount: '5%' is not a number",
                        3: "headcount: '1,200' is not a number"}


def test_empty_and_nan_text_mean_not_given():
    values, problems = parse_column(INPUT_SCHEMA["profit"], ["", "NaN", "  ", None])
    assert np.isnan(values).all() and problems == {}


def test_numeric_columns_are_checked_for_forgotten_percent():
    values, problems = parse_column(INPUT_SCHEMA["management_offer"], np.array([0.05, 5.0]))
    assert values[0] == 0.05
    assert problems == {1: "management_offer: 5 is not a rate; did you mean 5%?"}


def test_ownership_words_become_state_flag():
    columns, errors = parse_table({"ownership": ["state", "Private", "", "public"]}, 4)
    assert_allclose(columns["ownership_state"], [1, 0, np.nan, np.nan], equal_nan=True)
    assert errors[3].startswith("ownership: 'public' is not one of state")
    assert list(errors[:3]) == ["", "", ""]


def test_explicit_ownership_state_wins_where_given():
    columns, _ = parse_table({"ownership": ["state", "private"], "ownership_state": ["", "1"]}, 2)
    assert_allclose(columns["ownership_state"], [1, 1])


def test_row_errors_are_joined_per_row():
    _, errors = parse_table({"headcount": ["x", "1"], "profit": ["y", "2"]}, 2)
    assert errors[0] == "headcount: 'x' is not a number; profit: 'y' is not a number"
    assert errors[1] == ""


def test_kernel_message_about_an_unparsed_cell_is_dropped():
    cells = np.array(["headcount: 'x' is not a number", "", "profit: 'y' is not a number"],
                     dtype=object)
    kernel = np.array(["headcount is missing", "wage_bill is missing", "headcount is missing"],
                      dtype=object)
    assert list(combine_errors(cells, kernel)) == [
        "headcount: 'x' is not a number", "wage_bill is missing",
        "profit: 'y' is not a number; headcount is missing"]


def test_schema_matches_the_kernel():
    from wagebargain.core.kernel import KERNEL_COLUMNS, REQUIRED_COLUMNS

    assert set(KERNEL_SCHEMA) == set(KERNEL_COLUMNS)
    assert {c.name for c in KERNEL_SCHEMA.values() if c.required} == set(REQUIRED_COLUMNS)


def test_header_unknown_column_gets_a_suggestion():
    with pytest.raises(DataError, match="unknown column 'headcont'; did you mean 'headcount'"):
        check_header(["id", "headcont"], KERNEL_SCHEMA)


def test_header_duplicate_and_missing_columns():
    with pytest.raises(DataError) as info:
        check_header(["id", "id", "headcount"], ["cpi_previous"])
    text = str(info.value)
    assert "column 'id' appears twice" in text
    assert "missing columns value_added, profit, wage_bill, lowest_base_pay" in text
    assert "productivity_trend" in text


@pytest.mark.parametrize("name", ["union_power", "contribution_share", "employer_rate"])
def test_a_share_may_be_100_percent(name):
    for cells in (["100%", "1", "50%", "101%", "1.5"], pa.array(["100%", "1", "50%", "101%",
                                                                  "1.5"])):
        values, problems = parse_column(INPUT_SCHEMA[name], cells)
        assert_allclose(values, [1, 1, 0.5, np.nan, np.nan], equal_nan=True)
        assert problems == {3: f"{name}: '101%' is more than 100%",
                            4: f"{name}: 1.5 is not a rate; did you mean 1.5%?"}


def test_a_rate_of_100_percent_is_still_refused():
    _, problems = parse_column(INPUT_SCHEMA["management_offer"], ["100%"])
    assert problems == {0: "management_offer: '100%' is 100% or more"}


def test_headcounts_are_whole_numbers():
    for cells in (["12", "2.5", "1e-7", "0"], pa.array(["12", "2.5", "1e-7", "0"]),
                  np.array([12, 2.5, 1e-7, 0])):
        values, problems = parse_column(INPUT_SCHEMA["headcount"], cells)
        assert_allclose(values, [12, np.nan, np.nan, 0], equal_nan=True)
        assert set(problems) == {1, 2}
        assert problems[1] == "headcount: '2.5' is not a whole number"


def test_integers_beyond_floats_are_not_finite_not_a_crash():
    values, problems = parse_column(INPUT_SCHEMA["value_added"], [10 ** 400, -(10 ** 400), 5])
    assert np.isnan(values[:2]).all() and values[2] == 5
    assert problems[0] == "value_added: '100000000000000000000000000000000000000…' is not a " \
                          "finite number"
    assert problems[1].startswith("value_added: '-1000")


def test_booleans_are_flags_not_numbers():
    for cells in (pa.array([True, None]), np.array([True, False]), [True, None]):
        values, problems = parse_column(INPUT_SCHEMA["headcount"], cells)
        assert problems[0] == "headcount: 'true' is not a number" and np.isnan(values).all()
        flags, problems = parse_column(INPUT_SCHEMA["ownership_state"], cells)
        assert flags[0] == 1 and problems == {}


def test_decimals_are_numbers_and_nulls_are_missing():
    from decimal import Decimal

    cells = pa.array([Decimal("9600000.00"), None, Decimal("0.50")], pa.decimal128(12, 2))
    values, problems = parse_column(INPUT_SCHEMA["value_added"], cells)
    assert_allclose(values, [9.6e6, np.nan, 0.5], equal_nan=True) and problems == {}
    dates = pa.array([None, 19000], pa.date32())
    values, problems = parse_column(INPUT_SCHEMA["value_added"], dates)
    assert list(problems) == [1] and "is not a number" in problems[1]
