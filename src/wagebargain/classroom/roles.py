"""Role sheets for a class: a union brief, a management brief and the instructor's notes.

Each brief holds the public facts of the scenario (the enterprise's accounts and workforce,
the economy, the wage guideline, the rules of the game) and ONLY its own side's confidential
numbers (reservation point, target, patience, strike cost). The union's brief also carries
the advisor's band, which is the union's own analysis; nothing of management's reservation
point or target appears in it, and nothing of the union's in management's. The instructor's
notes hold both sides' numbers, the zone of agreement, the theory points (Nash,
Kalai-Smorodinsky, Rubinstein, final-offer arbitration), the Pareto frontier, what the
computer strategies do, and debrief questions.

:func:`role_documents` returns the three documents as blocks; :func:`role_files` renders
each as Markdown and as self-contained HTML (six files, by name), in English or Chinese
(``classroom.lang``). Writing is the CLI's job.
"""
from __future__ import annotations

import functools
from typing import Any

from wagebargain.classroom import present, simulation
from wagebargain.classroom.doc import Block, to_html, to_markdown
from wagebargain.classroom.messages import count, listing, role, strategy, t
from wagebargain.report import fmt, messages
from wagebargain.report.blocks import Bullets, Heading, Para, Table

DOCUMENTS = ("union-brief", "management-brief", "instructor-notes")
EXTENSIONS = (".md", ".html")


def file_names() -> list[str]:
    """The six files :func:`role_files` returns, in order."""
    return [name + ext for name in DOCUMENTS for ext in EXTENSIONS]


def _money(classroom: Any, value: float) -> str:
    return fmt.money(value, classroom.currency, classroom.lang)


def _cost_per_point(firm_advice: Any) -> tuple[float, float]:
    """What one percentage point of raise costs a year and per worker a month (the costing
    of the advisor, employer contributions included, is linear in the raise)."""
    for cost in firm_advice.costs:
        if cost.rate > 0:
            return cost.total / cost.rate * 0.01, cost.per_worker_month / cost.rate * 0.01
    return float("nan"), float("nan")


