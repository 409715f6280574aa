"""The scoring kernel: hand-derived worked cases on the reference data, and invariants."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal

from wagebargain.core import costing
from wagebargain.core.kernel import (
    CHECK_CODES, CHECKS, GUIDELINE_CLASSES, KERNEL_COLUMNS, MONEY_COLUMNS, PRIORITY,
    REQUIRED_COLUMNS, score,
)
from wagebargain.core.policy import Policy

NAN = float("nan")

# The region (examples/region.yaml): Shanghai-like context.
REGION = dict(
    cpi_previous=0.002, cpi_forecast=0.01, productivity_trend=0.04, average_wage=12434.0,
    minimum_wage_monthly=2740.0, minimum_wage_next=2850.0, excludes_employee_contributions=1.0,
    employer_rate=0.16 + 0.09 + 0.005 + 0.002 + 0.07,  # 0.327
    contribution_floor=7460.0, contribution_ceiling=37302.0,
    guideline_baseline=0.05, guideline_upper=0.08, guideline_lower=0.02,
)
# Hengda Auto Parts as examples/reference.yaml describes it (lowest grade: assembly operator).
HENGDA = dict(
    headcount=820.0, headcount_previous=800.0, value_added=137e6, value_added_previous=128e6,
    profit=45e6, profit_previous=38e6, wage_bill=58.5e6, wage_bill_previous=55.8e6,
    lowest_base_pay=3100.0, lowest_employee_contributions=330.0,
    lowest_gross_pay=3100.0 + 350 + 600 + 150,  # base + allowances + overtime + benefits = 4200
    market_median=66000.0, years_without_raise=0.0, wage_arrears=0.0, pay_cycle_days=30.0,
    management_offer=0.015, union_power=0.5, contract_months=12.0,
)
# Riverside Textiles (examples/enterprises.csv, E002): loss-making, no raise in three years.
RIVERSIDE = dict(
    headcount=380.0, headcount_previous=410.0, value_added=28.5e6, value_added_previous=31e6,
    profit=-2.6e6, profit_previous=1.2e6, wage_bill=22.9e6, wage_bill_previous=24.1e6,
    lowest_base_pay=2760.0, lowest_employee_contributions=300.0, market_median=52000.0,
    years_without_raise=3.0, wage_arrears=0.0, pay_cycle_days=30.0,
)


def columns(*rows: dict, **overrides) -> dict[str, np.ndarray]:
    """Kernel columns for rows given as dicts (region context filled in), plus overrides."""
    rows = [{**REGION, **row, **overrides} for row in rows]
    names = set().union(*rows)
    return {k: np.array([r.get(k, NAN) for r in rows], dtype=float) for k in names}


# --------------------------------------------------------------------------- worked cases

def test_hengda_worked_case():
    r = score(columns(HENGDA))
    assert r.error[0] == ""
    # p: forecast CPI = 1%
    assert_allclose(r.inflation, [0.01])
    # g: (137e6/820) / (128e6/800) = 1.0442073, deflated by CPI 0.2%: 1.0442073/1.002 - 1 = 4.21231%
    assert_allclose(r.productivity, [0.0421231], atol=1e-7)
    assert r.productivity_from_accounts[0]
    # p + g = 5.21231%
    assert_allclose(r.distribution_neutral, [0.0521231], atol=1e-7)
    # catch-up: no pay lag (raised last year); market gap 66000 / (12 * 4200) - 1 = 30.95%,
    # 10% of it = 3.095%, capped at 3%
    assert_allclose(r.pay_lag, [0.0])
    assert_allclose(r.catch_up, [0.03])
    # class: profit growth 45/38 - 1 = 18.4% >= 10% -> fast_growth, band [baseline, upper]
    assert GUIDELINE_CLASSES[int(r.guideline_class[0])] == "fast_growth"
    assert_allclose(r.benefit_growth, [45 / 38 - 1])
    assert_allclose([r.guideline_lo[0], r.guideline_hi[0]], [0.05, 0.08])
    # target = clip(5.21231% + 3%, 5%, 8%) = 8%
    assert_allclose(r.target, [0.08])
    # legal floor: countable 3100 - 330 = 2770; (2850 + 330) / 3100 - 1 = 2.58065%
    assert_allclose(r.countable_pay, [2770.0])
    assert_allclose(r.legal_floor, [3180 / 3100 - 1])
    assert_allclose(r.legal_floor, [0.0258065], atol=1e-7)
    # floor = max(legal 2.58%, CPI 1%) = 2.58%; opening = 8% + 2% = 10%
    assert_allclose(r.floor, [0.0258065], atol=1e-7)
    assert_allclose(r.opening, [0.10])
    # average pay 58.5e6/820/12 = 5945 < contribution floor 7460: contributions do not move
    assert_allclose(r.contribution_share, [0.0])
    # resistance = 10% * 45e6 / 58.5e6 = 7.69231%
    assert_allclose(r.resistance, [0.0769231], atol=1e-7)
    # settlement = 2.58065% + 0.5 * (7.69231% - 2.58065%) = 5.13648%
    assert r.zone[0]
    assert_allclose(r.settlement, [0.0513648], atol=1e-7)
    # cost: 8% of 58.5e6 = 4 680 000 a year; 8% of payroll; 4.68 / 45 = 10.4% of profit;
    # 4 680 000 / 820 / 12 = 475.61 per worker per month
    assert_allclose(r.cost_annual, [4_680_000.0])
    assert_allclose(r.cost_contract, [4_680_000.0])
    assert_allclose(r.cost_pct_payroll, [0.08])
    assert_allclose(r.cost_pct_profit, [0.104])
    assert_allclose(r.cost_per_worker_month, [475.6098], rtol=1e-6)
    # checks: after management's 1.5%: 3100 * 1.015 - 330 = 2816.5 < 2850 (next minimum);
    # 2770 < 2740 * 1.05 = 2877 (near the minimum); 2740 / 12434 = 22% < 40%;
    # real wage 2.08% < productivity 4.21%; offer 1.5% < floor 2.58%
    assert r.check_codes[0] == (
        "BELOW_NEXT_MINIMUM", "NEAR_MINIMUM", "MINIMUM_INADEQUATE", "LAG_PRODUCTIVITY", "OFFER_BELOW_FLOOR",
    )
    assert_allclose(r.real_wage_growth, [0.0207751], atol=1e-7)
    # priority: legal floor 2.58065/5 * 10 = 5.16129; gap (8% - 7.69231%)/5% * 10 = 0.61538
    assert_allclose(r.priority, [5.16129 + 0.61538], atol=1e-4)


def test_riverside_loss_making_worked_case():
    r = score(columns(RIVERSIDE))
    # g: (28.5e6/380) / (31e6/410) - 1 = 75000 / 75609.76 - 1 = -0.80645%; real -1.00444%
    assert_allclose(r.productivity, [-0.0100444], atol=1e-7)
    # pay lag derived: 1.04^3 - 1 = 12.4864%; catch-up 0.25 * 12.4864% + 0.1 * (52000/33120 - 1)
    # = 3.1216% + 5.7005% -> capped 3%
    assert_allclose(r.pay_lag, [0.124864])
    assert_allclose(r.catch_up, [0.03])
    # loss-making: band [min(0, 2%), 2%]; clip(1% - 1.00444% + 3%, 0, 2%) = 2%
    assert r.guideline_class[0] == 0
    assert_allclose([r.guideline_lo[0], r.guideline_hi[0]], [0.0, 0.02])
    # legal floor (2850 + 300) / 2760 - 1 = 14.1304% lifts the target above the band
    assert_allclose(r.legal_floor, [0.1413043], atol=1e-7)
    assert_allclose(r.target, [0.1413043], atol=1e-7)
    # no real-pay protection when loss-making: floor = legal floor; resistance = legal floor
    assert_allclose(r.floor, r.legal_floor)
    assert_allclose(r.resistance, r.legal_floor)
    assert r.zone[0]
    assert_allclose(r.settlement, r.legal_floor)
    assert_allclose(r.opening, [0.1613043], atol=1e-7)
    assert np.isnan(r.cost_pct_profit[0])
    # countable 2760 - 300 = 2460 < 2740: a violation today
    assert r.check_codes[0] == ("BELOW_MINIMUM", "BELOW_NEXT_MINIMUM", "MINIMUM_INADEQUATE", "NO_RAISE", "LOSS_MAKING")
    # priority: 1 violation -> 15; 3/5 years -> 9; lag 12.4864/20 * 15 = 9.3648; legal >= 5% -> 10
    assert_allclose(r.priority, [15 + 9 + 9.3648 + 10], atol=1e-4)


@pytest.mark.parametrize(
    "profit, cls, band, target",
    [
        # profit 38.5/38 - 1 = 1.3% < 2%: slow, [2%, 5%]: clip(8.21%) = 5%
        (38.5e6, 1, (0.02, 0.05), 0.05),
        # profit 40/38 - 1 = 5.3%: normal, [(2+5)/2, (5+8)/2] = [3.5%, 6.5%]: 6.5%
        (40e6, 2, (0.035, 0.065), 0.065),
    ],
)
def test_slow_and_normal_classes(profit, cls, band, target):
    r = score(columns(HENGDA, profit=profit))
    assert r.guideline_class[0] == cls
    assert_allclose([r.guideline_lo[0], r.guideline_hi[0]], band)
    assert_allclose(r.target, [target])


def test_well_paid_normal_firm_may_go_down_to_the_lower_line():
    # economy productivity -3%: p + g + catch-up = 1% - 3% + 3% = 1%; profit +5.3%: normal.
    # Next minimum = today's, so the legal floor is 0: (2740 + 330) / 3100 < 1.
    policy = Policy(productivity_measure="economy")
    base = dict(HENGDA, profit=40e6, productivity_trend=-0.03, minimum_wage_next=2740.0)
    not_well_paid = score(columns(base), policy)
    # local average 2900: 5945 >= 2 * 2900, so the firm is already well paid
    well_paid = score(columns(base, average_wage=2900.0), policy)
    assert not not_well_paid.well_paid[0] and well_paid.well_paid[0]
    assert_allclose(not_well_paid.target, [0.035])  # clipped up to (2% + 5%) / 2
    assert_allclose(well_paid.target, [0.02])  # clipped up to the lower line only
    assert_allclose(well_paid.guideline_hi, not_well_paid.guideline_hi)

def test_inflation_measures():
    cols = columns(HENGDA, HENGDA)
    cols["cpi_target"] = np.array([NAN, 0.02])
    assert_allclose(score(cols, Policy(inflation_measure="realised")).inflation, [0.002, 0.002])
    # target falls back to the forecast when a row has none
    assert_allclose(score(cols, Policy(inflation_measure="target")).inflation, [0.01, 0.02])
    cols["cpi_forecast"] = np.array([NAN, 0.01])
    assert_allclose(score(cols).inflation, [0.002, 0.01])  # forecast falls back to realised


def test_productivity_measures_and_fallback():
    economy = score(columns(HENGDA), Policy(productivity_measure="economy"))
    assert_allclose(economy.productivity, [0.04])
    missing = score(columns(HENGDA, value_added_previous=NAN))
    assert_allclose(missing.productivity, [0.04])
    assert not missing.productivity_from_accounts[0]


def test_opening_margin_ratio():
    # opening = 8% + max(2%, 0.5 * 8%) = 12%
    r = score(columns(HENGDA), Policy(bargaining_margin_ratio=0.5))
    assert_allclose(r.opening, [0.12])


def test_employer_contributions_and_contract_months():
    # Nanhu Electronics (E005): 139e6 / 1540 / 12 = 7521.6 >= 7460, so contributions move
    nanhu = dict(headcount=1540.0, value_added=352e6, profit=90e6, wage_bill=139e6, lowest_base_pay=3600.0,
                 lowest_employee_contributions=380.0, contract_months=18.0)
    r = score(columns(nanhu))
    assert_allclose(r.contribution_share, [1.0])
    # resistance = 10% * 90e6 / (139e6 * 1.327) = 4.87933%
    assert_allclose(r.resistance, [0.1 * 90e6 / (139e6 * 1.327)])
    cost = costing.percentage_raise_cost(139e6, r.target, 1540.0, employer_rate=0.327, profit=90e6)
    assert_allclose(r.cost_annual, cost.total)
    # 18 months of one raise = 1.5 years of the annual cost, as multi_year_cost counts it
    assert_allclose(r.cost_contract, costing.multi_year_cost(139e6 * 1.327, r.target, contract_months=18).total)


def test_no_zone_when_management_cannot_pay_the_floor():
    # profit 1e6: resistance 10% * 1e6 / 58.5e6 = 0.17%; next minimum = today's, so legal floor 0
    # (2740 + 330)/3100 < 1; floor = CPI 1% > 0.17%: no zone
    # (no offer on the table: an offer would show management can pay at least that)
    r = score(columns(HENGDA, profit=1e6, minimum_wage_next=2740.0, management_offer=NAN))
    assert_allclose(r.legal_floor, [0.0])
    assert_allclose(r.floor, [0.01])
    assert_allclose(r.resistance, [0.1 * 1e6 / 58.5e6])
    assert not r.zone[0]
    assert np.isnan(r.settlement[0])
    assert "NO_ZONE" in r.check_codes[0]


def test_an_offer_on_the_table_bounds_resistance_and_settlement_from_below():
    # Same firm, management offers 2%: it can pay at least 2%, so resistance = 2% (not
    # 0.17%), and the union will not settle below 2%: settlement = 2% + 0.5 x (2% - 2%) = 2%.
    r = score(columns(HENGDA, profit=1e6, minimum_wage_next=2740.0, management_offer=0.02))
    assert_allclose(r.resistance, [0.02])
    assert r.zone[0]
    assert_allclose(r.settlement, [0.02])
    # The union's floor rises to the offer (2% > CPI 1%); the target does not move (profit
    # 1e6 against 38e6 last year: slow growth, band [2%, 5%], 8.21% clipped to 5%).
    assert_allclose(r.floor_before_offer, [0.01])
    assert_allclose(r.floor, [0.02])
    assert_allclose(r.target, [0.05])
    # Hengda as is (no contribution_share column, average pay 5945 under the base floor, so
    # share 0): estimated limit 10% x 45e6 / 58.5e6 = 7.69% above the 1.5% offer, floor 2.58%
    # above the offer: the offer changes nothing; Nash over [2.58%, 7.69%].
    r = score(columns(HENGDA))
    floor, res = (2850 + 330) / 3100 - 1, float(r.resistance[0])
    assert_allclose(res, 0.1 * 45e6 / 58.5e6)
    assert_allclose(r.settlement, [floor + 0.5 * (res - floor)])
    # An offer inside the zone becomes the union's disagreement point and floor: 4% offered,
    # floor 4%, settlement = 4% + 0.5 x (7.69% - 4%) = 5.85%.
    r = score(columns(HENGDA, management_offer=0.04))
    assert_allclose(r.floor, [0.04])
    assert_allclose(r.settlement, [0.04 + 0.5 * (res - 0.04)])
    assert "OFFER_BELOW_FLOOR" not in r.check_codes[0]


def test_an_offer_above_the_union_target_lifts_floor_target_and_opening():
    # Hengda with 12% on the table (the reviewer's offerhigh.yaml). The union's own figures:
    # floor 2.58%, target 8%, opening 10%. It never settles below an offer already made:
    # floor = max(2.58%, 12%) = 12%, target = max(8%, 12%) = 12%,
    # opening = 12% + max(2%, 0 x 12%) = 14%.
    r = score(columns(HENGDA, management_offer=0.12))
    assert_allclose(r.floor_before_offer, [80 / 3100])
    assert_allclose(r.target_before_offer, [0.08])
    assert_allclose([r.floor[0], r.target[0], r.opening[0]], [0.12, 0.12, 0.14])
    # Management has shown it can pay 12% (its estimate was 7.69%): resistance 12%, zone
    # [12%, 12%], settlement 12%.
    assert_allclose(r.resistance, [0.12])
    assert r.zone[0]
    assert_allclose(r.settlement, [0.12])
    assert "OFFER_BELOW_FLOOR" not in r.check_codes[0]
    # Costed at the target after the offer: 12% x 58.5e6 = 7,020,000 a year.
    assert_allclose(r.cost_annual, [0.12 * 58.5e6])
    # The margin ratio applies to the target after the offer: 12% + 0.5 x 12% = 18%.
    r = score(columns(HENGDA, management_offer=0.12), Policy(bargaining_margin_ratio=0.5))
    assert_allclose(r.opening, [0.18])


def test_offer_below_floor_is_judged_against_the_unions_own_floor():
    # 1.5% offered (the reference) < own floor 2.58%: flagged, and the floor stays 2.58%.
    r = score(columns(HENGDA))
    assert "OFFER_BELOW_FLOOR" in r.check_codes[0]
    assert_allclose(r.floor, r.floor_before_offer)
    # The floor offered exactly: not below it.
    r = score(columns(HENGDA, management_offer=float(r.floor_before_offer[0])))
    assert "OFFER_BELOW_FLOOR" not in r.check_codes[0]
    # No offer: the union's own figures stand.
    r = score(columns(HENGDA, management_offer=NAN))
    assert_allclose([r.floor[0], r.target[0], r.opening[0]], [80 / 3100, 0.08, 0.10])


def test_union_power_column_overrides_policy():
    r = score(columns(HENGDA, union_power=1.0))
    assert_allclose(r.settlement, r.resistance)
    r = score(columns(HENGDA, union_power=NAN), Policy(union_power=0.0))
    assert_allclose(r.settlement, r.floor)


def test_pay_cycle_arrears_and_soe_checks():
    r = score(columns(HENGDA, pay_cycle_days=45.0, wage_arrears=180_000.0, ownership_state=1.0, profit=40e6,
                      wage_bill=61e6))
    codes = r.check_codes[0]
    assert "PAY_CYCLE" in codes and "ARREARS" in codes
    # wage bill +9.3% (61/55.8) above profit +5.3% (40/38): the two lower-thans fail
    assert "SOE_WAGE_BILL" in codes
    # arrears 180 000 over a monthly bill of 61e6/12: 0.0354 * 20 points
    plain = score(columns(HENGDA, profit=40e6, wage_bill=61e6))
    assert_allclose(r.priority - plain.priority, [2 / 2 * 30 + 180_000 / (61e6 / 12) * 20])


def test_check_codes_follow_the_check_matrix_and_table():
    r = score(columns(HENGDA, RIVERSIDE))
    assert r.checks.shape == (2, len(CHECK_CODES))
    for row, codes in zip(r.checks, r.check_codes):
        assert codes == tuple(c for c, on in zip(CHECK_CODES, row) if on)
    assert {sev for sev, _ in CHECKS.values()} <= {"violation", "risk", "note"}
    assert sum(w for w, _ in PRIORITY.values()) == 100


def test_scalars_broadcast_and_required_columns_listed():
    cols = {**{k: v[0] for k, v in columns(HENGDA).items()}, "headcount": np.array([820.0, 820.0])}
    r = score(cols)
    assert len(r) == 2
    assert_allclose(r.target, [0.08, 0.08])
    assert set(REQUIRED_COLUMNS) <= set(KERNEL_COLUMNS)
    assert set(MONEY_COLUMNS) <= set(KERNEL_COLUMNS)


def test_programming_errors_raise():
    cols = columns(HENGDA)
    cols["profit"] = np.array([1.0, 2.0])
    with pytest.raises(ValueError, match="different lengths"):
        score(cols)
    cols["profit"] = np.ones((1, 1))
    with pytest.raises(ValueError, match="one-dimensional"):
        score(cols)


def test_importing_the_kernel_does_not_import_scipy():
    code = "import sys, wagebargain.core.kernel, wagebargain.core.sensitivity; assert 'scipy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- bad rows

@pytest.mark.parametrize(
    "override, message",
    [
        ({"profit": NAN}, "profit is missing"),
        ({"headcount": 0.0}, "headcount must be a positive number"),
        ({"wage_bill": np.inf}, "wage_bill must be a positive number"),
        ({"wage_arrears": -1.0}, "wage_arrears must be zero or more"),
        ({"cpi_previous": 1.0}, "cpi_previous must be a fraction between -1 and 1"),
        ({"guideline_upper": -1.5}, "guideline_upper must be a fraction"),
        ({"guideline_lower": 0.06}, "lower <= baseline <= upper"),
        ({"union_power": 1.2}, "union_power must lie between 0 and 1"),
        ({"excludes_employee_contributions": 0.5}, "must be 0 or 1"),
        ({"contribution_floor": 40000.0}, "contribution_floor must not exceed contribution_ceiling"),
        ({"contribution_ceiling": -np.inf}, "contribution_ceiling must be a positive number"),
        ({"profit": -np.inf}, "profit must be a finite number"),
    ],
)
def test_bad_rows_get_an_error_and_nan_results_without_touching_others(override, message):
    good = score(columns(HENGDA, RIVERSIDE))
    mixed = score(columns(HENGDA, dict(HENGDA, **override), RIVERSIDE))
    assert message in mixed.error[1]
    assert mixed.error[0] == mixed.error[2] == ""
    assert np.isnan([mixed.floor[1], mixed.target[1], mixed.opening[1], mixed.settlement[1], mixed.priority[1]]).all()
    assert mixed.guideline_class[1] == -1 and mixed.check_codes[1] == () and not mixed.zone[1]
    for name in ("floor", "target", "opening", "settlement", "priority", "cost_annual"):
        assert_array_equal(getattr(mixed, name)[[0, 2]], getattr(good, name))
    assert list(mixed.check_codes[[0, 2]]) == list(good.check_codes)


def test_a_missing_required_column_marks_every_row():
    cols = columns(HENGDA, RIVERSIDE)
    del cols["minimum_wage_monthly"]
    r = score(cols)
    assert list(r.error) == ["minimum_wage_monthly is missing"] * 2


# --------------------------------------------------------------------------- properties

def _opt(strategy):
    return st.one_of(st.just(NAN), strategy)


money = st.floats(1e2, 1e9)
rate = st.floats(-0.2, 0.3)


@st.composite
def rows(draw, n_max=4):
    n = draw(st.integers(1, n_max))
    cols = {}

    def col(strategy):
        return np.array(draw(st.lists(strategy, min_size=n, max_size=n)), dtype=float)

    for name in ("headcount", "headcount_previous"):
        cols[name] = col(st.floats(1, 1e5))
    for name in ("value_added", "value_added_previous", "wage_bill", "wage_bill_previous"):
        cols[name] = col(money)
    cols["headcount_previous"][col(st.booleans()).astype(bool)] = NAN
    cols["profit"] = col(st.floats(-1e8, 1e8))
    cols["profit_previous"] = col(_opt(st.floats(-1e8, 1e8)))
    cols["lowest_base_pay"] = col(st.floats(500, 2e4))
    cols["lowest_employee_contributions"] = col(_opt(st.floats(0, 2e3)))
    cols["lowest_gross_pay"] = col(_opt(st.floats(500, 3e4)))
    cols["market_median"] = col(_opt(st.floats(1e4, 4e5)))
    cols["years_without_raise"] = col(_opt(st.integers(0, 8).map(float)))
    cols["pay_lag"] = col(_opt(st.floats(-0.3, 0.5)))
    cols["wage_arrears"] = col(_opt(st.floats(0, 1e7)))
    cols["contribution_share"] = col(_opt(st.floats(0, 1)))
    cols["management_offer"] = col(_opt(rate))
    cols["union_power"] = col(_opt(st.floats(0, 1)))
    for name in ("cpi_previous", "cpi_forecast", "cpi_target"):
        cols[name] = col(_opt(st.floats(-0.05, 0.2)))
    cols["cpi_previous"] = np.nan_to_num(cols["cpi_previous"], nan=0.02)
    cols["productivity_trend"] = col(st.floats(-0.1, 0.2))
    cols["average_wage"] = col(st.floats(1e3, 3e4))
    cols["minimum_wage_monthly"] = col(st.floats(500, 5e3))
    cols["minimum_wage_next"] = col(_opt(st.floats(500, 6e3)))
    cols["excludes_employee_contributions"] = col(st.sampled_from([0.0, 1.0]))
    cols["employer_rate"] = col(st.floats(0, 0.5))
    cols["contribution_floor"] = col(st.floats(0, 1e4))
    cols["contribution_ceiling"] = cols["contribution_floor"] * col(st.floats(1, 10)) + 1.0
    lines = np.sort(np.stack([col(rate) for _ in range(3)]), axis=0)
    cols["guideline_lower"], cols["guideline_baseline"], cols["guideline_upper"] = lines
    return cols


policies = st.builds(
    Policy,
    inflation_measure=st.sampled_from(["forecast", "realised", "target"]),
    productivity_measure=st.sampled_from(["enterprise", "economy"]),
    bargaining_margin=st.floats(0, 0.05),
    bargaining_margin_ratio=st.floats(0, 1),
    profit_share_limit=st.floats(0, 1),
)


# Each example builds a whole table, so generation is slower than Hypothesis expects.
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _bands(r):
    return r.floor, r.target, r.opening


@PROPERTY
@given(rows(), policies)
def test_floor_target_opening_are_ordered_for_valid_rows(cols, policy):
    r = score(cols, policy)
    assert (r.error == "").all()
    assert (r.floor <= r.target).all() and (r.target <= r.opening).all()
    assert (r.legal_floor <= r.target).all()
    assert ((r.priority >= 0) & (r.priority <= 100)).all()
    offered = np.isfinite(cols["management_offer"])
    assert (r.floor[offered] >= cols["management_offer"][offered]).all()
    assert (r.floor_before_offer <= r.floor).all() and (r.target_before_offer <= r.target).all()


@settings(max_examples=50)
@given(st.lists(st.sampled_from([NAN, np.inf, -np.inf, -1e9, -2.0, -0.5, 0.0, 0.3, 1.0, 5.0, 3e3, 1e9]),
                min_size=len(KERNEL_COLUMNS), max_size=len(KERNEL_COLUMNS)))
def test_arbitrary_inputs_never_raise_and_keep_the_order(values):
    r = score(dict(zip(KERNEL_COLUMNS, values)))
    if r.error[0]:
        assert np.isnan([r.floor[0], r.target[0], r.opening[0]]).all()
    else:
        assert r.floor[0] <= r.target[0] <= r.opening[0]


@PROPERTY
@given(rows(), policies, st.floats(0, 0.1))
def test_bands_never_fall_when_cpi_rises(cols, policy, delta):
    # With the economy productivity measure every CPI column may move. With the enterprise
    # measure cpi_previous also deflates the accounts (higher realised CPI = lower real
    # productivity), so there only the forecast and target CPI move.
    moved = ("cpi_previous", "cpi_forecast", "cpi_target")
    if policy.productivity_measure == "enterprise":
        moved = ("cpi_forecast", "cpi_target")
        cols["cpi_forecast"] = np.nan_to_num(cols["cpi_forecast"], nan=0.01)
        policy = Policy(inflation_measure="forecast", productivity_measure="enterprise")
    higher = {**cols, **{k: cols[k] + delta for k in moved}}
    for before, after in zip(_bands(score(cols, policy)), _bands(score(higher, policy))):
        assert (after >= before).all()


@PROPERTY
@given(rows(), policies, st.floats(0, 0.1), st.floats(1, 1.5))
def test_bands_never_fall_when_productivity_rises(cols, policy, delta, va_factor):
    higher = {**cols, "productivity_trend": cols["productivity_trend"] + delta,
              "value_added": cols["value_added"] * va_factor}
    for before, after in zip(_bands(score(cols, policy)), _bands(score(higher, policy))):
        assert (after >= before).all()


def test_target_never_falls_as_productivity_lifts_the_class():
    # Without previous profit the class follows productivity: sweep the economy-wide trend
    # from -10% to +20% so that Hengda passes slow (g < 2%), normal and fast (g >= 10%).
    trend = np.linspace(-0.10, 0.20, 301)
    cols = columns(*[HENGDA] * len(trend), profit_previous=NAN, market_median=NAN, minimum_wage_next=2740.0)
    cols["productivity_trend"] = trend
    r = score(cols, Policy(productivity_measure="economy", catch_up_cap=0.0))
    assert set(r.guideline_class) == {1, 2, 3}
    for name in ("guideline_lo", "guideline_hi", "floor", "target", "opening"):
        assert (np.diff(getattr(r, name)) >= 0).all(), name
    # at g = 3% (index 130): normal, band [3.5%, 6.5%], target = p + g = 1% + 3% = 4%
    assert r.guideline_class[130] == 2
    assert_allclose(r.target[130], 0.04)


RATE_FIELDS = ("floor", "target", "opening", "resistance", "settlement", "inflation", "productivity",
               "catch_up", "guideline_lo", "guideline_hi", "legal_floor", "cost_pct_payroll",
               "cost_pct_profit", "priority")


@PROPERTY
@given(rows(), policies, st.integers(-12, 12))
def test_rates_are_invariant_under_rescaling_money(cols, policy, exponent):
    k = 2.0 ** exponent  # exact in floating point, so thresholds cannot flip on rounding
    # Values near the bottom of the float range (subnormals) lose digits or vanish when
    # scaled or multiplied: that changes the data, not just its unit. Round them to zero.
    cols = {c: np.where(np.abs(v) < 1e-250, 0.0, v) for c, v in cols.items()}
    scaled = {**cols, **{c: cols[c] * k for c in MONEY_COLUMNS if c in cols}}
    a, b = score(cols, policy), score(scaled, policy)
    for name in RATE_FIELDS:
        assert_allclose(getattr(b, name), getattr(a, name), rtol=1e-12, atol=1e-15, err_msg=name)
    assert_array_equal(b.guideline_class, a.guideline_class)
    assert list(b.check_codes) == list(a.check_codes)
    assert_allclose(b.cost_annual, a.cost_annual * k, rtol=1e-12)


def test_rates_are_invariant_under_a_non_binary_rescaling():
    cols = columns(HENGDA, RIVERSIDE)
    a = score(cols)
    b = score({**cols, **{c: cols[c] * 7.3 for c in MONEY_COLUMNS if c in cols}})
    for name in RATE_FIELDS:
        assert_allclose(getattr(b, name), getattr(a, name), rtol=1e-9, err_msg=name)


BAD_VALUES = [("headcount", -3.0), ("profit", NAN), ("cpi_previous", 2.0), ("wage_bill", np.inf),
              ("guideline_lower", 0.9), ("lowest_base_pay", 0.0)]


@PROPERTY
@given(rows(), st.sampled_from(BAD_VALUES), st.data())
def test_bad_rows_do_not_affect_good_rows(cols, bad, data):
    n = len(cols["headcount"])
    position = data.draw(st.integers(0, n))
    broken = {k: np.insert(v, position, v[0]) for k, v in cols.items()}
    broken[bad[0]][position] = bad[1]
    alone, mixed = score(cols), score(broken)
    assert mixed.error[position] != ""
    keep = np.arange(n + 1) != position
    for name in RATE_FIELDS + ("cost_annual",):
        assert_array_equal(getattr(mixed, name)[keep], getattr(alone, name), err_msg=name)
    assert list(mixed.check_codes[keep]) == list(alone.check_codes)
