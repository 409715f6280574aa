"""Allocating a raise budget across grades (domain.md §6 and §1 riders)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core.allocation import (
    REASON_BUDGET_BELOW_MINIMUM,
    flat_allocation,
    minimum_raise,
    payroll,
    percentage_allocation,
    tilted_allocation,
)

# Reference scenario grades: base pay, headcount, and countable pay (Shanghai excludes
# the worker's own contributions: 3100 - 330 = 2770, 6200 - 660, 5200 - 550, 26000 - 2700).
REF_PAY = [3100, 6200, 5200, 26000]
REF_HEADS = [520, 180, 90, 30]
REF_COUNTABLE = [2770, 5540, 4650, 23300]

# A small case: payroll = 10 x 3000 + 10 x 4000 + 2 x 12 000 = 94 000; 5% = 4700.
PAY, HEADS = [3000.0, 4000.0, 12000.0], [10, 10, 2]


def test_payroll_and_percentage_allocation():
    assert payroll(PAY, HEADS) == 94000
    alloc = percentage_allocation(PAY, HEADS, 0.05)
    assert_allclose(alloc.raise_money, [150, 200, 600])
    assert_allclose(alloc.raise_rate, 0.05)
    assert alloc.cost == pytest.approx(0.05 * 94000)
    assert alloc.method == "percentage" and not alloc.infeasible


def test_flat_allocation_compresses_the_structure():
    # 4700 / 22 workers = 213.64 each: 7.1% for the lowest grade, 1.8% for the highest.
    alloc = flat_allocation(PAY, HEADS, 4700)
    assert_allclose(alloc.raise_money, 4700 / 22)
    assert_allclose(alloc.new_pay, np.array(PAY) + 4700 / 22)
    assert alloc.cost == pytest.approx(4700)
    assert np.all(np.diff(alloc.raise_rate) < 0)


def test_tilted_is_percent_but_at_least_a_money_floor():
    # percent_share 0.5 keeps 2.5% for everyone: floors 75, 100, 300. The rest lifts
    # everyone to a common money floor F: with grade 3 on its 300,
    # 20 F + 2 x 300 = 4700 gives F = 205 (>= 100, < 300). Raises 205, 205, 300:
    # 6.83%, 5.125%, 2.5%.
    alloc = tilted_allocation(PAY, HEADS, PAY, 0.0, 4700)
    assert_allclose(alloc.raise_money, [205, 205, 300], rtol=1e-8)
    assert_allclose(alloc.raise_rate, [205 / 3000, 205 / 4000, 0.025], rtol=1e-8)
    assert alloc.cost == pytest.approx(4700, rel=1e-9)
    assert alloc.method == "tilted" and not alloc.infeasible and alloc.reason == ""


def test_tilted_meets_the_next_minimum_before_anything_else():
    # Minimum 3400: grade 1 needs 400 (cost 4000). Keeping s of pay for everyone costs
    # 4000 + 10 x 4000 s + 2 x 12 000 s = 4700, so s = 700 / 64 000 = 1.09375% < 2.5%:
    # raises 400, 43.75, 131.25, and nothing is left for a money floor.
    alloc = tilted_allocation(PAY, HEADS, PAY, 3400.0, 4700)
    assert_allclose(alloc.raise_money, [400, 43.75, 131.25], rtol=1e-8)
    assert alloc.cost == pytest.approx(4700, rel=1e-9)


def test_tilted_keeps_grade_order_when_the_minimum_lifts_a_lower_grade():
    # Grade A (base 3000) counts only 2600 and needs 300 to reach 2900: new pay 3300.
    # Grade B (base 3100) needs nothing but must stay on top: at least 200.
    # Budget 500 = 300 + 200 is exactly the cheapest feasible allocation.
    alloc = tilted_allocation([3000, 3100], [1, 1], [2600, 3100], 2900, 500)
    assert_allclose(alloc.raise_money, [300, 200], rtol=1e-8)
    assert not alloc.infeasible
    # Budget 450 cannot pay for it: the cheapest feasible raises come back, flagged.
    short = tilted_allocation([3000, 3100], [1, 1], [2600, 3100], 2900, 450)
    assert short.infeasible and short.reason == REASON_BUDGET_BELOW_MINIMUM
    assert_allclose(short.raise_money, [300, 200])
    assert short.cost == 500 > short.budget


def test_tilted_spans_percentage_and_flat():
    # Reference: 5% of the monthly payroll 3 976 000 is 198 800.
    budget = 0.05 * payroll(REF_PAY, REF_HEADS)
    as_percent = tilted_allocation(REF_PAY, REF_HEADS, REF_COUNTABLE, 2850, budget,
                                   percent_share=1.0)
    as_flat = tilted_allocation(REF_PAY, REF_HEADS, REF_COUNTABLE, 2850, budget,
                                percent_share=0.0)
    assert_allclose(as_percent.raise_money,
                    percentage_allocation(REF_PAY, REF_HEADS, 0.05).raise_money, rtol=1e-8)
    assert_allclose(as_flat.raise_money,
                    flat_allocation(REF_PAY, REF_HEADS, budget).raise_money, rtol=1e-8)


def test_tilted_reference_scenario():
    # Floors at 2.5%: 77.5, 155, 130, 650. Managers keep 650; the other 790 workers
    # share 198 800 - 30 x 650 = 179 300: F = 226.96 (above 155). Assembly operators
    # get 7.3%, countable 2770 + 226.96 = 2996.96 >= 2850.
    budget = 198800.0
    alloc = tilted_allocation(REF_PAY, REF_HEADS, REF_COUNTABLE, 2850, budget)
    floor = (budget - 30 * 650) / 790
    assert_allclose(alloc.raise_money, [floor, floor, floor, 650], rtol=1e-8)
    assert alloc.raise_rate[0] == pytest.approx(floor / 3100)


def test_minimum_raise_is_a_running_maximum():
    # Sorted by pay: 3000 (needs 300 -> 3300), 3100 (-> 3300), 5000 (needs 0).
    raises = minimum_raise([3100, 3000, 5000], [3100, 2600, 5000], 2900)
    assert_allclose(raises, [200, 300, 0])
    # pass_through 0.5: the 300 shortfall takes 600 of base pay.
    assert_allclose(minimum_raise([3000], [2600], 2900, pass_through=0.5), [600])


@pytest.mark.parametrize(
    ("pay", "heads"), [([3000, -1], [1, 1]), ([3000], [0]), ([3000, 4000], [1])]
)
def test_bad_grades_are_programming_errors(pay, heads):
    with pytest.raises(ValueError):
        flat_allocation(pay, heads, 100)


def test_percent_share_outside_unit_interval_is_refused():
    with pytest.raises(ValueError, match="percent_share"):
        tilted_allocation(PAY, HEADS, PAY, 0, 4700, percent_share=1.5)


@st.composite
def workforces(draw):
    n = draw(st.integers(1, 6))
    pay = np.array(draw(st.lists(st.floats(2000, 30000), min_size=n, max_size=n)))
    heads = np.array(draw(st.lists(st.integers(0, 500), min_size=n, max_size=n)), float)
    if heads.sum() == 0:
        heads[0] = 1.0
    deduction = np.array(draw(st.lists(st.floats(0, 0.15), min_size=n, max_size=n)))
    minimum = draw(st.floats(1500, 4000))
    rate = draw(st.floats(0, 0.12))
    return pay, heads, pay * (1 - deduction), minimum, rate * float(np.dot(pay, heads))


@settings(max_examples=60, deadline=None)
@given(workforces(), st.floats(0, 1))
def test_tilted_invariants(case, share):
    pay, heads, countable, minimum, budget = case
    alloc = tilted_allocation(pay, heads, countable, minimum, budget, percent_share=share)
    tol = 1e-7 * max(1.0, budget)
    assert np.all(alloc.raise_money >= -1e-9)
    order = np.argsort(pay, kind="stable")
    assert np.all(np.diff(alloc.new_pay[order]) >= -1e-6)
    assert np.all(countable + alloc.raise_money >= minimum - 1e-6)
    if alloc.infeasible:
        assert alloc.cost > budget
        assert_allclose(alloc.raise_money, minimum_raise(pay, countable, minimum))
    else:
        assert alloc.cost <= budget + tol
        assert alloc.cost == pytest.approx(budget, abs=tol)
