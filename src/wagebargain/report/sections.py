"""The sections of one enterprise's brief, as blocks (see :mod:`wagebargain.report.blocks`).

Each function takes the enterprise's :class:`~wagebargain.advice.model.FirmAdvice` and a
:class:`Words` (language and currency) and returns a list of blocks; a section whose data
the scenario does not carry returns a thinner list, or none at all.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from wagebargain.advice.model import FirmAdvice, Message
from wagebargain.report import fmt
from wagebargain.report.blocks import (
    Block, Bullets, Chart, Heading, Headline, Line, Pairs, Para, Table,
)
from wagebargain.report.catalogue.sources import EN as SOURCES_EN
from wagebargain.report.catalogue.sources import ZH as SOURCES_ZH
from wagebargain.report.catalogue.sources import clean as clean_source
from wagebargain.report.messages import t, text

SEVERITY_ORDER = {"violation": 0, "risk": 1, "note": 2}
#: English ownership labels found in brackets inside enterprise names, and their Chinese.
_OWNERSHIP_ZH = {
    "state-owned": "国有", "state owned": "国有", "state": "国有", "soe": "国有",
    "collective": "集体", "collectively owned": "集体", "private": "民营",
    "foreign-invested": "外资", "foreign": "外资", "mixed ownership": "混合所有制",
    "mixed": "混合所有制", "joint venture": "合资",
}
_OWNERSHIP_IN_NAME = re.compile(
    r"\s*[(（]\s*(" + "|".join(sorted(map(re.escape, _OWNERSHIP_ZH), key=len, reverse=True))
    + r")\s*[)）]", re.IGNORECASE)


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

    def floor_pct(self, value: Any) -> str:
        """A minimum the union must not go below, rounded up (:func:`fmt.floor_pct`)."""
        return fmt.floor_pct(value)

    def band_pct(self, value: Any, floor: Any) -> str:
        """A rate beside the floor it may equal (a target or limit the legal floor binds):
        shown as the floor is when equal, so a table never reads "floor 3.6%, target 3.5%"."""
        return self.floor_pct(value) if _close(value, floor) else self.pct(value)

    def name(self, name: str) -> str:
        """An enterprise's name as the brief prints it: in Chinese, an English ownership
        label in brackets ("(state-owned)", "(Collective)") is translated."""
        if self.lang != "zh":
            return name
        return _OWNERSHIP_IN_NAME.sub(
            lambda m: "（" + _OWNERSHIP_ZH[m.group(1).lower().replace("_", "-")] + "）", name)

    def money(self, value: Any) -> str:
        return fmt.money(value, self.currency, self.lang)

    def amount(self, value: Any) -> str:
        return fmt.amount(value)

    def amounts(self, values: Any) -> list[str]:
        return fmt.amounts(values)

    @property
    def currency_name(self) -> str:
        """The currency as the brief names it: ``CNY``, or ``元`` in Chinese."""
        return fmt.currency_name(self.currency, self.lang)

    def num(self, value: Any) -> str:
        return fmt.number(value)

    def yes_no(self, value: Any) -> str:
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            return fmt.DASH
        return self.t("ui.yes") if value else self.t("ui.no")

    def param(self, name: str, value: Any) -> str:
        return fmt.param(name, value, self.lang, self.currency)

    def source(self, key: str, text: str) -> str:
        """A source in the brief's language, as a citation: the Chinese rendering or the
        English citation of :mod:`wagebargain.report.catalogue.sources` when there is one,
        else the advisor's English text without the project's cross-references."""
        table = SOURCES_ZH if self.lang == "zh" else SOURCES_EN
        return table.get(key) or clean_source(text)


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def headline(firm: FirmAdvice, w: Words) -> list[Block]:
    """The band in one sentence, with the predicted settlement and management's offer."""
    s = firm.settlement
    lines = [w.t("ui.nash_line", nash_rate=w.band_pct(s.nash, firm.band.floor))
             if s.zone and _finite(s.nash)
             else w.t("ui.no_zone_warning"),
             w.t("ui.offer_line", offer_rate=s.management_offer,
                 position=w.t(f"offer.{s.offer_position}"))]
    return [Headline(w.msg(firm.band.headline), w.t("ui.firm_title", name=w.name(firm.name)),
                     tuple(lines))]


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


