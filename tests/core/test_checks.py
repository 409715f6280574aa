"""Grade-level legal and policy checks (domain.md §§1, 3, 4, 8)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core.checks import (
    SOURCES,
    Check,
    arrears_check,
    countable_pay,
    front_line_raise_checks,
    hourly_equivalent,
    minimum_adequacy_checks,
    minimum_wage_checks,
    part_time_checks,
    pay_cycle_check,
    pay_ratio_check,
    piece_rate_checks,
    subsistence_ratio_check,
)

# Reference scenario (Shanghai excludes the worker's own contributions).
GRADES = ["Assembly operator", "Machine technician", "Office and logistics", "Managers"]
BASE = [3100, 6200, 5200, 26000]
OWN = [330, 660, 550, 2700]


def by_code(checks: list[Check], code: str) -> list[Check]:
    return [c for c in checks if c.code == code]


def test_countable_pay_follows_the_regional_rule():
    assert_allclose(countable_pay(BASE, OWN, True), [2770, 5540, 4650, 23300])
    assert_allclose(countable_pay(BASE, OWN, False), BASE)


def test_hourly_equivalent():
    # 2770 / (21.75 x 8) = 2770 / 174 = 15.92 an hour.
    assert hourly_equivalent(2770) == pytest.approx(2770 / 174)


def test_reference_grades_clear_todays_minimum_but_not_next_years():
    countable = countable_pay(BASE, OWN, True)
    checks = minimum_wage_checks(GRADES, countable, 2740, minimum_next=2850)
    now, nxt = by_code(checks, "minimum_wage"), by_code(checks, "minimum_wage_next")
    assert len(now) == len(nxt) == 4
    # Assembly: 2770 >= 2740, margin 2770 / 2740 - 1 = 1.09%.
    assembly = now[0]
    assert assembly.severity == "note" and assembly.message_key == "minimum_wage.ok"
    assert assembly.subject == "Assembly operator"
    assert assembly.numbers["margin"] == pytest.approx(30 / 2740)
    assert assembly.numbers["hourly_equivalent"] == pytest.approx(2770 / 174)
    # With no raise, 2770 < 2850 next year: a risk, short by 80.
    assert nxt[0].severity == "risk" and nxt[0].message_key == "minimum_wage_next.below"
    assert nxt[0].numbers["shortfall"] == pytest.approx(80)
    assert [c.is_problem for c in nxt] == [True, False, False, False]
    assert nxt[0].source == SOURCES["minimum_wage_next"]


def test_a_raise_clears_next_years_minimum():
    checks = minimum_wage_checks(GRADES[:1], [2770], 2740, raise_money=[100], minimum_next=2850)
    nxt = by_code(checks, "minimum_wage_next")[0]
    assert not nxt.is_problem
    assert nxt.numbers["countable_after"] == 2870


def test_below_todays_minimum_is_a_violation():
    check = minimum_wage_checks(["Cleaner"], [2600], 2740)[0]
    assert check.severity == "violation" and check.message_key == "minimum_wage.below"
    assert check.numbers["shortfall"] == pytest.approx(140)


def test_part_time_canteen_helper():
    # 24 an hour against a 25 hourly minimum: a violation short by 1; 15-day cycle is fine.
    pay, cycle = part_time_checks(["Canteen helper"], [24], 25, [15])
    assert pay.code == "part_time_hourly" and pay.severity == "violation"
    assert pay.numbers["shortfall"] == pytest.approx(1)
    assert cycle.code == "pay_cycle_part_time" and not cycle.is_problem
    late = part_time_checks(["Canteen helper"], [26], 25, [16])
    assert [c.is_problem for c in late] == [False, True]


@pytest.mark.parametrize(("days", "part_time", "problem"),
                         [(30, False, False), (31, False, False), (35, False, True),
                          (15, True, False), (16, True, True)])
def test_pay_cycle_limits(days, part_time, problem):
    check = pay_cycle_check(days, part_time=part_time)
    assert check.is_problem is problem
    assert check.numbers["limit_days"] == (15 if part_time else 31)


def test_arrears():
    assert not arrears_check(0).is_problem
    unpaid = arrears_check(120000)
    assert unpaid.severity == "violation" and unpaid.message_key == "arrears.unpaid"
    assert "Art. 85" in unpaid.source


def test_minimum_adequacy_reference():
    # 2740 / 12 434 = 22.0% of the average wage: below the 40% target by
    # 0.40 x 12 434 - 2740 = 2233.6; below the EU's 50% of mean; with a median of 9000,
    # 2740 / 9000 = 30.4% < 60%.
    avg, mean_eu, median_eu = minimum_adequacy_checks(2740, 12434, median_wage=9000)
    assert avg.code == "minimum_vs_average" and avg.severity == "note"
    assert avg.numbers["ratio"] == pytest.approx(2740 / 12434)
    assert avg.numbers["shortfall"] == pytest.approx(2233.6)
    assert avg.message_key == "minimum_vs_average.below_target"
    assert mean_eu.severity == "note" and mean_eu.message_key.endswith("below_reference")
    assert median_eu.numbers["ratio"] == pytest.approx(2740 / 9000)
    assert len(minimum_adequacy_checks(2740, 12434)) == 2
    assert minimum_adequacy_checks(5000, 12434)[0].message_key == "minimum_vs_average.ok"


def test_subsistence_ratio():
    # 1510 / 2740 = 0.551 <= 0.6: fine; 1700 / 2740 = 0.620: too close.
    assert not subsistence_ratio_check(1510, 2740).is_problem
    close = subsistence_ratio_check(1700, 2740)
    assert close.severity == "risk" and close.numbers["ratio"] == pytest.approx(1700 / 2740)
    assert not subsistence_ratio_check(1700, 2740, max_ratio=0.65).is_problem


def test_front_line_riders():
    below, = front_line_raise_checks(0.03, 0.04)
    assert below.is_problem and below.message_key == "front_line_raise.below_average"
    assert not front_line_raise_checks(0.04, 0.04)[0].is_problem
    _, managers = front_line_raise_checks(0.0, 0.02, manager_raise=0.05)
    assert managers.is_problem and managers.code == "managers_without_front_line"
    assert not front_line_raise_checks(0.02, 0.02, manager_raise=0.05)[1].is_problem


def test_pay_ratio_is_stricter_for_state_ownership():
    # 26 000 / 3100 = 8.39 > 8: flagged; 20 000 / 3100 = 6.45: fine unless state-owned (5).
    assert pay_ratio_check(26000, 3100).is_problem
    assert pay_ratio_check(26000, 3100).numbers["ratio"] == pytest.approx(26000 / 3100)
    assert not pay_ratio_check(20000, 3100).is_problem
    state = pay_ratio_check(20000, 3100, state_owned=True)
    assert state.is_problem and state.numbers["limit"] == 5.0


def test_piece_rate_at_quota():
    # 0.5 a piece x 5000 pieces = 2500 < 2740 (short 240); 0.6 x 5000 = 3000 clears it.
    low, ok = piece_rate_checks(["Stitching", "Packing"], [0.5, 0.6], 5000, 2740)
    assert low.severity == "violation" and low.numbers["shortfall"] == pytest.approx(240)
    assert low.numbers["pay_at_quota"] == pytest.approx(2500)
    assert not ok.is_problem


def test_piece_rate_counts_only_what_the_minimum_wage_counts_now_and_next():
    # The reviewer's piece sewer: 2.5 a piece x quota 1100 = 2750 a month. Shanghai excludes
    # the worker's own contributions (330): countable 2750 - 330 = 2420 < 2740, a violation
    # (short 320). Next minimum 2850: after a 4% raise of the rate, 2750 x 1.04 - 330 = 2530
    # < 2850, a risk (short 320).
    now, nxt = piece_rate_checks(["Piece sewer"], 2.5, 1100, 2740, employee_contributions=330,
                                 excludes_employee_contributions=True, minimum_next=2850,
                                 raise_rate=0.04)
    assert (now.code, now.severity) == ("piece_rate", "violation")
    assert now.numbers["pay_at_quota"] == pytest.approx(2750)
    assert now.numbers["countable"] == pytest.approx(2420)
    assert now.numbers["shortfall"] == pytest.approx(2740 - 2420)
    assert (nxt.code, nxt.severity) == ("piece_rate_next", "risk")
    assert nxt.numbers["countable_after"] == pytest.approx(2750 * 1.04 - 330)  # 2530
    assert nxt.numbers["shortfall"] == pytest.approx(2850 - 2530)
    # Where contributions count (most provinces) the same job clears today's minimum
    # (2750 >= 2740) but not the next one without a raise (2750 < 2850).
    now, nxt = piece_rate_checks(["Piece sewer"], 2.5, 1100, 2740, employee_contributions=330,
                                 minimum_next=2850)
    assert not now.is_problem and nxt.is_problem
    assert nxt.numbers["shortfall"] == pytest.approx(100)


def test_part_time_floor_is_derived_from_the_monthly_minimum_when_no_hourly_one_is_given():
    # 2740 / (21.75 x 8) = 2740 / 174 = 15.747 an hour; 12 an hour is short by 3.747.
    pay, cycle = part_time_checks(["Canteen helper"], [12], None, [15], monthly_minimum=2740)
    assert (pay.code, pay.severity) == ("part_time_hourly_derived", "violation")
    assert pay.numbers["hourly_minimum"] == pytest.approx(2740 / 174)
    assert pay.numbers["monthly_minimum"] == 2740
    assert pay.numbers["shortfall"] == pytest.approx(2740 / 174 - 12)
    assert not cycle.is_problem
    clears, _ = part_time_checks(["Canteen helper"], [16], None, monthly_minimum=2740)
    assert not clears.is_problem and clears.message_key == "part_time_hourly_derived.ok"
    # A published hourly minimum is used as given, not derived.
    given_, _ = part_time_checks(["Canteen helper"], [16], 25, monthly_minimum=2740)
    assert given_.code == "part_time_hourly" and given_.is_problem
    with pytest.raises(ValueError, match="monthly_minimum"):
        part_time_checks(["Canteen helper"], [16], None)


def test_check_records_are_well_formed():
    with pytest.raises(ValueError, match="severity"):
        Check("x", "fatal", "x.ok")
    check = arrears_check(1)
    assert hash(check) == hash(arrears_check(1))
    with pytest.raises(ValueError, match="one entry per subject"):
        minimum_wage_checks(["a", "b"], [1, 2, 3], 2740)


@given(countable=st.floats(0, 20000), minimum=st.floats(1000, 5000),
       lift=st.floats(0, 2000), nxt=st.floats(1000, 6000))
def test_minimum_wage_outcome_matches_the_comparison(countable, minimum, lift, nxt):
    now, after = minimum_wage_checks(["g"], [countable], minimum, raise_money=lift,
                                     minimum_next=nxt)
    assert now.is_problem == (countable < minimum)
    assert after.is_problem == (countable + lift < nxt)
    assert now.numbers["shortfall"] == pytest.approx(max(0.0, minimum - countable))


def test_part_time_hours_over_24_a_week_is_a_violation():
    # Labour Contract Law Art. 68: at most 24 hours a week with one employer.
    from wagebargain.core.checks import part_time_hours_check

    assert part_time_hours_check(24.0, "helper").severity == "note"
    over = part_time_hours_check(30.0, "helper")
    assert (over.severity, over.message_key, over.subject) == ("violation", "part_time_hours.too_many", "helper")
    assert over.numbers == {"hours": 30.0, "limit_hours": 24.0}
