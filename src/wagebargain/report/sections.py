"""The sections of one enterprise's brief, as blocks (see :mod:`wagebargain.report.blocks`).

Each function takes the enterprise's :class:`~wagebargain.advice.model.FirmAdvice` and a
:class:`Words` (language and currency) and returns a list of blocks; a section whose data
the scenario does not carry returns a thinner list, or none at all.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from wagebargain.advice.model import FirmAdvice, Message
from wagebargain.report import fmt
from wagebargain.report.blocks import (
    Block, Bullets, Chart, Heading, Headline, Line, Pairs, Para, Table,
)
from wagebargain.report.catalogue.sources import ZH as SOURCES_ZH
from wagebargain.report.messages import t, text

SEVERITY_ORDER = {"violation": 0, "risk": 1, "note": 2}


@dataclass(frozen=True)
class Words:
    """The language and currency of a brief, and the formatting shortcuts built on them."""

    lang: str
    currency: str

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, params, self.currency)

    def msg(self, message: Optional[Message]) -> str:
        return text(message, self.lang, self.currency)

    def pct(self, value: Any) -> str:
        return fmt.pct(value)

    def money(self, value: Any) -> str:
        return fmt.money(value, self.currency, self.lang)

    def amount(self, value: Any) -> str:
        return fmt.amount(value)

    def num(self, value: Any) -> str:
        return fmt.number(value)

    def yes_no(self, value: Any) -> str:
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return fmt.DASH
        return self.t("ui.yes") if value else self.t("ui.no")

    def param(self, name: str, value: Any) -> str:
        return fmt.param(name, value, self.lang, self.currency)

    def source(self, key: str, text: str) -> str:
        """A source in the brief's language: the advisor's English text, or its Chinese
        rendering (:mod:`wagebargain.report.catalogue.sources`) when there is one."""
        return SOURCES_ZH.get(key, text) if self.lang == "zh" else text


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def headline(firm: FirmAdvice, w: Words) -> list[Block]:
    """The band in one sentence, with the predicted settlement and management's offer."""
    s = firm.settlement
    lines = [w.t("ui.nash_line", nash_rate=s.nash) if s.zone and _finite(s.nash)
             else w.t("ui.no_zone_warning"),
             w.t("ui.offer_line", offer_rate=s.management_offer,
                 position=w.t(f"offer.{s.offer_position}"))]
    return [Headline(w.msg(firm.band.headline), w.t("ui.firm_title", name=firm.name), tuple(lines))]


def evidence(firm: FirmAdvice, w: Words) -> list[Block]:
    """The indicators the band is built on."""
    rows = []
    for name, value in firm.indicators.items():
        if name == "two_in_step":
            shown = w.yes_no(value if _finite(value) else None)
        else:
            shown = w.param(name, value)
        rows.append((w.t(f"indicator.{name}"), shown))
    return [Heading(w.t("ui.evidence")),
            Table((w.t("ui.indicator"), w.t("ui.value")), tuple(rows), (False, True))]


def band(firm: FirmAdvice, w: Words, chart: Optional[Chart] = None) -> list[Block]:
    """How the band was built: each component's value, rule and source."""
    b = firm.band
    rows = tuple((w.t(f"component.{c.name}"), w.pct(c.value), w.msg(c.rule),
                  w.source(f"component.{c.name}", c.source)) for c in b.components)
    out: list[Block] = [
        Heading(w.t("ui.band")),
        Table((w.t("ui.component"), w.t("ui.value"), w.t("ui.rule"), w.t("ui.source")), rows,
              (False, True, False, False)),
        Para(w.t("ui.band_summary", klass=w.t(f"class.{b.guideline_class}"),
                 low_rate=b.guideline_low, high_rate=b.guideline_high, neutral_rate=b.neutral)),
    ]
    if chart is not None:
        out.append(chart)
    return out