def _component(firm: FirmAdvice, name: str) -> float:
    return next((c.value for c in firm.band.components if c.name == name), math.nan)


def _close(a: float, b: float) -> bool:
    return _finite(a) and _finite(b) and abs(a - b) < 1e-9


def band_rules(firm: FirmAdvice, w: Words) -> list[Block]:
    """How the target and the floor follow from the components (kernel steps 7-8), each in
    one sentence; a sentence is left out when the band's own numbers do not bear it out, so
    the brief never explains a number with arithmetic that does not give it. The target and
    floor sentences give the union's own figures; an offer on the table that lifts them gets
    its own sentence, and a loss-making firm's floor below the lower line says on what
    conditions the union may consent to it."""
    b = firm.band
    p, g, c = (_component(firm, n) for n in ("inflation", "productivity", "catch_up"))
    legal, offer = _component(firm, "legal_floor"), _component(firm, "offer")
    total = p + g + c
    out: list[Block] = []

    def after_offer(own: float) -> float:
        return max(own, offer) if _finite(offer) else own

    target = max(min(max(total, b.guideline_low), b.guideline_high), legal) \
        if all(map(_finite, (total, b.guideline_low, b.guideline_high, legal))) else math.nan
    if _close(after_offer(target), b.target):
        out.append(Para(w.t("ui.target_rule", sum_rate=total, low_rate=b.guideline_low,
                            high_rate=b.guideline_high, legal_rate=legal, target_rate=target)))
    loss = b.guideline_class == "loss_making"
    protection = 0.0 if loss else p
    floor = min(max(legal, protection), target) if _finite(legal) and _finite(p) else math.nan
    if _close(after_offer(floor), b.floor):
        key = "ui.floor_rule_loss" if loss else "ui.floor_rule"
        out.append(Para(w.t(key, legal_rate=legal, inflation_rate=p, floor_rate=floor)))
    if _finite(offer):
        out.append(Para(w.t("ui.offer_rule", offer_rate=offer, floor_rate=b.floor,
                            target_rate=b.target, opening_rate=b.opening)))
    if loss and _finite(b.floor) and b.floor < b.guideline_high - 1e-12:
        out.append(Para(w.t("ui.floor_consent", lower_rate=b.guideline_high)))
    return out


