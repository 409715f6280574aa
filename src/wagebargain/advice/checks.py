"""The brief's checks: every grade and role against the law and the guideline riders.

Grade-level checks come from :mod:`wagebargain.core.checks`; enterprise-level findings the
batch kernel also reports (years without a raise, pay lagging productivity, a loss-making
firm, no zone of agreement, ...) come from the kernel's check codes, so a brief and a batch
row flag the same things. Only problems (violations and risks) and the notes a negotiator
needs are kept; "ok" results are dropped.
"""
from __future__ import annotations

import math

import re
from typing import Sequence

import numpy as np

from wagebargain.advice.model import Allocation, Band, CheckItem, Message
from wagebargain.core import checks as legal
from wagebargain.core.kernel import CHECKS as KERNEL_CHECKS
from wagebargain.core.policy import Policy
from wagebargain.scenario.models import Enterprise, Grade, Scenario
from wagebargain.scenario.rows import countable_pay, gross_pay

#: Kernel codes the grade-level checks already cover in more detail.
#: (BELOW_NEXT_MINIMUM stays: it tests management's offer, the grade check the union's target.)
_COVERED = {"BELOW_MINIMUM", "PAY_CYCLE", "ARREARS", "MINIMUM_INADEQUATE"}
_MANAGER_NAME = re.compile(r"manag|executive|director|经理|管理|高管|领导", re.IGNORECASE)
_SEVERITY_ORDER = {"violation": 0, "risk": 1, "note": 2}
#: Passing checks still shown: the ratio itself is the information (domain.md §3 asks to
#: report the subsistence allowance against the minimum wage; no national threshold exists).
_ALWAYS_REPORTED = {"subsistence_ratio"}
#: The numbers each kernel finding's message uses.
_KERNEL_PARAMS = {
    "NO_RAISE": ("years",),
    "LAG_PRODUCTIVITY": ("real_wage_growth_rate", "productivity_growth_rate"),
    "LOSS_MAKING": ("profit_money", "lower_rate"),
    "NO_ZONE": ("floor_rate", "resistance_rate"),
    "OFFER_BELOW_FLOOR": ("offer_rate", "floor_rate"),
    "NEAR_MINIMUM": ("countable_money", "minimum_money"),
    "BELOW_NEXT_MINIMUM": ("offer_rate", "countable_after_offer_money", "next_minimum_money"),
    "SOE_WAGE_BILL": ("real_wage_growth_rate", "productivity_growth_rate"),
}


def categories(grades: Sequence[Grade]) -> list[str]:
    """Each grade's category: as given, else manager by name, else front line or staff.

    Without a ``category``, the front line is the lower-paid half of the workforce: the
    non-manager grades whose base pay is at most the headcount-weighted median base pay of
    the non-manager grades (so a small, low-paid grade does not turn the main production
    grade into "staff"). A firm with one non-manager grade has it as its front line.
    """
    named = [g.category if g.category is not None
             else "manager" if _MANAGER_NAME.search(g.grade) else None for g in grades]
    workers = sorted((g.base_pay, g.headcount) for g, c in zip(grades, named) if c is None)
    cut = math.inf
    if workers:
        half, seen = sum(h for _, h in workers) / 2.0, 0
        for pay, heads in workers:
            seen += heads
            if seen >= half:
                cut = pay
                break
    return [c if c is not None else "front_line" if g.base_pay <= cut else "staff"
            for g, c in zip(grades, named)]


def _weighted(values: Sequence[float], heads: Sequence[int]) -> float:
    w = np.asarray(heads, dtype=float)
    return float(np.dot(values, w) / w.sum()) if w.sum() > 0 else float("nan")


def _item(check: legal.Check) -> CheckItem:
    return CheckItem(check.code, check.severity, Message(f"check.{check.message_key}",
                                                         dict(check.numbers)), check.source,
                     check.subject)