def chart(firm: FirmAdvice, w: Words, guideline: Mapping[str, float]) -> Chart:
    """The band against the guideline lines, inflation, inflation + productivity and
    management's resistance and offer (drawn only in HTML)."""
    b, s = firm.band, firm.settlement
    inflation = next((c.value for c in b.components if c.name == "inflation"), math.nan)
    lines = [
        Line(guideline.get("lower", math.nan), w.t("chart.lower"), "guideline"),
        Line(guideline.get("baseline", math.nan), w.t("chart.baseline"), "guideline"),
        Line(guideline.get("upper", math.nan), w.t("chart.upper"), "guideline"),
        Line(inflation, w.t("chart.inflation"), "inflation"),
        Line(b.neutral, w.t("chart.neutral"), "neutral"),
        Line(s.management_resistance, w.t("chart.resistance"), "management"),
        Line(s.management_offer, w.t("chart.offer"), "offer"),
    ]
    if "norm" in guideline:
        lines.append(Line(guideline["norm"], w.t("chart.norm"), "guideline"))
    if s.zone:
        lines.append(Line(s.nash, w.t("chart.nash"), "nash"))
    return Chart(b.floor, b.target, b.opening,
                 (w.t("band.floor"), w.t("band.target"), w.t("band.opening")),
                 tuple(lines), w.t("chart.alt", floor_rate=b.floor, target_rate=b.target,
                                   opening_rate=b.opening))


def checks(firm: FirmAdvice, w: Words) -> list[Block]:
    """Legal and policy findings, violations first."""
    head: list[Block] = [Heading(w.t("ui.checks"))]
    if not firm.checks:
        return head + [Para(w.t("ui.no_checks"))]
    items = sorted(firm.checks, key=lambda c: SEVERITY_ORDER.get(c.severity, 3))
    rows = tuple((w.t(f"severity.{c.severity}"), c.subject or fmt.DASH, w.msg(c.message),
                  w.source(f"{'kcheck' if c.code.isupper() else 'check'}.{c.code}", c.source))
                 for c in items)
    return head + [Table((w.t("ui.severity"), w.t("ui.subject"), w.t("ui.finding"),
                          w.t("ui.source")), rows, tones=tuple(c.severity for c in items))]


_COST_ROWS = ("rate", "wage_bill_month", "wage_bill_annual", "employer_contributions", "total",
              "per_worker_month", "pct_payroll", "pct_profit", "contract_total")


def cost(firm: FirmAdvice, w: Words) -> list[Block]:
    """Floor, target and opening costed: wage bill, contributions, per worker, shares."""
    if not firm.costs:
        return []
    rows = []
    for name in _COST_ROWS:
        cells = []
        for c in firm.costs:
            value = getattr(c, name)
            cells.append(w.pct(value) if name in ("rate", "pct_payroll", "pct_profit")
                         else w.amount(value))
        rows.append((w.t(f"cost.{name}"), *cells))
    years = max(len(c.contract_years) for c in firm.costs)
    if years > 1:
        for k in range(years):
            rows.append((w.t("cost.contract_year", year=str(k + 1)),
                         *(w.amount(c.contract_years[k]) if k < len(c.contract_years)
                           else fmt.DASH for c in firm.costs)))
    columns = (w.t("ui.item"), *(w.t(f"band.{c.label}") for c in firm.costs))
    return [Heading(w.t("ui.cost")),
            Table(columns, tuple(rows), (False,) + (True,) * len(firm.costs)),
            Para(w.t("ui.amounts_in", currency=w.currency), "muted")]


def allocation(firm: FirmAdvice, w: Words) -> list[Block]:
    """The target's budget across grades: percentage, flat and tilted."""
    a = firm.allocation
    if a is None or not a.grades:
        return []
    rows = tuple((g.grade, w.num(g.headcount), w.amount(g.base_pay), w.amount(g.percentage_money),
                  w.amount(g.flat_money), w.amount(g.tilted_money), w.pct(g.tilted_rate),
                  w.amount(g.new_pay_tilted)) for g in a.grades)
    columns = (w.t("ui.grade"), w.t("ui.headcount"), w.t("ui.base_pay"), w.t("alloc.percentage"),
               w.t("alloc.flat"), w.t("alloc.tilted"), w.t("alloc.tilted_rate"),
               w.t("alloc.new_pay"))
    out: list[Block] = [Heading(w.t("ui.allocation")),
                        Para(w.t("ui.allocation_note", budget_money=a.budget_month)),
                        Table(columns, rows, (False,) + (True,) * 7)]
    if a.note is not None:
        out.append(Para(w.msg(a.note), "warning"))
    return out


