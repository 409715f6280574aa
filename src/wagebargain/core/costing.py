"""Costing a raise the way union contract-costing manuals do, vectorised.

A raise is costed as the increase of the wage bill plus the payroll-linked employer costs
that move with pay (the "roll-up": social insurance and housing fund), and expressed as a
total, per worker per month, as a share of payroll and as a share of profit. Every argument
may be a scalar or an array; arrays broadcast together. Money is in the scenario's currency:
``payroll`` is annual, pay and amounts per worker are monthly.

References
----------
.. [AFSCME2014] AFSCME, "Costing 101: Contract Costing for Union Negotiators", 2014.
.. [OCAW] OCAW, "How to cost out your contract".
.. [Spatz] M. Spatz, *Contract Costing for Union Negotiators*.
.. [MOLSS] Social insurance contribution base clamped between a floor and a ceiling,
   typically 60% and 300% of the local average wage (domain.md §6).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "RaiseCost",
    "ContractCost",
    "contribution_increase",
    "contribution_share",
    "raise_contribution_share",
    "percentage_raise_cost",
    "flat_raise_cost",
    "hourly_raise_cost",
    "lump_sum_cost",
    "multi_year_cost",
]

MONTHS_PER_YEAR = 12
Array = NDArray[np.float64]


def _f(x: ArrayLike) -> Array:
    return np.asarray(x, dtype=float)


def contribution_increase(
    pay: ArrayLike, new_pay: ArrayLike, rate: ArrayLike, floor: ArrayLike = 0.0, ceiling: ArrayLike = np.inf
) -> Array:
    """Increase of contributions when pay moves, with the contribution base clamped.

    increase = rate * (clip(new_pay, floor, ceiling) - clip(pay, floor, ceiling))

    Parameters
    ----------
    pay, new_pay : array_like
        Monthly pay per worker before and after the raise, money per month.
    rate : array_like
        Sum of the contribution rates charged on the base, fraction.
    floor, ceiling : array_like, optional
        Contribution base range, money per month (default: no clamping).

    Returns
    -------
    ndarray
        Contribution increase per worker, money per month. Zero while pay stays under the
        floor or above the ceiling.

    References
    ----------
    [AFSCME2014]_ (roll-up), [MOLSS]_ (the clamped base).
    """
    lo, hi = _f(floor), _f(ceiling)
    return _f(rate) * (np.clip(_f(new_pay), lo, hi) - np.clip(_f(pay), lo, hi))


def contribution_share(average_pay: ArrayLike, floor: ArrayLike = 0.0, ceiling: ArrayLike = np.inf) -> Array:
    """Share of a small pay increase on which employer contributions are charged.

    Parameters
    ----------
    average_pay : array_like
        Monthly pay, money per month.
    floor, ceiling : array_like, optional
        Contribution base range, money per month.

    Returns
    -------
    ndarray
        1.0 where ``floor <= average_pay < ceiling`` (the base moves with pay), else 0.0;
        NaN where ``average_pay`` is NaN.

    References
    ----------
    [MOLSS]_; the limit of :func:`contribution_increase` for a small raise.
    """
    pay = _f(average_pay)
    inside = (pay >= _f(floor)) & (pay < _f(ceiling))
    return np.where(np.isnan(pay), np.nan, inside.astype(float))


def raise_contribution_share(
    pay: ArrayLike,
    headcount: ArrayLike,
    rate: float = 0.0,
    amount: float = 0.0,
    floor: float = 0.0,
    ceiling: float = np.inf,
) -> float:
    """Exact share of a raise's pay increase on which employer contributions are charged.

    For grades g with ``headcount`` n_g and monthly pay p_g, a raise to
    p_g (1 + rate) + amount moves the contribution base by clip(new) - clip(old) per worker
    (:func:`contribution_increase`), so the share of the increase that carries contributions is

        share = sum_g n_g [clip(p_g (1 + r) + a) - clip(p_g)] / sum_g n_g (p_g r + a).

    It is the chord of the clamped base between old and new pay, so a grade that crosses the
    floor (or the ceiling) counts for the part of its raise above the floor (below the
    ceiling). For a vanishing raise it is the marginal share: the pay-weighted share of grades
    with ``floor <= pay < ceiling`` (head-weighted for a flat amount).

    Parameters
    ----------
    pay : array_like, shape (k,)
        Monthly pay of each grade in the contribution base's concept, money per month.
    headcount : array_like, shape (k,)
        Workers in each grade.
    rate : float, optional
        Percentage raise, fraction (default 0).
    amount : float, optional
        Flat raise, money per worker per month (default 0).
    floor, ceiling : float, optional
        Contribution base range, money per month (default: no clamping).

    Returns
    -------
    float
        Fraction in [0, 1]; 1.0 when there is no pay to raise.

    References
    ----------
    [MOLSS]_ (the clamped base, domain.md §6); [AFSCME2014]_ (roll-up).
    """
    p, n = _f(pay), _f(headcount)
    size = float(np.sum(n * np.abs(p)) + np.sum(n) * abs(amount))
    if not size > 0.0:
        return 1.0
    increase = float(np.sum(n * (p * rate + amount)))
    if abs(increase) <= 1e-9 * size:
        # No raise to speak of: the marginal share, weighted like the raise would be.
        weight = n * p if amount == 0.0 else n
        inside = (p >= floor) & (p < ceiling)
        total = float(np.sum(weight))
        return float(np.sum(weight[inside]) / total) if total > 0 else 1.0
    new = p * (1.0 + rate) + amount
    moved = float(np.sum(n * (np.clip(new, floor, ceiling) - np.clip(p, floor, ceiling))))
    # In [0, 1] exactly; clamp the rounding of the two sums (1.0000000000000007).
    return float(min(1.0, max(0.0, moved / increase)))


@dataclass(frozen=True)
class RaiseCost:
    """The cost of a raise, as the manuals present it (arrays broadcast from the inputs).

    Attributes
    ----------
    wage_bill_month : ndarray
        Increase of the monthly wage bill once the raise is in force, money per month.
    wage_bill_annual : ndarray
        Increase of the wage bill over the year (months in force), money per year.
    employer_contributions : ndarray
        Employer contributions on that increase, money per year.
    total : ndarray
        ``wage_bill_annual + employer_contributions``, money per year.
    per_worker_month : ndarray
        ``total / headcount / 12``, money per worker per month.
    pct_payroll : ndarray
        ``total / payroll``, fraction.
    pct_profit : ndarray
        ``total / profit``, fraction; NaN when profit is not positive.
    """

    wage_bill_month: Array
    wage_bill_annual: Array
    employer_contributions: Array
    total: Array
    per_worker_month: Array
    pct_payroll: Array
    pct_profit: Array


def _package(
    increase_month: ArrayLike,
    payroll: ArrayLike,
    headcount: ArrayLike,
    employer_rate: ArrayLike,
    contribution_share: ArrayLike,
    profit: ArrayLike,
    months_in_force: ArrayLike,
) -> RaiseCost:
    """Roll a monthly wage-bill increase up into a :class:`RaiseCost`."""
    month = _f(increase_month)
    annual = month * _f(months_in_force)
    contributions = annual * _f(employer_rate) * _f(contribution_share)
    total = annual + contributions
    profit = _f(profit)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_worker = total / _f(headcount) / MONTHS_PER_YEAR
        pct_payroll = total / _f(payroll)
        pct_profit = np.where(profit > 0, total / np.where(profit > 0, profit, 1.0), np.nan)
    return RaiseCost(month, annual, contributions, total, per_worker, pct_payroll, pct_profit)


def percentage_raise_cost(
    payroll: ArrayLike,
    rate: ArrayLike,
    headcount: ArrayLike,
    *,
    employer_rate: ArrayLike = 0.0,
    contribution_share: ArrayLike = 1.0,
    profit: ArrayLike = np.nan,
    months_in_force: ArrayLike = MONTHS_PER_YEAR,
) -> RaiseCost:
    """Cost of a percentage raise: rate x payroll, for the months it is in force.

    Parameters
    ----------
    payroll : array_like
        Annual wage bill the raise applies to, money per year.
    rate : array_like
        The raise, fraction.
    headcount : array_like
        Workers, for the per-worker figure.
    employer_rate : array_like, optional
        Sum of employer contribution rates, fraction (default 0).
    contribution_share : array_like, optional
        Share of the increase on which contributions are charged, see
        :func:`contribution_share` (default 1).
    profit : array_like, optional
        Annual profit, for ``pct_profit`` (default NaN).
    months_in_force : array_like, optional
        Months of the year the raise is paid: a mid-year raise costs rate x months / 12
        of payroll in its first year (default 12).

    Returns
    -------
    RaiseCost

    References
    ----------
    [AFSCME2014]_, [Spatz]_.
    """
    increase_month = _f(rate) * _f(payroll) / MONTHS_PER_YEAR
    return _package(increase_month, payroll, headcount, employer_rate, contribution_share, profit, months_in_force)


def flat_raise_cost(
    amount: ArrayLike,
    headcount: ArrayLike,
    payroll: ArrayLike,
    *,
    employer_rate: ArrayLike = 0.0,
    contribution_share: ArrayLike = 1.0,
    profit: ArrayLike = np.nan,
    months_in_force: ArrayLike = MONTHS_PER_YEAR,
) -> RaiseCost:
    """Cost of a flat raise: amount x headcount per month.

    A flat raise compresses the pay structure: low earners gain more than the average rate.

    Parameters
    ----------
    amount : array_like
        Raise per worker, money per month.
    headcount : array_like
        Workers receiving it.
    payroll : array_like
        Annual wage bill, money per year, for ``pct_payroll``.
    employer_rate, contribution_share, profit, months_in_force
        As in :func:`percentage_raise_cost`.

    Returns
    -------
    RaiseCost

    References
    ----------
    [AFSCME2014]_, [OCAW]_.
    """
    increase_month = _f(amount) * _f(headcount)
    return _package(increase_month, payroll, headcount, employer_rate, contribution_share, profit, months_in_force)


def hourly_raise_cost(
    amount: ArrayLike,
    hours_paid: ArrayLike,
    headcount: ArrayLike,
    payroll: ArrayLike,
    *,
    employer_rate: ArrayLike = 0.0,
    contribution_share: ArrayLike = 1.0,
    profit: ArrayLike = np.nan,
    months_in_force: ArrayLike = MONTHS_PER_YEAR,
) -> RaiseCost:
    """Cost of a cents-per-hour raise: amount x hours paid.

    Parameters
    ----------
    amount : array_like
        Raise, money per hour.
    hours_paid : array_like
        Hours paid to all workers, hours per year.
    headcount, payroll, employer_rate, contribution_share, profit, months_in_force
        As in :func:`flat_raise_cost`.

    Returns
    -------
    RaiseCost

    References
    ----------
    [AFSCME2014]_, [OCAW]_.
    """
    increase_month = _f(amount) * _f(hours_paid) / MONTHS_PER_YEAR
    return _package(increase_month, payroll, headcount, employer_rate, contribution_share, profit, months_in_force)


def lump_sum_cost(
    amount: ArrayLike, headcount: ArrayLike, employer_rate: ArrayLike = 0.0, contribution_share: ArrayLike = 1.0
) -> Array:
    """One-off cost of a lump sum: amount x headcount, plus contributions.

    A lump sum is paid once and does not enter the base, so it costs nothing in later
    years (compare :func:`multi_year_cost`).

    Parameters
    ----------
    amount : array_like
        Payment per worker, money.
    headcount : array_like
        Workers receiving it.
    employer_rate, contribution_share : array_like, optional
        As in :func:`percentage_raise_cost`.

    Returns
    -------
    ndarray
        Money, paid once.

    References
    ----------
    [AFSCME2014]_.
    """
    return _f(amount) * _f(headcount) * (1.0 + _f(employer_rate) * _f(contribution_share))


@dataclass(frozen=True)
class ContractCost:
    """Cost of a raise schedule over a contract.

    Attributes
    ----------
    yearly : ndarray, shape (..., years)
        Cost over the base payroll in each contract year (a partial last year weighted by
        its months / 12, lump sums added in their year), money.
    total : ndarray, shape (...)
        Sum of ``yearly``, money.
    """

    yearly: Array
    total: Array


def multi_year_cost(
    payroll: ArrayLike,
    steps: ArrayLike,
    contract_months: int | None = None,
    *,
    lump_sums: ArrayLike = 0.0,
    roll_up: ArrayLike = 0.0,
) -> ContractCost:
    """Cost over the base payroll of a compounding raise schedule.

    Year k's payroll is payroll x prod_{j <= k}(1 + steps_j); its cost over the base is
    payroll_k - payroll, so a year-1 raise costs in every year of the contract.

    Parameters
    ----------
    payroll : array_like, shape (...)
        Base annual payroll, money per year.
    steps : array_like, shape (..., k)
        Raise taking effect at the start of each contract year, fractions.
    contract_months : int, optional
        Length of the contract. Its years are ceil(contract_months / 12); years beyond
        ``steps`` carry no new raise (earlier raises stay in force); the last year counts
        (months left) / 12. Default: k whole years.
    lump_sums : array_like, shape (..., years), optional
        One-off payments in each year, money; they do not enter the base.
    roll_up : array_like, optional
        Payroll-linked cost per unit of pay increase (employer rate x contribution share),
        applied to the compounding part.

    Returns
    -------
    ContractCost

    Raises
    ------
    ValueError
        If ``contract_months`` is not positive or shorter than the schedule.

    References
    ----------
    [AFSCME2014]_, [Spatz]_.
    """
    rates = np.atleast_1d(_f(steps))
    k = rates.shape[-1]
    months = MONTHS_PER_YEAR * k if contract_months is None else int(contract_months)
    years = -(-months // MONTHS_PER_YEAR)
    if months <= 0 or years < k:
        raise ValueError(f"a {months}-month contract cannot hold {k} yearly raise steps")
    pad = [(0, 0)] * (rates.ndim - 1) + [(0, years - k)]
    # level - 1 = prod(1 + r) - 1, computed as expm1(sum(log1p(r))) so tiny raises keep
    # their precision (1 + 1e-12 rounds away most of its digits).
    growth = np.expm1(np.cumsum(np.log1p(np.pad(rates, pad)), axis=-1))
    weight = np.minimum(months - MONTHS_PER_YEAR * np.arange(years), MONTHS_PER_YEAR) / MONTHS_PER_YEAR
    base = _f(payroll)[..., np.newaxis]
    yearly = base * growth * weight * (1.0 + _f(roll_up)[..., np.newaxis]) + _f(lump_sums)
    return ContractCost(yearly, yearly.sum(axis=-1))
