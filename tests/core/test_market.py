"""Log-normal fits to wage price guides and market positions (domain.md §5)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from wagebargain.core.market import (
    QUANTILE_LEVELS,
    annualise,
    annualise_guide,
    fit_lognormal,
    market_position,
    median,
    percentile_rank,
    quantile,
)

# Standard normal quantiles, to 16 digits (tables / mpmath), independent of scipy.
Z = {"p10": -1.2815515655446004, "p25": -0.6744897501960817, "p50": 0.0,
     "p75": 0.6744897501960817, "p90": 1.2815515655446004}

# The reference scenario's guides (shared/examples/reference.yaml), annual CNY.
ASSEMBLY = {"p10": 48000, "p25": 56000, "p50": 66000, "p75": 78000, "p90": 92000}
TECHNICIAN = {"p10": 70000, "p25": 84000, "p50": 100000, "p75": 121000, "p90": 146000}
CLERK = {"p10": 55000, "p50": 78000, "p90": 115000}


def phi(x: float) -> float:
    """Standard normal CDF via math.erf (independent of scipy)."""
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def test_exact_quantiles_of_a_known_lognormal_are_recovered():
    # mu = ln 60000, sigma = 0.3: x_q = 60000 * exp(0.3 * z_q), e.g.
    # p90 = 60000 * exp(0.38447) = 88 131.7; the five points lie on one line.
    mu, sigma = math.log(60000.0), 0.3
    guide = {key: math.exp(mu + sigma * z) for key, z in Z.items()}
    fit = fit_lognormal(guide)
    assert_allclose([fit.mu, fit.sigma], [mu, sigma], rtol=1e-12)
    assert fit.n_points == 5
    assert fit.residual == pytest.approx(0.0, abs=1e-12)
    assert median(fit) == pytest.approx(60000.0, rel=1e-12)


def test_two_points_fit_exactly():
    # p25 = 50 000, p75 = 80 000: sigma = ln(80/50) / (2 * 0.67449) = 0.47000 / 1.34898
    # = 0.348414; mu = ln sqrt(50 000 * 80 000) = ln 63 245.55.
    fit = fit_lognormal({"p25": 50000, "p75": 80000})
    assert fit.sigma == pytest.approx(math.log(1.6) / (2 * Z["p75"]), rel=1e-12)
    assert math.exp(fit.mu) == pytest.approx(math.sqrt(50000 * 80000), rel=1e-12)
    assert_allclose(quantile(fit, [0.25, 0.75]), [50000, 80000], rtol=1e-12)
    assert fit.residual == pytest.approx(0.0, abs=1e-12)


def test_reference_assembly_operator_fit():
    # The z's are symmetric (mean 0), so mu = mean of the logs: exp(mu) is the geometric
    # mean (48 000 * 56 000 * 66 000 * 78 000 * 92 000)^(1/5) = 66 217.2, and
    # sigma = sum(z y) / sum(z^2)
    #       = [1.28155 ln(92/48) + 0.67449 ln(78/56)] / (2 (1.28155^2 + 0.67449^2))
    #       = (1.28155 * 0.650588 + 0.67449 * 0.331357) / 4.194620 = 0.252051.
    fit = fit_lognormal(ASSEMBLY)
    geometric_mean = math.prod(ASSEMBLY.values()) ** (1 / 5)
    sigma = (Z["p90"] * math.log(92 / 48) + Z["p75"] * math.log(78 / 56)) / (
        2 * (Z["p90"] ** 2 + Z["p75"] ** 2))
    assert median(fit) == pytest.approx(geometric_mean, rel=1e-12)
    assert fit.sigma == pytest.approx(sigma, rel=1e-12)
    assert fit.sigma == pytest.approx(0.252051, abs=1e-6)
    # Five points on a near-straight line: fitted quantiles within 0.5% of published.
    assert 0 < fit.residual < 0.005
    # Base 3100 + allowances 350 + overtime 600 + benefits 150 = 4200 a month,
    # 50 400 a year: z = ln(50 400 / 66 217.2) / 0.252051 = -1.0829, rank 0.139.
    z = math.log(50400 / geometric_mean) / sigma
    assert float(percentile_rank(fit, 50400)) == pytest.approx(phi(z), rel=1e-12)
    assert 0.10 < float(percentile_rank(fit, 50400)) < 0.25


def test_percentile_rank_is_vectorised_and_zero_for_no_pay():
    fit = fit_lognormal(ASSEMBLY)
    ranks = percentile_rank(fit, [0.0, 48000, 66000, 92000])
    assert ranks[0] == 0.0
    assert np.all(np.diff(ranks) > 0)


def test_market_position_of_the_reference_workforce():
    # Annual pay in the guide's concept (base + allowances + overtime + benefits) x 12:
    # assembly 4200 x 12 = 50 400; technician 7250 x 12 = 87 000;
    # office 5350 x 12 = 64 200; managers have no guide.
    pay = annualise([4200, 7250, 5350, 26000], "monthly")
    pos = market_position(pay, [520, 180, 90, 30], [ASSEMBLY, TECHNICIAN, CLERK, None])
    # Gap to the published median: 50 400 / 66 000 - 1 = -0.23636; 87 000 / 100 000 - 1.
    assert_allclose(pos.gap_to_median[:3], [50400 / 66000 - 1, -0.13, 64200 / 78000 - 1])
    # To P25: (56 000 - 50 400) x 520 = 2 912 000; technicians are above P25.
    # To P50: 15 600 x 520 = 8 112 000; 13 000 x 180 = 2 340 000; 13 800 x 90 = 1 242 000.
    assert_allclose(pos.cost_to_p25[:2], [2_912_000, 0.0])
    assert_allclose(pos.cost_to_p50[:3], [8_112_000, 2_340_000, 1_242_000])
    # The clerk guide has no P25: fitted from p10, p50, p90 (symmetric z), with
    # sigma = ln(115/55) / (2 * 1.28155) = 0.287776 and exp(mu) the geometric mean:
    # P25 = exp(mu - 0.67449 sigma) = 65 076.0; cost (65 076.0 - 64 200) x 90 = 78 842.5.
    sigma = math.log(115 / 55) / (2 * Z["p90"])
    p25 = (55000 * 78000 * 115000) ** (1 / 3) * math.exp(Z["p25"] * sigma)
    assert pos.p25[2] == pytest.approx(p25, rel=1e-12)
    assert pos.cost_to_p25[2] == pytest.approx((p25 - 64200) * 90, rel=1e-12)
    assert pos.fits[3] is None
    assert np.isnan([pos.percentile_rank[3], pos.gap_to_median[3], pos.cost_to_p50[3]]).all()


def test_annualise():
    assert_allclose(annualise([1000, 2500], "monthly"), [12000, 30000])
    assert_allclose(annualise(66000, "annual"), 66000)
    with pytest.raises(ValueError, match="period"):
        annualise(1, "weekly")
    assert annualise_guide({"p10": 4000, "p50": 5500, "p90": None}, "monthly") == {
        "p10": 48000.0, "p50": 66000.0, "p90": None}


@pytest.mark.parametrize(
    ("guide", "match"),
    [
        ({"p50": 66000}, "at least two"),
        ({"p10": 48000, "p50": None}, "at least two"),
        ({"p10": 60000, "p50": 60000}, "increase"),
        ({"p10": 70000, "p50": 60000}, "increase"),
        ({"p10": 0, "p50": 60000}, "positive"),
        ({"p10": 1, "p95": 2}, "unknown"),
    ],
)
def test_bad_guides_are_refused_with_a_clear_message(guide, match):
    with pytest.raises(ValueError, match=match):
        fit_lognormal(guide)


def test_quantile_levels_must_be_inside_the_unit_interval():
    with pytest.raises(ValueError):
        quantile(fit_lognormal(ASSEMBLY), 1.0)


def test_market_position_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="one entry per grade"):
        market_position([50400, 87000], [520], [ASSEMBLY, TECHNICIAN])


@given(
    mu=st.floats(8.0, 13.0),
    sigma=st.floats(0.05, 1.5),
    keys=st.sets(st.sampled_from(sorted(QUANTILE_LEVELS)), min_size=2),
)
def test_fit_recovers_parameters_from_any_subset(mu, sigma, keys):
    guide = {key: math.exp(mu + sigma * Z[key]) for key in keys}
    fit = fit_lognormal(guide)
    assert_allclose([fit.mu, fit.sigma], [mu, sigma], rtol=1e-9)
    assert fit.n_points == len(keys)


@given(q=st.floats(0.001, 0.999))
def test_percentile_rank_inverts_quantile(q):
    fit = fit_lognormal(ASSEMBLY)
    assert float(percentile_rank(fit, quantile(fit, q))) == pytest.approx(q, rel=1e-9)
