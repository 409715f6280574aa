"""Rules that need more than one field, each pointing at the key at fault.

Returned as :class:`Problem` records without a file position; the loader fills in the line
and column from the path.

Each rule reads only the sections it needs, so the rules also run on a file that failed
validation elsewhere: :func:`cross_check_sections` is given the top-level sections that did
validate, and a rule that needs a section that did not is skipped (its problem would only
echo one already reported).
"""
from __future__ import annotations

import difflib
from typing import Any, Iterator, Mapping, Optional, Union

from wagebargain.scenario.models import (Context, Economy, Enterprise, Guideline, Market,
                                         Policy, Scenario, Simulation)
from wagebargain.scenario.problems import PathPart, Problem

WAGE_BILL_TOLERANCE = 0.25
"""Warn when grade pay x headcount x 12 differs from the reported wage bill by more than this."""

QUANTILE_KEYS = ("p10", "p25", "p50", "p75", "p90")


def _p(path: tuple[PathPart, ...], message: str, severity: str = "error") -> Problem:
    return Problem("", 0, 0, path, message, severity)  # type: ignore[arg-type]


def _pct(x: float) -> str:
    return f"{x * 100:g}%"


def _guideline(g: Guideline) -> Iterator[Problem]:
    if g.upper < g.baseline:
        yield _p(("guideline", "upper"), f"the upper line ({_pct(g.upper)}) is below the "
                 f"baseline ({_pct(g.baseline)}); the lines run upper >= baseline >= lower")
    if g.baseline < g.lower:
        yield _p(("guideline", "lower"), f"the lower line ({_pct(g.lower)}) is above the "
                 f"baseline ({_pct(g.baseline)}); the lines run upper >= baseline >= lower")


def _economy(e: Economy) -> Iterator[Problem]:
    base = e.contribution_base
    if base is not None and base.floor > base.ceiling:
        yield _p(("economy", "contribution_base", "ceiling"), f"the ceiling ({base.ceiling:g}) "
                 f"is below the floor ({base.floor:g})")
    total = sum(e.employer_contributions.values())
    if total > 1:  # the advice costs a raise with their sum: at most the whole raise again
        yield _p(("economy", "employer_contributions"), f"the employer rates add up to "
                 f"{_pct(total)}; together they may be at most 100% of pay")
    mw = e.minimum_wage
    if mw.next_monthly is not None and mw.next_monthly < mw.monthly:
        yield _p(("economy", "minimum_wage", "next_monthly"), "the next minimum wage is below "
                 "today's; minimum wages are rarely cut, check the figure", "warning")
    if mw.monthly > e.average_wage:
        yield _p(("economy", "minimum_wage", "monthly"), "the minimum wage is above the local "
                 "average wage; check that both are monthly figures", "warning")


KNOWN_CONTRIBUTIONS = ("pension", "medical", "maternity", "unemployment", "injury",
                       "housing_fund", "enterprise_annuity", "long_term_care")
"""Usual names of employer contributions. Others are allowed (only the total is used), but a
name close to one of these is probably a typo and gets a warning."""


def _contributions(economy: Economy) -> Iterator[Problem]:
    given = economy.employer_contributions
    for name in given:
        if name in KNOWN_CONTRIBUTIONS:
            continue
        close = difflib.get_close_matches(name, KNOWN_CONTRIBUTIONS, n=1, cutoff=0.8)
        if close and close[0] not in given:
            yield _p(("economy", "employer_contributions", name), f"'{name}' is not a usual "
                     f"contribution name; did you mean '{close[0]}'?", "warning")


def _market(market: Optional[Market]) -> Iterator[Problem]:
    if market is None:
        return
    for name, q in market.occupations.items():
        given = q.given()
        path = ("market", "occupations", name)
        if len(given) < 2:
            yield _p(path, "give at least two quantiles (for example p25 and p50) to place "
                     "pay in the distribution")
        keys = list(given)
        for lo, hi in zip(keys, keys[1:]):
            if given[hi] <= given[lo]:
                yield _p(path + (hi,), f"{hi} ({given[hi]:g}) must be above {lo} "
                         f"({given[lo]:g}); quantiles rise from p10 to p90")


