"""Offer ladders from time-dependent concession (Faratin, Sierra & Jennings 1998)."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core.ladder import STYLES, concession_curve, offer_ladder, style_exponent


def test_concession_curve_analytic_values():
    t = np.array([0.0, 0.25, 0.5, 1.0])
    # e = 1 is linear: f(t) = t.
    assert_allclose(concession_curve(t, 1.0), t)
    # e = 3 (Conceder): f(0.5) = 0.5^(1/3) = 0.7937; e = 0.3 (Boulware): 0.5^(10/3) = 0.0992.
    assert concession_curve(0.5, 3.0) == pytest.approx(0.5 ** (1 / 3))
    assert concession_curve(0.5, 0.3) == pytest.approx(0.5 ** (10 / 3))
    # k is conceded at once: f(0) = k, f(1) = 1, f(0.5) = 0.2 + 0.8 * 0.5 = 0.6 when e = 1.
    assert_allclose(concession_curve(t, 1.0, k=0.2), [0.2, 0.4, 0.6, 1.0])


def test_steady_ladder_is_linear():
    # 9% down to 5% in 5 rounds: steps of 1 point; at 5000 a month, 450 down to 250.
    ladder = offer_ladder(0.09, 0.05, 0.0, 5, "steady", 5000)
    assert [r.round for r in ladder] == [1, 2, 3, 4, 5]
    assert_allclose([r.rate for r in ladder], [0.09, 0.08, 0.07, 0.06, 0.05])
    assert_allclose([r.money_per_worker_month for r in ladder], [450, 400, 350, 300, 250])


def test_floor_cuts_the_ladder():
    ladder = offer_ladder(0.09, 0.05, 0.07, 5, "steady", 5000)
    assert_allclose([r.rate for r in ladder], [0.09, 0.08, 0.07, 0.07, 0.07])


def test_firm_holds_out_and_flexible_gives_early():
    rates = {s: np.array([r.rate for r in offer_ladder(0.10, 0.04, 0.0, 7, s, 1)])
             for s in STYLES}
    interior = slice(1, -1)
    assert np.all(rates["firm"][interior] > rates["steady"][interior])
    assert np.all(rates["steady"][interior] > rates["flexible"][interior])


def test_style_may_be_an_exponent():
    assert style_exponent("firm") == 0.3
    assert style_exponent(2.0) == 2.0
    numeric = offer_ladder(0.09, 0.05, 0.0, 4, 1.0, 5000)
    named = offer_ladder(0.09, 0.05, 0.0, 4, "steady", 5000)
    assert numeric == named


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((0.09, 0.05, 0.0, 1, "steady", 5000), "at least 2 rounds"),
        ((0.04, 0.05, 0.0, 4, "steady", 5000), "opening"),
        ((0.09, 0.05, 0.0, 4, "stubborn", 5000), "unknown concession style"),
        ((0.09, 0.05, 0.0, 4, -1.0, 5000), "positive"),
    ],
)
def test_bad_ladders_are_refused(args, match):
    with pytest.raises(ValueError, match=match):
        offer_ladder(*args)


def test_time_outside_unit_interval_is_refused():
    with pytest.raises(ValueError, match="relative time"):
        concession_curve([0.5, 1.2], 1.0)


@given(
    target=st.floats(0.0, 0.2),
    spread=st.floats(0.0, 0.2),
    floor=st.floats(0.0, 0.3),
    rounds=st.integers(2, 30),
    e=st.floats(0.05, 20.0),
    k=st.floats(0.0, 1.0),
)
def test_ladder_is_monotone_and_within_bounds(target, spread, floor, rounds, e, k):
    opening = target + spread
    rates = np.array([r.rate for r in offer_ladder(opening, target, floor, rounds, e, 4000, k=k)])
    assert len(rates) == rounds
    assert np.all(np.diff(rates) <= 1e-15)
    assert np.all(rates >= max(floor, target) - 1e-15)
    assert np.all(rates <= max(floor, opening) + 1e-15)
    assert rates[-1] == pytest.approx(max(floor, target))