def band(firm: FirmAdvice, w: Words, chart: Optional[Chart] = None) -> list[Block]:
    """How the band was built: each component's value, rule and source, then how the
    target and floor follow from them. The guideline's value is its band for the firm's
    class (the component carries the target it yields)."""
    b = firm.band
    rows = []
    for c in b.components:
        value = w.t("ui.range", low_rate=b.guideline_low, high_rate=b.guideline_high) \
            if c.name == "guideline" else w.floor_pct(c.value) if c.name == "legal_floor" \
            else w.pct(c.value)
        rows.append((w.t(f"component.{c.name}"), value, w.msg(c.rule),
                     w.source(f"component.{c.name}", c.source)))
    out: list[Block] = [
        Heading(w.t("ui.band")),
        Table((w.t("ui.component"), w.t("ui.value"), w.t("ui.rule"), w.t("ui.source")),
              tuple(rows), (False, True, False, False)),
        Para(w.t("ui.band_summary", klass=w.t(f"class.{b.guideline_class}"),
                 low_rate=b.guideline_low, high_rate=b.guideline_high, neutral_rate=b.neutral)),
        *band_rules(firm, w),
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
        lines.append(Line(guideline["norm"], w.t("chart.norm"), "norm"))
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
    """Floor, target and opening costed: wage bill, contributions, per worker, shares.

    Each row of money is shown with one number of decimals (see :func:`fmt.amounts`); the
    flat raise's column is headed by its amount a month.
    """
    if not firm.costs:
        return []
    rows = []
    for name in _COST_ROWS:
        values = [getattr(c, name) for c in firm.costs]
        cells = [w.pct(v) for v in values] if name in ("rate", "pct_payroll", "pct_profit") \
            else w.amounts(values)
        if name == "rate":  # the floor's raise is a minimum: rounded up
            cells = [w.band_pct(c.rate, firm.band.floor) if c.label != "flat" else cell
                     for c, cell in zip(firm.costs, cells)]
        rows.append((w.t(f"cost.{name}"), *cells))
    years = max(len(c.contract_years) for c in firm.costs)
    if years > 1:
        for k in range(years):
            values = [c.contract_years[k] if k < len(c.contract_years) else None
                      for c in firm.costs]
            rows.append((w.t("cost.contract_year", year=str(k + 1)), *w.amounts(values)))
    columns = (w.t("ui.item"), *(_cost_column(c, firm, w) for c in firm.costs))
    return [Heading(w.t("ui.cost")),
            Para(w.t("ui.contract_months", months=firm.contract_months)),
            Table(columns, tuple(rows), (False,) + (True,) * len(firm.costs)),
            Para(w.t("ui.cost_note", currency=w.currency_name), "muted")]


def _cost_column(c: Any, firm: FirmAdvice, w: Words) -> str:
    if c.label == "flat" and _finite(c.wage_bill_month) and firm.headcount:
        return w.t("band.flat_amount", amount_money=c.wage_bill_month / firm.headcount)
    return w.t(f"band.{c.label}")


def allocation(firm: FirmAdvice, w: Words) -> list[Block]:
    """The target's budget across grades: percentage, flat and tilted.

    The note states the tilted allocation's two floors as the numbers show them: the least
    percentage and the least money any grade gets.
    """
    a = firm.allocation
    if a is None or not a.grades:
        return []
    g = a.grades
    # The three raises share their decimals (one is never in cents beside whole units).
    raises = w.amounts([x.percentage_money for x in g] + [x.flat_money for x in g]
                       + [x.tilted_money for x in g])
    n = len(g)
    money = [w.amounts([x.base_pay for x in g]), raises[:n], raises[n:2 * n], raises[2 * n:],
             w.amounts([x.new_pay_tilted for x in g])]
    rows = tuple((x.grade, w.num(x.headcount), money[0][j], money[1][j], money[2][j],
                  money[3][j], w.pct(x.tilted_rate), money[4][j]) for j, x in enumerate(g))
    columns = (w.t("ui.grade"), w.t("ui.headcount"), w.t("ui.base_pay"), w.t("alloc.percentage"),
               w.t("alloc.flat"), w.t("alloc.tilted"), w.t("alloc.tilted_rate"),
               w.t("alloc.new_pay"))
    if a.tilted_infeasible:
        note = w.t("ui.allocation_note_minimum", budget_money=a.budget_month)
    else:
        staffed = [x for x in g if x.headcount > 0] or list(g)
        note = w.t("ui.allocation_note", budget_money=a.budget_month,
                   least_rate=min(x.tilted_rate for x in staffed),
                   least_money=min(x.tilted_money for x in staffed))
    out: list[Block] = [Heading(w.t("ui.allocation")), Para(note),
                        Table(columns, rows, (False,) + (True,) * 7)]
    if a.note is not None:
        out.append(Para(w.msg(a.note), "warning"))
    out.append(Para(w.t("ui.allocation_base"), "muted"))
    return out


def _occupation(key: str) -> str:
    """An occupation key of the wage price guide as words: ``assembly_operator`` ->
    ``assembly operator``."""
    return key.replace("_", " ")


def market(firm: FirmAdvice, w: Words) -> list[Block]:
    """Each grade's place in its occupation's wage price guide; gaps carry their sign."""
    if not firm.market:
        return []
    m = firm.market
    money = [w.amounts([r.annual_pay for r in m]), w.amounts([r.median for r in m]),
             w.amounts([r.cost_to_p25 for r in m]), w.amounts([r.cost_to_p50 for r in m])]
    rows = tuple((r.grade, _occupation(r.occupation), money[0][j], w.pct(r.percentile_rank),
                  money[1][j], fmt.signed_pct(r.gap_to_median), money[2][j], money[3][j])
                 for j, r in enumerate(m))
    columns = (w.t("ui.grade"), w.t("ui.occupation"), w.t("market.annual_pay"),
               w.t("market.percentile"), w.t("market.median"), w.t("market.gap"),
               w.t("market.cost_p25"), w.t("market.cost_p50"))
    return [Heading(w.t("ui.market")), Table(columns, rows, (False, False) + (True,) * 6),
            Para(w.t("ui.market_note"), "muted")]


def settlement(firm: FirmAdvice, w: Words, policy: Optional[Mapping[str, Any]] = None
               ) -> list[Block]:
    """The zone of agreement, the Nash point and where management's offer stands; and how
    management's limit was estimated, when the policy that set it is known."""
    s = firm.settlement
    out: list[Block] = [Heading(w.t("ui.settlement"))]
    if not s.zone:
        out.append(Para(w.t("ui.no_zone_warning"), "warning"))
    rows = [
        (w.t("settle.zone"), w.yes_no(s.zone)),
        (w.t("settle.floor"), w.floor_pct(s.union_floor)),
        (w.t("settle.resistance"), w.band_pct(s.management_resistance, s.union_floor)),
        (w.t("settle.nash"), w.band_pct(s.nash, s.union_floor)),
        (w.t("settle.power"), w.num(s.union_power)),
        (w.t("settle.offer"), w.pct(s.management_offer)),
        (w.t("settle.position"), w.t(f"offer.{s.offer_position}")),
    ]
    out.append(Table((w.t("ui.item"), w.t("ui.value")), tuple(rows), (False, True)))
    out.append(Para(w.msg(s.summary), "" if s.zone else "warning"))
    share = (policy or {}).get("profit_share_limit")
    if _finite(share):
        out.append(Para(_resistance_note(firm, w, share), "muted"))
    if firm.for_our_side:
        out += [Heading(w.t("ui.our_side")),
                Bullets(tuple(w.msg(m) for m in firm.for_our_side))]
    return out


def _resistance_note(firm: FirmAdvice, w: Words, share: float) -> str:
    """How management's limit was estimated, and which bound lifted it, if one did: the
    offer on the table, else the legal floor (kernel step 8)."""
    s = firm.settlement
    legal, offer = _component(firm, "legal_floor"), s.management_offer
    if _finite(offer) and _close(s.management_resistance, offer) and offer > legal + 1e-12 \
            and not _close(offer, 0.0):
        return w.t("ui.resistance_note.offer", share_rate=share, offer_rate=offer)
    if _finite(legal) and legal > 0 and _close(s.management_resistance, legal):
        return w.t("ui.resistance_note.legal", share_rate=share, legal_rate=legal)
    return w.t("ui.resistance_note", share_rate=share)


def sensitivity(firm: FirmAdvice, w: Words) -> list[Block]:
    """The band when CPI, productivity or profit move."""
    if not firm.sensitivity:
        return []
    rows = tuple((w.t(f"case.{r.case}"), w.floor_pct(r.floor), w.band_pct(r.target, r.floor),
                  w.pct(r.opening))
                 for r in firm.sensitivity)
    columns = (w.t("ui.case"), w.t("band.floor"), w.t("band.target"), w.t("band.opening"))
    return [Heading(w.t("ui.sensitivity")), Table(columns, rows, (False, True, True, True))]


def ladder(firm: FirmAdvice, w: Words) -> list[Block]:
    """The planned offers from the opening ask to the target."""
    if not firm.ladder:
        return []
    money = w.amounts([r.money_per_worker_month for r in firm.ladder])
    rows = tuple((w.num(r.round), w.band_pct(r.rate, firm.band.floor), money[j])
                 for j, r in enumerate(firm.ladder))
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


def firm_sections(firm: FirmAdvice, w: Words, guideline: Mapping[str, float],
                  policy: Optional[Mapping[str, Any]] = None) -> list[Block]:
    """Every section of one enterprise's brief, in reading order (``policy``: the
    advisor's policy choices, to say how management's limit was estimated)."""
    meta = w.t("ui.firm_meta", ownership=w.t(f"ownership.{firm.ownership}"),
               headcount=firm.headcount, priority=round(firm.priority))
    return [
        Heading(w.name(firm.name), 2), Para(meta, "muted"),
        *headline(firm, w), *evidence(firm, w), *band(firm, w, chart(firm, w, guideline)),
        *checks(firm, w), *cost(firm, w), *allocation(firm, w), *market(firm, w),
        *settlement(firm, w, policy), *sensitivity(firm, w), *ladder(firm, w), *arguments(firm, w),
    ]
