"""Grade categories: who counts as front line for the guideline riders and the pay ratio."""
from __future__ import annotations

from wagebargain.advice.checks import categories
from wagebargain.scenario.models import Grade


def grade(name, heads, pay, category=None):
    return Grade.model_validate({"grade": name, "headcount": heads, "base_pay": pay,
                                 **({"category": category} if category else {})})


def test_the_lower_paid_half_of_the_workforce_is_the_front_line():
    # Non-managers sorted by pay: 2,900 x 520, 5,000 x 60, 7,100 x 200 (780 heads, half
    # 390): the median worker earns 2,900, so only the operators are front line.
    grades = [grade("Assembly operator", 520, 2900), grade("Machine technician", 200, 7100),
              grade("Office clerk", 60, 5000), grade("Department manager", 20, 26000)]
    assert categories(grades) == ["front_line", "staff", "staff", "manager"]


def test_a_small_low_paid_grade_does_not_demote_the_main_production_grade():
    # A 20-strong piece-rate grade at 2,800 comes first: 20 + 520 = 540 >= 400 (half of
    # 800) at 2,900, so both it and the operators are front line (the reviewer's case,
    # where the operators became "staff" and the pay-ratio check flipped).
    grades = [grade("Piece sewer", 20, 2800), grade("Assembly operator", 520, 2900),
              grade("Machine technician", 200, 7100), grade("Office clerk", 60, 5000),
              grade("Department manager", 20, 26000)]
    assert categories(grades) == ["front_line", "front_line", "staff", "staff", "manager"]


def test_given_categories_win_and_a_single_worker_grade_is_the_front_line():
    grades = [grade("Driver", 10, 6000), grade("Team lead", 3, 9000, "staff"),
              grade("Director", 1, 30000)]
    assert categories(grades) == ["front_line", "staff", "manager"]
