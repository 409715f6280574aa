"""The arguments for the room: talking points, "management will say / you answer" pairs,
and the data to request from management when inputs are missing.

Each is a :class:`Message` (catalogue key + numbers), emitted only when the scenario's data
support it; a thin scenario gives a thinner brief, never a wrong one. The themes follow the
source speech (domain.md §8): raises follow the guideline, productivity and profit with
CPI considered; low pay and years without a raise; minimum wage and arrears.
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

    def cost(self, label: str) -> Cost:
        return next(c for c in self.costs if c.label == label)


def _ok(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


NEAR_MINIMUM = 0.15
"""Lowest countable pay within this share above the next minimum: management will point to
the minimum wage, so the brief prepares the answer."""


def _near_minimum(row: dict[str, float]) -> bool:
    own = row["lowest_employee_contributions"] * row["excludes_employee_contributions"]
    return row["lowest_base_pay"] - own < next_minimum(row) * (1 + NEAR_MINIMUM)


def _affordable(c: Context) -> bool:
    """The target lies within management's estimated ability to pay."""
    return c.band.target <= c.settlement.management_resistance + 1e-12


def talking_points(c: Context) -> tuple[Message, ...]:
    """The evidence for the union's case, strongest first."""
    ind, band, row = c.ind, c.band, c.row
    inflation, productivity = band.components[0].value, band.components[1].value
    if productivity > 0:
        out = [Message("point.neutral", {"inflation_rate": inflation,
                                         "productivity_rate": productivity,
                                         "neutral_rate": band.neutral})]
    else:  # falling productivity argues for a cut: argue real-pay protection instead
        out = [Message("point.real_pay", {"inflation_rate": inflation})]
    if c.firm.wage_arrears > 0:
        out.insert(0, Message("point.arrears", {"arrears_money": c.firm.wage_arrears}))
    if _ok(ind["profit_growth_rate"]) and ind["profit_growth_rate"] > 0:
        out.append(Message("point.profit_up", {"growth_rate": ind["profit_growth_rate"],
                                               "profit_money": ind["profit_money"]}))
    target_cost = c.cost("target")
    if _ok(target_cost.pct_profit) and _affordable(c):
        out.append(Message("point.affordable", {"pct_profit_rate": target_cost.pct_profit,
                                                "per_worker_month_money": target_cost.per_worker_month}))
    elif _ok(target_cost.pct_profit):
        out.append(Message("point.costly", {"pct_profit_rate": target_cost.pct_profit,
                                            "resistance_rate": c.settlement.management_resistance}))
    if _ok(ind["labour_share_change_rate"]) and ind["labour_share_change_rate"] < 0:
        out.append(Message("point.labour_share_falling", {
            "share_rate": ind["labour_share_rate"], "change_rate": ind["labour_share_change_rate"]}))
    if _ok(ind["pay_lag_rate"]) and ind["pay_lag_rate"] > 0.005:
        out.append(Message("point.pay_lag", {"lag_rate": ind["pay_lag_rate"],
                                             "years": len(c.firm.raise_history or [])}))
    if ind["years_without_raise"] >= 1:
        out.append(Message("point.no_raise", {"years": int(ind["years_without_raise"])}))
    below = [m for m in c.market if _ok(m.gap_to_median) and m.gap_to_median < 0]
    if below:
        worst = min(below, key=lambda m: m.gap_to_median)
        out.append(Message("point.market_below", {"grade": worst.grade,
                                                  "gap_rate": -worst.gap_to_median,
                                                  "rank_rate": worst.percentile_rank}))
    if band.components[4].value > 0:
        out.append(Message("point.legal_floor", {"floor_rate": band.components[4].value,
                                                 "minimum_money": next_minimum(row)}))
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
    if _ok(target.pct_profit) and _affordable(c):
        out.append(Rebuttal(Message("say.cannot_afford"), Message("answer.cannot_afford", {
            "pct_profit_rate": target.pct_profit, "per_worker_month_money": target.per_worker_month,
            "total_money": target.total})))
    elif _ok(target.pct_profit) and band.components[4].value > 0:
        out.append(Rebuttal(Message("say.cannot_afford"), Message("answer.legal_required", {
            "legal_rate": band.components[4].value, "minimum_money": next_minimum(row)})))
    elif _ok(target.pct_profit):
        floor = c.cost("floor")
        out.append(Rebuttal(Message("say.cannot_afford"), Message("answer.cannot_afford_floor", {
            "floor_rate": band.floor, "floor_pct_profit_rate": floor.pct_profit,
            "floor_per_worker_month_money": floor.per_worker_month,
            "legal_rate": band.components[4].value})))
    else:
        # Said across the table: the law and the guideline, never the union's floor.
        today, upcoming = row["minimum_wage_monthly"], next_minimum(row)
        key = "answer.losses" if upcoming > today else "answer.losses.no_next"
        out.append(Rebuttal(Message("say.losses"), Message(key, {
            "minimum_money": today, "next_minimum_money": upcoming,
            "lower_rate": row["guideline_lower"]})))
    out.append(Rebuttal(Message("say.guideline_baseline", {"baseline_rate": row["guideline_baseline"]}),
                        Message(f"answer.guideline.{band.guideline_class}", {
                            "low_rate": band.guideline_low, "high_rate": band.guideline_high,
                            "target_rate": band.target})))
    if band.components[1].value > 0:
        out.append(Rebuttal(Message("say.low_inflation", {"inflation_rate": band.components[0].value}),
                            Message("answer.low_inflation", {
                                "productivity_rate": band.components[1].value,
                                "neutral_rate": band.neutral})))
    if _near_minimum(row):
        out.append(Rebuttal(Message("say.above_minimum"), Message("answer.above_minimum")))
    upper = row["guideline_upper"]
    offer = c.settlement.management_offer
    # Management does not call a demand excessive when its own offer is above the line.
    if band.opening > upper + 1e-12 and not (_ok(offer) and offer > upper):
        out.append(Rebuttal(Message("say.above_upper", {"opening_rate": band.opening,
                                                        "upper_rate": upper}),
                            Message("answer.above_upper", {"opening_rate": band.opening,
                                                           "target_rate": band.target})))
    if _ok(row["market_median"]) and 12 * row["lowest_gross_pay"] < row["market_median"]:
        out.append(Rebuttal(Message("say.market"), Message("answer.market", {
            "median_money": row["market_median"], "pay_money": 12 * row["lowest_gross_pay"]})))
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
