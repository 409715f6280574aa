"""Place an enterprise's pay in the labour-market wage price guide (工资价位).

Local governments publish, per occupation, annual pay at some of P10, P25, P50, P75 and
P90. This module fits a log-normal distribution to whichever of those quantiles are
given, reads percentile ranks and quantiles off the fit, and prices lifting each grade
to the market's P25 and P50.

Pure functions: no I/O. ``scipy.special`` is imported inside the functions that need the
normal CDF and quantile function, never at module level.

References
----------
domain.md §5, "The labour-market wage price guide": quantiles P10-P90 of annual pay in a
concept that includes bonuses, allowances and overtime; a log-normal fitted by least
squares on log pay.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike

#: Quantile keys of the wage price guide and the probability each one stands for.
QUANTILE_LEVELS: Mapping[str, float] = {
    "p10": 0.10,
    "p25": 0.25,
    "p50": 0.50,
    "p75": 0.75,
    "p90": 0.90,
}

#: Pay periods a guide may be published in, and the months each one covers.
PERIOD_MONTHS: Mapping[str, int] = {"annual": 12, "monthly": 1}


@dataclass(frozen=True)
class LogNormalFit:
    """A log-normal pay distribution: log(annual pay) ~ N(mu, sigma**2).

    Attributes
    ----------
    mu : float
        Mean of log annual pay (log money/year); ``exp(mu)`` is the median.
    sigma : float
        Standard deviation of log annual pay (> 0, dimensionless).
    n_points : int
        Number of published quantiles the fit used.
    residual : float
        Root-mean-square residual of the fit in log pay; roughly the typical relative
        error of a fitted quantile (0 for an exact two-point fit).
    """

    mu: float
    sigma: float
    n_points: int
    residual: float


@dataclass(frozen=True, eq=False)
class MarketPosition:
    """Each grade's place in its occupation's pay distribution (arrays, one per grade).

    Grades with no guide (``None`` passed for their quantiles) have NaN in every field
    except ``annual_pay`` and ``headcount``.

    Attributes
    ----------
    annual_pay : ndarray
        Pay per worker in the guide's concept, money/year.
    headcount : ndarray
        Workers in the grade.
    fits : tuple of LogNormalFit or None
        The fit for each grade's occupation.
    percentile_rank : ndarray
        Fitted share of the market paid less than the grade, in [0, 1].
    median : ndarray
        Market P50, money/year: the published value when given, else the fitted one.
    gap_to_median : ndarray
        ``annual_pay / median - 1``: negative when the grade is paid below the median.
    p25 : ndarray
        Market P25, money/year: published when given, else fitted.
    cost_to_p25, cost_to_p50 : ndarray
        Annual cost of lifting every worker of the grade to P25 (P50), money/year:
        ``max(0, target - annual_pay) * headcount``.
    """

    annual_pay: np.ndarray
    headcount: np.ndarray
    fits: tuple[LogNormalFit | None, ...]
    percentile_rank: np.ndarray
    median: np.ndarray
    gap_to_median: np.ndarray
    p25: np.ndarray
    cost_to_p25: np.ndarray
    cost_to_p50: np.ndarray


def annualise(amount: ArrayLike, period: str) -> np.ndarray:
    """Convert pay published per ``period`` to money per year.

    Parameters
    ----------
    amount : array_like
        Pay per worker, money per ``period``.
    period : {"annual", "monthly"}
        The period the amount is expressed in.

    Returns
    -------
    ndarray
        Pay per worker, money/year.

    Raises
    ------
    ValueError
        For an unknown period.
    """
    if period not in PERIOD_MONTHS:
        raise ValueError(f"unknown pay period {period!r}: use 'annual' or 'monthly'")
    return np.asarray(amount, dtype=float) * (12 / PERIOD_MONTHS[period])


def annualise_guide(
    quantiles: Mapping[str, float | None], period: str
) -> dict[str, float | None]:
    """A guide's quantiles converted to money/year (``None`` stays ``None``).

    See :func:`annualise`; e.g. ``annualise_guide({"p50": 5500}, "monthly")`` is
    ``{"p50": 66000.0}``.
    """
    return {
        key: None if value is None else float(annualise(value, period))
        for key, value in quantiles.items()
    }


def _published_points(quantiles: Mapping[str, float | None]) -> tuple[np.ndarray, np.ndarray]:
    """Return (probabilities, values) of the given quantiles, ordered by probability."""
    unknown = sorted(set(quantiles) - set(QUANTILE_LEVELS))
    if unknown:
        raise ValueError(
            f"unknown quantile key(s) {', '.join(unknown)}: use p10, p25, p50, p75 or p90"
        )
    given = [
        (QUANTILE_LEVELS[key], float(value))
        for key, value in quantiles.items()
        if value is not None and not math.isnan(float(value))
    ]
    given.sort()
    probs = np.array([p for p, _ in given])
    values = np.array([v for _, v in given])
    return probs, values


def _validate_points(probs: np.ndarray, values: np.ndarray) -> None:
    if probs.size < 2:
        raise ValueError(
            f"a log-normal fit needs at least two quantiles of p10, p25, p50, p75, p90; "
            f"got {probs.size}"
        )
    if not np.all(np.isfinite(values)) or np.any(values <= 0):
        raise ValueError("every published quantile of pay must be a positive number")
    if np.any(np.diff(values) <= 0):
        raise ValueError(
            "published quantiles must increase from p10 to p90 "
            f"(got {', '.join(f'{v:g}' for v in values)})"
        )


def fit_lognormal(quantiles: Mapping[str, float | None]) -> LogNormalFit:
    """Fit a log-normal distribution to published pay quantiles by least squares.

    The model is ``log(x_q) = mu + sigma * z_q`` with ``z_q`` the standard normal
    quantile of level q. The fit is ordinary least squares of log pay on ``z_q``, which
    in closed form is ``sigma = cov(z, y) / var(z)`` and ``mu = mean(y) - sigma *
    mean(z)`` with ``y = log(x)``. With exactly two quantiles the fit is exact.

    Parameters
    ----------
    quantiles : mapping of str to float
        Any two or more of ``p10, p25, p50, p75, p90`` (money per period; the unit is
        kept). ``None`` or NaN values count as not published.

    Returns
    -------
    LogNormalFit
        ``mu``, ``sigma``, the number of points used and the RMS residual in log pay.

    Raises
    ------
    ValueError
        With fewer than two quantiles, a non-positive value, an unknown key, or values
        that do not strictly increase with the quantile level.

    Notes
    -----
    Older guides publish "low" and "high" as means of the bottom and top 5-10%, not
    quantiles; do not pass them as p10 and p90 without saying so to the user.

    References
    ----------
    domain.md §5: local labour-market wage price guides (工资价位) and the log-normal
    fitted by least squares on log pay.
    """
    from scipy.special import ndtri

    probs, values = _published_points(quantiles)
    _validate_points(probs, values)
    z = ndtri(probs)
    y = np.log(values)
    z_dev = z - z.mean()
    sigma = float(np.dot(z_dev, y - y.mean()) / np.dot(z_dev, z_dev))
    mu = float(y.mean() - sigma * z.mean())
    residual = float(np.sqrt(np.mean((y - (mu + sigma * z)) ** 2)))
    return LogNormalFit(mu=mu, sigma=sigma, n_points=int(probs.size), residual=residual)


def _rank(mu: ArrayLike, sigma: ArrayLike, pay: ArrayLike) -> np.ndarray:
    """Normal CDF of standardised log pay; broadcasts over mu, sigma and pay."""
    from scipy.special import ndtr

    pay = np.asarray(pay, dtype=float)
    with np.errstate(divide="ignore"):
        log_pay = np.log(np.where(pay > 0, pay, 0.0))
    return ndtr((log_pay - np.asarray(mu)) / np.asarray(sigma))


def percentile_rank(fit: LogNormalFit, pay: ArrayLike) -> np.ndarray:
    """Share of the fitted market paid less than ``pay``.

    Parameters
    ----------
    fit : LogNormalFit
        The occupation's pay distribution.
    pay : array_like
        Pay per worker, in the same period and concept as the fitted quantiles.

    Returns
    -------
    ndarray
        ``Phi((log(pay) - mu) / sigma)`` in [0, 1]; 0 for pay <= 0.

    References
    ----------
    domain.md §5.
    """
    return _rank(fit.mu, fit.sigma, pay)


def quantile(fit: LogNormalFit, q: ArrayLike) -> np.ndarray:
    """Pay at quantile level ``q`` of the fitted distribution.

    Parameters
    ----------
    fit : LogNormalFit
        The occupation's pay distribution.
    q : array_like
        Quantile levels in (0, 1), e.g. 0.25 for P25.

    Returns
    -------
    ndarray
        ``exp(mu + sigma * Phi^-1(q))``, money per the fitted period.

    Raises
    ------
    ValueError
        If any level is outside (0, 1).

    References
    ----------
    domain.md §5.
    """
    from scipy.special import ndtri

    q = np.asarray(q, dtype=float)
    if np.any(~((q > 0) & (q < 1))):
        raise ValueError("quantile levels must lie strictly between 0 and 1")
    return np.exp(fit.mu + fit.sigma * ndtri(q))


def median(fit: LogNormalFit) -> float:
    """Median of the fitted distribution, ``exp(mu)`` (money per the fitted period)."""
    return math.exp(fit.mu)


def _market_level(
    quantiles: Mapping[str, float | None], fit: LogNormalFit, key: str
) -> float:
    """The published quantile ``key`` when present, else the fitted one."""
    value = quantiles.get(key)
    if value is not None and not math.isnan(float(value)):
        return float(value)
    return float(quantile(fit, QUANTILE_LEVELS[key]))


def _lift_cost(target: np.ndarray, pay: np.ndarray, headcount: np.ndarray) -> np.ndarray:
    """Annual cost of lifting everyone below ``target`` to it (NaN target gives NaN)."""
    return np.maximum(target - pay, 0.0) * headcount


def market_position(
    annual_pay: ArrayLike,
    headcount: ArrayLike,
    quantiles: Sequence[Mapping[str, float | None] | None],
) -> MarketPosition:
    """Place each grade in its occupation's wage price guide and price the catch-up.

    Parameters
    ----------
    annual_pay : array_like, shape (n,)
        Pay per worker in the guide's concept (base pay plus allowances, overtime and
        benefits), money/year. Use :func:`annualise` for monthly figures.
    headcount : array_like, shape (n,)
        Workers per grade.
    quantiles : sequence of length n
        For each grade, the published quantiles of its occupation (annual, see
        :func:`fit_lognormal`), or ``None`` when the grade has no guide.

    Returns
    -------
    MarketPosition
        Percentile rank, gap to the median and the annual cost of lifting each grade to
        P25 and P50. Targets use the published quantile when present, else the fitted.

    Raises
    ------
    ValueError
        If the lengths differ or a guide cannot be fitted.

    References
    ----------
    domain.md §5 (percentile rank and gap to the median); §6 for costing per grade as
    amount x headcount (AFSCME, "Costing 101", 2014).
    """
    pay = np.asarray(annual_pay, dtype=float)
    heads = np.asarray(headcount, dtype=float)
    if not (pay.ndim == heads.ndim == 1 and pay.size == heads.size == len(quantiles)):
        raise ValueError("annual_pay, headcount and quantiles must have one entry per grade")
    fits = tuple(fit_lognormal(q) if q is not None else None for q in quantiles)
    mu, sigma, med, p25 = (np.full(pay.size, np.nan) for _ in range(4))
    for i, (guide, fit) in enumerate(zip(quantiles, fits)):
        if fit is not None:
            mu[i], sigma[i] = fit.mu, fit.sigma
            med[i] = _market_level(guide, fit, "p50")
            p25[i] = _market_level(guide, fit, "p25")
    return MarketPosition(
        annual_pay=pay,
        headcount=heads,
        fits=fits,
        percentile_rank=_rank(mu, sigma, pay),
        median=med,
        gap_to_median=pay / med - 1.0,
        p25=p25,
        cost_to_p25=_lift_cost(p25, pay, heads),
        cost_to_p50=_lift_cost(med, pay, heads),
    )
