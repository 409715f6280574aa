"""The whole brief as blocks: title, provenance, the sector band, then each enterprise.

Every renderer but JSON lays out the blocks :func:`build` returns, so the terminal, Markdown
and HTML briefs say the same things in the same order.
"""
from __future__ import annotations

import math
from typing import Any, Mapping, Optional

from wagebargain.advice.model import Advice, FirmAdvice
from wagebargain.report import sections
from wagebargain.report.blocks import Block, Bullets, Heading, Headline, Para, Table
from wagebargain.report.fmt import file_name
from wagebargain.report.sections import Words

GUIDELINE_LINES = ("lower", "baseline", "upper")


def words(advice: Advice, lang: Optional[str] = None) -> Words:
    """The brief's language (the scenario's unless given) and currency."""
    return Words(lang or advice.language or "en", advice.currency)


def guideline_lines(advice: Advice, firm: FirmAdvice,
                    given: Optional[Mapping[str, float]] = None) -> dict[str, float]:
    """The wage guideline's lower line, baseline and upper line.

    Taken from ``given`` (the scenario's ``guideline:``, when the caller has it), else from
    an ``advice.guideline`` mapping, else inferred from the firm's guideline class band
    (kernel step 5): the baseline is in the guideline rule's parameters, and the band's ends
    are lines for every class but ``normal``, whose ends are midpoints. Lines that cannot be
    known are NaN (and not drawn).
    """
    source = given if given is not None else getattr(advice, "guideline", None)
    if source:
        return {k: float(source.get(k, math.nan)) for k in (*GUIDELINE_LINES, "norm")
                if source.get(k) is not None}
    b = firm.band
    rule = next((c.rule for c in b.components if c.name == "guideline"), None)
    base = float((rule.params if rule else {}).get("baseline_rate", math.nan))
    lo, hi, nan = b.guideline_low, b.guideline_high, math.nan
    known = {
        "fast_growth": (nan, hi),
        "slow_growth": (lo, nan),
        "loss_making": (hi, nan),
        "normal": (nan, 2 * hi - base),
    }.get(b.guideline_class, (nan, nan))
    return {"lower": known[0], "baseline": base, "upper": known[1]}


def _provenance(advice: Advice, w: Words) -> list[Block]:
    out: list[Block] = [
        Heading(advice.title, 1),
        Para(w.t("ui.brief") + " · "
             + w.t("ui.meta", year=str(advice.year), currency=w.currency_name)),
        Para(w.t("ui.provenance", file=file_name(advice.source_file),
                 sha256=advice.source_sha256 or "-", version=advice.tool_version), "muted"),
    ]
    if advice.warnings:
        out += [Heading(w.t("ui.warnings")), Bullets(tuple(advice.warnings), "warning")]
    return out


def _sector(advice: Advice, w: Words) -> list[Block]:
    s = advice.sector
    if s is None:
        return []
    firms = tuple((w.name(f.name), w.num(f.headcount), w.floor_pct(f.band.floor),
                   w.band_pct(f.band.target, f.band.floor), w.pct(f.band.opening),
                   w.band_pct(f.resistance, f.band.floor)) for f in advice.firms)
    out: list[Block] = [
        Heading(w.t("ui.sector"), 2),
        Headline(w.t("headline", opening_rate=s.opening, target_rate=s.target, floor_rate=s.floor),
                 w.t("ui.sector")),
        Para(w.msg(s.rule)),
        Table((w.t("ui.firm"), w.t("ui.headcount"), w.t("band.floor"), w.t("band.target"),
               w.t("band.opening"), w.t("settle.resistance_short")), firms,
              (False, True, True, True, True, True)),
    ]
    curve = _curve_rows(s.curve, w)
    if curve:
        out += [Heading(w.t("sector.curve")),
                Table((w.t("ui.raise"), w.t("sector.firms"), w.t("sector.workers")), curve,
                      (True, True, True))]
    return out


def _curve_rows(curve: Any, w: Words) -> tuple[tuple[str, ...], ...]:
    """The affordability curve where it changes (plus its ends), to keep the table short."""
    rows = []
    last = None
    for k, p in enumerate(curve):
        share = (round(p.share_of_firms, 6), round(p.share_of_workers, 6))
        if share != last or k == len(curve) - 1:
            rows.append((w.pct(p.rate), w.pct(p.share_of_firms), w.pct(p.share_of_workers)))
        last = share
    return tuple(rows)


def build(advice: Advice, lang: Optional[str] = None,
          guideline: Optional[Mapping[str, float]] = None) -> list[Block]:
    """The brief for ``advice`` in ``lang`` (default: the scenario's language), as blocks."""
    w = words(advice, lang)
    out = _provenance(advice, w) + _sector(advice, w)
    for firm in advice.firms:
        out += sections.firm_sections(firm, w, guideline_lines(advice, firm, guideline),
                                      getattr(advice, "policy", None))
    return out
