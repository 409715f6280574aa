"""Layouts of a class debrief: summary, ranked table, theory, and the class chart.

The chart places every team's settlement against the zone of agreement and the theory
points: as text (terminal, Markdown) and as an inline SVG (HTML). For a package the axis is
the union's utility of each settlement.
"""
from __future__ import annotations

import math
from typing import Any

from wagebargain.classroom import present
from wagebargain.classroom.chart import Mark, Strip, strip_chart, strip_svg
from wagebargain.classroom.debrief import INSIDE, Debrief
from wagebargain.classroom.doc import Block, Figure, Pre
from wagebargain.classroom.messages import count, t
from wagebargain.report import fmt
from wagebargain.report.blocks import Bullets, Heading, Para, Table


def _surplus(setup: Any, points: float, utility: float, lang: str = "en") -> str:
    if setup.single_issue:
        return fmt.points(points, lang)
    return f"{utility:+.2f}"


def _versus(setup: Any, value: float, lang: str = "en") -> str:
    if not math.isfinite(value):
        return fmt.DASH
    return fmt.points(value, lang) if setup.single_issue else f"{value:+.2f}"


_MARKDOWN_SPECIAL = {c: f"&#{ord(c)};" for c in "&*_`[]<>~#!"}


def markdown_literal(text: str) -> str:
    """``text`` (a team's name, a message quoting one) shown as typed in Markdown: its
    emphasis, link, HTML and heading characters written as character references
    (``&#42;`` for ``*``), which the renderer's own escaping of ``|`` and backslashes
    leaves alone."""
    return "".join(_MARKDOWN_SPECIAL.get(c, c) for c in text)


def _plain(text: str) -> str:
    return text


COLUMNS = ("rank", "team", "settled", "rounds", "union_surplus", "management_surplus",
           "versus_nash", "off_frontier", "position")
_TEXT_COLUMNS = ("team", "settled", "position")


def scores_table(result: Debrief, literal=_plain, lang: str = "en") -> Table:
    """One row per team, best for the union first (``literal`` writes the team names)."""
    setup = result.classroom.setup
    columns = [c for c in COLUMNS if c != "off_frontier" or not setup.single_issue]
    rows = []
    tones = []
    for s in result.scores:
        row = [f"{s.union_rank}/{s.management_rank}", literal(s.team),
               present.show(setup, s.offer, lang) if s.offer is not None
               else t("debrief.none", lang),
               fmt.DASH if s.rounds is None else str(s.rounds),
               _surplus(setup, s.union_points, s.union_surplus, lang),
               _surplus(setup, s.management_points, s.management_surplus, lang),
               _versus(setup, s.versus_nash, lang)]
        if not setup.single_issue:
            row.append(present.utility(s.frontier_gap))
        rows.append((*row, t(f"position.{s.position}", lang)))
        tones.append("" if s.position == INSIDE or s.offer is None else "risk")
    numeric = tuple(c not in _TEXT_COLUMNS for c in columns)
    return Table(tuple(t(f"col.{c}", lang) for c in columns), tuple(rows), numeric,
                 tuple(tones))


def summary(result: Debrief, lang: str = "en") -> str:
    setup = result.classroom.setup
    deals = result.agreements
    text = t("debrief.summary", lang, teams=count(len(result.scores), "team", lang),
             agreed=len(deals))
    if deals:
        inside = sum(s.position == INSIDE for s in deals)
        text += t("debrief.summary_deals", lang, inside=inside,
                  mean=present.show(setup, result.mean_settlement(), lang))
        if setup.single_issue:
            raises = [s.offer[0] for s in deals]
            text += t("debrief.summary_range", lang, low=fmt.pct(min(raises)),
                      high=fmt.pct(max(raises)))
    return text + t("debrief.summary_end", lang)


