"""Sensitivity of floor, target and opening, worked on Hengda (reference scenario)."""
from __future__ import annotations

import numpy as np
from numpy.testing import assert_allclose, assert_array_equal

from wagebargain.core.kernel import score
from wagebargain.core.policy import Policy
from wagebargain.core.sensitivity import PERTURBATIONS, sensitivity

NAN = float("nan")
HENGDA = dict(
    headcount=820.0, headcount_previous=800.0, value_added=137e6, value_added_previous=128e6,
    profit=45e6, profit_previous=38e6, wage_bill=58.5e6, wage_bill_previous=55.8e6,
    lowest_base_pay=3100.0, lowest_employee_contributions=330.0, lowest_gross_pay=4200.0,
    market_median=66000.0, cpi_previous=0.002, cpi_forecast=0.01, productivity_trend=0.04,
    average_wage=12434.0, minimum_wage_monthly=2740.0, minimum_wage_next=2850.0,
    excludes_employee_contributions=1.0, employer_rate=0.327, contribution_floor=7460.0,
    contribution_ceiling=37302.0, guideline_baseline=0.05, guideline_upper=0.08, guideline_lower=0.02,
)
# Hengda's components (test_kernel.py): p = 1%, g = 4.21231%, catch-up 3% (capped),
# class fast_growth [5%, 8%], legal floor 2.58065%, target 8%, opening 10%.
LEGAL = 3180 / 3100 - 1


def cols(**overrides):
    return {k: np.array([v]) for k, v in {**HENGDA, **overrides}.items()}


def test_hengda_sensitivity_worked_case():
    s = sensitivity(cols())
    assert s.labels == PERTURBATIONS
    assert s.target.shape == (len(PERTURBATIONS), 1)
    target = dict(zip(s.labels, s.target[:, 0]))
    # base: clip(1% + 4.21231% + 3%, 5%, 8%) = 8%
    assert_allclose(target["base"], 0.08)
    # CPI -1 point: p = 0; real productivity unchanged (value added moves with prices):
    # 0 + 4.21231% + 3% = 7.21231%.  CPI +1 point: 9.21231% -> capped at 8%
    assert_allclose(target["cpi-"], 0.0721231, atol=1e-7)
    assert_allclose(target["cpi+"], 0.08)
    # productivity -1 point: 1% + 3.21231% + 3% = 7.21231%; +1 point: capped at 8%
    assert_allclose(target["productivity-"], 0.0721231, atol=1e-7)
    assert_allclose(target["productivity+"], 0.08)
    # profit -20%: 36e6 against 38e6 is -5.3%: slow growth, band [2%, 5%] -> 5%
    assert_allclose(target["profit-"], 0.05)
    assert_allclose(target["profit+"], 0.08)
    # the floor is the legal floor throughout: max(2.58%, p) with p at most 2%
    assert_allclose(s.floor[:, 0], LEGAL)
    assert_allclose(s.delta("opening")[:, 0], s.delta("target")[:, 0])  # the 2-point margin rides on the target


def test_floor_follows_cpi_when_above_the_legal_floor():
    # next minimum = today's: legal floor 0, so the floor is real-pay protection p = 1% -/+ 1 point
    s = sensitivity(cols(minimum_wage_next=2740.0))
    floor = dict(zip(s.labels, s.floor[:, 0]))
    assert_allclose([floor["cpi-"], floor["base"], floor["cpi+"]], [0.0, 0.01, 0.02], atol=1e-12)


def test_base_row_equals_score_and_settlement_moves_with_profit():
    s = sensitivity(cols())
    r = score(cols())
    assert_allclose(s.target[0], r.target)
    assert_allclose(s.settlement[0], r.settlement)
    # resistance 10% of profit / wage bill: 7.69% -> 6.15% (-20%) -> 9.23% (+20%);
    # settlement = floor + (resistance - floor) / 2
    resistance = np.array([0.8, 1.2]) * 0.1 * 45e6 / 58.5e6
    assert_allclose(s.settlement[5:, 0], LEGAL + 0.5 * (resistance - LEGAL))


def test_loss_making_profit_plus_is_a_smaller_loss():
    # profit -2.6e6: "+20%" is -2.08e6 and "-20%" is -3.12e6; both stay loss-making
    s = sensitivity(cols(profit=-2.6e6))
    assert (s.error == "").all()
    assert_array_equal(s.target[5:, 0], s.target[0, 0])


def test_vectorised_over_rows_and_errors_stay_in_their_cell():
    table = {k: np.array([v, v]) for k, v in HENGDA.items()}
    table["cpi_forecast"] = np.array([0.01, 0.995])  # +1 point leaves the valid range for row 1
    s = sensitivity(table, Policy())
    assert s.target.shape == (len(PERTURBATIONS), 2)
    assert (s.error[:, 0] == "").all()
    cpi_plus = PERTURBATIONS.index("cpi+")
    assert "cpi_forecast" in s.error[cpi_plus, 1]
    assert np.isnan(s.target[cpi_plus, 1])
    assert s.error[0, 1] == ""


def test_missing_previous_accounts_shift_only_the_trend():
    s = sensitivity(cols(value_added_previous=NAN, headcount_previous=NAN), Policy(catch_up_cap=0.0))
    target = dict(zip(s.labels, s.target[:, 0]))
    # fallback g = trend 4%: 1% + 4% = 5%; productivity -1 point: 4% is below the band's 5%,
    # productivity +1 point: 6%
    assert_allclose([target["productivity-"], target["base"], target["productivity+"]], [0.05, 0.05, 0.06])


def test_perturbations_are_monotone_on_the_example_table():
    rng = np.random.default_rng(7)
    n = 50
    table = {k: np.full(n, v) for k, v in HENGDA.items()}
    table["value_added"] = table["value_added"] * rng.uniform(0.8, 1.3, n)
    table["profit"] = rng.uniform(-5e6, 9e7, n)
    table["cpi_forecast"] = rng.uniform(-0.01, 0.06, n)
    s = sensitivity(table)
    i = {label: k for k, label in enumerate(PERTURBATIONS)}
    for name in ("floor", "target", "opening"):
        values = getattr(s, name)
        assert (values[i["cpi-"]] <= values[i["base"]]).all() and (values[i["base"]] <= values[i["cpi+"]]).all()
        assert (values[i["productivity-"]] <= values[i["base"]]).all()
        assert (values[i["base"]] <= values[i["productivity+"]]).all()
