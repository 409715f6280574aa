"""The advisor on the reference scenario, checked against figures derived by hand.

Reference: shared/examples/reference.yaml (Hengda Auto Parts, Shanghai 2026).
"""
from __future__ import annotations

import math

import pytest
from numpy.testing import assert_allclose

from wagebargain.advice.build import advise
from wagebargain.scenario.loader import load
from wagebargain.scenario.rows import row_from_scenario

EMPLOYER_RATE = 0.16 + 0.09 + 0.005 + 0.002 + 0.07  # 32.7%
# Contribution base [7460, 37302]: gross of operator 3100+350+600 = 4050, technician
# 6200+400+500 = 7100 and office 5200 lie below the floor (their contributions are charged on
# the floor and do not move with a raise); only managers' 26000 lies inside.
PAYROLL_BY_GRADE = 520 * 4050 + 180 * 7100 + 90 * 5200 + 30 * 26000  # 4,632,000 a month
CONTRIBUTION_SHARE = 30 * 26000 / PAYROLL_BY_GRADE  # 0.168394, marginal (a vanishing raise)
# At the 8% target technicians cross the floor: 7100 x 1.08 = 7668, so their base moves
# 7668 - 7460 = 208; managers' moves 26000 x 8% = 2080; operators (4374) and office (5616)
# stay under the floor. Exact share = (180 x 208 + 30 x 2080) / (8% x 4,632,000)
# = (37,440 + 62,400) / 370,560 = 99,840 / 370,560 = 0.269430.
TARGET_SHARE = (180 * 208 + 30 * 2080) / (0.08 * PAYROLL_BY_GRADE)
GRADES = [(520, 4050.0), (180, 7100.0), (90, 5200.0), (30, 26000.0)]  # (workers, pay in the base)


def _share_by_hand(raise_: float) -> float:
    """sum n [clip(p (1 + r)) - clip(p)] / sum n p r on the reference grades, base [7460, 37302]."""
    def clip(x: float) -> float:
        return min(max(x, 7460.0), 37302.0)
    moved = sum(n * (clip(p * (1 + raise_)) - clip(p)) for n, p in GRADES)
    return moved / sum(n * p * raise_ for n, p in GRADES)


@pytest.fixture(scope="module")
def brief(reference_path_module):
    loaded = load(reference_path_module)
    return loaded, advise(loaded.scenario, source_file=loaded.path, sha256=loaded.sha256)


@pytest.fixture(scope="module")
def reference_path_module():
    from wbpaths import REFERENCE

    if not REFERENCE.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return REFERENCE


def test_row_carries_derived_inputs(brief):
    loaded, _ = brief
    row = row_from_scenario(loaded.scenario)
    # The exact share at the kernel's target (8%), not the marginal 0.168394.
    assert_allclose(row["contribution_share"], TARGET_SHARE)
    assert_allclose(_share_by_hand(0.08), TARGET_SHARE)
    # Lowest grade by countable pay: operator, 3100 - 330 = 2770.
    assert row["lowest_base_pay"] == 3100 and row["lowest_employee_contributions"] == 330
    assert row["lowest_gross_pay"] == 3100 + 350 + 600 + 150
    assert row["market_median"] == 66000
    assert row["employer_rate"] == pytest.approx(EMPLOYER_RATE)
    # Raise history 3%, 0, 2%, 0, 1.5% against CPI 0.2% and productivity 4% each year:
    # 1.04**5 / (1.03 * 1.02 * 1.015 / 1.002**5) - 1 = 0.152403
    assert_allclose(row["pay_lag"], 1.04**5 / (1.03 * 1.02 * 1.015 / 1.002**5) - 1)
    assert row["years_without_raise"] == 0  # the latest year (2025) had a raise


def test_band_components(brief):
    _, advice = brief
    band = advice.firms[0].band
    parts = {c.name: c.value for c in band.components}
    assert parts["inflation"] == pytest.approx(0.01)  # the forecast, by default
    # Real productivity growth: (137e6/820) / (128e6/800) = 1.0442073; / 1.002 - 1 = 0.042123
    assert_allclose(parts["productivity"], (137e6 / 820) / (128e6 / 800) / 1.002 - 1)
    # Catch-up: 0.25 x 0.1524 + 0.10 x (66000 / (12 x 4200) - 1) = 0.0690 -> capped at 3 points
    assert parts["catch_up"] == pytest.approx(0.03)
    # Profit grew 45/38 - 1 = 18.4% >= 10%: fast-growing, band [baseline 5%, upper 8%];
    # 1% + 4.21% + 3% = 8.21% is clipped to the upper line.
    assert band.guideline_class == "fast_growth"
    assert (band.guideline_low, band.guideline_high) == (0.05, 0.08)
    assert band.target == pytest.approx(0.08)
    # Legal floor: (next minimum 2850 + own contributions 330) / base 3100 - 1 = 2.58%
    assert_allclose(parts["legal_floor"], (2850 + 330) / 3100 - 1)
    # Walk-away floor = max(legal floor, inflation 1%) = 2.58%; opening = target + 2 points.
    assert_allclose(band.floor, (2850 + 330) / 3100 - 1)
    assert band.opening == pytest.approx(0.10)
    assert band.floor <= band.target <= band.opening


