"""The scoring kernel: band, checks, costing and predicted settlement for n enterprises.

:func:`score` takes a mapping of column name -> float64 array (one row per enterprise, NaN
for "not given"; see docs/architecture.md) and a :class:`~wagebargain.core.policy.Policy`,
and returns a :class:`KernelResult` of arrays. It is fully vectorised: ``advise`` calls it
with length-1 arrays, ``batch`` with chunks of a table. Rates are fractions; money is in the
scenario's currency, monthly unless a column says annual.

The steps, for every row at once
--------------------------------
1. **Inflation p** (``Policy.inflation_measure``): ``cpi_forecast`` (default; falls back to
   ``cpi_previous``), ``cpi_previous`` (realised) or ``cpi_target`` (falls back to the
   forecast). IG Metall / Bundesbank 2014 (domain.md §2).
2. **Productivity g** (``Policy.productivity_measure``): the enterprise's real growth of value
   added per worker, nominal growth deflated by ``cpi_previous`` ("two in step", State
   Council 2013), falling back to ``productivity_trend`` when the previous year's accounts
   are missing; or the economy-wide ``productivity_trend`` (IG Metall, ver.di 2018). Note
   that with the enterprise measure a higher *realised* CPI lowers measured real
   productivity; the target rises with the inflation measure and with productivity.
3. **Distribution-neutral raise** p + g, which keeps the labour share constant (domain.md §2).
4. **Catch-up** = min(cap, catch_up_share * max(0, pay_lag) + market_catch_up_share *
   max(0, market_median / (12 * lowest_gross_pay) - 1)). ``pay_lag`` defaults to
   (1 + productivity_trend) ** years_without_raise - 1. The market gap uses the wage price
   guide's pay concept (domain.md §5).
5. **Guideline class** (``GUIDELINE_CLASSES``), from benefit growth b = nominal profit growth
   (productivity growth g when profit growth is not available) (domain.md §1):
   loss_making (profit < 0), slow_growth (b < ``slow_growth``), fast_growth
   (b >= ``fast_growth``; the class the guideline's upper line is written for; the riders
   extend the upper line to low earners in well-performing firms, so pay does not bar a
   fast-growing firm from it), else normal. Its band [lo, hi], with L, B, U the lower line,
   baseline and upper line: loss_making [min(0, L), L] (below L only with the union's or
   workers' congress's consent: check LOSS_MAKING); slow_growth [L, B]; normal "around the
   baseline" [(L + B)/2, (B + U)/2], its lower end relaxed to L when the firm is already well
   paid (average pay >= ``well_paid_ratio`` x local average wage: the rider lets such firms
   give less than the baseline); fast_growth [B, U]. lo and hi never fall as the class
   rises, so a better-performing firm never gets a lower band.
6. **Legal floor**: the smallest raise r >= 0 keeping the lowest grade's countable pay at or
   above the higher of this and next period's monthly minimum: countable pay is
   ``lowest_base_pay`` minus the worker's own contributions where the region excludes them;
   contributions are held fixed (low earners pay them on the contribution-base floor). So
   r = max(0, (minimum + contributions) / base - 1). MOLSS Order No. 21 (2004) Arts. 5, 10, 12.
7. **Target** = max(clip(p + g + catch_up, lo, hi), legal floor): the law trumps the guideline.
   **Walk-away floor** = min(max(legal floor, p), target): real pay protection, none for a
   loss-making firm (its floor may lie below the lower line L: settling there needs the
   union's or workers' congress's consent, domain.md §1). These are the union's own figures
   (``floor_before_offer``, ``target_before_offer``).
8. **An offer on the table** (``management_offer``): the union never settles below an offer
   already made, so floor = max(floor, offer) and target = max(target, offer).
   ``OFFER_BELOW_FLOOR`` compares the offer with the union's own floor. **Opening** = target
   + max(0, margin, margin_ratio * target), on the target after the offer. Hence
   floor <= target <= opening for every row. **Resistance** (management's most) from
   ability to pay: max(legal floor, profit_share_limit * max(profit, 0) / (wage_bill *
   (1 + employer_rate * contribution_share))), i.e. the raise whose full cost is that share
   of profit, with contributions on the share of the raise inside the contribution base at
   the *target* (the row's ``contribution_share``; exactly, it is the share at the
   resistance itself); a loss-making firm's is the legal floor, which management cannot
   refuse. An offer raises the resistance to at least the offer (management has shown it
   can pay it). ``zone`` = resistance >= floor. **Settlement** = floor + a * (resistance -
   floor), the asymmetric Nash solution with linear utilities over [floor, resistance]
   (the offer, when it lifted the floor, is the union's disagreement point) and union
   weight a (Nash 1950; Binmore, Rubinstein & Wolinsky 1986); NaN with check NO_ZONE when
   there is no zone. The theory does not stop it above the union's opening when management
   can pay a lot.
9. **Costing** of the target on the wage bill (``costing.percentage_raise_cost``), employer
   contributions on ``contribution_share`` of the increase. A scenario's row carries the
   exact (chord) share of the target raise computed from its grades with the base clamped
   (:func:`wagebargain.scenario.rows.contribution_share`), so ``cost_annual`` is exact; a
   batch row without the column gets the average-pay approximation, 1 when the average pay
   lies in [contribution_floor, contribution_ceiling) and 0 otherwise
   (``costing.contribution_share``), which misses grades that cross the floor or the ceiling.
   ``cost_annual`` is a full year of the raise whatever the contract's length (so
   ``cost_per_worker_month`` is the real monthly cost); ``cost_contract`` is the cost over
   the contract's own ``contract_months`` (one raise stays in force: annual cost x months /
   12, the same as ``costing.multi_year_cost``; a 6-month contract costs half a year).
   AFSCME "Costing 101" (2014); Spatz; domain.md §6.
10. **Checks** (``CHECKS``: code -> (severity, source)) and **priority** (``PRIORITY``).

Rows with a missing required input or an out-of-range value get ``error[i]`` and NaN results;
other rows are unaffected. ``score`` raises ``ValueError`` only when arrays differ in length
or are not one-dimensional.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
from numpy.typing import ArrayLike, NDArray

from wagebargain.core import costing, indicators
from wagebargain.core.policy import Policy

__all__ = [
    "score", "broadcast_columns", "KernelResult", "KERNEL_COLUMNS", "REQUIRED_COLUMNS", "MONEY_COLUMNS",
    "GUIDELINE_CLASSES", "CHECKS", "CHECK_CODES", "PRIORITY",
]

Array = NDArray[np.float64]
_NAN, _INF = float("nan"), float("inf")

# column -> (kind, required, default when NaN; NaN = derived later or stays missing)
_COLUMNS: dict[str, tuple[str, bool, float]] = {
    "headcount": ("positive", True, _NAN),
    "headcount_previous": ("positive", False, _NAN),
    "value_added": ("positive", True, _NAN),
    "value_added_previous": ("positive", False, _NAN),
    "profit": ("finite", True, _NAN),
    "profit_previous": ("finite", False, _NAN),
    "wage_bill": ("positive", True, _NAN),
    "wage_bill_previous": ("positive", False, _NAN),
    "lowest_base_pay": ("positive", True, _NAN),
    "lowest_employee_contributions": ("nonnegative", False, 0.0),
    "lowest_gross_pay": ("positive", False, _NAN),
    "market_median": ("positive", False, _NAN),
    "years_without_raise": ("nonnegative", False, 0.0),
    "pay_lag": ("rate", False, _NAN),
    "wage_arrears": ("nonnegative", False, 0.0),
    "pay_cycle_days": ("positive", False, 30.0),
    "ownership_state": ("flag", False, 0.0),
    "contribution_share": ("share", False, _NAN),
    "management_offer": ("rate", False, _NAN),
    "union_power": ("share", False, _NAN),
    "contract_months": ("positive", False, 12.0),
    "cpi_previous": ("rate", True, _NAN),
    "cpi_forecast": ("rate", False, _NAN),
    "cpi_target": ("rate", False, _NAN),
    "productivity_trend": ("rate", True, _NAN),
    "average_wage": ("positive", True, _NAN),
    "minimum_wage_monthly": ("positive", True, _NAN),
    "minimum_wage_next": ("positive", False, _NAN),
    "excludes_employee_contributions": ("flag", False, 0.0),
    "employer_rate": ("share", False, 0.0),
    "contribution_floor": ("nonnegative", False, 0.0),
    "contribution_ceiling": ("ceiling", False, _INF),
    "guideline_baseline": ("rate", True, _NAN),
    "guideline_upper": ("rate", True, _NAN),
    "guideline_lower": ("rate", True, _NAN),
}
KERNEL_COLUMNS: tuple[str, ...] = tuple(_COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = tuple(c for c, (_, req, _) in _COLUMNS.items() if req)
#: Columns in money; scaling all of them by one factor leaves every rate unchanged.
MONEY_COLUMNS: tuple[str, ...] = (
    "value_added", "value_added_previous", "profit", "profit_previous", "wage_bill",
    "wage_bill_previous", "lowest_base_pay", "lowest_employee_contributions",
    "lowest_gross_pay", "market_median", "wage_arrears", "average_wage",
    "minimum_wage_monthly", "minimum_wage_next", "contribution_floor", "contribution_ceiling",
)

_KINDS = {
    "positive": (lambda x: np.isfinite(x) & (x > 0), "must be a positive number"),
    "nonnegative": (lambda x: np.isfinite(x) & (x >= 0), "must be zero or more"),
    "finite": (np.isfinite, "must be a finite number"),
    "rate": (lambda x: (x > -1) & (x < 1), "must be a fraction between -1 and 1 (-100% to 100%)"),
    "share": (lambda x: (x >= 0) & (x <= 1), "must lie between 0 and 1"),
    "flag": (lambda x: (x == 0) | (x == 1), "must be 0 or 1"),
    "ceiling": (lambda x: x > 0, "must be a positive number (or infinite)"),
}

LOSS_MAKING, SLOW_GROWTH, NORMAL, FAST_GROWTH = 0, 1, 2, 3
#: Guideline class codes (``KernelResult.guideline_class``; -1 for a row with an error).
GUIDELINE_CLASSES: dict[int, str] = {
    LOSS_MAKING: "loss_making", SLOW_GROWTH: "slow_growth", NORMAL: "normal",
    FAST_GROWTH: "fast_growth",
}

MAX_PAY_CYCLE_DAYS = 31  # full-time wages at least monthly: Interim Provisions 1994, Art. 7
_MIN_WAGE = "Minimum Wage Provisions (MOLSS Order No. 21, 2004)"
#: code -> (severity, legal or policy source). Severity: violation > risk > note.
CHECKS: dict[str, tuple[str, str]] = {
    "BELOW_MINIMUM": ("violation", f"{_MIN_WAGE} Arts. 5, 12: lowest countable pay below the monthly minimum"),
    "BELOW_NEXT_MINIMUM": ("risk", f"{_MIN_WAGE} Art. 10: after management's offer (no raise without one) the lowest countable pay is below the next minimum"),
    "NEAR_MINIMUM": ("note", f"{_MIN_WAGE} Art. 10: lowest countable pay only just above the minimum"),
    "PAY_CYCLE": ("violation", "Interim Provisions on Wage Payment (1994) Art. 7: full-time pay cycle over 31 days"),
    "ARREARS": ("violation", "Labour Contract Law Art. 85: wages due and unpaid"),
    "MINIMUM_INADEQUATE": ("note", "Employment Promotion Plan 2011-2015: minimum wage below 40% of the local average"),
    "NO_RAISE": ("risk", "national union training speech on wage work: two or more years without a raise"),
    "LAG_PRODUCTIVITY": ("note", "State Council 2013 (two in step): real wage growth below enterprise productivity growth"),
    "LOSS_MAKING": ("note", "regional wage guideline: loss-making; a raise below the lower line or a freeze needs the union's or workers' congress's agreement"),
    "NO_ZONE": ("risk", "Nash 1950: management's resistance is below the union's walk-away floor"),
    "OFFER_BELOW_FLOOR": ("risk", "management's offer is below the union's walk-away floor"),
    "SOE_WAGE_BILL": ("note", "State Council 2013 (two lower-thans): state-owned firm whose wage bill outgrew profit or real pay outgrew productivity"),
}
CHECK_CODES: tuple[str, ...] = tuple(CHECKS)
_VIOLATIONS = np.array([CHECKS[c][0] == "violation" for c in CHECK_CODES])

#: Priority = sum of weight x min(1, component / scale), 0..100 (weights sum to 100).
PRIORITY: dict[str, tuple[float, float]] = {
    "violations": (30.0, 2.0),           # number of violation checks; two or more = full
    "arrears": (20.0, 1.0),              # arrears / monthly wage bill; a month unpaid = full
    "years_without_raise": (15.0, 5.0),  # five years = full (domain.md §8)
    "pay_lag": (15.0, 0.20),             # pay lag 20% = full
    "legal_floor": (10.0, 0.05),         # raise the law requires; 5 points = full
    "gap_to_resistance": (10.0, 0.05),   # target above management's resistance; 5 points = full
}


@dataclass(frozen=True, eq=False)
class KernelResult:
    """Arrays of length n, one entry per row (docs/architecture.md, KernelResult).

    Attributes
    ----------
    floor, target, opening : ndarray
        The union's walk-away floor, target and opening ask, fractions (steps 7-8).
    floor_before_offer, target_before_offer : ndarray
        The floor and target the union's own rules give, before an offer on the table lifts
        them (step 7); equal to ``floor`` and ``target`` when there is no offer or it is lower.
    resistance, settlement : ndarray
        Management's most and the Nash settlement (NaN without a zone), fractions (step 8).
    zone : ndarray of bool
        resistance >= floor.
    guideline_class : ndarray of int
        Code of ``GUIDELINE_CLASSES``; -1 for a row with an error.
    inflation, productivity, catch_up, distribution_neutral : ndarray
        p, g, the catch-up and p + g, fractions (steps 1-4).
    guideline_lo, guideline_hi, legal_floor : ndarray
        The class's band and the legal floor, fractions (steps 5-6).
    cost_annual, cost_contract : ndarray
        Cost of a full year of the target, contributions included (annualised whatever the
        contract's length), and its cost over the contract's own months, money;
        ``cost_pct_payroll``, ``cost_pct_profit`` (NaN when profit <= 0) fractions;
        ``cost_per_worker_month`` money per worker per month once the raise is paid (step 9).
    check_codes : ndarray of object
        Tuple of failing ``CHECKS`` codes per row; ``checks`` is the (n, len(CHECK_CODES))
        boolean matrix behind it.
    priority : ndarray
        0..100 (``PRIORITY``).
    error : ndarray of object
        "" when scored, else the first problem found in the row's inputs.
    pay_lag, benefit_growth, real_wage_growth, labour_share, contribution_share, union_power
        The values used, fractions; ``countable_pay`` money per month; ``well_paid`` and
        ``productivity_from_accounts`` bool.
    """

    floor: Array
    target: Array
    opening: Array
    resistance: Array
    settlement: Array
    zone: NDArray[np.bool_]
    guideline_class: NDArray[np.int64]
    inflation: Array
    productivity: Array
    catch_up: Array
    guideline_lo: Array
    guideline_hi: Array
    legal_floor: Array
    cost_annual: Array
    cost_pct_payroll: Array
    cost_pct_profit: Array
    cost_per_worker_month: Array
    check_codes: NDArray[np.object_]
    priority: Array
    error: NDArray[np.object_]
    # additions to the contract
    distribution_neutral: Array
    pay_lag: Array
    benefit_growth: Array
    well_paid: NDArray[np.bool_]
    productivity_from_accounts: NDArray[np.bool_]
    real_wage_growth: Array
    labour_share: Array
    countable_pay: Array
    contribution_share: Array
    union_power: Array
    cost_contract: Array
    checks: NDArray[np.bool_]
    floor_before_offer: Array
    target_before_offer: Array

    def __len__(self) -> int:
        return len(self.target)


def broadcast_columns(columns: Mapping[str, ArrayLike]) -> tuple[int, dict[str, Array]]:
    """Float arrays of one length n for every kernel column.

    Parameters
    ----------
    columns : mapping of str to array_like
        Kernel columns, each one-dimensional of length n or a scalar; other keys ignored.

    Returns
    -------
    n : int
        Number of rows (1 when every column is a scalar).
    arrays : dict of str to ndarray
        Every name in ``KERNEL_COLUMNS``, float64 of length n; NaN where absent.

    Raises
    ------
    ValueError
        If the arrays differ in length or have more than one dimension.
    """
    given = {k: np.asarray(columns[k], dtype=float) for k in KERNEL_COLUMNS if k in columns}
    if any(a.ndim > 1 for a in given.values()):
        raise ValueError("kernel columns must be one-dimensional arrays")
    lengths = {a.size for a in given.values() if a.ndim == 1}
    if len(lengths) > 1:
        raise ValueError(f"kernel columns have different lengths: {sorted(lengths)}")
    n = lengths.pop() if lengths else 1
    return n, {k: np.broadcast_to(given.get(k, _NAN), (n,)).astype(float) for k in KERNEL_COLUMNS}


def _validate(raw: dict[str, Array]) -> tuple[NDArray[np.object_], dict[str, Array]]:
    """Per-row error message (first problem found, "" if none) and values with defaults."""
    problems: list[tuple[NDArray[np.bool_], str]] = []
    values: dict[str, Array] = {}
    for name, (kind, required, default) in _COLUMNS.items():
        x = raw[name]
        missing = np.isnan(x)
        ok, message = _KINDS[kind]
        if required:
            problems.append((missing, f"{name} is missing"))
        problems.append((~missing & ~ok(x), f"{name} {message}"))
        values[name] = np.where(missing, default, x)
    lower, base, upper = (values[f"guideline_{k}"] for k in ("lower", "baseline", "upper"))
    problems.append(((lower > base) | (base > upper), "guideline lines must satisfy lower <= baseline <= upper"))
    problems.append((values["contribution_floor"] > values["contribution_ceiling"],
                     "contribution_floor must not exceed contribution_ceiling"))
    masks, messages = zip(*problems)
    return np.select(masks, messages, default="").astype(object), values


def _inflation(v: dict[str, Array], policy: Policy) -> Array:
    forecast = np.where(np.isnan(v["cpi_forecast"]), v["cpi_previous"], v["cpi_forecast"])
    if policy.inflation_measure == "realised":
        return v["cpi_previous"]
    if policy.inflation_measure == "target":
        return np.where(np.isnan(v["cpi_target"]), forecast, v["cpi_target"])
    return forecast


def _band(v: dict[str, Array], cls: NDArray[np.int64], well_paid: NDArray[np.bool_]) -> tuple[Array, Array]:
    """Guideline band [lo, hi] of each row's class (step 5)."""
    lower, base, upper = v["guideline_lower"], v["guideline_baseline"], v["guideline_upper"]
    normal_lo = np.where(well_paid, lower, (lower + base) / 2)
    lo = np.choose(cls, [np.minimum(0.0, lower), lower, normal_lo, base])
    hi = np.choose(cls, [lower, base, (base + upper) / 2, upper])
    return lo, hi


def _codes_per_row(checks: NDArray[np.bool_]) -> NDArray[np.object_]:
    """Tuple of failing check codes per row, built once per distinct pattern of checks."""
    out = np.empty(checks.shape[0], dtype=object)
    if checks.shape[0]:
        # One integer per row (bit j = check j), so the distinct patterns come from a 1-D
        # unique, which is many times faster than np.unique(axis=0) on a bool matrix.
        keys = checks.astype(np.int64) @ (1 << np.arange(checks.shape[1], dtype=np.int64))
        _, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        labels = np.empty(len(first), dtype=object)
        labels[:] = [tuple(c for c, on in zip(CHECK_CODES, checks[i]) if on) for i in first]
        out[:] = labels[inverse.reshape(-1)]
    return out


def _priority(components: dict[str, Array]) -> Array:
    return sum(w * np.clip(components[k] / s, 0.0, 1.0) for k, (w, s) in PRIORITY.items())


def score(columns: Mapping[str, ArrayLike], policy: Policy = Policy()) -> KernelResult:
    """Score n enterprises: band, checks, costing and predicted settlement.

    Parameters
    ----------
    columns : mapping of str to array_like
        Kernel columns (``KERNEL_COLUMNS``; units in docs/architecture.md), each a float
        array of length n or a scalar broadcast to all rows; NaN or absent means not given.
        Other keys are ignored.
    policy : Policy, optional
        Policy choices (default ``Policy()``).

    Returns
    -------
    KernelResult
        Arrays of length n; rows with bad inputs have ``error`` set and NaN results.

    Raises
    ------
    ValueError
        If the arrays have different lengths or more than one dimension.

    References
    ----------
    The steps and their sources are listed in the module docstring (domain.md §§1-8).
    """
    _, raw = broadcast_columns(columns)
    error, v = _validate(raw)
    bad = error != ""
    with np.errstate(all="ignore"):
        out = _score_rows(v, policy)
    return _finish(out, bad, error)


def _score_rows(v: dict[str, Array], policy: Policy) -> dict[str, np.ndarray]:
    """Steps 1-10 of the module docstring on validated, defaulted columns."""
    hc, wb, profit, trend = v["headcount"], v["wage_bill"], v["profit"], v["productivity_trend"]
    p = _inflation(v, policy)
    g_accounts = indicators.productivity_growth(
        v["value_added"], hc, v["value_added_previous"], v["headcount_previous"], inflation=v["cpi_previous"])
    from_accounts = np.isfinite(g_accounts)
    g_enterprise = np.where(from_accounts, g_accounts, trend)
    g = g_enterprise if policy.productivity_measure == "enterprise" else trend
    neutral = indicators.distribution_neutral_raise(p, g)

    pay_lag = np.where(np.isnan(v["pay_lag"]), (1.0 + trend) ** v["years_without_raise"] - 1.0, v["pay_lag"])
    gross = np.where(np.isnan(v["lowest_gross_pay"]), v["lowest_base_pay"], v["lowest_gross_pay"])
    market_gap = np.nan_to_num(np.maximum(0.0, v["market_median"] / (12.0 * gross) - 1.0))
    catch_up = np.minimum(policy.catch_up_cap, policy.catch_up_share * np.maximum(0.0, pay_lag)
                          + policy.market_catch_up_share * market_gap)

    benefit = indicators.profit_growth(profit, v["profit_previous"])
    benefit = np.where(np.isfinite(benefit), benefit, g)
    avg_pay = indicators.average_wage(wb, hc)
    well_paid = avg_pay >= policy.well_paid_ratio * v["average_wage"]
    cls = np.select([profit < 0, benefit < policy.slow_growth, benefit >= policy.fast_growth],
                    [LOSS_MAKING, SLOW_GROWTH, FAST_GROWTH], NORMAL)
    lo, hi = _band(v, cls, well_paid)

    own = v["lowest_employee_contributions"] * v["excludes_employee_contributions"]
    countable = v["lowest_base_pay"] - own
    minimum_next = np.where(np.isnan(v["minimum_wage_next"]), v["minimum_wage_monthly"], v["minimum_wage_next"])
    legal = np.maximum(0.0, (np.maximum(v["minimum_wage_monthly"], minimum_next) + own) / v["lowest_base_pay"] - 1.0)

    target_own = np.maximum(np.clip(neutral + catch_up, lo, hi), legal)
    protection = np.where(cls == LOSS_MAKING, 0.0, p)
    floor_own = np.minimum(np.maximum(legal, protection), target_own)
    # The union never settles below an offer already made (fmax: no offer leaves them as is).
    offer = v["management_offer"]
    target = np.fmax(target_own, offer)
    floor = np.fmax(floor_own, offer)
    margin = np.maximum(policy.bargaining_margin, policy.bargaining_margin_ratio * target)
    opening = target + np.maximum(0.0, margin)

    share = np.where(np.isnan(v["contribution_share"]),
                     costing.contribution_share(avg_pay, v["contribution_floor"], v["contribution_ceiling"]),
                     v["contribution_share"])
    loaded_bill = wb * (1.0 + v["employer_rate"] * share)
    estimated = np.maximum(legal, policy.profit_share_limit * np.maximum(profit, 0.0) / loaded_bill)
    # An offer on the table shows management can pay at least that much.
    resistance = np.fmax(estimated, offer)
    zone = resistance >= floor
    power = np.where(np.isnan(v["union_power"]), policy.union_power, v["union_power"])
    # Bargain over [floor, resistance]; the floor already includes an offer on the table.
    settlement = np.where(zone, floor + power * (resistance - floor), np.nan)

    cost = costing.percentage_raise_cost(wb, target, hc, employer_rate=v["employer_rate"],
                                         contribution_share=share, profit=profit)
    real_wage = indicators.wage_growth(wb, hc, v["wage_bill_previous"], v["headcount_previous"],
                                       inflation=v["cpi_previous"])
    soe_tested = (v["ownership_state"] == 1) & np.isfinite(real_wage) & from_accounts & np.isfinite(benefit)
    bill_growth = indicators.growth(wb, v["wage_bill_previous"])
    checks = np.column_stack([
        countable < v["minimum_wage_monthly"],
        v["lowest_base_pay"] * (1.0 + np.nan_to_num(offer)) - own < minimum_next,
        (countable >= v["minimum_wage_monthly"])
        & (countable < v["minimum_wage_monthly"] * (1.0 + policy.min_wage_gap_warning)),
        v["pay_cycle_days"] > MAX_PAY_CYCLE_DAYS,
        v["wage_arrears"] > 0,
        v["minimum_wage_monthly"] / v["average_wage"] < policy.adequacy_ratio,
        v["years_without_raise"] >= policy.no_raise_years,
        from_accounts & np.isfinite(real_wage) & ~indicators.two_in_step(real_wage, g_accounts),
        cls == LOSS_MAKING,
        ~zone,
        offer < floor_own,
        soe_tested & ~indicators.two_lower_thans(bill_growth, benefit, real_wage, g_accounts),
    ])
    priority = _priority({
        "violations": checks[:, _VIOLATIONS].sum(axis=1).astype(float),
        "arrears": v["wage_arrears"] / (wb / 12.0),
        "years_without_raise": v["years_without_raise"],
        "pay_lag": np.maximum(0.0, pay_lag),
        "legal_floor": legal,
        "gap_to_resistance": target - resistance,
    })
    return dict(
        floor=floor, target=target, opening=opening, resistance=resistance, settlement=settlement,
        zone=zone, guideline_class=cls, inflation=p, productivity=g, catch_up=catch_up,
        guideline_lo=lo, guideline_hi=hi, legal_floor=legal, cost_annual=cost.total,
        cost_pct_payroll=cost.pct_payroll, cost_pct_profit=cost.pct_profit,
        cost_per_worker_month=cost.per_worker_month, checks=checks, priority=priority,
        distribution_neutral=neutral, pay_lag=pay_lag, benefit_growth=benefit, well_paid=well_paid,
        productivity_from_accounts=from_accounts, real_wage_growth=real_wage,
        labour_share=indicators.labour_share(wb, v["value_added"]), countable_pay=countable,
        contribution_share=share, union_power=power,
        cost_contract=cost.total * v["contract_months"] / 12.0,
        floor_before_offer=floor_own, target_before_offer=target_own,
    )


def _finish(out: dict[str, np.ndarray], bad: NDArray[np.bool_], error: NDArray[np.object_]) -> KernelResult:
    """Blank the results of rows with an error and build the result object."""
    fields: dict[str, np.ndarray] = {}
    for name, x in out.items():
        x = np.asarray(x)
        if x.dtype == bool:
            blank = bad[:, None] if x.ndim == 2 else bad
            fields[name] = np.where(blank, False, x)
        else:
            fields[name] = np.where(bad, np.nan, x.astype(float))
    fields["guideline_class"] = np.where(bad, -1, out["guideline_class"]).astype(np.int64)
    fields["check_codes"] = _codes_per_row(fields["checks"])
    return KernelResult(error=error, **fields)