def market(firm: FirmAdvice, w: Words) -> list[Block]:
    """Each grade's place in its occupation's wage price guide."""
    if not firm.market:
        return []
    rows = tuple((m.grade, m.occupation, w.amount(m.annual_pay), w.pct(m.percentile_rank),
                  w.amount(m.median), w.pct(m.gap_to_median), w.amount(m.cost_to_p25),
                  w.amount(m.cost_to_p50)) for m in firm.market)
    columns = (w.t("ui.grade"), w.t("ui.occupation"), w.t("market.annual_pay"),
               w.t("market.percentile"), w.t("market.median"), w.t("market.gap"),
               w.t("market.cost_p25"), w.t("market.cost_p50"))
    return [Heading(w.t("ui.market")), Table(columns, rows, (False, False) + (True,) * 6),
            Para(w.t("ui.market_note"), "muted")]


def settlement(firm: FirmAdvice, w: Words) -> list[Block]:
    """The zone of agreement, the Nash point and where management's offer stands."""
    s = firm.settlement
    out: list[Block] = [Heading(w.t("ui.settlement"))]
    if not s.zone:
        out.append(Para(w.t("ui.no_zone_warning"), "warning"))
    rows = [
        (w.t("settle.zone"), w.yes_no(s.zone)),
        (w.t("settle.floor"), w.pct(s.union_floor)),
        (w.t("settle.resistance"), w.pct(s.management_resistance)),
        (w.t("settle.nash"), w.pct(s.nash)),
        (w.t("settle.power"), w.num(s.union_power)),
        (w.t("settle.offer"), w.pct(s.management_offer)),
        (w.t("settle.position"), w.t(f"offer.{s.offer_position}")),
    ]
    out.append(Table((w.t("ui.item"), w.t("ui.value")), tuple(rows), (False, True)))
    out.append(Para(w.msg(s.summary), "" if s.zone else "warning"))
    return out


def sensitivity(firm: FirmAdvice, w: Words) -> list[Block]:
    """The band when CPI, productivity or profit move."""
    if not firm.sensitivity:
        return []
    rows = tuple((w.t(f"case.{r.case}"), w.pct(r.floor), w.pct(r.target), w.pct(r.opening))
                 for r in firm.sensitivity)
    columns = (w.t("ui.case"), w.t("band.floor"), w.t("band.target"), w.t("band.opening"))
    return [Heading(w.t("ui.sensitivity")), Table(columns, rows, (False, True, True, True))]


def ladder(firm: FirmAdvice, w: Words) -> list[Block]:
    """The planned offers from the opening ask to the target."""
    if not firm.ladder:
        return []
    rows = tuple((w.num(r.round), w.pct(r.rate), w.amount(r.money_per_worker_month))
                 for r in firm.ladder)
    return [Heading(w.t("ui.ladder")),
            Para(w.t("ui.ladder_note", style=w.t(f"style.{firm.ladder_style}"))),
            Table((w.t("ui.round"), w.t("ui.ask"), w.t("ui.per_worker_month")), rows,
                  (True, True, True))]


def arguments(firm: FirmAdvice, w: Words) -> list[Block]:
    """Talking points, "management will say / you answer", and the data to request."""
    out: list[Block] = []
    if firm.talking_points:
        out += [Heading(w.t("ui.points")),
                Bullets(tuple(w.msg(m) for m in firm.talking_points))]
    if firm.rebuttals:
        out += [Heading(w.t("ui.rebuttals")),
                Pairs(w.t("ui.they_say"), w.t("ui.you_answer"),
                      tuple((w.msg(r.they_say), w.msg(r.you_answer)) for r in firm.rebuttals))]
    if firm.data_requests:
        out += [Heading(w.t("ui.requests")),
                Bullets(tuple(w.msg(m) for m in firm.data_requests))]
    return out


def firm_sections(firm: FirmAdvice, w: Words, guideline: Mapping[str, float]) -> list[Block]:
    """Every section of one enterprise's brief, in reading order."""
    meta = w.t("ui.firm_meta", ownership=w.t(f"ownership.{firm.ownership}"),
               headcount=firm.headcount, priority=round(firm.priority))
    return [
        Heading(firm.name, 2), Para(meta, "muted"),
        *headline(firm, w), *evidence(firm, w), *band(firm, w, chart(firm, w, guideline)),
        *checks(firm, w), *cost(firm, w), *allocation(firm, w), *market(firm, w),
        *settlement(firm, w), *sensitivity(firm, w), *ladder(firm, w), *arguments(firm, w),
    ]