def test_settlement_is_the_nash_point(brief):
    _, advice = brief
    s = advice.firms[0].settlement
    # Resistance: 10% of profit 45e6 over the full cost of one point of raise, contributions
    # at the share of the target: 58.5e6 x (1 + 0.327 x 0.269430) = 63.654e6 -> 7.07%.
    resistance = 0.10 * 45e6 / (58.5e6 * (1 + EMPLOYER_RATE * TARGET_SHARE))
    assert_allclose(resistance, 0.0706946, atol=1e-7)
    assert_allclose(s.management_resistance, resistance)
    floor = (2850 + 330) / 3100 - 1
    assert_allclose(s.nash, floor + 0.5 * (resistance - floor))  # x = d + a (S - d)
    assert s.zone
    assert s.offer_position == "below_floor"  # management offers 1.5% < 2.58%


def test_cost_of_the_target(brief):
    _, advice = brief
    target = next(c for c in advice.firms[0].costs if c.label == "target")
    assert_allclose(target.wage_bill_annual, 0.08 * 58.5e6)  # 4,680,000
    # Contributions on the exact share of the 8% raise inside the base (technicians crossing
    # the floor count): 4,680,000 x 0.327 x 0.269430 = 412,325 (the marginal share 0.168394
    # gave 257,703). On the grades alone it is 99,840 x 12 x 0.327 = 391,772; the share
    # carries it to the whole wage bill of the accounts, which the raise is costed on.
    assert_allclose(target.employer_contributions, 4.68e6 * EMPLOYER_RATE * TARGET_SHARE)
    assert_allclose(target.employer_contributions, 412_325.0, atol=1.0)
    assert_allclose(99_840 * 12 * EMPLOYER_RATE * 58.5e6 / (12 * PAYROLL_BY_GRADE),
                    target.employer_contributions)
    total = 4.68e6 * (1 + EMPLOYER_RATE * TARGET_SHARE)  # 5,092,325
    assert_allclose(target.total, total)
    assert_allclose(target.per_worker_month, total / 820 / 12)  # 517.51
    assert_allclose(target.pct_profit, total / 45e6)
    assert_allclose(target.pct_payroll, total / 58.5e6)
    assert_allclose(target.contract_total, total)  # a 12-month contract


def test_checks_find_the_part_time_violation(brief):
    _, advice = brief
    codes = {(c.code, c.severity, c.subject) for c in advice.firms[0].checks}
    # Canteen helpers earn 24 an hour against an hourly minimum of 25.
    assert ("part_time_hourly", "violation", "Canteen helper") in codes
    # 2740 / 12434 = 22% of the average wage, below the 40% aim.
    assert any(c[0] == "minimum_vs_average" for c in codes)
    assert not any(c[0] == "minimum_wage" for c in codes)  # every grade clears 2740


def test_allocation_spends_the_target_budget(brief):
    _, advice = brief
    alloc = advice.firms[0].allocation
    heads = [g.headcount for g in alloc.grades]
    spent = sum(h * g.tilted_money for h, g in zip(heads, alloc.grades))
    assert spent == pytest.approx(alloc.budget_month, rel=1e-6)
    # Tilted: the lowest paid get the largest percentage.
    rates = [g.tilted_rate for g in sorted(alloc.grades, key=lambda g: g.base_pay)]
    assert rates == sorted(rates, reverse=True)


def test_brief_is_traceable_and_json_ready(brief):
    import json

    loaded, advice = brief
    doc = advice.to_dict()
    assert doc["source_sha256"] == loaded.sha256 and len(loaded.sha256) == 64
    assert doc["tool_version"]
    text = json.dumps(doc, allow_nan=False)  # no NaN may leak into JSON
    assert "NaN" not in text


def test_ladder_runs_from_opening_to_target(brief):
    _, advice = brief
    firm = advice.firms[0]
    rates = [r.rate for r in firm.ladder]
    assert rates[0] == pytest.approx(firm.band.opening)
    assert rates[-1] == pytest.approx(firm.band.target)
    assert all(a >= b for a, b in zip(rates, rates[1:]))
    assert all(r >= firm.band.floor for r in rates)


