"""Economic indicators of an enterprise's pay, productivity and profit.

Pure NumPy functions: every argument may be a scalar or an array (broadcast together), and
a value that cannot be computed (a growth rate from a zero, negative or missing base) comes
back as NaN rather than raising. Rates are fractions; money is in the scenario's currency.

References
----------
.. [SC2013] State Council, Opinions on Deepening the Reform of the Income Distribution
   System (国务院批转发展改革委等部门关于深化收入分配制度改革若干意见的通知, 国发〔2013〕6号),
   2013: "two in step" (两同步) and the older "two lower-thans" (两低于).
.. [IGM] IG Metall, "kurz erklärt: Verteilungsspielraum"; ver.di, public-sector bargaining
   brochure, 2018; Deutsche Bundesbank, Monthly Report, 2014: the distribution-neutral raise
   is inflation plus trend productivity growth.
"""
from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "growth",
    "real_growth",
    "labour_productivity",
    "productivity_growth",
    "average_wage",
    "wage_growth",
    "labour_share",
    "labour_share_change",
    "profit_growth",
    "distribution_neutral_raise",
    "cumulative_pay_lag",
    "two_in_step",
    "two_lower_thans",
]

MONTHS_PER_YEAR = 12


def _ratio(numerator: ArrayLike, denominator: ArrayLike) -> NDArray[np.float64]:
    """numerator / denominator, NaN where the denominator is not a positive finite number."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    usable = np.isfinite(den) & (den > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(usable, num / np.where(usable, den, 1.0), np.nan)


def growth(current: ArrayLike, previous: ArrayLike) -> NDArray[np.float64]:
    """Growth rate from ``previous`` to ``current``: current / previous - 1.

    Parameters
    ----------
    current, previous : array_like
        Levels in the same unit. A growth rate from a zero, negative or missing base is
        meaningless, so it is NaN.

    Returns
    -------
    ndarray
        Growth rate, fraction per period.
    """
    return _ratio(current, previous) - 1.0


def real_growth(nominal: ArrayLike, inflation: ArrayLike) -> NDArray[np.float64]:
    """Real growth of a money amount: (1 + w) / (1 + p) - 1.

    Parameters
    ----------
    nominal : array_like
        Nominal growth rate w, fraction.
    inflation : array_like
        CPI inflation p over the same period, fraction.

    Returns
    -------
    ndarray
        Real growth rate, fraction.

    References
    ----------
    domain.md §1, after [SC2013]_.
    """
    return _ratio(1.0 + np.asarray(nominal, dtype=float), 1.0 + np.asarray(inflation, dtype=float)) - 1.0


def labour_productivity(value_added: ArrayLike, headcount: ArrayLike) -> NDArray[np.float64]:
    """Labour productivity: value added per worker.

    Parameters
    ----------
    value_added : array_like
        Value added, money per year.
    headcount : array_like
        Average headcount, workers; NaN where not positive.

    Returns
    -------
    ndarray
        Money per worker per year.
    """
    return _ratio(value_added, headcount)


def productivity_growth(
    value_added: ArrayLike,
    headcount: ArrayLike,
    value_added_previous: ArrayLike,
    headcount_previous: ArrayLike,
    inflation: ArrayLike | None = None,
) -> NDArray[np.float64]:
    """Growth of labour productivity (value added per worker), nominal or real.

    Parameters
    ----------
    value_added, value_added_previous : array_like
        Value added of the current and previous year, money per year.
    headcount, headcount_previous : array_like
        Average headcount of the two years, workers.
    inflation : array_like, optional
        Deflator, fraction. When given, the nominal growth is deflated with
        :func:`real_growth`; when omitted the nominal growth is returned.

    Returns
    -------
    ndarray
        Growth rate, fraction per year; NaN when the previous year is missing.

    References
    ----------
    "Two in step" compares real pay with this growth [SC2013]_.
    """
    nominal = growth(labour_productivity(value_added, headcount),
                     labour_productivity(value_added_previous, headcount_previous))
    return nominal if inflation is None else real_growth(nominal, inflation)


def average_wage(wage_bill: ArrayLike, headcount: ArrayLike) -> NDArray[np.float64]:
    """Average monthly wage: annual wage bill / headcount / 12.

    Parameters
    ----------
    wage_bill : array_like
        Gross pay of all employees, money per year.
    headcount : array_like
        Average headcount, workers.

    Returns
    -------
    ndarray
        Money per worker per month.
    """
    return _ratio(wage_bill, headcount) / MONTHS_PER_YEAR


def wage_growth(
    wage_bill: ArrayLike,
    headcount: ArrayLike,
    wage_bill_previous: ArrayLike,
    headcount_previous: ArrayLike,
    inflation: ArrayLike | None = None,
) -> NDArray[np.float64]:
    """Growth of the average wage, nominal or (given ``inflation``) real.

    Parameters
    ----------
    wage_bill, wage_bill_previous : array_like
        Wage bills of the current and previous year, money per year.
    headcount, headcount_previous : array_like
        Average headcounts, workers.
    inflation : array_like, optional
        CPI inflation over the year, fraction. Real growth is (1 + w) / (1 + p) - 1.

    Returns
    -------
    ndarray
        Growth rate, fraction per year.

    References
    ----------
    domain.md §1 [SC2013]_.
    """
    nominal = growth(average_wage(wage_bill, headcount),
                     average_wage(wage_bill_previous, headcount_previous))
    return nominal if inflation is None else real_growth(nominal, inflation)


def labour_share(wage_bill: ArrayLike, value_added: ArrayLike) -> NDArray[np.float64]:
    """Labour share s = wage bill / value added.

    Parameters
    ----------
    wage_bill, value_added : array_like
        Money per year. NaN where value added is not positive.

    Returns
    -------
    ndarray
        Fraction of value added paid as wages.

    References
    ----------
    domain.md §2 [IGM]_.
    """
    return _ratio(wage_bill, value_added)


def labour_share_change(
    wage_bill: ArrayLike,
    value_added: ArrayLike,
    wage_bill_previous: ArrayLike,
    value_added_previous: ArrayLike,
) -> NDArray[np.float64]:
    """Change of the labour share between two years, in share points (s - s_previous).

    Parameters
    ----------
    wage_bill, value_added : array_like
        Current year, money per year.
    wage_bill_previous, value_added_previous : array_like
        Previous year, money per year.

    Returns
    -------
    ndarray
        Difference of the two shares (0.01 is one point).

    References
    ----------
    In growth rates s' = w - p - g, domain.md §2 [IGM]_.
    """
    return labour_share(wage_bill, value_added) - labour_share(wage_bill_previous, value_added_previous)


def profit_growth(profit: ArrayLike, profit_previous: ArrayLike) -> NDArray[np.float64]:
    """Nominal profit growth; NaN unless both years made a profit.

    A growth rate across a change of sign (a profit turning into a loss) is a meaningless
    number such as -500%, so it is NaN: the loss itself is what matters.

    Parameters
    ----------
    profit, profit_previous : array_like
        Profit of the current and previous year, money per year.

    Returns
    -------
    ndarray
        Growth rate, fraction per year.

    References
    ----------
    Enterprise benefit (效益) growth classifies firms against the wage guideline, domain.md §1.
    """
    current = np.asarray(profit, dtype=float)
    return np.where(current >= 0, growth(current, profit_previous), np.nan)


def distribution_neutral_raise(inflation: ArrayLike, productivity: ArrayLike) -> NDArray[np.float64]:
    """The raise that leaves the labour share unchanged: w* = p + g.

    Parameters
    ----------
    inflation : array_like
        CPI inflation p, fraction per year.
    productivity : array_like
        Real labour-productivity growth g, fraction per year.

    Returns
    -------
    ndarray
        Nominal raise, fraction. Anything above it redistributes toward labour. This is the
        first-order form used by unions and the Bundesbank; the exact form
        (1 + p)(1 + g) - 1 is larger by p*g.

    References
    ----------
    domain.md §2 [IGM]_.
    """
    return np.asarray(inflation, dtype=float) + np.asarray(productivity, dtype=float)


def cumulative_pay_lag(raises: ArrayLike, inflation: ArrayLike, productivity: ArrayLike) -> NDArray[np.float64]:
    """Cumulative lag of real pay behind productivity over a raise history.

    lag = prod(1 + g) / prod((1 + r) / (1 + p)) - 1, over the last axis.

    Parameters
    ----------
    raises : array_like, shape (..., years)
        Nominal raises r granted each year, fractions, oldest first.
    inflation : array_like, broadcastable to ``raises``
        CPI inflation p in each year, fractions.
    productivity : array_like, broadcastable to ``raises``
        Real labour-productivity growth g in each year, fractions.

    Returns
    -------
    ndarray, shape (...)
        How far productivity has run ahead of real pay, fraction. Negative when real pay
        ran ahead; the kernel floors it at 0 before using it. An empty history gives 0.

    References
    ----------
    "Two in step": real wages should grow in step with productivity [SC2013]_.
    """
    r, p, g = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (raises, inflation, productivity)))
    productivity_index = np.prod(1.0 + g, axis=-1)
    real_pay_index = np.prod((1.0 + r) / (1.0 + p), axis=-1)
    return productivity_index / real_pay_index - 1.0


def two_in_step(
    real_wage_growth: ArrayLike, productivity_growth: ArrayLike, tolerance: float = 0.0
) -> NDArray[np.bool_]:
    """The "two in step" test: real wage growth keeps pace with productivity growth.

    Parameters
    ----------
    real_wage_growth : array_like
        Real growth of the average wage, fraction per year.
    productivity_growth : array_like
        Real labour-productivity growth, fraction per year.
    tolerance : float, optional
        Shortfall still counted as in step, fraction (default 0).

    Returns
    -------
    ndarray of bool
        True where real wage growth >= productivity growth - tolerance; False where either
        input is NaN (the test cannot be passed without data).

    References
    ----------
    两同步, [SC2013]_.
    """
    real = np.asarray(real_wage_growth, dtype=float)
    prod = np.asarray(productivity_growth, dtype=float)
    return real >= prod - tolerance


def two_lower_thans(
    wage_bill_growth: ArrayLike,
    benefit_growth: ArrayLike,
    real_wage_growth: ArrayLike,
    productivity_growth: ArrayLike,
) -> NDArray[np.bool_]:
    """The older "two lower-thans" test used for state-owned enterprise wage bills.

    Parameters
    ----------
    wage_bill_growth : array_like
        Nominal wage-bill growth, fraction per year.
    benefit_growth : array_like
        Growth of economic benefit (profit), fraction per year.
    real_wage_growth : array_like
        Real average wage growth, fraction per year.
    productivity_growth : array_like
        Real labour-productivity growth, fraction per year.

    Returns
    -------
    ndarray of bool
        True where wage-bill growth < benefit growth and real average wage growth <
        productivity growth; False where any input is NaN.

    References
    ----------
    两低于, [SC2013]_.
    """
    bill = np.asarray(wage_bill_growth, dtype=float) < np.asarray(benefit_growth, dtype=float)
    pay = np.asarray(real_wage_growth, dtype=float) < np.asarray(productivity_growth, dtype=float)
    return bill & pay
