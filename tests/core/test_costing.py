"""Costing, checked on Hengda's wage bill (58.5 million a year, 820 workers)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core import costing

PAYROLL, HEADCOUNT, PROFIT = 58.5e6, 820.0, 45e6
# Shanghai employer rates: pension 16% + medical 9% + unemployment 0.5% + injury 0.2% + housing 7%
EMPLOYER_RATE = 0.16 + 0.09 + 0.005 + 0.002 + 0.07  # 0.327
FLOOR, CEILING = 7460.0, 37302.0


def test_contribution_increase_clamps_the_base():
    pay = np.array([3100.0, 26000.0, 7000.0, 36000.0, 40000.0])
    new = np.array([3348.0, 28080.0, 8000.0, 40000.0, 42000.0])
    got = costing.contribution_increase(pay, new, EMPLOYER_RATE, FLOOR, CEILING)
    expected = [
        0.0,                             # 3100 -> 3348: both under the floor, base stays 7460
        EMPLOYER_RATE * 2080.0,          # 26000 -> 28080 inside: 0.327 * 2080 = 680.16
        EMPLOYER_RATE * (8000 - 7460),   # crosses the floor: 0.327 * 540 = 176.58
        EMPLOYER_RATE * (37302 - 36000), # crosses the ceiling: 0.327 * 1302 = 425.754
        0.0,                             # above the ceiling throughout
    ]
    assert_allclose(got, expected)
    assert_allclose(got[1:4], [680.16, 176.58, 425.754])


def test_contribution_share_is_one_inside_the_base_range():
    pay = [5945.12, 7460.0, 20000.0, 37302.0, np.nan]
    got = costing.contribution_share(pay, FLOOR, CEILING)
    assert_allclose(got[:4], [0.0, 1.0, 1.0, 0.0])  # floor inclusive, ceiling exclusive
    assert np.isnan(got[4])


def test_raise_contribution_share_is_the_chord_of_the_clamped_base():
    # Hengda's grades in the base's concept (base + allowances + overtime), base [7460, 37302].
    pay, heads = [4050.0, 7100.0, 5200.0, 26000.0], [520, 180, 90, 30]
    payroll = 520 * 4050 + 180 * 7100 + 90 * 5200 + 30 * 26000  # 4,632,000
    # 8%: technicians 7668 cross the floor by 208, managers move 2080, the rest stay under:
    # (180 x 208 + 30 x 2080) / (0.08 x 4,632,000) = 99,840 / 370,560 = 0.269430
    got = costing.raise_contribution_share(pay, heads, 0.08, floor=FLOOR, ceiling=CEILING)
    assert_allclose(got, 99_840 / 370_560)
    # It equals contribution_increase summed over workers, divided by the pay increase.
    new = np.array(pay) * 1.08
    moved = np.dot(heads, costing.contribution_increase(pay, new, 1.0, FLOOR, CEILING))
    assert_allclose(got, moved / (0.08 * payroll))
    # No raise: the marginal share, managers' pay over all pay: 780,000 / 4,632,000 = 0.168394.
    assert_allclose(costing.raise_contribution_share(pay, heads, 0.0, floor=FLOOR, ceiling=CEILING),
                    30 * 26000 / payroll)
    # A flat 400: technicians 7500 cross by 40, managers move 400:
    # (180 x 40 + 30 x 400) / (820 x 400) = 19,200 / 328,000 = 0.058537
    assert_allclose(costing.raise_contribution_share(pay, heads, amount=400.0, floor=FLOOR, ceiling=CEILING),
                    19_200 / 328_000)
    # A ceiling crossed: 36,000 x 1.1 = 39,600 moves only 37,302 - 36,000 = 1,302 of 3,600.
    assert_allclose(costing.raise_contribution_share([36000.0], [1], 0.10, floor=FLOOR, ceiling=CEILING),
                    1302 / 3600)
    # No clamping: every unit of a raise carries contributions.
    assert costing.raise_contribution_share(pay, heads, 0.05) == pytest.approx(1.0)


@given(st.lists(st.floats(100, 60000), min_size=1, max_size=6), st.floats(-0.5, 1.0))
def test_raise_contribution_share_lies_between_zero_and_one(pay, rate):
    share = costing.raise_contribution_share(pay, [1.0] * len(pay), rate, floor=FLOOR, ceiling=CEILING)
    assert -1e-9 <= share <= 1 + 1e-9


def test_percentage_raise_cost_hengda_five_percent():
    cost = costing.percentage_raise_cost(
        PAYROLL, 0.05, HEADCOUNT, employer_rate=EMPLOYER_RATE, contribution_share=1.0, profit=PROFIT
    )
    # monthly: 0.05 * 58.5e6 / 12 = 243 750; annual: 2 925 000
    assert_allclose(cost.wage_bill_month, 243_750.0)
    assert_allclose(cost.wage_bill_annual, 2_925_000.0)
    # employer contributions: 2 925 000 * 0.327 = 956 475; total 3 881 475
    assert_allclose(cost.employer_contributions, 956_475.0)
    assert_allclose(cost.total, 3_881_475.0)
    # per worker per month: 3 881 475 / 820 / 12 = 394.4588; % payroll: 6.635%; % profit: 8.6255%
    assert_allclose(cost.per_worker_month, 394.4588, rtol=1e-6)
    assert_allclose(cost.pct_payroll, 0.06635, rtol=1e-6)
    assert_allclose(cost.pct_profit, 0.0862550, rtol=1e-6)


def test_mid_year_raise_counts_the_months_in_force():
    # from July: 0.05 * 58.5e6 * 6 / 12 = 1 462 500
    cost = costing.percentage_raise_cost(PAYROLL, 0.05, HEADCOUNT, months_in_force=6)
    assert_allclose(cost.wage_bill_annual, 1_462_500.0)
    assert_allclose(cost.wage_bill_month, 243_750.0)  # the monthly bill still rises by the full rate


def test_pct_profit_is_nan_without_profit():
    cost = costing.percentage_raise_cost(PAYROLL, 0.05, HEADCOUNT, profit=[-2.6e6, 0.0, 1e6])
    assert np.isnan(cost.pct_profit[:2]).all()
    assert_allclose(cost.pct_profit[2], 2.925)


def test_flat_raise_cost():
    # 200 a month each: 200 * 820 = 164 000 a month, 1 968 000 a year, 3.3641% of payroll
    cost = costing.flat_raise_cost(200.0, HEADCOUNT, PAYROLL)
    assert_allclose(cost.wage_bill_month, 164_000.0)
    assert_allclose(cost.total, 1_968_000.0)
    assert_allclose(cost.pct_payroll, 0.0336410, rtol=1e-6)
    assert_allclose(cost.per_worker_month, 200.0)


def test_hourly_raise_cost():
    # 1.5 an hour on 820 * 2000 = 1 640 000 hours a year: 2 460 000 a year
    cost = costing.hourly_raise_cost(1.5, HEADCOUNT * 2000, HEADCOUNT, PAYROLL)
    assert_allclose(cost.total, 2_460_000.0)


def test_lump_sum_is_paid_once_with_contributions():
    # 1000 each: 820 000, plus 32.7% = 1 088 140
    assert_allclose(costing.lump_sum_cost(1000.0, HEADCOUNT, EMPLOYER_RATE), 1_088_140.0)


def test_multi_year_cost_compounds():
    cost = costing.multi_year_cost(PAYROLL, [0.05, 0.03])
    # year 1: 58.5e6 * 0.05 = 2 925 000
    # year 2: 58.5e6 * (1.05 * 1.03 - 1) = 58.5e6 * 0.0815 = 4 767 750
    assert_allclose(cost.yearly, [2_925_000.0, 4_767_750.0])
    assert_allclose(cost.total, 7_692_750.0)


def test_multi_year_cost_one_raise_over_eighteen_months():
    # the 5% raise stays in force: 2 925 000 in year 1, then 6 of 12 months: 1 462 500
    cost = costing.multi_year_cost(PAYROLL, [0.05], contract_months=18)
    assert_allclose(cost.yearly, [2_925_000.0, 1_462_500.0])
    assert_allclose(cost.total, 4_387_500.0)


def test_multi_year_lump_sums_do_not_enter_the_base_and_roll_up_applies():
    cost = costing.multi_year_cost(PAYROLL, [0.05, 0.0], lump_sums=[820_000.0, 0.0], roll_up=0.1)
    # year 1: 2 925 000 * 1.1 + 820 000 = 4 037 500; year 2: 2 925 000 * 1.1 = 3 217 500
    assert_allclose(cost.yearly, [4_037_500.0, 3_217_500.0])


def test_multi_year_cost_is_vectorised_over_enterprises():
    cost = costing.multi_year_cost([58.5e6, 22.9e6], [[0.05, 0.03], [0.0, 0.02]])
    assert cost.yearly.shape == (2, 2)
    assert_allclose(cost.yearly[1], [0.0, 22.9e6 * 0.02])


@pytest.mark.parametrize("months", [0, 6])
def test_multi_year_cost_rejects_a_contract_too_short_for_its_steps(months):
    with pytest.raises(ValueError, match="cannot hold"):
        costing.multi_year_cost(PAYROLL, [0.05, 0.03], contract_months=months)


@given(st.floats(0.0, 0.3), st.integers(1, 60), st.floats(1e3, 1e10))
def test_one_raise_over_a_contract_costs_annual_times_months_over_12(rate, months, payroll):
    annual = costing.percentage_raise_cost(payroll, rate, 100.0).total
    contract = costing.multi_year_cost(payroll, [rate], contract_months=months).total
    assert_allclose(contract, annual * months / 12, rtol=1e-9, atol=1e-6)


@given(st.floats(100, 1e5), st.floats(0, 1), st.floats(0, 0.5))
def test_contributions_never_exceed_rate_times_pay_increase(pay, raise_, rate):
    new = pay * (1 + raise_)
    inc = costing.contribution_increase(pay, new, rate, FLOOR, CEILING)
    assert -1e-9 <= inc <= rate * (new - pay) + 1e-6