def test_sensitivity_moves_the_right_way(brief):
    _, advice = brief
    rows = {r.case: r for r in advice.firms[0].sensitivity}
    assert rows["cpi+"].floor >= rows["base"].floor
    assert rows["productivity-"].target <= rows["base"].target
    assert not math.isnan(rows["profit-"].target)


def test_scenario_policy_section_covers_every_policy_setting():
    from dataclasses import fields

    from wagebargain.core.policy import Policy
    from wagebargain.scenario.models import Policy as PolicySection

    assert set(PolicySection.model_fields) == {f.name for f in fields(Policy)}


def test_policy_overrides_reach_the_band(reference_path_module, tmp_path):
    text = reference_path_module.read_text("utf-8")
    custom = tmp_path / "s.yaml"
    custom.write_text(text + "\npolicy:\n  bargaining_margin: 3%\n  productivity_measure: economy\n", "utf-8")
    band = advise(load(custom).scenario).firms[0].band
    parts = {c.name: c.value for c in band.components}
    assert parts["productivity"] == pytest.approx(0.04)  # the economy-wide trend
    assert band.opening - band.target == pytest.approx(0.03)


def test_policy_errors_are_located(reference_path_module, tmp_path):
    from wagebargain.errors import ScenarioError

    custom = tmp_path / "s.yaml"
    custom.write_text(reference_path_module.read_text("utf-8") +
                      "\npolicy:\n  catch_up_shar: 10%\n  slow_growth: 20%\n", "utf-8")
    with pytest.raises(ScenarioError) as info:
        load(custom)
    messages = [str(p) for p in info.value.problems]
    assert any("policy.catch_up_shar" in m and "catch_up_share" in m for m in messages)


def test_raise_history_may_carry_each_years_cpi(reference_path_module, tmp_path):
    text = reference_path_module.read_text("utf-8").replace(
        "- {year: 2021, raise: 3%}", "- {year: 2021, raise: 3%, cpi: 2%}")
    custom = tmp_path / "s.yaml"
    custom.write_text(text, "utf-8")
    row = row_from_scenario(load(custom).scenario)
    # 2021 deflated by 2% instead of 0.2%: 1.04**5 / (1.03/1.02 * 1.02 * 1.015 / 1.002**4) - 1
    expected = 1.04**5 / ((1.03 / 1.02) * (1.02 / 1.002) * (1.015 / 1.002) / 1.002**2) - 1
    assert_allclose(row["pay_lag"], expected)


def test_flat_amount_is_costed_beside_the_percentages():
    from wbpaths import SCENARIOS

    loaded = load(SCENARIOS / "harbor-canteens-service.yaml")
    scenario = loaded.scenario
    firm = advise(scenario).firms[0]
    flat = next(c for c in firm.costs if c.label == "flat")
    heads = scenario.enterprise.accounts.current.average_headcount
    amount = scenario.bargaining.flat_amount
    row = row_from_scenario(scenario)
    # 150 a month for every worker: 150 x headcount x 12 a year. Contributions on the flat
    # raise's own exact share inside the base [4588, 26421]: kitchen 3120 -> 3270, cooks
    # 4300 -> 4450 and cleaners 2800 -> 2950 stay under the floor; supervisors (5500) and
    # office (9000) are inside. Share = (18 + 12) x 150 / ((210 + 60 + 40 + 18 + 12) x 150)
    # = 30 / 340 = 0.088235.
    share = 30 / 340
    assert_allclose(flat.wage_bill_annual, amount * heads * 12)
    assert_allclose(flat.total, amount * heads * 12 * (1 + row["employer_rate"] * share))
    assert_allclose(flat.rate, amount * heads * 12 / scenario.enterprise.accounts.current.wage_bill)


def test_floor_and_opening_are_costed_at_their_own_share(brief):
    _, advice = brief
    costs = {c.label: c for c in advice.firms[0].costs}
    # Floor 80/3100 = 2.58%: technicians reach 7100 x 1.0258 = 7283 < 7460, so only managers
    # move: share = 30 x 26000 / 4,632,000 = 0.168394 (the marginal share).
    floor = costs["floor"]
    assert_allclose(floor.employer_contributions,
                    floor.rate * 58.5e6 * EMPLOYER_RATE * CONTRIBUTION_SHARE)
    # Opening 10%: technicians 7810 - 7460 = 350, managers 2600:
    # (180 x 350 + 30 x 2600) / 463,200 = 141,000 / 463,200 = 0.304404.
    opening = costs["opening"]
    assert_allclose(_share_by_hand(0.10), 141_000 / 463_200)
    assert_allclose(opening.employer_contributions, 0.10 * 58.5e6 * EMPLOYER_RATE * 141_000 / 463_200)


