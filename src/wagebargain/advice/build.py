"""Assemble the advisor's result for a scenario: band, checks, cost, allocation, market,
settlement, sensitivity, offer ladder and the arguments for the room.

The band, the row checks, the headline cost and the settlement come from the one scoring
kernel (:func:`wagebargain.core.kernel.score`), called on the scenario's firms as rows, so
`advise` and `batch` cannot disagree. Everything else here is per-grade detail computed with
the pure functions of :mod:`wagebargain.core`.
"""
from __future__ import annotations

import math
from typing import Optional

import numpy as np

from wagebargain import __version__
from wagebargain.advice import arguments
from wagebargain.advice.model import (
    Advice, Allocation, Band, CheckItem, Component, Cost, FirmAdvice, GradeAllocation,
    MarketRow, Message, Rung, SectorPoint, Sector, SensitivityRow, Settlement,
)
from wagebargain.core import costing, indicators
from wagebargain.core.kernel import GUIDELINE_CLASSES, KernelResult, score
from wagebargain.core.policy import Policy
from wagebargain.errors import DataError
from wagebargain.scenario.models import Enterprise, Scenario
from wagebargain.scenario.rows import (as_arrays, contribution_share, countable_pay,
                                       floor_countable_pay, floor_pay, gross_pay, lowest_grade,
                                       next_minimum, row_from_scenario, scenario_policy,
                                       zero_raise_years)

LADDER_STYLE = "steady"
"""Default concession style of the offer ladder (see core.ladder.STYLES)."""
LADDER_ROUNDS = 5
"""Offers on the ladder when the scenario has no `simulation.rounds`."""

SOURCES = {
    "inflation": "IG Metall, Verteilungsspielraum; Deutsche Bundesbank, Monthly Report 2014",
    "productivity": "State Council, income-distribution opinions, 国发〔2013〕6号 ('two in step')",
    "catch_up": "State Council, 国发〔2013〕6号 ('two in step'); local wage price guide",
    "guideline": "regional enterprise wage guideline (企业工资指导线), e.g. 沪人社综发〔2012〕31号",
    "legal_floor": "MOLSS Order No. 21 (2004), Arts. 5, 10, 12",
    "ability_to_pay": "AFSCME, Costing 101 (2014): cost against profit",
    "margin": "bargaining practice: room to concede",
    "offer": "bargaining practice: an offer on the table is the union's disagreement point "
             "(Nash 1950)",
}


def policy_of(scenario: Scenario) -> Policy:
    """The scenario's policy: documented defaults with its `policy:` overrides."""
    return scenario_policy(scenario)


def _at(result: KernelResult, name: str, i: int) -> float:
    return float(np.asarray(getattr(result, name))[i])


def _indicators(row: dict[str, float], policy: Policy, firm: Enterprise) -> dict[str, float]:
    p = row["cpi_previous"]
    prod = indicators.productivity_growth(row["value_added"], row["headcount"],
                                          row["value_added_previous"], row["headcount_previous"])
    wage = indicators.wage_growth(row["wage_bill"], row["headcount"], row["wage_bill_previous"],
                                  row["headcount_previous"])
    real_wage = indicators.real_growth(wage, p)
    real_prod = indicators.real_growth(prod, p)
    avg = float(indicators.average_wage(row["wage_bill"], row["headcount"]))
    return {
        "productivity_per_worker_money": float(indicators.labour_productivity(row["value_added"], row["headcount"])),
        "productivity_growth_rate": float(prod),
        "productivity_growth_real_rate": float(real_prod),
        "average_wage_money": avg,
        "average_wage_growth_rate": float(wage),
        "average_wage_growth_real_rate": float(real_wage),
        "average_to_local_rate": avg / row["average_wage"],
        "labour_share_rate": float(indicators.labour_share(row["wage_bill"], row["value_added"])),
        "labour_share_change_rate": float(indicators.labour_share_change(
            row["wage_bill"], row["value_added"], row["wage_bill_previous"], row["value_added_previous"])),
        "profit_money": row["profit"],
        "profit_growth_rate": float(indicators.profit_growth(row["profit"], row["profit_previous"])),
        "years_without_raise": row["years_without_raise"],
        "zero_raise_years": float(zero_raise_years(firm)) if firm.raise_history else math.nan,
        "pay_lag_rate": row["pay_lag"],
        "two_in_step": float(indicators.two_in_step(real_wage, real_prod))
        if math.isfinite(float(real_wage)) and math.isfinite(float(real_prod)) else math.nan,
    }


