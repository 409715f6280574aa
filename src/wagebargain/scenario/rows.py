"""A scenario's enterprise as one row of the scoring kernel's columns.

`advise` scores a scenario by turning each enterprise into the same columns a batch table
carries (docs/architecture.md, "The scoring kernel") and calling the one kernel with
length-1 arrays, so the brief and a batch run cannot disagree.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Mapping

import numpy as np

from wagebargain.scenario.models import Economy, Enterprise, Grade, Guideline, Scenario

if TYPE_CHECKING:
    from wagebargain.core.policy import Policy


def countable_pay(grade: Grade, economy: Economy) -> float:
    """Pay that counts against the monthly minimum wage.

    Pay for normal hours, less the worker's own social-insurance and housing-fund
    contributions where the region excludes them; overtime, shift and hazard allowances and
    benefits never count (MOLSS Order No. 21, 2004, Art. 12).
    """
    from wagebargain.core.checks import countable_pay as countable

    return float(countable(grade.base_pay, grade.employee_contributions,
                           economy.minimum_wage.excludes_employee_contributions))


def floor_pay(grade: Grade) -> float:
    """The monthly pay the legal floor tests: a piece-rated grade's pay at its labour quota
    (piece rate x quota: piece-rate pay on a reasonable quota must meet the minimum, MOLSS
    Order No. 21, 2004, Art. 12 and domain.md §3), else its base pay. A raise of r lifts it
    by r (the piece rate rises with the raise), so the kernel's ``lowest_base_pay`` is this."""
    if grade.piece_rate is not None and grade.quota is not None:
        return float(grade.piece_rate * grade.quota)
    return float(grade.base_pay)


def floor_countable_pay(grade: Grade, economy: Economy) -> float:
    """:func:`floor_pay` less the worker's own contributions where the region excludes them:
    the pay the kernel's legal floor and minimum-wage findings test (for a piece-rated grade,
    its countable pay at the quota)."""
    from wagebargain.core.checks import countable_pay as countable

    return float(countable(floor_pay(grade), grade.employee_contributions,
                           economy.minimum_wage.excludes_employee_contributions))


def gross_pay(grade: Grade) -> float:
    """Monthly pay in the wage price guide's concept: base, allowances, overtime, benefits."""
    return grade.base_pay + grade.allowances + grade.overtime_pay + grade.benefits


def lowest_grade(firm: Enterprise, economy: Economy) -> Grade:
    """The full-time grade with the lowest countable pay as the legal floor tests it
    (:func:`floor_countable_pay`: a piece-rated grade at its quota), the one the legal floor
    binds on."""
    return min(firm.workforce, key=lambda g: floor_countable_pay(g, economy))


def years_without_raise(firm: Enterprise) -> int:
    """Consecutive latest years of the raise history with no raise (0 when none recorded)."""
    count = 0
    for entry in reversed(firm.raise_history or []):
        if entry.raise_ > 0:
            break
        count += 1
    return count


def zero_raise_years(firm: Enterprise) -> int:
    """Years of the raise history with no raise at all, consecutive or not."""
    return sum(1 for entry in firm.raise_history or [] if entry.raise_ <= 0)


def pay_lag(firm: Enterprise, economy: Economy) -> float:
    """Cumulative lag of real pay behind productivity over the raise history, at least 0.

    Each listed year is deflated by its own CPI (``raise_history[].cpi``) or, where not
    given, by the latest realised CPI, and compared with the economy-wide productivity trend;
    see :func:`wagebargain.core.indicators.cumulative_pay_lag`.
    """
    history = firm.raise_history or []
    if not history:
        return math.nan
    from wagebargain.core.indicators import cumulative_pay_lag

    cpi = [h.cpi if h.cpi is not None else economy.cpi.previous for h in history]
    lag = cumulative_pay_lag(np.array([h.raise_ for h in history]), np.array(cpi),
                             np.full(len(history), economy.productivity_trend))
    return max(0.0, float(lag))


def market_median(scenario: Scenario, grade: Grade) -> float:
    """Annual P50 of the grade's occupation (fitted when only other quantiles are published)."""
    market = scenario.market
    if market is None or grade.occupation is None or grade.occupation not in market.occupations:
        return math.nan
    quantiles = market.occupations[grade.occupation].given()
    per_year = 12.0 if market.period == "monthly" else 1.0
    if "p50" in quantiles:
        return quantiles["p50"] * per_year
    if len(quantiles) < 2:
        return math.nan
    from wagebargain.core.market import fit_lognormal

    return float(np.exp(fit_lognormal(quantiles).mu)) * per_year


def contribution_pay(grade: Grade) -> float:
    """Monthly pay in the contribution base's concept: base pay, allowances and overtime
    (benefits and subsidies are not part of the base)."""
    return grade.base_pay + grade.allowances + grade.overtime_pay


def contribution_share(firm: Enterprise, economy: Economy, rate: float = 0.0,
                       *, amount: float = 0.0) -> float:
    """Share of a raise's pay increase on which employer contributions are charged.

    Contributions are charged on pay clamped to [floor, ceiling] (domain.md section 6), so
    the share is the exact (chord) one for the raise being costed: each grade's base moves
    by clip(new pay) - clip(old pay), and a grade that crosses the floor counts for the part
    of its raise above it (:func:`wagebargain.core.costing.raise_contribution_share`). With
    ``rate`` and ``amount`` zero it is the marginal share at current pay. The grades' share
    is applied to the whole wage bill of the accounts, which the raise is costed on.

    Parameters
    ----------
    firm, economy
        The enterprise (its full-time grades) and its region (the contribution base).
    rate : float, optional
        Percentage raise, fraction (default 0: the marginal share).
    amount : float, optional
        Flat raise, money per worker per month (default 0).

    Returns
    -------
    float
        1.0 when the scenario gives no contribution base (contributions move with all pay).
    """
    base = economy.contribution_base
    if base is None:
        return 1.0
    from wagebargain.core.costing import raise_contribution_share

    pays = np.array([contribution_pay(g) for g in firm.workforce])
    heads = np.array([g.headcount for g in firm.workforce], dtype=float)
    return raise_contribution_share(pays, heads, rate, amount, base.floor, base.ceiling)