def test_multi_year_contract_with_schedule_and_lump_sum(reference_path_module, tmp_path):
    text = reference_path_module.read_text("utf-8").replace(
        "  contract_months: 12", "  contract_months: 30\n  schedule: [5%, 3%, 2%]\n  lump_sum: 500")
    custom = tmp_path / "s.yaml"
    custom.write_text(text, "utf-8")
    scenario = load(custom).scenario
    target = next(c for c in advise(scenario).firms[0].costs if c.label == "target")
    payroll, r = 58.5e6, 0.08  # the target replaces the schedule's first year
    # Year k costs payroll x (prod of raises so far - 1), with contributions on the exact
    # share at that cumulative raise: year 2 is 1.08 x 1.03 - 1 = 11.24% (technicians
    # 7100 x 1.1124 = 7898.04 -> 438.04 above the floor, managers 2922.40:
    # (180 x 438.04 + 30 x 2922.40) / (0.1124 x 4,632,000) = 166,519.2 / 520,636.8 = 0.319837);
    # year 3 is 1.08 x 1.03 x 1.02 - 1 = 13.4648% and holds 6 of its 12 months; the lump sum
    # (500 x 820 workers) is paid once in year 1 and never enters the base.
    g2, g3 = 1.08 * 1.03 - 1, 1.08 * 1.03 * 1.02 - 1
    assert_allclose(_share_by_hand(g2), 166_519.2 / 520_636.8)
    year1 = payroll * r * (1 + EMPLOYER_RATE * TARGET_SHARE) + 500 * 820
    year2 = payroll * g2 * (1 + EMPLOYER_RATE * _share_by_hand(g2))
    year3 = payroll * g3 * (1 + EMPLOYER_RATE * _share_by_hand(g3)) * 6 / 12
    assert_allclose(target.contract_years, [year1, year2, year3])
    assert_allclose(target.contract_total, year1 + year2 + year3)


def test_a_six_month_contract_costs_a_full_year_annually_and_half_over_the_contract(
        reference_path_module, tmp_path):
    from wagebargain.core.kernel import score

    text = reference_path_module.read_text("utf-8").replace("  contract_months: 12",
                                                            "  contract_months: 6")
    custom = tmp_path / "s.yaml"
    custom.write_text(text, "utf-8")
    scenario = load(custom).scenario
    target = next(c for c in advise(scenario).firms[0].costs if c.label == "target")
    # Annual: a full year of the 8% raise whatever the contract's length:
    # 4,680,000 x (1 + 0.327 x 0.269430) = 5,092,325, i.e. 517.51 per worker per month.
    full_year = 4.68e6 * (1 + EMPLOYER_RATE * TARGET_SHARE)
    assert_allclose(target.total, full_year)
    assert_allclose(target.wage_bill_month, 0.08 * 58.5e6 / 12)  # 390,000 a month
    assert_allclose(target.per_worker_month, full_year / 820 / 12)
    # Over the contract: 6 of 12 months, 2,546,162.
    assert_allclose(target.contract_total, full_year * 6 / 12)
    assert_allclose(target.contract_years, [full_year / 2])
    # The kernel (what batch writes) agrees on both.
    kr = score(row_from_scenario(scenario))
    assert_allclose(kr.cost_annual, [target.total], rtol=1e-12)
    assert_allclose(kr.cost_contract, [target.contract_total], rtol=1e-12)
    assert_allclose(kr.cost_per_worker_month, [target.per_worker_month], rtol=1e-12)


def test_an_eighteen_month_contract_agrees_with_the_kernel(reference_path_module, tmp_path):
    from wagebargain.core.kernel import score

    text = reference_path_module.read_text("utf-8").replace("  contract_months: 12",
                                                            "  contract_months: 18")
    custom = tmp_path / "s.yaml"
    custom.write_text(text, "utf-8")
    scenario = load(custom).scenario
    target = next(c for c in advise(scenario).firms[0].costs if c.label == "target")
    # One raise in force for 18 months: 1.5 years of 5,092,325 = 7,638,487.
    full_year = 4.68e6 * (1 + EMPLOYER_RATE * TARGET_SHARE)
    assert_allclose(target.contract_total, 1.5 * full_year)
    assert_allclose(score(row_from_scenario(scenario)).cost_contract, [target.contract_total])
