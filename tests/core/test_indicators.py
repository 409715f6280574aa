"""Indicators, checked on the reference scenario (Hengda Auto Parts, 2026 round)."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core import indicators as ind

# Hengda's accounts: current / previous year.
VA, VA_PREV = 137e6, 128e6
HC, HC_PREV = 820.0, 800.0
WB, WB_PREV = 58.5e6, 55.8e6
PROFIT, PROFIT_PREV = 45e6, 38e6
CPI_PREVIOUS = 0.002


def test_labour_productivity_is_value_added_per_worker():
    # 137e6 / 820 = 167 073.17; 128e6 / 800 = 160 000
    assert_allclose(ind.labour_productivity([VA, VA_PREV], [HC, HC_PREV]), [167_073.1707, 160_000.0], rtol=1e-9)


def test_productivity_growth_nominal_and_real():
    # nominal: (137/820) / (128/800) - 1 = 109 600 / 104 960 - 1 = 0.0442073
    nominal = ind.productivity_growth(VA, HC, VA_PREV, HC_PREV)
    assert_allclose(nominal, 109_600 / 104_960 - 1, rtol=1e-12)
    assert_allclose(nominal, 0.0442073, atol=1e-7)
    # real, deflated by last year's CPI: 1.0442073 / 1.002 - 1 = 0.0421231
    real = ind.productivity_growth(VA, HC, VA_PREV, HC_PREV, inflation=CPI_PREVIOUS)
    assert_allclose(real, 0.0421231, atol=1e-7)


def test_average_wage_and_its_growth():
    # 58.5e6 / 820 / 12 = 5 945.12 a month; 55.8e6 / 800 / 12 = 5 812.50
    assert_allclose(ind.average_wage([WB, WB_PREV], [HC, HC_PREV]), [5945.1220, 5812.5], rtol=1e-8)
    # nominal: 5945.1220 / 5812.5 - 1 = 0.0228167; real: 1.0228167 / 1.002 - 1 = 0.0207751
    assert_allclose(ind.wage_growth(WB, HC, WB_PREV, HC_PREV), 0.0228167, atol=1e-7)
    assert_allclose(ind.wage_growth(WB, HC, WB_PREV, HC_PREV, inflation=CPI_PREVIOUS), 0.0207751, atol=1e-7)


def test_real_growth_is_the_ratio_form():
    # (1 + 5%) / (1 + 2%) - 1 = 0.0294118, not the additive 3%
    assert_allclose(ind.real_growth(0.05, 0.02), 1.05 / 1.02 - 1, rtol=1e-12)
    assert_allclose(ind.real_growth(0.05, 0.02), 0.0294118, atol=1e-7)
    assert np.isnan(ind.real_growth(0.05, -1.0))  # a deflator of -100% is meaningless


def test_labour_share_and_its_change():
    # s = 58.5 / 137 = 0.4270073; s_prev = 55.8 / 128 = 0.4359375; change = -0.0089302
    assert_allclose(ind.labour_share(WB, VA), 0.4270073, atol=1e-7)
    assert_allclose(ind.labour_share_change(WB, VA, WB_PREV, VA_PREV), -0.0089302, atol=1e-7)


def test_profit_growth_and_bad_bases():
    # 45 / 38 - 1 = 0.1842105
    assert_allclose(ind.profit_growth(PROFIT, PROFIT_PREV), 0.1842105, atol=1e-7)
    # from a loss, a zero or a missing base the growth is undefined
    assert np.isnan(ind.profit_growth([5e6, 5e6, 5e6], [-1e6, 0.0, np.nan])).all()


def test_distribution_neutral_raise_is_p_plus_g():
    # forecast CPI 1% + real productivity 4.21231% = 5.21231%
    assert_allclose(ind.distribution_neutral_raise(0.01, 0.0421231), 0.0521231, atol=1e-12)


def test_cumulative_pay_lag_over_hengdas_raise_history():
    # Raises 2021-2025: 3%, 0, 2%, 0, 1.5%; say CPI 2% and productivity 4% each year.
    # productivity index 1.04^5 = 1.2166529
    # real pay index 1.03 * 1.02 * 1.015 / 1.02^5 = 1.0663590 / 1.1040808 = 0.9658347
    # lag = 1.2166529 / 0.9658347 - 1 = 0.2596913
    lag = ind.cumulative_pay_lag([0.03, 0.0, 0.02, 0.0, 0.015], 0.02, 0.04)
    assert_allclose(lag, 0.2596913, atol=1e-7)


def test_cumulative_pay_lag_is_vectorised_and_zero_for_an_empty_history():
    raises = np.array([[0.05, 0.05], [0.0, 0.0]])
    # row 0: real pay 1.05^2/1.02^2 vs productivity 1.03^2: 1.0609 / 1.0596886 - 1 = 0.0011432
    # row 1: 1.0609 / (1/1.0404) - 1 = 0.1037604
    assert_allclose(ind.cumulative_pay_lag(raises, 0.02, 0.03), [0.0011432, 0.1037604], atol=1e-7)
    assert ind.cumulative_pay_lag(np.empty(0), 0.02, 0.03) == 0.0


def test_two_in_step_and_two_lower_thans_for_hengda():
    real_wage = ind.wage_growth(WB, HC, WB_PREV, HC_PREV, inflation=CPI_PREVIOUS)  # 2.08%
    real_prod = ind.productivity_growth(VA, HC, VA_PREV, HC_PREV, inflation=CPI_PREVIOUS)  # 4.21%
    assert not ind.two_in_step(real_wage, real_prod)
    assert ind.two_in_step(real_wage, real_prod, tolerance=0.03)
    # wage bill +4.84% < profit +18.4%, and real wage 2.08% < productivity 4.21%
    bill = ind.growth(WB, WB_PREV)
    assert_allclose(bill, 58.5 / 55.8 - 1)
    assert ind.two_lower_thans(bill, ind.profit_growth(PROFIT, PROFIT_PREV), real_wage, real_prod)
    assert not ind.two_in_step(np.nan, 0.01)
    assert not ind.two_lower_thans(np.nan, 0.1, 0.0, 0.01)


rates = st.floats(-0.5, 0.5)


@given(rates, rates, rates)
def test_two_in_step_iff_nominal_raise_covers_inflation_and_productivity(w, p, g):
    real = ind.real_growth(w, p)
    exact = (1 + w) - (1 + p) * (1 + g)
    if abs(exact) > 1e-9:  # away from the boundary, where rounding decides
        assert bool(ind.two_in_step(real, g)) == (exact > 0)


@given(st.floats(1, 1e9), st.floats(1, 1e9), st.floats(1e-3, 1e3))
def test_growth_is_invariant_under_rescaling(current, previous, k):
    assert_allclose(ind.growth(current * k, previous * k), ind.growth(current, previous), rtol=1e-9, atol=1e-12)
