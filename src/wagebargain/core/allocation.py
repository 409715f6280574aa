"""Share a raise budget across pay grades: percentage, flat, or tilted to the lowest paid.

Every function takes per-grade arrays of monthly base pay (the pay that is raised) and
headcounts, and returns an :class:`Allocation` with the raise per worker in money and as
a fraction of pay. Money is per worker per month; costs are per month for the whole
grade. The tilted allocation is a small linear programme solved with HiGHS through
``scipy.optimize.linprog``, imported inside the function.

References
----------
domain.md §6 (percentage raise: cost = rate x payroll; flat raise: amount x headcount,
which compresses the structure) after AFSCME, "Costing 101" (2014) and Spatz, *Contract
Costing for Union Negotiators*; domain.md §1 riders (front-line and low earners first)
and §3 (MOLSS Order No. 21, 2004, Arts. 10 and 12: the projected minimum wage and the
pay counted against it).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

#: ``Allocation.reason`` when the budget cannot bring every grade to the minimum wage.
REASON_BUDGET_BELOW_MINIMUM = "budget_below_minimum"

#: Default share of the across-the-board rate that every grade keeps in a tilted
#: allocation (*policy choice*: 0 is a pure max-min money raise, 1 a pure percentage).
DEFAULT_PERCENT_SHARE = 0.5


@dataclass(frozen=True, eq=False)
class Allocation:
    """A raise per grade (arrays in the caller's grade order).

    Attributes
    ----------
    method : str
        ``"percentage"``, ``"flat"`` or ``"tilted"``.
    raise_money : ndarray
        Raise per worker, money/month.
    raise_rate : ndarray
        Raise as a fraction of current pay.
    new_pay : ndarray
        Pay per worker after the raise, money/month.
    grade_cost : ndarray
        ``raise_money * headcount``, money/month.
    budget : float
        The budget the allocation was asked to spend, money/month.
    infeasible : bool
        True when no allocation within the budget meets the constraints; the raises are
        then the cheapest ones that do, and cost more than the budget.
    reason : str
        ``""``, or a stable key a renderer can translate (``"budget_below_minimum"``).
    """

    method: str
    raise_money: np.ndarray
    raise_rate: np.ndarray
    new_pay: np.ndarray
    grade_cost: np.ndarray
    budget: float
    infeasible: bool = False
    reason: str = ""

    @property
    def cost(self) -> float:
        """Total cost of the raise, money/month."""
        return float(self.grade_cost.sum())


def _grades(pay: ArrayLike, headcount: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Validate and return per-grade pay and headcount as float arrays."""
    pay = np.atleast_1d(np.asarray(pay, dtype=float))
    heads = np.atleast_1d(np.asarray(headcount, dtype=float))
    if pay.ndim != 1 or pay.shape != heads.shape:
        raise ValueError("pay and headcount must be 1-D arrays with one entry per grade")
    if not (np.all(np.isfinite(pay)) and np.all(pay > 0)):
        raise ValueError("every grade's pay must be a positive number")
    if not (np.all(np.isfinite(heads)) and np.all(heads >= 0) and heads.sum() > 0):
        raise ValueError("headcounts must be non-negative and not all zero")
    return pay, heads


def _per_grade(value: ArrayLike, n: int, name: str) -> np.ndarray:
    """Broadcast a scalar or per-grade value to a float array of length n."""
    arr = np.asarray(value, dtype=float)
    try:
        return np.broadcast_to(arr, (n,)).astype(float)
    except ValueError:
        raise ValueError(f"{name} must be a number or have one entry per grade") from None


def _allocation(
    method: str,
    pay: np.ndarray,
    heads: np.ndarray,
    raise_money: np.ndarray,
    budget: float,
    reason: str = "",
) -> Allocation:
    return Allocation(
        method=method,
        raise_money=raise_money,
        raise_rate=raise_money / pay,
        new_pay=pay + raise_money,
        grade_cost=raise_money * heads,
        budget=float(budget),
        infeasible=bool(reason),
        reason=reason,
    )


def payroll(pay: ArrayLike, headcount: ArrayLike) -> float:
    """Monthly payroll of the grades, ``sum(pay * headcount)`` (money/month)."""
    pay, heads = _grades(pay, headcount)
    return float(np.dot(pay, heads))


def percentage_allocation(pay: ArrayLike, headcount: ArrayLike, rate: float) -> Allocation:
    """Raise every grade by the same fraction ``rate``.

    Parameters
    ----------
    pay : array_like, shape (n,)
        Base pay per worker, money/month.
    headcount : array_like, shape (n,)
        Workers per grade.
    rate : float
        The raise as a fraction (0.05 for 5%).

    Returns
    -------
    Allocation
        ``raise_money = rate * pay``; the cost is ``rate * payroll``.

    References
    ----------
    domain.md §6: percentage raise, cost = rate x payroll (AFSCME, "Costing 101", 2014).
    """
    pay, heads = _grades(pay, headcount)
    raise_money = rate * pay
    return _allocation("percentage", pay, heads, raise_money, float(np.dot(raise_money, heads)))


def flat_allocation(pay: ArrayLike, headcount: ArrayLike, budget: float) -> Allocation:
    """Give every worker the same amount, spending ``budget``.

    Parameters
    ----------
    pay : array_like, shape (n,)
        Base pay per worker, money/month.
    headcount : array_like, shape (n,)
        Workers per grade.
    budget : float
        Money/month to spend, e.g. ``rate * payroll(pay, headcount)``.

    Returns
    -------
    Allocation
        ``raise_money = budget / total headcount`` for every grade: the low paid get a
        larger percentage than the high paid.

    References
    ----------
    domain.md §6: flat raise, cost = amount x headcount; it compresses the structure.
    """
    pay, heads = _grades(pay, headcount)
    raise_money = np.full(pay.shape, budget / heads.sum())
    return _allocation("flat", pay, heads, raise_money, budget)


def minimum_raise(
    pay: ArrayLike,
    countable: ArrayLike,
    minimum_next: float,
    pass_through: ArrayLike = 1.0,
) -> np.ndarray:
    """The smallest raises that meet the minimum wage and keep the grade order.

    Grade ``i`` needs ``max(0, (minimum_next - countable_i) / pass_through_i)``. Taking
    grades in order of current pay, the new pay of each is the running maximum of
    ``pay + need``, so no grade overtakes the one above it; the raise is that new pay
    minus current pay.

    Parameters
    ----------
    pay : array_like, shape (n,)
        Base pay per worker, money/month.
    countable : array_like, shape (n,)
        Pay counted against the minimum wage, money/month (see
        :func:`wagebargain.core.checks.countable_pay`).
    minimum_next : float
        The monthly minimum wage to meet, money/month.
    pass_through : float or array_like, default 1.0
        Share of a raise in base pay that reaches countable pay (below 1 when the
        region excludes the worker's own contributions and they rise with pay).

    Returns
    -------
    ndarray
        Raise per worker, money/month, in the caller's grade order.

    References
    ----------
    MOLSS Order No. 21 (2004), Arts. 10 and 12 (domain.md §3).
    """
    pay = np.asarray(pay, dtype=float)
    n = pay.size
    share = _per_grade(pass_through, n, "pass_through")
    if np.any(share <= 0):
        raise ValueError("pass_through must be positive")
    need = np.maximum(0.0, (minimum_next - _per_grade(countable, n, "countable")) / share)
    order = np.argsort(pay, kind="stable")
    new_pay = np.empty(n)
    new_pay[order] = np.maximum.accumulate(pay[order] + need[order])
    return new_pay - pay


#: Tight HiGHS tolerances: the LPs are tiny and money should come out exact to the cent.
_HIGHS = {"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10}


def _lexicographic(
    objectives: list[np.ndarray], a_ub: np.ndarray, b_ub: np.ndarray, bounds: list
) -> np.ndarray | None:
    """Optimise the objectives in turn, keeping each optimum as a constraint.

    Returns the solution vector of the last stage, or None if a stage fails.
    """
    from scipy.optimize import linprog

    a_ub, b_ub, x = np.asarray(a_ub), np.asarray(b_ub), None
    for c in objectives:
        res = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method="highs", options=_HIGHS)
        if res.status != 0:
            return None
        x = res.x
        a_ub = np.vstack([a_ub, c])
        b_ub = np.append(b_ub, res.fun + 1e-10 * (1.0 + abs(res.fun)))
    return x


def _tilted_lp(
    pay: np.ndarray, heads: np.ndarray, lower: np.ndarray, budget: float, max_rate: float
) -> np.ndarray | None:
    """Build and solve the three-stage tilted LP.

    Variables are ``[r_0 .. r_{n-1}, s, F]``: the raises and the money floor ``F`` in
    units of the flat raise ``budget / headcount`` (of order 1; at least a millionth of
    mean pay), and the percentage floor ``s`` as a share of ``max_rate``. Returns
    raises in money/month, or None if HiGHS fails.
    """
    n = pay.size
    scale = max(budget / heads.sum(), 1e-6 * pay.mean())
    p, lo, weight = pay / scale, lower / scale, heads / heads.sum()
    eye = np.eye(n)
    order = np.argsort(p, kind="stable")
    steps = np.zeros((n - 1, n))
    steps[np.arange(n - 1), order[:-1]], steps[np.arange(n - 1), order[1:]] = 1.0, -1.0
    rows = [
        np.concatenate([weight, [0.0, 0.0]])[None, :],  # sum h r <= budget
        np.hstack([steps, np.zeros((n - 1, 2))]),  # p_i + r_i <= p_j + r_j
        np.hstack([-eye, max_rate * p[:, None], np.zeros((n, 1))]),  # s p_i <= r_i
        np.hstack([-eye, np.zeros((n, 1)), np.ones((n, 1))]),  # F <= r_i
    ]
    rhs = np.concatenate(
        [[budget / (scale * heads.sum())], p[order[1:]] - p[order[:-1]], np.zeros(2 * n)]
    )
    unit = np.eye(n + 2)
    objectives = [-unit[n], -unit[n + 1], np.concatenate([np.ones(n), [0.0, 0.0]])]
    bounds = [(lo_i, None) for lo_i in lo] + [(0.0, 1.0), (None, None)]
    x = _lexicographic(objectives, np.vstack(rows), rhs, bounds)
    return None if x is None else np.maximum(x[:n], lo) * scale


def tilted_allocation(
    pay: ArrayLike,
    headcount: ArrayLike,
    countable: ArrayLike,
    minimum_next: float,
    budget: float,
    *,
    percent_share: float = DEFAULT_PERCENT_SHARE,
    pass_through: ArrayLike = 1.0,
) -> Allocation:
    """Spend the budget raising the lowest paid most: "x%, but at least y a month".

    Raises ``r_i`` (money/month) solve, lexicographically, a linear programme:

    1. maximise the common percentage floor ``s``, up to ``percent_share * budget /
       payroll``, such that every grade gets ``r_i >= s * pay_i``;
    2. with ``s`` fixed, maximise the money floor ``F`` with ``r_i >= F`` for all i
       (max-min of the money raise);
    3. with ``F`` fixed, minimise ``sum r_i`` (only matters for grades with no workers,
       whose raise costs nothing);

    all subject to: total cost ``sum headcount_i * r_i <= budget``; the next minimum wage
    ``countable_i + pass_through_i * r_i >= minimum_next``; grade order, ``pay_i + r_i <=
    pay_j + r_j`` when grade j is the next better paid; and ``r_i >= 0``.

    When the minimum wage does not bind, ``s = percent_share * budget / payroll`` and
    ``r_i = max(F, s * pay_i)``, with ``F`` solving ``sum headcount_i * max(F, s *
    pay_i) = budget`` (easy by hand): every grade keeps ``percent_share`` of the uniform
    rate, and the rest lifts everyone to one money floor, so the lower paid get the
    largest percentage. ``percent_share=1`` gives the percentage allocation and
    ``percent_share=0`` the flat one. The budget is spent in full when feasible.

    Parameters
    ----------
    pay : array_like, shape (n,)
        Base pay per worker, money/month (the pay that is raised).
    headcount : array_like, shape (n,)
        Workers per grade.
    countable : array_like, shape (n,)
        Pay counted against the minimum wage now, money/month.
    minimum_next : float
        The projected monthly minimum wage, money/month.
    budget : float
        Money/month to spend, e.g. ``rate * payroll(pay, headcount)``.
    percent_share : float, default 0.5
        Share of the uniform rate ``budget / payroll`` that every grade keeps
        (*policy choice*, in [0, 1]).
    pass_through : float or array_like, default 1.0
        Share of a raise in base pay that reaches countable pay.

    Returns
    -------
    Allocation
        ``method="tilted"``. If even the cheapest raises that meet the minimum and keep
        the order (:func:`minimum_raise`) cost more than the budget, those raises are
        returned with ``infeasible=True`` and ``reason="budget_below_minimum"``.

    References
    ----------
    domain.md §6 (flat raises compress the structure; AFSCME, "Costing 101", 2014) and
    §1 (regional guideline riders: low earners may get up to the upper line);
    MOLSS Order No. 21 (2004), Arts. 10 and 12 (domain.md §3).
    """
    pay, heads = _grades(pay, headcount)
    if not 0.0 <= percent_share <= 1.0:
        raise ValueError("percent_share must lie in [0, 1]")
    if budget < 0:
        raise ValueError("budget must be non-negative")
    lower = minimum_raise(pay, countable, minimum_next, pass_through)
    if np.dot(lower, heads) > budget * (1 + 1e-12):
        return _allocation("tilted", pay, heads, lower, budget, REASON_BUDGET_BELOW_MINIMUM)
    max_rate = percent_share * budget / np.dot(pay, heads)
    raises = _tilted_lp(pay, heads, lower, budget, max_rate)
    if raises is None:  # numerical failure: fall back to the minimum plus a flat rest
        rest = (budget - np.dot(lower, heads)) / heads.sum()
        raises = lower + rest
    return _allocation("tilted", pay, heads, raises, budget)