def _rows(lang: str, *pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """Table rows: each (catalogue key, value) with the key's label."""
    return tuple((t(f"facts.{key}", lang), value) for key, value in pairs)


def public_facts(classroom: Any) -> list[Block]:
    """What both sides know: the enterprise, the economy, the guideline, the offer on the table."""
    lang, scenario = classroom.lang, classroom.scenario
    firm = scenario.firms[classroom.firm_number - 1]
    advice = classroom.advice.firms[classroom.firm_number - 1]
    now, before = firm.accounts.current, firm.accounts.previous
    ind = advice.indicators
    economy, guideline = scenario.economy, scenario.guideline
    money = functools.partial(_money, classroom)
    rows = [("headcount", fmt.number(now.average_headcount)),
            ("average_pay", money(ind["average_wage_money"])),
            ("value_added", money(now.value_added)), ("profit", money(now.profit)),
            ("wage_bill", money(now.wage_bill))]
    if before is not None:
        rows += [("profit_before", money(before.profit)),
                 ("productivity_growth", fmt.pct(ind["productivity_growth_rate"])),
                 ("pay_growth", fmt.pct(ind["average_wage_growth_rate"]))]
    year, worker = _cost_per_point(advice)
    rows += [("labour_share", fmt.pct(ind["labour_share_rate"])), ("cost_year", money(year)),
             ("cost_worker", money(worker))]
    cpi = economy.cpi
    region = [("cpi", fmt.pct(cpi.previous))]
    if cpi.forecast is not None:
        region.append(("cpi_forecast", fmt.pct(cpi.forecast)))
    region += [("productivity_trend", fmt.pct(economy.productivity_trend)),
               ("local_wage", money(economy.average_wage)),
               ("minimum_wage", money(economy.minimum_wage.monthly)),
               ("guideline", listing((fmt.pct(guideline.lower), fmt.pct(guideline.baseline),
                                      fmt.pct(guideline.upper)), lang))]
    who = listing([part for part in (firm.name, firm.industry, firm.region) if part], lang)
    out: list[Block] = [
        Heading(t("facts.heading", lang), 2),
        Para(t("facts.firm", lang, who=who, year=scenario.scenario.year,
               ownership=messages.t(f"ownership.{firm.ownership}", lang))),
        Table((t("facts.enterprise", lang), ""), _rows(lang, *rows), (False, True)),
        Table((t("facts.region", lang), ""), _rows(lang, *region), (False, True)),
        Table(tuple(t(f"facts.{key}", lang) for key in ("grade", "workers", "base_pay")),
              tuple((g.grade, fmt.number(g.headcount), money(g.base_pay))
                    for g in firm.workforce), (False, True, True)),
    ]
    if firm.raise_history:
        out.append(Para(t("facts.history", lang, items=listing(
            (t("facts.history_item", lang, year=r.year, rate=fmt.pct(r.raise_))
             for r in firm.raise_history), lang))))
    offer = scenario.bargaining.management_offer if scenario.bargaining else None
    if offer is not None:
        out.append(Para(t("facts.offer", lang, rate=fmt.pct(offer))))
    return out


def rules(classroom: Any) -> list[Block]:
    """The rules of the game, for both sides."""
    setup, lang = classroom.setup, classroom.lang
    issues = [t("rules.issue", lang, name=issue.name, low=issue.format(issue.low, lang),
                high=issue.format(issue.high, lang)) for issue in setup.issues]
    return [
        Heading(t("rules.heading", lang), 2),
        Bullets((t("rules.offers", lang, offers=count(setup.rounds, "offer", lang),
                   first=present.first_mover(setup, lang)),
                 t("rules.deadline", lang, impasse=present.impasse_text(setup, lang)),
                 t("rules.issues", lang, issues=listing(issues, lang, strong=True)),
                 t("rules.keyboard", lang, example=setup.example(lang)),
                 t("rules.report", lang))),
    ]


def _side_blocks(classroom: Any, side_name: str) -> list[Block]:
    setup, lang = classroom.setup, classroom.lang
    side = setup.side(side_name)
    rows = [(t("side.target", lang), present.show(setup, side.target, lang)),
            (t(f"side.reservation.{side_name}", lang),
             present.show(setup, side.reservation, lang)),
            (t("side.patience", lang), t("side.patience_value", lang,
                                         share=fmt.pct(side.patience, 0)))]
    if side.strike_cost:
        rows.append((t("side.strike_cost", lang), t("side.strike_cost_value", lang,
                                                    share=fmt.pct(side.strike_cost, 0))))
    return [Heading(t("side.heading", lang, role=role(side_name, lang)), 2),
            Table((t("side.instructions", lang), ""), tuple(rows), (False, True))]


def union_brief(classroom: Any) -> list[Block]:
    """The union team's sheet: public facts, rules, its own numbers and the advisor's band."""
    points, lang = classroom.advisor, classroom.lang
    return [
        Heading(t("union.title", lang, title=classroom.title), 1),
        Para(t("union.confidential", lang), "warning"),
        *_side_blocks(classroom, "union"),
        Para(t("union.analysis", lang, floor=fmt.pct(points.floor), target=fmt.pct(points.target),
               opening=fmt.pct(points.opening))),
        *public_facts(classroom),
        *rules(classroom),
    ]


def management_brief(classroom: Any) -> list[Block]:
    """The management team's sheet: public facts, rules and its own numbers."""
    lang = classroom.lang
    return [
        Heading(t("management.title", lang, title=classroom.title), 1),
        Para(t("management.confidential", lang), "warning"),
        *_side_blocks(classroom, "management"),
        Para(t("management.limit", lang)),
        *public_facts(classroom),
        *rules(classroom),
    ]


def debrief_questions(classroom: Any, analysis: Any) -> tuple[str, ...]:
    """Questions for the debrief, with the scenario's numbers in them."""
    setup, lang = classroom.setup, classroom.lang

    def show(offer: Any) -> str:
        return present.show(setup, offer, lang)

    questions = []
    if analysis.zone is not None:
        questions.append(t("q.zone", lang, low=show(analysis.zone[0].offer),
                           high=show(analysis.zone[1].offer)))
    else:
        questions.append(t("q.no_zone", lang))
    if analysis.nash is not None:
        questions.append(t("q.nash", lang, nash=show(analysis.nash.offer)))
    questions.append(t("q.anchoring", lang, union=show(setup.union.target),
                       management=show(setup.management.target)))
    kind = getattr(setup.impasse, "kind", "none")
    if kind == "arbitration" and analysis.final_offers is not None:
        fo = analysis.final_offers
        questions.append(t("q.final_offers", lang, union=fmt.pct(fo["union"]),
                           management=fmt.pct(fo["management"])))
    elif kind == "strike":
        questions.append(t("q.strike", lang))
    questions += [t("q.information", lang), t("q.facts", lang)]
    if not setup.single_issue:
        questions.append(t("q.package", lang))
    return tuple(questions)


def _computer(classroom: Any) -> list[Block]:
    """What the scenario's strategies do (nothing when a side is played by a person)."""
    setup, lang = classroom.setup, classroom.lang
    if any(setup.side(r).strategy == "human" for r in ("union", "management")):
        return []
    seed = setup.seed if setup.seed is not None else 1
    report = simulation.run(classroom, seed=seed)
    result = report.result
    return [Heading(t("notes.computer", lang), 2),
            Para(t("notes.computer_text", lang, union=strategy(result.union_strategy, lang),
                   management=strategy(result.management_strategy, lang), seed=seed,
                   outcome=simulation.outcome_text(result, lang))),
            simulation.offer_chart(result, lang)]


def results_columns(setup: Any, lang: str = "en") -> str:
    """The columns of the results file :command:`wagebargain debrief` reads for this setup:
    ``team, raise, rounds``, or one column per issue of a package."""
    sep = "、" if lang == "zh" else ", "
    return sep.join(("team", *(issue.name for issue in setup.issues), "rounds"))


def instructor_notes(classroom: Any) -> list[Block]:
    """Both sides' numbers, theory, the computer's play and debrief questions."""
    from wagebargain.sim import analyse

    setup, lang = classroom.setup, classroom.lang
    analysis = analyse(setup)
    points = classroom.advisor
    frontier = present.frontier_table(setup, analysis, lang)
    return [
        Heading(t("notes.title", lang, title=classroom.title), 1),
        present.provenance(classroom, lang),
        Heading(t("notes.numbers", lang), 2),
        present.sides_table(setup, lang=lang),
        Para(t("notes.advisor", lang, floor=fmt.pct(points.floor), target=fmt.pct(points.target),
               opening=fmt.pct(points.opening), resistance=fmt.pct(points.resistance),
               nash=fmt.pct(points.nash))),
        Heading(t("notes.theory", lang), 2),
        present.theory_table(setup, analysis, lang=lang),
        Para(present.theory_note(lang), "muted"),
        Heading(t("notes.frontier", lang), 3),
        frontier if frontier is not None else Para(t("notes.one_issue", lang)),
        *_computer(classroom),
        Heading(t("notes.running", lang), 2),
        Bullets((t("notes.hand_out", lang), t("notes.negotiate", lang),
                 t("notes.collect", lang, columns=results_columns(setup, lang)))),
        Heading(t("notes.questions", lang), 2),
        Bullets(debrief_questions(classroom, analysis)),
    ]


def role_documents(classroom: Any) -> dict[str, list[Block]]:
    """The three documents as blocks, by name (see :data:`DOCUMENTS`)."""
    return {"union-brief": union_brief(classroom),
            "management-brief": management_brief(classroom),
            "instructor-notes": instructor_notes(classroom)}


def role_files(classroom: Any) -> dict[str, str]:
    """The six files' contents, by file name: each document as Markdown and as HTML, in the
    classroom's language (``classroom.lang``)."""
    files = {}
    for name, blocks in role_documents(classroom).items():
        title = next((b.text for b in blocks if isinstance(b, Heading)), name)
        files[f"{name}.md"] = to_markdown(blocks)
        files[f"{name}.html"] = to_html(blocks, title, classroom.lang)
    return files