def scenario_policy(scenario: Scenario) -> "Policy":
    """The scenario's policy: documented defaults with its `policy:` overrides."""
    from wagebargain.core.policy import Policy

    return Policy.from_mapping(scenario.policy.overrides() if scenario.policy is not None else {})


def context_columns(economy: Economy, guideline: Guideline) -> dict[str, float]:
    """The kernel's context columns (one value each) from a scenario's or context's sections."""
    mw = economy.minimum_wage
    base = economy.contribution_base
    return {
        "cpi_previous": economy.cpi.previous,
        "cpi_forecast": economy.cpi.forecast if economy.cpi.forecast is not None else math.nan,
        "cpi_target": economy.cpi.target if economy.cpi.target is not None else math.nan,
        "productivity_trend": economy.productivity_trend,
        "average_wage": economy.average_wage,
        "minimum_wage_monthly": mw.monthly,
        "minimum_wage_next": mw.next_monthly if mw.next_monthly is not None else mw.monthly,
        "excludes_employee_contributions": float(mw.excludes_employee_contributions),
        "employer_rate": float(sum(economy.employer_contributions.values())),
        "contribution_floor": base.floor if base is not None else 0.0,
        "contribution_ceiling": base.ceiling if base is not None else math.inf,
        "guideline_baseline": guideline.baseline,
        "guideline_upper": guideline.upper,
        "guideline_lower": guideline.lower,
    }


def enterprise_columns(scenario: Scenario, firm: Enterprise) -> dict[str, float]:
    """The kernel's enterprise columns for one firm of a scenario."""
    economy = scenario.economy
    now, before = firm.accounts.current, firm.accounts.previous
    low = lowest_grade(firm, economy)
    bargaining = scenario.bargaining
    nan = math.nan
    return {
        "headcount": float(now.average_headcount),
        "headcount_previous": float(before.average_headcount) if before else nan,
        "value_added": now.value_added,
        "value_added_previous": before.value_added if before else nan,
        "profit": now.profit,
        "profit_previous": before.profit if before else nan,
        "wage_bill": now.wage_bill,
        "wage_bill_previous": before.wage_bill if before else nan,
        "lowest_base_pay": floor_pay(low),  # a piece-rated grade: its pay at the quota
        "lowest_employee_contributions": low.employee_contributions,
        "lowest_gross_pay": gross_pay(low),
        "market_median": market_median(scenario, low),
        "years_without_raise": float(years_without_raise(firm)),
        "pay_lag": pay_lag(firm, economy),
        "wage_arrears": firm.wage_arrears,
        "pay_cycle_days": float(firm.pay_cycle_days),
        "ownership_state": float(firm.ownership == "state"),
        "contribution_share": contribution_share(firm, economy),
        "management_offer": (bargaining.management_offer if bargaining and
                             bargaining.management_offer is not None else nan),
        "union_power": bargaining.union_power if bargaining else nan,
        "contract_months": float(bargaining.contract_months) if bargaining else 12.0,
    }


def row_from_scenario(scenario: Scenario, firm: Enterprise | None = None,
                      policy: "Policy | None" = None) -> dict[str, float]:
    """One kernel row (plain floats) for a firm of the scenario (the first by default).

    Its ``contribution_share`` is the exact share at the kernel's target raise
    (:func:`contribution_share`), so the kernel's ``cost_annual`` is the target's exact cost
    with the contribution base clamped. The target does not depend on the share, so the row
    is scored once to find it. The kernel also uses this share for management's resistance
    (an approximation there: the exact share is the one at the resistance itself).

    Parameters
    ----------
    scenario : Scenario
    firm : Enterprise, optional
        Default: the scenario's first firm.
    policy : Policy, optional
        The policy the row will be scored with (default: the scenario's own,
        :func:`scenario_policy`); it decides the target.
    """
    firm = firm if firm is not None else scenario.firms[0]
    row = {**enterprise_columns(scenario, firm),
           **context_columns(scenario.economy, scenario.guideline)}
    if scenario.economy.contribution_base is not None:
        from wagebargain.core.kernel import score

        target = float(score(row, policy if policy is not None else scenario_policy(scenario)).target[0])
        if math.isfinite(target):
            row["contribution_share"] = contribution_share(firm, scenario.economy, target)
    return row


def next_minimum(row: Mapping[str, float]) -> float:
    """The minimum wage a raise must clear: the higher of today's and the next announced one
    (MOLSS Order No. 21, 2004, Art. 10), as the kernel's legal floor uses it."""
    nxt = row["minimum_wage_next"]
    return max(row["minimum_wage_monthly"], nxt) if math.isfinite(nxt) else row["minimum_wage_monthly"]


def as_arrays(rows: list[Mapping[str, float]]) -> dict[str, np.ndarray]:
    """Rows of floats to the kernel's column arrays (float64)."""
    keys = rows[0].keys()
    return {k: np.array([r[k] for r in rows], dtype=float) for k in keys}
