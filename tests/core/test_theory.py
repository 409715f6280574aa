"""Closed forms of wagebargain.core.theory against their formulas and known limits."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core import theory

fractions = st.floats(0.01, 0.99)


# --- Nash -------------------------------------------------------------------------------------

def test_nash_split_formula_and_extremes():
    x1, x2 = theory.nash_split(10.0, 2.0, 3.0, 0.3)
    assert_allclose(x1, 2.0 + 0.3 * 5.0)
    assert_allclose(x1 + x2, 10.0)
    assert theory.nash_split(10.0, 2.0, 3.0, 0.0)[0] == 2.0  # no power: own disagreement payoff
    assert theory.nash_split(10.0, 2.0, 3.0, 1.0)[1] == 3.0


def test_nash_split_vectorises():
    x1, _ = theory.nash_split(np.array([1.0, 2.0]), 0.0, 0.0, np.array([0.5, 0.25]))
    assert_allclose(x1, [0.5, 0.5])


@given(d1=st.floats(0, 0.4), d2=st.floats(0, 0.4), a=st.floats(0, 1))
def test_nash_point_on_a_line_is_the_split(d1, d2, a):
    u, v = theory.nash_point([0.0, 1.0], [1.0, 0.0], d1, d2, a)
    assert_allclose(u, theory.nash_split(1.0, d1, d2, a)[0], atol=1e-12)
    assert_allclose(u + v, 1.0, atol=1e-12)


def test_nash_point_discrete_picks_the_best_point():
    u = np.array([0.0, 0.2, 0.45, 0.7, 1.0])
    v = 1.0 - u
    assert theory.nash_point(u, v, continuous=False) == (0.45, 0.55)


def test_nash_point_on_a_curved_frontier():
    # v = 1 - u^2: maximise u (1 - u^2) at u = 1/sqrt(3)
    grid = np.linspace(0, 1, 2001)
    u, _ = theory.nash_point(grid, 1 - grid**2)
    assert_allclose(u, 1 / math.sqrt(3), atol=1e-3)
    u, v = theory.nash_point(lambda x: 1 - x**2, bounds=(0.0, 1.0))
    assert_allclose(u, 1 / math.sqrt(3), atol=1e-7)
    assert_allclose(v, 2 / 3, atol=1e-7)


def test_nash_point_without_zone_raises():
    with pytest.raises(ValueError, match="disagreement"):
        theory.nash_point([0.0, 1.0], [1.0, 0.0], 0.7, 0.6)


def test_rational_range_is_the_zone():
    assert_allclose(theory.rational_range([0, 1], [1, 0], 0.2, 0.3), (0.2, 0.7))


# --- Kalai-Smorodinsky ------------------------------------------------------------------------

def test_kalai_smorodinsky_symmetric_line_is_the_midpoint():
    assert_allclose(theory.kalai_smorodinsky_point([0, 1], [1, 0]), (0.5, 0.5))


def test_kalai_smorodinsky_equal_shares_of_the_best_gains():
    u = np.array([0.0, 0.5, 0.9, 1.0])
    v = np.array([1.0, 0.9, 0.5, 0.0])
    d1, d2 = 0.1, 0.2
    ku, kv = theory.kalai_smorodinsky_point(u, v, d1, d2)
    best_u = theory.rational_range(u, v, d1, d2)[1]
    best_v = float(np.interp(d1, u, v))
    assert_allclose((ku - d1) / (best_u - d1), (kv - d2) / (best_v - d2))
    assert_allclose(kv, np.interp(ku, u, v))


# --- Rubinstein -------------------------------------------------------------------------------

@given(fractions, fractions)
def test_rubinstein_share_formula(d1, d2):
    assert_allclose(theory.rubinstein_share(d1, d2), (1 - d2) / (1 - d1 * d2))


@given(fractions)
def test_equal_patience_gives_first_mover_advantage(delta):
    assert theory.rubinstein_share(delta, delta) > 0.5
    assert_allclose(theory.rubinstein_share(delta, delta), 1 / (1 + delta))


@pytest.mark.parametrize("r1, r2", [(0.05, 0.05), (0.1, 0.02), (0.01, 0.2)])
def test_rubinstein_share_tends_to_nash_with_weights_one_over_r(r1, r2):
    limit = theory.rubinstein_limit_share(r1, r2)
    assert_allclose(limit, r2 / (r1 + r2))
    gaps = [abs(theory.rubinstein_share(theory.discount_factor(r1, d),
                                        theory.discount_factor(r2, d)) - limit)
            for d in (1.0, 0.1, 0.01, 0.001)]
    assert all(b < a or a < 1e-12 for a, b in zip(gaps, gaps[1:]))
    assert gaps[-1] < 1e-3
    # the limit is the asymmetric Nash split with power 1/r1 : 1/r2
    power = (1 / r1) / (1 / r1 + 1 / r2)
    assert_allclose(limit, theory.nash_split(1.0, 0.0, 0.0, power)[0])


def test_discount_factor():
    assert_allclose(theory.discount_factor(0.1, 2.0), math.exp(-0.2))
    assert_allclose(theory.discount_factor(np.array([0.1]), 2.0), [math.exp(-0.2)])


def test_rubinstein_share_rejects_no_discounting():
    with pytest.raises(ValueError):
        theory.rubinstein_share(1.0, 1.0)
    with pytest.raises(ValueError):
        theory.rubinstein_share(0.0, 0.5)
    assert theory.rubinstein_share(1.0, 0.9) == 1.0


@given(fractions, fractions, st.floats(0, 0.3), st.floats(0, 0.3))
def test_rubinstein_point_on_a_line_matches_the_share(d1, d2, a, b):
    (xu, xv), (yu, yv) = theory.rubinstein_point([0, 1], [1, 0], a, b, d1, d2)
    surplus = 1 - a - b
    assert_allclose(xu - a, theory.rubinstein_share(d1, d2) * surplus, atol=1e-12)
    assert_allclose(yv - b, theory.rubinstein_share(d2, d1) * surplus, atol=1e-12)


def test_rubinstein_point_indifference_on_a_kinked_frontier():
    u, v = [0, 0.3, 0.7, 1.0], [1.0, 0.9, 0.5, 0.0]
    d1, d2, delta1, delta2 = 0.1, 0.2, 0.95, 0.8
    (xu, xv), (yu, yv) = theory.rubinstein_point(u, v, d1, d2, delta1, delta2)
    assert_allclose(xv - d2, delta2 * (yv - d2))
    assert_allclose(yu - d1, delta1 * (xu - d1))
    assert_allclose([xv, yv], np.interp([xu, yu], u, v))


# --- Zeuthen ----------------------------------------------------------------------------------

def test_zeuthen_risk_formula():
    assert_allclose(theory.zeuthen_risk(0.4, 0.1), 0.75)
    assert theory.zeuthen_risk(0.0, -0.1) == 1.0  # insisting costs nothing, giving in does
    assert theory.zeuthen_risk(0.0, 0.0) == 0.0
    assert theory.zeuthen_risk(0.2, -0.2) == 2.0  # the other's offer is worse than conflict
    assert_allclose(theory.zeuthen_risk(np.array([0.4, 0.5]), 0.1), [0.75, 0.8])


def test_zeuthen_concedes():
    assert theory.zeuthen_concedes(0.2, 0.5) == 1
    assert theory.zeuthen_concedes(0.5, 0.2) == 2
    assert theory.zeuthen_concedes(0.3, 0.3) == 0


@given(st.floats(0.01, 0.99), st.floats(0.01, 0.99))
def test_smaller_risk_means_smaller_nash_product(x1, x2):
    """Harsanyi (1956): the side whose offer has the smaller Nash product concedes."""
    hi, lo = max(x1, x2), min(x1, x2)  # union offers hi, management lo, on u + v = 1
    r_union = theory.zeuthen_risk(hi, lo)
    r_management = theory.zeuthen_risk(1 - lo, 1 - hi)
    products = hi * (1 - hi), lo * (1 - lo)
    if abs(products[0] - products[1]) > 1e-9:
        assert (r_union < r_management) == (products[0] < products[1])


# --- Final-offer arbitration ------------------------------------------------------------------

def test_final_offers_for_a_standard_normal():
    low, high = theory.final_offer_normal(0.0, 1.0)
    assert_allclose([low, high], [-1.2533141373155, 1.2533141373155])
    low, high = theory.final_offer_normal(0.04, 0.01)
    assert_allclose(high - low, 2 * 0.01 * math.sqrt(math.pi / 2))


def test_final_offer_gap_for_a_normal_density():
    sigma = 0.7
    density = 1 / (sigma * math.sqrt(2 * math.pi))
    low, high = theory.final_offer_normal(0.0, sigma)
    assert_allclose(theory.final_offer_gap(density), high - low)


def test_final_offers_are_mutual_best_responses():
    """The union's expected award, given management's offer, peaks at mu + sigma sqrt(pi/2)."""
    from scipy.special import ndtr

    low, high = theory.final_offer_normal(0.0, 1.0)
    grid = np.linspace(0.5, 2.5, 20001)
    win = 1 - ndtr((grid + low) / 2)  # union wins when the ideal is above the midpoint
    expected = grid * win + low * (1 - win)
    assert_allclose(grid[np.argmax(expected)], high, atol=1e-3)


# --- Ashenfelter-Johnson, Faratin et al. ------------------------------------------------------

def test_resistance_curve_limits():
    assert_allclose(theory.resistance_curve(0.0, 0.06, 0.02, 0.3), 0.06)
    assert_allclose(theory.resistance_curve(1e3, 0.06, 0.02, 0.3), 0.02)
    assert_allclose(theory.resistance_curve(np.array([2.0]), 0.06, 0.02, 0.3),
                    [0.02 + 0.04 * math.exp(-0.6)])


@pytest.mark.parametrize("e", [0.2, 1.0, 5.0])
def test_time_dependent_target_ends(e):
    assert_allclose(theory.time_dependent_target(0.0, 0.2, 0.8, e), 0.8)
    assert_allclose(theory.time_dependent_target(1.0, 0.2, 0.8, e), 0.2)
    t = np.linspace(0, 1, 11)
    assert_allclose(theory.time_dependent_target(t, 0.2, 0.8, e), 0.2 + 0.6 * (1 - t ** (1 / e)))


def test_boulware_holds_out_and_conceder_gives_way():
    t = np.linspace(0.1, 0.9, 9)
    boulware = theory.time_dependent_target(t, 0.0, 1.0, 0.2)
    linear = theory.time_dependent_target(t, 0.0, 1.0, 1.0)
    conceder = theory.time_dependent_target(t, 0.0, 1.0, 5.0)
    assert np.all(boulware > linear) and np.all(linear > conceder)
    assert_allclose(linear, 1 - t)


def test_concession_fraction_with_initial_concession():
    assert_allclose(theory.concession_fraction(0.0, 1.0, 0.25), 0.25)
    assert_allclose(theory.concession_fraction(1.0, 3.0, 0.25), 1.0)
    with pytest.raises(ValueError):
        theory.concession_fraction(0.5, 0.0)


def test_no_scipy_at_import():
    import subprocess
    import sys

    code = "import sys, wagebargain.core.theory; print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