def _band(kr: KernelResult, i: int, policy: Policy, row: dict[str, float]) -> Band:
    inflation, productivity = _at(kr, "inflation", i), _at(kr, "productivity", i)
    catch_up, legal = _at(kr, "catch_up", i), _at(kr, "legal_floor", i)
    lo, hi = _at(kr, "guideline_lo", i), _at(kr, "guideline_hi", i)
    floor, target, opening = _at(kr, "floor", i), _at(kr, "target", i), _at(kr, "opening", i)
    own_floor, own_target = _at(kr, "floor_before_offer", i), _at(kr, "target_before_offer", i)
    klass = GUIDELINE_CLASSES[int(np.asarray(kr.guideline_class)[i])]
    fallback = policy.productivity_measure == "enterprise" and not math.isfinite(row["value_added_previous"])
    offer = row["management_offer"]
    components = [
        Component("inflation", inflation, Message(f"rule.inflation.{_inflation_used(policy, row)}",
                                                  {"value_rate": inflation}), SOURCES["inflation"]),
        Component("productivity", productivity, Message(
            "rule.productivity.fallback" if fallback else f"rule.productivity.{policy.productivity_measure}",
            {"value_rate": productivity}), SOURCES["productivity"]),
        Component("catch_up", catch_up, Message(
            "rule.catch_up" if math.isfinite(row["market_median"]) else "rule.catch_up.no_market", {
            "value_rate": catch_up, "lag_rate": row["pay_lag"], "cap_rate": policy.catch_up_cap,
            "share_rate": policy.catch_up_share}), SOURCES["catch_up"]),
        Component("guideline", min(max(inflation + productivity + catch_up, lo), hi),
                  Message(f"rule.guideline.{klass}", {
            "low_rate": lo, "high_rate": hi, "baseline_rate": row["guideline_baseline"]}),
            SOURCES["guideline"]),
        Component("legal_floor", legal, Message("rule.legal_floor", {
            "value_rate": legal, "minimum_money": next_minimum(row)}), SOURCES["legal_floor"]),
    ]
    # Kernel step 8: an offer above the union's own floor lifts the floor (and the target
    # when it is above that too); the brief says so where it binds.
    offer_binds = math.isfinite(offer) and offer > own_floor
    if offer_binds:
        key = "rule.offer.target" if offer > own_target else "rule.offer.floor"
        components.append(Component("offer", offer, Message(key, {
            "offer_rate": offer, "floor_rate": own_floor, "target_rate": own_target}),
            SOURCES["offer"]))
    components.append(Component("margin", opening - target, Message("rule.margin", {
        "value_rate": opening - target}), SOURCES["margin"]))
    params = {"opening_rate": opening, "target_rate": target, "floor_rate": floor}
    if klass == "loss_making" and floor < hi - 1e-12:
        # Below the lower line only with the union's consent (domain.md §1), on conditions.
        headline = Message("headline.loss_making", {**params, "lower_rate": hi})
    elif offer_binds:
        headline = Message("headline.offer", {**params, "offer_rate": offer})
    else:
        headline = Message("headline", params)
    return Band(floor, target, opening, inflation + productivity, klass, lo, hi,
                tuple(components), headline)


def _inflation_used(policy: Policy, row: dict[str, float]) -> str:
    """Which CPI measure the kernel actually used, after its fallbacks (target -> forecast ->
    realised)."""
    measure = policy.inflation_measure
    if measure == "target" and not math.isfinite(row["cpi_target"]):
        measure = "forecast"
    if measure == "forecast" and not math.isfinite(row["cpi_forecast"]):
        measure = "realised"
    return measure


def _contract_cost(row: dict[str, float], steps: list[float], shares: list[float], months: int,
                   lumps: np.ndarray) -> costing.ContractCost:
    """Cost over the contract's own months of a compounding raise schedule, with employer
    contributions on each year's exact share of the increase over the base (``shares``, one
    per contract year, at that year's cumulative raise) and lump sums added in their year."""
    wages = costing.multi_year_cost(row["wage_bill"], np.array(steps, dtype=float), months)
    yearly = wages.yearly * (1.0 + row["employer_rate"] * np.array(shares)) + lumps
    return costing.ContractCost(yearly, yearly.sum(axis=-1))