def _enterprise(firm: Enterprise, root: tuple[PathPart, ...], year: Optional[int],
                market: Optional[Market]) -> Iterator[Problem]:
    """One firm's rules; ``year`` and ``market`` are None when absent or invalid (their rules
    are then skipped)."""
    occupations = set(market.occupations) if market else set()
    for i, grade in enumerate(firm.workforce):
        if grade.occupation and market is not None and grade.occupation not in occupations:
            known = ", ".join(sorted(occupations)) or "none"
            yield _p(root + ("workforce", i, "occupation"), f"occupation '{grade.occupation}' "
                     f"is not listed under market.occupations (listed: {known})")
    history = firm.raise_history or []
    for i, entry in enumerate(history):
        if year is not None and entry.year > year:
            yield _p(root + ("raise_history", i, "year"), f"year {entry.year} is after this "
                     f"round ({year}); the raise history lists past raises")
    for i in range(1, len(history)):
        if history[i].year <= history[i - 1].year:
            yield _p(root + ("raise_history", i, "year"), f"year {history[i].year} does not "
                     f"follow {history[i - 1].year}; list raises oldest first, one per year")
    monthly = sum(g.headcount * (g.base_pay + g.allowances + g.overtime_pay + g.benefits)
                  for g in firm.workforce)
    # Part-time roles without hours count at the legal weekly maximum of 24 h (LCL Art. 68).
    monthly += sum(p.headcount * p.hourly_pay * (p.hours_per_week or 24) * 52 / 12
                   for p in firm.part_time)
    reported = firm.accounts.current.wage_bill
    if reported > 0:
        ratio = monthly * 12 / reported
        if abs(ratio - 1) > WAGE_BILL_TOLERANCE:
            yield _p(root + ("accounts", "current", "wage_bill"), f"the grades add up to "
                     f"{monthly * 12:,.0f} a year, {_pct(round(ratio - 1, 3))} off the reported "
                     f"wage bill {reported:,.0f}; check headcounts and pay", "warning")


def _simulation(sim: Optional[Simulation]) -> Iterator[Problem]:
    if sim is None:
        return
    for side in ("union", "management"):
        s = getattr(sim, side)
        if s.reservation is not None and s.target is not None:
            bad = s.target < s.reservation if side == "union" else s.target > s.reservation
            if bad:
                yield _p(("simulation", side, "target"), f"the {side}'s target lies on the wrong "
                         f"side of its reservation point ({_pct(s.reservation)})")
    for i, issue in enumerate(sim.issues or []):
        if issue.max <= issue.min:
            yield _p(("simulation", "issues", i, "max"), "max must be above min")


def _policy(p: Optional[Policy]) -> Iterator[Problem]:
    """The rule between policy fields; ranges of single fields are the model's own.

    ``core.policy.Policy`` then checks the whole set once more, as a safety net: anything it
    still refuses is reported once, at the key it names, without its "policy: " prefix.
    """
    if p is None:
        return
    from wagebargain.core.policy import Policy as Defaults

    slow = p.slow_growth if p.slow_growth is not None else Defaults.slow_growth
    fast = p.fast_growth if p.fast_growth is not None else Defaults.fast_growth
    if slow > fast:
        key = "fast_growth" if p.fast_growth is not None else "slow_growth"
        yield _p(("policy", key), f"slow_growth ({_pct(slow)}) must not exceed fast_growth "
                 f"({_pct(fast)}); firms grow slowly below the first and fast from the second")
        return
    overrides = p.overrides()
    try:
        Defaults.from_mapping(overrides)
    except (ValueError, TypeError, OverflowError) as exc:
        message = str(exc).removeprefix("policy: ")
        named = [key for key in overrides if message.startswith(key)]
        yield _p(("policy", named[0]) if named else ("policy",), message)


def cross_check(doc: Union[Scenario, Context]) -> list[Problem]:
    """Every cross-field problem (errors and warnings) of a validated document."""
    return cross_check_sections({name: getattr(doc, name) for name in type(doc).model_fields})


def cross_check_sections(sections: Mapping[str, Any]) -> list[Problem]:
    """The cross-field problems of the top-level sections that validated.

    ``sections`` maps a section's key to its validated value (None for an absent optional
    section); a section that failed validation is left out, and so are the rules that need
    it. ``enterprises`` may hold None for a firm that failed.
    """
    found: list[Problem] = []
    if "guideline" in sections:
        found += _guideline(sections["guideline"])
    if "economy" in sections:
        found += [*_economy(sections["economy"]), *_contributions(sections["economy"])]
    found += _policy(sections.get("policy"))
    found += _market(sections.get("market"))
    found += _simulation(sections.get("simulation"))
    meta = sections.get("scenario")
    year = meta.year if meta is not None else None
    market = sections.get("market")
    if sections.get("enterprise") is not None:
        found += _enterprise(sections["enterprise"], ("enterprise",), year, market)
    for i, firm in enumerate(sections.get("enterprises") or []):
        if firm is not None:
            found += _enterprise(firm, ("enterprises", i), year, market)
    return found
