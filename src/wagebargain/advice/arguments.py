"""The arguments for the room: talking points, "management will say / you answer" pairs,
the data to request from management when inputs are missing, and the notes for our side
only.

Each is a :class:`Message` (catalogue key + numbers), emitted only when the scenario's data
support it; a thin scenario gives a thinner brief, never a wrong one. The themes follow the
source speech (domain.md §8): raises follow the guideline, productivity and profit with
CPI considered; low pay and years without a raise; minimum wage and arrears.

Talking points and answers are said across the table: they argue from the accounts, the
guideline and the law, and never name the union's walk-away floor, its target as such, their
cost, or our estimate of management's limit. Those go to :func:`for_our_side`. An argument
that would argue for management on the scenario's facts (an anchor below our floor, a
warning meant for this very firm) is left out or replaced.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from wagebargain.advice.model import Band, CheckItem, Cost, MarketRow, Message, Rebuttal, Settlement
from wagebargain.scenario.models import Enterprise, Scenario
from wagebargain.scenario.rows import next_minimum


@dataclass(frozen=True)
class Context:
    """What the arguments are built from."""

    scenario: Scenario
    firm: Enterprise
    row: dict[str, float]
    ind: dict[str, float]
    band: Band
    settlement: Settlement
    costs: tuple[Cost, ...]
    market: tuple[MarketRow, ...]
    checks: tuple[CheckItem, ...]
    well_paid: bool = False
    """Average pay at least the policy's ``well_paid_ratio`` times the local average wage."""

    def cost(self, label: str) -> Cost:
        return next(c for c in self.costs if c.label == label)