def _strips(result: Debrief, lang: str = "en") -> tuple[list[Strip], Any, list[Mark]]:
    setup, analysis = result.classroom.setup, result.analysis
    strips = [Strip(s.team, None if s.offer is None else present.plotted(setup, s.offer))
              for s in result.scores]
    zone = None if analysis.zone is None else tuple(present.plotted(setup, p.offer)
                                                    for p in analysis.zone)
    marks = []
    for point, key, char, kind in ((analysis.nash, "nash", "N", "nash"),
                                   (analysis.kalai_smorodinsky, "ks", "K", "ks"),
                                   (analysis.rubinstein, "rubinstein", "R", "rubinstein")):
        if point is not None:
            marks.append(Mark(present.plotted(setup, point.offer), t(f"chart.{key}", lang),
                              char, kind))
    return strips, zone, marks


def _chart_words(lang: str) -> dict[str, str]:
    """The strip chart's own words (see :func:`wagebargain.classroom.chart.strip_chart`)."""
    return {"zone": t("strip.zone", lang, low="{low}", high="{high}"),
            "settlement": t("chart.settlement", lang),
            "no_agreement": t("strip.no_agreement", lang)}


def chart(result: Debrief, lang: str = "en") -> Pre:
    strips, zone, marks = _strips(result, lang)
    setup = result.classroom.setup
    text = strip_chart(strips, zone, marks[:1], present.axis_format(setup),
                       words=_chart_words(lang))
    return Pre(text, t("debrief.chart", lang, axis=present.axis_name(setup, lang)))


def figure(result: Debrief, lang: str = "en") -> Figure:
    strips, zone, marks = _strips(result, lang)
    setup = result.classroom.setup
    caption = t("debrief.figure", lang, axis=present.axis_name(setup, lang))
    return Figure(strip_svg(strips, zone, marks, present.axis_format(setup), caption,
                            words=_chart_words(lang)), caption)


def title(result: Debrief, lang: str = "en") -> str:
    """The document's title: ``Class debrief: SCENARIO``."""
    return t("title", lang, title=t("debrief.title", lang), name=result.classroom.title)


def blocks(result: Debrief, html: bool = False, markdown: bool = False,
           lang: str = "en") -> list[Block]:
    """The debrief document in ``lang``; ``html`` puts the SVG figure in place of the text
    chart; ``markdown`` writes the team names (text the class typed) so that Markdown shows
    them as typed (see :func:`markdown_literal`). The messages on rows left out are the
    reader's own (English)."""
    literal = markdown_literal if markdown else _plain
    classroom = result.classroom
    setup = classroom.setup
    out: list[Block] = [
        Heading(title(result, lang), 1),
        present.provenance(classroom, lang),
        Para(summary(result, lang)),
    ]
    if result.problems:
        items = t("sep.strong", lang).join(
            t("debrief.problem", lang, line=p.line, message=literal(p.message))
            for p in result.problems)
        out.append(Para(t("debrief.problems", lang,
                          rows=count(len(result.problems), "row", lang), items=items),
                        "warning"))
    surplus = (t("debrief.surplus_single", lang,
                 union=present.show(setup, setup.union.reservation, lang),
                 management=present.show(setup, setup.management.reservation, lang))
               if setup.single_issue else t("debrief.surplus_package", lang))
    out += [
        Heading(t("debrief.ranked", lang), 3),
        scores_table(result, literal, lang),
        Para(t("debrief.note", lang, surplus=surplus,
               package=t("debrief.note_single" if setup.single_issue
                         else "debrief.note_package", lang)), "muted"),
        figure(result, lang) if html else chart(result, lang),
        Heading(t("sim.theory", lang), 3),
        present.theory_table(setup, result.analysis, lang=lang),
    ]
    frontier = present.frontier_table(setup, result.analysis, lang)
    if frontier is not None:
        out += [Heading(t("notes.frontier", lang), 3), frontier]
    out.append(Para(present.theory_note(lang), "muted"))
    if result.warnings:
        out.append(Bullets(tuple(result.warnings), "muted"))
    return out


def payload(result: Debrief) -> dict[str, Any]:
    """The JSON document's body (English)."""
    return {"scenario": result.classroom.meta(), "summary": summary(result),
            **result.to_dict()}