def _grade_checks(firm: Enterprise, scenario: Scenario, band: Band,
                  allocation: Allocation | None, policy: Policy) -> list[legal.Check]:
    economy = scenario.economy
    mw = economy.minimum_wage
    grades = firm.workforce
    names = [g.grade for g in grades]
    countable = np.array([countable_pay(g, economy) for g in grades])
    base = np.array([g.base_pay for g in grades], dtype=float)
    raises = (np.array([a.tilted_money for a in allocation.grades]) if allocation is not None
              else band.target * base)
    # The higher of today's and the next minimum, as the kernel's legal floor uses it.
    minimum_next = max(mw.monthly, mw.next_monthly or mw.monthly)
    found = legal.minimum_wage_checks(names, countable, mw.monthly, raise_money=raises,
                                      minimum_next=minimum_next)
    found.append(legal.pay_cycle_check(firm.pay_cycle_days))
    if firm.part_time:
        # Without the region's hourly minimum the floor is derived from the monthly one.
        found += legal.part_time_checks([p.role for p in firm.part_time],
                                        [p.hourly_pay for p in firm.part_time], mw.hourly,
                                        [p.pay_cycle_days for p in firm.part_time],
                                        monthly_minimum=mw.monthly)
    found += [legal.part_time_hours_check(p.hours_per_week, p.role)
              for p in firm.part_time if p.hours_per_week is not None]
    found.append(legal.arrears_check(firm.wage_arrears))
    found += legal.minimum_adequacy_checks(mw.monthly, economy.average_wage,
                                           median_wage=economy.median_wage,
                                           adequacy_ratio=policy.adequacy_ratio)
    if economy.subsistence_allowance is not None:
        found.append(legal.subsistence_ratio_check(economy.subsistence_allowance, mw.monthly,
                                                   max_ratio=policy.subsistence_ratio_max))
    pieces = [j for j, g in enumerate(grades) if g.piece_rate is not None and g.quota is not None]
    if pieces:
        # The target applied to the piece rate: the raise the band (and its legal floor,
        # which tests pay at the quota) is built on, so the finding and the band agree.
        lift = np.full(len(grades), band.target)
        found += legal.piece_rate_checks(
            [grades[j].grade for j in pieces], [grades[j].piece_rate for j in pieces],
            [grades[j].quota for j in pieces], mw.monthly,
            employee_contributions=[grades[j].employee_contributions for j in pieces],
            excludes_employee_contributions=mw.excludes_employee_contributions,
            minimum_next=minimum_next, raise_rate=np.nan_to_num(lift[pieces]))
    found += _structure_checks(firm, allocation, policy)
    return found


def _structure_checks(firm: Enterprise, allocation: Allocation | None,
                      policy: Policy) -> list[legal.Check]:
    """Front-line raise against the average, and managers' pay against front-line pay."""
    grades = firm.workforce
    cats = categories(grades)
    front = [i for i, c in enumerate(cats) if c == "front_line"]
    managers = [i for i, c in enumerate(cats) if c == "manager"]
    heads = [g.headcount for g in grades]
    out: list[legal.Check] = []
    if allocation is not None and front:
        rates = [a.tilted_rate for a in allocation.grades]
        out += legal.front_line_raise_checks(
            _weighted([rates[i] for i in front], [heads[i] for i in front]),
            _weighted(rates, heads),
            manager_raise=_weighted([rates[i] for i in managers], [heads[i] for i in managers])
            if managers else None)
    if front and managers:
        pay = [gross_pay(g) for g in grades]
        # Executive-to-worker ratio (domain.md §8): the best-paid managers' grade against
        # the average front-line worker.
        out.append(legal.pay_ratio_check(
            max(pay[i] for i in managers),
            _weighted([pay[i] for i in front], [heads[i] for i in front]),
            state_owned=firm.ownership == "state", max_ratio=policy.pay_ratio_max,
            max_ratio_state=policy.pay_ratio_max_state))
    return out


def firm_checks(firm: Enterprise, scenario: Scenario, band: Band, policy: Policy,
                kernel_codes: Sequence[str], allocation: Allocation | None = None,
                numbers: dict[str, float] | None = None) -> tuple[CheckItem, ...]:
    """All findings for one firm, worst first; passing checks are left out."""
    items = [_item(c) for c in _grade_checks(firm, scenario, band, allocation, policy)
             if c.severity != "note" or not c.message_key.endswith(".ok")
             or c.code in _ALWAYS_REPORTED]
    for code in kernel_codes:
        if code in _COVERED:
            continue
        severity, source = KERNEL_CHECKS[code]
        params = {k: (numbers or {}).get(k, float("nan")) for k in _KERNEL_PARAMS.get(code, ())}
        items.append(CheckItem(code, severity, Message(f"kcheck.{code}", params), source))
    return tuple(sorted(items, key=lambda c: _SEVERITY_ORDER.get(c.severity, 3)))