def _costs(kr: KernelResult, i: int, row: dict[str, float], scenario: Scenario,
           firm: Enterprise) -> tuple[Cost, ...]:
    """Floor, target and opening (and a flat amount) costed as the manuals do (domain.md §6).

    Every cost is a full year of the raise ("annual", whatever the contract's length, so the
    cost per worker per month is what the raise costs each month it is paid); the contract
    total covers the contract's own months (a 6-month contract: half a year). Employer
    contributions are charged on the exact share of each raise inside the contribution base
    (:func:`wagebargain.scenario.rows.contribution_share` at that raise): the target's cost is
    the kernel's ``cost_annual`` and its contract total the kernel's ``cost_contract``.
    Multi-year contracts compound (year 1 is the band's raise, later years the scenario's
    schedule; each year's contributions at its cumulative raise).
    """
    bargaining = scenario.bargaining
    economy = scenario.economy
    months = int(row["contract_months"])
    years = -(-months // 12)
    lump = (bargaining.lump_sum or 0.0) * row["headcount"] if bargaining else 0.0
    lumps = np.zeros(years)
    lumps[0] = lump
    later = list(bargaining.schedule[1:]) if bargaining and bargaining.schedule else []
    out = []
    for label in ("floor", "target", "opening"):
        rate = _at(kr, label, i)
        # The target's share is the row's (the kernel's); the others at their own rate.
        share = row["contribution_share"] if label == "target" else contribution_share(firm, economy, rate)
        c = costing.percentage_raise_cost(row["wage_bill"], rate, row["headcount"],
                                          employer_rate=row["employer_rate"],
                                          contribution_share=share, profit=row["profit"])
        steps = [rate, *later][:years]  # schedule steps past the contract's end never apply
        levels = np.expm1(np.cumsum(np.log1p(np.pad(steps, (0, years - len(steps))))))
        shares = [share] + [contribution_share(firm, economy, float(g)) for g in levels[1:]]
        contract = _contract_cost(row, steps, shares, months, lumps)
        out.append(Cost(label, rate, float(c.wage_bill_month), float(c.wage_bill_annual),
                        float(c.employer_contributions), float(c.total),
                        float(c.per_worker_month), float(c.pct_payroll), float(c.pct_profit),
                        float(contract.total), tuple(float(y) for y in contract.yearly)))
    if bargaining is not None and bargaining.flat_amount is not None:
        out.append(_flat_cost(bargaining.flat_amount, row, months, lumps, firm, scenario))
    return tuple(out)


def _flat_cost(amount: float, row: dict[str, float], months: int, lumps: np.ndarray,
               firm: Enterprise, scenario: Scenario) -> Cost:
    """The same money for every worker each month, costed beside the percentage raises.

    Its ``rate`` is the equivalent percentage of the average wage; a flat raise compresses
    the pay structure (low earners gain more than that rate), so its contributions are
    charged on its own exact share inside the contribution base. A full year is costed as
    "annual"; the contract total covers the contract's months. AFSCME "Costing 101" (2014).
    """
    heads, bill = row["headcount"], row["wage_bill"]
    share = contribution_share(firm, scenario.economy, amount=amount)
    c = costing.flat_raise_cost(amount, heads, bill, employer_rate=row["employer_rate"],
                                contribution_share=share, profit=row["profit"])
    rate = amount * heads * 12 / bill
    contract = _contract_cost(row, [rate], [share] * len(lumps), months, lumps)
    return Cost("flat", rate, float(c.wage_bill_month), float(c.wage_bill_annual),
                float(c.employer_contributions), float(c.total), float(c.per_worker_month),
                float(c.pct_payroll), float(c.pct_profit), float(contract.total),
                tuple(float(y) for y in contract.yearly))


def _allocation(firm: Enterprise, scenario: Scenario, target: float, minimum_next: float) -> Allocation:
    from wagebargain.core import allocation as alloc

    pay = np.array([g.base_pay for g in firm.workforce], dtype=float)
    heads = np.array([g.headcount for g in firm.workforce], dtype=float)
    countable = np.array([countable_pay(g, scenario.economy) for g in firm.workforce])
    budget = target * alloc.payroll(pay, heads)
    pct = alloc.percentage_allocation(pay, heads, target)
    flat = alloc.flat_allocation(pay, heads, budget)
    tilted = alloc.tilted_allocation(pay, heads, countable, minimum_next, budget)
    grades = tuple(
        GradeAllocation(g.grade, g.headcount, g.base_pay, float(pct.raise_money[j]),
                        float(flat.raise_money[j]), float(tilted.raise_money[j]),
                        float(tilted.raise_rate[j]), float(tilted.new_pay[j]))
        for j, g in enumerate(firm.workforce))
    note = Message(f"allocation.{tilted.reason}", {"cost_money": tilted.cost, "budget_money": budget}) \
        if tilted.infeasible else None
    return Allocation(budget, grades, tilted.infeasible, note)


def _market(firm: Enterprise, scenario: Scenario) -> tuple[MarketRow, ...]:
    market = scenario.market
    graded = [g for g in firm.workforce if market and g.occupation in market.occupations]
    if not graded:
        return ()
    from wagebargain.core.market import market_position

    per_year = 12.0 if market.period == "monthly" else 1.0
    guides = [{k: v * per_year for k, v in market.occupations[g.occupation].given().items()}
              for g in graded]
    pos = market_position(np.array([gross_pay(g) * 12 for g in graded]),
                          np.array([g.headcount for g in graded], dtype=float), guides)
    return tuple(MarketRow(g.grade, g.occupation or "", float(pos.annual_pay[j]),
                           float(pos.percentile_rank[j]), float(pos.median[j]),
                           float(pos.gap_to_median[j]), float(pos.cost_to_p25[j]),
                           float(pos.cost_to_p50[j])) for j, g in enumerate(graded))


def _settlement(kr: KernelResult, i: int, row: dict[str, float], policy: Policy) -> Settlement:
    floor, resistance = _at(kr, "floor", i), _at(kr, "resistance", i)
    nash, zone = _at(kr, "settlement", i), bool(np.asarray(kr.zone)[i])
    offer = row["management_offer"]
    power = row["union_power"] if math.isfinite(row["union_power"]) else policy.union_power
    if not math.isfinite(offer):
        position = "none"
    elif offer < floor:
        position = "below_floor"
    elif offer <= resistance:
        position = "in_zone"
    else:
        position = "above_resistance"
    key = "settlement.zone" if zone else "settlement.no_zone"
    summary = Message(key, {"floor_rate": floor, "resistance_rate": resistance, "nash_rate": nash,
                            "power": power})
    return Settlement(zone, floor, resistance, nash, power, offer, position, summary)


def _sensitivity(table, i: int) -> tuple[SensitivityRow, ...]:
    """Row i of :func:`wagebargain.core.sensitivity.sensitivity` (computed once for all firms)."""
    return tuple(SensitivityRow(label, float(table.floor[k, i]), float(table.target[k, i]),
                                float(table.opening[k, i])) for k, label in enumerate(table.labels))


def _ladder(band: Band, row: dict[str, float], rounds: int, style: str) -> tuple[Rung, ...]:
    from wagebargain.core.ladder import offer_ladder

    per_worker = row["wage_bill"] / row["headcount"] / 12.0
    return tuple(Rung(r.round, r.rate, r.money_per_worker_month)
                 for r in offer_ladder(band.opening, band.target, band.floor, rounds, style, per_worker))


def _checks(kr: KernelResult, i: int, firm: Enterprise, scenario: Scenario, band: Band,
            policy: Policy, allocation: Allocation, ind: dict[str, float],
            settlement: Settlement) -> tuple[CheckItem, ...]:
    from wagebargain.advice.checks import firm_checks

    low = lowest_grade(firm, scenario.economy)
    lowest_countable = floor_countable_pay(low, scenario.economy)
    numbers = {
        "years": ind["years_without_raise"], "lag_rate": ind["pay_lag_rate"],
        "real_wage_growth_rate": ind["average_wage_growth_real_rate"],
        "productivity_growth_rate": ind["productivity_growth_real_rate"],
        "floor_rate": settlement.union_floor, "resistance_rate": settlement.management_resistance,
        "offer_rate": settlement.management_offer, "profit_money": ind["profit_money"],
        "lower_rate": scenario.guideline.lower,
        "countable_money": lowest_countable,
        "countable_after_offer_money": lowest_countable + floor_pay(low) * (
            settlement.management_offer if math.isfinite(settlement.management_offer) else 0.0),
        "next_minimum_money": max(scenario.economy.minimum_wage.monthly,
                                  scenario.economy.minimum_wage.next_monthly or 0.0),
        "minimum_money": scenario.economy.minimum_wage.monthly,
    }
    codes = tuple(np.asarray(kr.check_codes, dtype=object)[i])
    return firm_checks(firm, scenario, band, policy, codes, allocation, numbers)


def _firm(scenario: Scenario, firm: Enterprise, kr: KernelResult, i: int, row: dict[str, float],
          table, policy: Policy, style: str, rounds: int) -> FirmAdvice:
    error = str(np.asarray(kr.error, dtype=object)[i] or "")
    if error:
        raise DataError(f"{firm.name}: {error}")
    band = _band(kr, i, policy, row)
    settlement = _settlement(kr, i, row, policy)
    costs = _costs(kr, i, row, scenario, firm)
    ind = _indicators(row, policy, firm)
    market = _market(firm, scenario)
    allocation = _allocation(firm, scenario, band.target, next_minimum(row))
    checks = _checks(kr, i, firm, scenario, band, policy, allocation, ind, settlement)
    context = arguments.Context(scenario, firm, row, ind, band, settlement, costs, market, checks,
                                well_paid=bool(np.asarray(kr.well_paid)[i]))
    return FirmAdvice(
        name=firm.name, ownership=firm.ownership,
        headcount=firm.accounts.current.average_headcount, indicators=ind, band=band,
        resistance=_at(kr, "resistance", i), settlement=settlement, checks=checks, costs=costs,
        allocation=allocation,
        market=market, sensitivity=_sensitivity(table, i),
        ladder=_ladder(band, row, rounds, style), ladder_style=style,
        talking_points=arguments.talking_points(context), rebuttals=arguments.rebuttals(context),
        data_requests=arguments.data_requests(context), priority=_at(kr, "priority", i),
        for_our_side=arguments.for_our_side(context),
        contract_months=int(row["contract_months"]),
    )


def _sector(firms: tuple[FirmAdvice, ...], policy: Policy, own_floors: np.ndarray,
            offer: float) -> Optional[Sector]:
    """A sector band the weakest firms can pay, from the firms' resistance points.

    Floor: what firms employing 90% of the workers can afford, but never below the
    headcount-weighted mean of the firms' own walk-away floors (``own_floors``, before any
    offer: the law and real-pay protection do not fall because some firms are poor; the
    coverage shows who cannot pay). Target: what firms employing half the workers can afford
    (the weighted median resistance), at least the floor. An offer on the table (``offer``,
    the scenario's, made to the whole sector) lifts the floor and the target to at least it,
    as kernel step 8 does for a firm; the coverage is then that of the lifted levels.
    Opening: the target plus the bargaining margin, and at least what a quarter of the
    workers' firms can afford. See :func:`wagebargain.core.sector.sector_band`.
    """
    if len(firms) < 2:
        return None
    from wagebargain.core.sector import affordability_curve, sector_band

    resistance = np.array([f.resistance for f in firms])
    heads = np.array([f.headcount for f in firms], dtype=float)
    band = sector_band(resistance, heads, floor=np.asarray(own_floors, dtype=float))
    floor, target = band.floor, band.target
    floor_workers, target_workers = band.floor_workers_share, band.target_workers_share
    if math.isfinite(offer) and offer > floor:
        floor, target = offer, max(target, offer)
        floor_workers, target_workers = (float(x) for x in affordability_curve(
            [floor, target], resistance, heads).workers_share)
    opening = max(band.ask, target + policy.bargaining_margin)
    lo = min(0.0, float(resistance.min()))
    hi = max(opening, float(resistance.max()))
    grid = np.round(np.arange(lo, hi + 0.0051, 0.005), 4)
    curve = affordability_curve(grid, resistance, heads)
    rule = Message("sector.rule", {"floor_rate": floor, "target_rate": target,
                                   "opening_rate": opening,
                                   "floor_workers_rate": floor_workers,
                                   "target_workers_rate": target_workers,
                                   "legal_max_rate": max(f.band.components[4].value for f in firms)})
    return Sector(floor, target, opening, rule, tuple(
        SectorPoint(float(r), float(f), float(w))
        for r, f, w in zip(curve.raises, curve.firms_share, curve.workers_share)))


def advise(scenario: Scenario, *, source_file: str = "", sha256: str = "",
           policy: Optional[Policy] = None, ladder_style: str = LADDER_STYLE,
           ladder_rounds: Optional[int] = None, warnings: tuple[str, ...] = ()) -> Advice:
    """Compute the whole brief for a validated scenario (the Python API for scripts)."""
    policy = policy if policy is not None else policy_of(scenario)
    rows = [row_from_scenario(scenario, firm, policy) for firm in scenario.firms]
    cols = as_arrays(rows)
    kr = score(cols, policy)
    from wagebargain.core.sensitivity import sensitivity

    table = sensitivity(cols, policy)
    rounds = ladder_rounds or (scenario.simulation.rounds if scenario.simulation else LADDER_ROUNDS)
    firms = tuple(_firm(scenario, firm, kr, i, rows[i], table, policy, ladder_style, max(2, rounds))
                  for i, firm in enumerate(scenario.firms))
    meta = scenario.scenario
    from dataclasses import asdict

    return Advice(meta.title, meta.year, meta.currency, meta.language, source_file, sha256,
                  __version__, asdict(policy), firms,
                  _sector(firms, policy, np.asarray(kr.floor_before_offer),
                          float(np.nanmin(cols["management_offer"]))
                          if np.isfinite(cols["management_offer"]).any() else math.nan),
                  warnings)