def _ok(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


NEAR_MINIMUM = 0.15
"""Lowest countable pay within this share above the next minimum: management will point to
the minimum wage, so the brief prepares the answer."""


ABOVE_LOCAL_AVERAGE = 1.0
"""Average pay at or above this multiple of the local average wage counts as "already well
paid" for the upper line's warning: the brief then never tells management that the warning
is for fast-growing, well-paid firms (it would describe this firm). Lower than the kernel's
``well_paid_ratio`` on purpose: citing the warning against ourselves costs more than
leaving it out."""

AT_MINIMUM = 0.5
"""Countable pay within this much money of the minimum wage is paid *at* the minimum."""


def lowest_countable(row: dict[str, float]) -> float:
    """The lowest grade's countable pay, as the kernel's legal floor sees it (for a
    piece-rated grade, its pay at the quota)."""
    own = row["lowest_employee_contributions"] * row["excludes_employee_contributions"]
    return row["lowest_base_pay"] - own


def _near_minimum(row: dict[str, float]) -> bool:
    return lowest_countable(row) < next_minimum(row) * (1 + NEAR_MINIMUM)


def _affordable(c: Context) -> bool:
    """The target lies within management's estimated ability to pay."""
    return c.band.target <= c.settlement.management_resistance + 1e-12


def _offer_above(c: Context, level: float) -> bool:
    """Management's offer on the table is above ``level``."""
    offer = c.settlement.management_offer
    return _ok(offer) and _ok(level) and offer > level + 1e-12


def _per_point(cost: Cost) -> dict[str, float]:
    """The cost of one percentage point of raise, from the target's cost (a full year,
    employer contributions included): said in the room instead of the target's own cost."""
    if not (_ok(cost.rate) and cost.rate > 1e-9):
        return {}
    k = 0.01 / cost.rate
    return {"point_total_money": cost.total * k,
            "point_per_worker_month_money": cost.per_worker_month * k,
            "point_pct_profit_rate": cost.pct_profit * k}


def _lowest_name(c: Context) -> str:
    from wagebargain.scenario.rows import lowest_grade

    return lowest_grade(c.firm, c.scenario.economy).grade


def talking_points(c: Context) -> tuple[Message, ...]:
    """The evidence for the union's case, strongest first."""
    ind, band, row = c.ind, c.band, c.row
    inflation, productivity = band.components[0].value, band.components[1].value
    if productivity > 0:
        # "Anything less moves income to profit" only when our own target reaches it.
        key = "point.neutral" if band.target >= band.neutral - 1e-9 else "point.neutral.short"
        out = [Message(key, {"inflation_rate": inflation, "productivity_rate": productivity,
                             "neutral_rate": band.neutral})]
    else:  # falling productivity argues for a cut: argue real-pay protection instead
        out = [Message("point.real_pay", {"inflation_rate": inflation})]
    if c.firm.wage_arrears > 0:
        out.insert(0, Message("point.arrears", {"arrears_money": c.firm.wage_arrears}))
    if _ok(ind["profit_growth_rate"]) and ind["profit_growth_rate"] > 0:
        out.append(Message("point.profit_up", {"growth_rate": ind["profit_growth_rate"],
                                               "profit_money": ind["profit_money"]}))
    target_cost = c.cost("target")
    point = _per_point(target_cost)
    if _ok(target_cost.pct_profit) and _affordable(c) and point:
        out.append(Message("point.affordable", {
            k: v for k, v in point.items() if k != "point_total_money"}))
    if _ok(ind["labour_share_change_rate"]) and ind["labour_share_change_rate"] < 0:
        out.append(Message("point.labour_share_falling", {
            "share_rate": ind["labour_share_rate"], "change_rate": ind["labour_share_change_rate"]}))
    if _ok(ind["pay_lag_rate"]) and ind["pay_lag_rate"] > 0.005:
        out.append(Message("point.pay_lag", {"lag_rate": ind["pay_lag_rate"],
                                             "years": len(c.firm.raise_history or [])}))
    if ind["years_without_raise"] >= 1:
        out.append(Message("point.no_raise", {"years": int(ind["years_without_raise"])}))
    elif ind.get("zero_raise_years", 0) >= 1:
        out.append(Message("point.zero_raise_years", {
            "count": int(ind["zero_raise_years"]), "years": len(c.firm.raise_history or [])}))
    below = [m for m in c.market if _ok(m.gap_to_median) and m.gap_to_median < 0]
    if below:
        worst = min(below, key=lambda m: m.gap_to_median)
        out.append(Message("point.market_below", {"grade": worst.grade,
                                                  "gap_rate": -worst.gap_to_median,
                                                  "rank_rate": worst.percentile_rank}))
    if band.components[4].value > 0:
        countable = lowest_countable(row)
        out.append(Message("point.legal_floor", {
            "minimum_money": next_minimum(row), "countable_money": countable,
            # a minimum the union must not go below: whole money, rounded up
            "need_money": float(math.ceil(next_minimum(row) - countable - 1e-9))}))
    # The guideline argues for us only inside its band: not after an offer above it, and
    # not at a loss-making firm whose floor (the law, prices) is above the lower line.
    anchors_low = band.guideline_class == "loss_making" and band.floor > band.guideline_high + 1e-12
    if not _offer_above(c, band.guideline_high) and not anchors_low:
        out.append(Message(f"point.guideline.{band.guideline_class}", {
            "low_rate": band.guideline_low, "high_rate": band.guideline_high,
            "baseline_rate": row["guideline_baseline"]}))
    ratio = next((ch for ch in c.checks if ch.code == "pay_ratio" and ch.severity != "note"), None)
    if ratio is not None:
        out.append(Message("point.pay_ratio", {"ratio": round(ratio.message.params["ratio"], 1)}))
    if any(ch.severity == "violation" for ch in c.checks):
        out.append(Message("point.violations", {"count": sum(ch.severity == "violation" for ch in c.checks)}))
    return tuple(out)


def rebuttals(c: Context) -> tuple[Rebuttal, ...]:
    """What management is likely to say, and the answer the data give."""
    ind, band, row = c.ind, c.band, c.row
    target = c.cost("target")
    out = []
    point = _per_point(target)
    if _ok(target.pct_profit) and _affordable(c) and point:
        out.append(Rebuttal(Message("say.cannot_afford"), Message("answer.cannot_afford", point)))
    elif _ok(target.pct_profit) and band.components[4].value > 0:
        # The law as money (the grade's pay and the minimum), never as a rate that may
        # equal our floor.
        out.append(Rebuttal(Message("say.cannot_afford"), Message("answer.legal_required", {
            "countable_money": lowest_countable(row), "minimum_money": next_minimum(row)})))
    elif _ok(target.pct_profit):
        profit = ind["profit_money"]
        key = "answer.cannot_afford_accounts.profit" if _ok(profit) and profit > 0 \
            else "answer.cannot_afford_accounts"
        out.append(Rebuttal(Message("say.cannot_afford"), Message(
            key, {"profit_money": profit} if key.endswith("profit") else {})))
    else:
        # Said across the table: the law and the guideline, never the union's floor.
        today, upcoming = row["minimum_wage_monthly"], next_minimum(row)
        key = "answer.losses" if upcoming > today else "answer.losses.no_next"
        params = {"minimum_money": today, "next_minimum_money": upcoming,
                  "lower_rate": row["guideline_lower"]}
        if band.floor > row["guideline_lower"] + 1e-12:
            # Our floor is above the lower line: do not invite a raise down to it.
            key, params = key.replace("answer.losses", "answer.losses.law"), {
                "minimum_money": today, "next_minimum_money": upcoming,
                "countable_money": lowest_countable(row)}
        out.append(Rebuttal(Message("say.losses"), Message(key, params)))
    # "The baseline is the most we will give" makes no sense once management has offered
    # more; and a loss-making firm's lower line is no anchor when our floor is above it.
    if not _offer_above(c, row["guideline_baseline"]) and not _offer_above(c, band.guideline_high):
        say = Message("say.guideline_baseline", {"baseline_rate": row["guideline_baseline"]})
        if band.guideline_class == "loss_making" and band.floor > band.guideline_high + 1e-12:
            out.append(Rebuttal(say, Message("answer.guideline.loss_making.law", {
                "minimum_money": next_minimum(row)})))
        else:
            out.append(Rebuttal(say, Message(f"answer.guideline.{band.guideline_class}", {
                "low_rate": band.guideline_low, "high_rate": band.guideline_high})))
    if band.components[1].value > 0:
        out.append(Rebuttal(Message("say.low_inflation", {"inflation_rate": band.components[0].value}),
                            Message("answer.low_inflation", {
                                "productivity_rate": band.components[1].value,
                                "neutral_rate": band.neutral})))
    answer = _above_minimum_answer(c)
    if answer is not None:
        out.append(Rebuttal(Message("say.above_minimum"), answer))
    upper = row["guideline_upper"]
    offer = c.settlement.management_offer
    # Management does not call a demand excessive when its own offer is above the line.
    if band.opening > upper + 1e-12 and not (_ok(offer) and offer > upper):
        # The upper line *is* a warning for a fast-growing, well-paid firm: do not cite it.
        paid = ind["average_to_local_rate"]
        well_paid = c.well_paid or (_ok(paid) and paid >= ABOVE_LOCAL_AVERAGE)
        key = "answer.above_upper.claim" if band.guideline_class == "fast_growth" and well_paid \
            else "answer.above_upper"
        out.append(Rebuttal(Message("say.above_upper", {"opening_rate": band.opening,
                                                        "upper_rate": upper}),
                            Message(key, {"opening_rate": band.opening})))
    if _ok(row["market_median"]) and 12 * row["lowest_gross_pay"] < row["market_median"]:
        out.append(Rebuttal(Message("say.market"), Message("answer.market", {
            "median_money": row["market_median"], "pay_money": 12 * row["lowest_gross_pay"]})))
    return tuple(out)


_MONTHLY_MINIMUM = ("minimum_wage", "piece_rate")
_HOURLY_MINIMUM = ("part_time_hourly", "part_time_hourly_derived")


def _above_minimum_answer(c: Context) -> Message | None:
    """The answer to "we already pay above the minimum wage", or None when management will
    not say it. When the checks find pay below the minimum, or the lowest grade paid exactly
    the minimum, the premise is false and the answer says so first."""
    row = c.row
    below = next((ch for ch in c.checks if ch.code in _MONTHLY_MINIMUM
                  and ch.severity == "violation"), None)
    hourly = next((ch for ch in c.checks if ch.code in _HOURLY_MINIMUM
                   and ch.severity == "violation"), None)
    countable, minimum = lowest_countable(row), row["minimum_wage_monthly"]
    at = abs(countable - minimum) <= AT_MINIMUM
    if below is not None:
        return Message("answer.above_minimum.below", {
            "grade": below.subject, "countable_money": below.message.params.get("countable"),
            "minimum_money": below.message.params.get("minimum")})
    part_time = {} if hourly is None else {
        "role": hourly.subject, "hourly_pay_money": hourly.message.params.get("hourly_pay"),
        "hourly_minimum_money": hourly.message.params.get("hourly_minimum")}
    if at:
        key = "answer.above_minimum.at_part_time" if part_time else "answer.above_minimum.at"
        return Message(key, {"grade": _lowest_name(c), "countable_money": countable,
                             "minimum_money": minimum, **part_time})
    if part_time:
        return Message("answer.above_minimum.part_time", part_time)
    return Message("answer.above_minimum") if _near_minimum(row) else None


def for_our_side(c: Context) -> tuple[Message, ...]:
    """Notes for the union's side only, never said in the room: the target's cost against
    our estimate of management's limit, and an offer above the guideline's upper line."""
    out = []
    target = c.cost("target")
    resistance = c.settlement.management_resistance
    if _ok(target.pct_profit):
        key = "internal.affordable" if _affordable(c) else "internal.costly"
        out.append(Message(key, {"pct_profit_rate": target.pct_profit,
                                 "per_worker_month_money": target.per_worker_month,
                                 "resistance_rate": resistance}))
    upper = c.row["guideline_upper"]
    if _offer_above(c, upper):
        out.append(Message("internal.offer_above_upper", {
            "offer_rate": c.settlement.management_offer, "upper_rate": upper}))
    return tuple(out)


def data_requests(c: Context) -> tuple[Message, ...]:
    """Inputs the scenario lacks that would sharpen the brief: ask management for them."""
    s, firm = c.scenario, c.firm
    out = []
    if firm.accounts.previous is None:
        out.append(Message("request.previous_accounts"))
    if firm.raise_history is None:
        out.append(Message("request.raise_history"))
    if s.market is None or not any(g.occupation for g in firm.workforce):
        out.append(Message("request.market"))
    if s.economy.cpi.forecast is None:
        out.append(Message("request.cpi_forecast"))
    if s.bargaining is None or s.bargaining.management_offer is None:
        out.append(Message("request.management_offer"))
    if s.economy.contribution_base is None:
        out.append(Message("request.contribution_base"))
    if s.economy.minimum_wage.next_monthly is None:
        out.append(Message("request.next_minimum"))
    if firm.part_time and s.economy.minimum_wage.hourly is None:
        out.append(Message("request.hourly_minimum"))
    if firm.accounts.current.revenue is None:
        out.append(Message("request.revenue"))
    return tuple(out)
