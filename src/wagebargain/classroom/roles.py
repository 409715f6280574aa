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
each as Markdown and as self-contained HTML (six files, by name). Writing is the CLI's job.
"""
from __future__ import annotations

from typing import Any

from wagebargain.classroom import present, simulation
from wagebargain.classroom.doc import Block, to_html, to_markdown
from wagebargain.report import fmt
from wagebargain.report.blocks import Bullets, Heading, Para, Table

DOCUMENTS = ("union-brief", "management-brief", "instructor-notes")
EXTENSIONS = (".md", ".html")


def file_names() -> list[str]:
    """The six files :func:`role_files` returns, in order."""
    return [name + ext for name in DOCUMENTS for ext in EXTENSIONS]


def _money(classroom: Any, value: float) -> str:
    return fmt.money(value, classroom.currency)


def _cost_per_point(firm_advice: Any) -> tuple[float, float]:
    """What one percentage point of raise costs a year and per worker a month (the costing
    of the advisor, employer contributions included, is linear in the raise)."""
    for cost in firm_advice.costs:
        if cost.rate > 0:
            return cost.total / cost.rate * 0.01, cost.per_worker_month / cost.rate * 0.01
    return float("nan"), float("nan")


def public_facts(classroom: Any) -> list[Block]:
    """What both sides know: the enterprise, the economy, the guideline, the offer on the table."""
    scenario = classroom.scenario
    firm = scenario.firms[classroom.firm_number - 1]
    advice = classroom.advice.firms[classroom.firm_number - 1]
    now, before = firm.accounts.current, firm.accounts.previous
    ind = advice.indicators
    economy, guideline = scenario.economy, scenario.guideline
    rows = [("headcount", fmt.number(now.average_headcount)),
            ("average pay per worker a month", _money(classroom, ind["average_wage_money"])),
            ("value added this year", _money(classroom, now.value_added)),
            ("profit this year", _money(classroom, now.profit)),
            ("wage bill this year", _money(classroom, now.wage_bill))]
    if before is not None:
        rows += [("profit last year", _money(classroom, before.profit)),
                 ("labour productivity growth", fmt.pct(ind["productivity_growth_rate"])),
                 ("average pay growth", fmt.pct(ind["average_wage_growth_rate"]))]
    rows += [("labour share (wage bill / value added)", fmt.pct(ind["labour_share_rate"]))]
    year, worker = _cost_per_point(advice)
    rows += [("cost of each point of raise, a year", _money(classroom, year)),
             ("cost of each point of raise, per worker a month", _money(classroom, worker))]
    cpi = economy.cpi
    region = [("consumer prices, last year", fmt.pct(cpi.previous))]
    if cpi.forecast is not None:
        region.append(("consumer prices, forecast", fmt.pct(cpi.forecast)))
    region += [("productivity trend (economy-wide)", fmt.pct(economy.productivity_trend)),
               ("local average wage a month", _money(classroom, economy.average_wage)),
               ("minimum wage a month", _money(classroom, economy.minimum_wage.monthly)),
               ("wage guideline: lower line, baseline, upper line",
                f"{fmt.pct(guideline.lower)}, {fmt.pct(guideline.baseline)}, "
                f"{fmt.pct(guideline.upper)}")]
    out: list[Block] = [
        Heading("The situation (known to both sides)", 2),
        Para(f"{firm.name}" + (f", {firm.industry}" if firm.industry else "")
             + (f", {firm.region}" if firm.region else "") + f" ({firm.ownership}); "
             f"{scenario.scenario.year} wage round."),
        Table(("the enterprise", ""), tuple(rows), (False, True)),
        Table(("the region", ""), tuple(region), (False, True)),
        Table(("grade", "workers", "base pay a month"),
              tuple((g.grade, fmt.number(g.headcount), _money(classroom, g.base_pay))
                    for g in firm.workforce), (False, True, True)),
    ]
    if firm.raise_history:
        out.append(Para("Raises of past years: " + ", ".join(
            f"{r.year} {fmt.pct(r.raise_)}" for r in firm.raise_history) + "."))
    offer = scenario.bargaining.management_offer if scenario.bargaining else None
    if offer is not None:
        out.append(Para(f"Management has put {fmt.pct(offer)} on the table."))
    return out


def rules(classroom: Any) -> list[Block]:
    """The rules of the game, for both sides."""
    setup = classroom.setup
    issues = [f"{issue.name}: from {issue.format(issue.low)} to {issue.format(issue.high)}"
              for issue in setup.issues]
    example = "5.5%" if setup.single_issue else "raise=5% lump_sum=800"
    return [
        Heading("The rules", 2),
        Bullets((f"Each side may make {setup.rounds} offers; the {setup.first_mover} opens.",
                 f"With no agreement by the deadline: {present.impasse_text(setup)}.",
                 "On the table: " + "; ".join(issues) + ".",
                 f"At the keyboard (wagebargain play), type an offer like {example}, or accept, "
                 f"walk, history, help, quit.",
                 "Report the agreed settlement and the round you reached it to the trainer.")),
    ]


def _side_blocks(classroom: Any, role: str) -> list[Block]:
    setup = classroom.setup
    side = setup.side(role)
    walk = ("do not settle below" if role == "union" else "do not pay more than")
    rows = [("your target: open around here", present.show(setup, side.target)),
            (f"your reservation point: {walk} this", present.show(setup, side.reservation)),
            ("patience: a deal one round later is worth", f"{side.patience:.0%} of it now")]
    if side.strike_cost:
        rows.append(("each round of strike costs you", f"{side.strike_cost:.0%} of your "
                                                        f"utility scale"))
    return [Heading(f"Confidential: for the {role} team only", 2),
            Table(("your instructions", ""), tuple(rows), (False, True))]


def union_brief(classroom: Any) -> list[Block]:
    """The union team's sheet: public facts, rules, its own numbers and the advisor's band."""
    points = classroom.advisor
    return [
        Heading(f"Union negotiator's brief: {classroom.title}", 1),
        Para("Confidential to the union team. Do not show it to management.", "warning"),
        *_side_blocks(classroom, "union"),
        Para(f"Your own analysis (the advisor's band): walk-away floor {fmt.pct(points.floor)}, "
             f"target {fmt.pct(points.target)}, opening ask {fmt.pct(points.opening)}. Argue "
             f"from the facts below: prices, productivity, profit and the guideline."),
        *public_facts(classroom),
        *rules(classroom),
    ]


def management_brief(classroom: Any) -> list[Block]:
    """The management team's sheet: public facts, rules and its own numbers."""
    return [
        Heading(f"Management negotiator's brief: {classroom.title}", 1),
        Para("Confidential to the management team. Do not show it to the union.", "warning"),
        *_side_blocks(classroom, "management"),
        Para("Your board has set the limit above. Keep the cost of the raise in view (below), "
             "and the guideline's lines."),
        *public_facts(classroom),
        *rules(classroom),
    ]


def debrief_questions(classroom: Any, analysis: Any) -> tuple[str, ...]:
    """Questions for the debrief, with the scenario's numbers in them."""
    setup = classroom.setup
    show = present.show
    questions = []
    if analysis.zone is not None:
        questions.append(f"The zone of agreement ran from {show(setup, analysis.zone[0].offer)} "
                         f"to {show(setup, analysis.zone[1].offer)}. Which teams settled inside "
                         f"it? Did anyone settle beyond a reservation point, and why?")
    else:
        questions.append("There was no zone of agreement. Which teams still signed, and what "
                         "did it cost them? What should a side do when no deal beats walking?")
    if analysis.nash is not None:
        questions.append(f"The Nash point was {show(setup, analysis.nash.offer)}. Who captured "
                         f"more of the surplus, and what gave them that power: patience, the "
                         f"first move, the impasse rule, information?")
    questions.append(f"The union opened at {show(setup, setup.union.target)} and management at "
                     f"{show(setup, setup.management.target)}. What did the openings do to the "
                     f"result (anchoring)?")
    kind = getattr(setup.impasse, "kind", "none")
    if kind == "arbitration" and analysis.final_offers is not None:
        fo = analysis.final_offers
        questions.append(f"Under final-offer arbitration the equilibrium final offers are "
                         f"{fmt.pct(fo['union'])} (union) and {fmt.pct(fo['management'])} "
                         f"(management). Did the teams' last offers converge, or gamble?")
    elif kind == "strike":
        questions.append("How did the cost of each strike round change what each side would "
                         "accept? Who could hold out longer?")
    questions += ["What would each side have paid to know the other's reservation point? "
                  "What did the offers reveal?",
                  "Which public facts (prices, productivity, profit, the guideline) moved the "
                  "other side, and which did not?"]
    if not setup.single_issue:
        questions.append("Which issues did teams trade against each other? Did anyone leave "
                         "value on the table (a package off the Pareto frontier)?")
    return tuple(questions)


def instructor_notes(classroom: Any) -> list[Block]:
    """Both sides' numbers, theory, the computer's play and debrief questions."""
    from wagebargain.sim import analyse

    setup = classroom.setup
    analysis = analyse(setup)
    points = classroom.advisor
    out: list[Block] = [
        Heading(f"Instructor's notes: {classroom.title}", 1),
        present.provenance(classroom),
        Heading("Both sides' confidential numbers", 2),
        present.sides_table(setup),
        Para(f"The advisor's view: union floor {fmt.pct(points.floor)}, target "
             f"{fmt.pct(points.target)}, opening {fmt.pct(points.opening)}; management's "
             f"estimated resistance point {fmt.pct(points.resistance)}; predicted settlement "
             f"{fmt.pct(points.nash)}."),
        Heading("What theory predicts", 2),
        present.theory_table(setup, analysis),
        Para(present.THEORY_NOTE + " " + present.THEORY_SOURCES, "muted"),
    ]
    frontier = present.frontier_table(setup, analysis)
    out += [Heading("The Pareto frontier", 3),
            frontier if frontier is not None else
            Para("With one issue every raise is on the frontier: what one side gains, the other "
                 "loses. The zone of agreement is the part of it both sides prefer to no deal.")]
    if all(setup.side(r).strategy != "human" for r in ("union", "management")):
        seed = setup.seed if setup.seed is not None else 1
        report = simulation.run(classroom, seed=seed)
        out += [Heading("What the computer does", 2),
                Para(f"With the scenario's strategies ({report.result.union_strategy} for the "
                     f"union, {report.result.management_strategy} for management; seed {seed}): "
                     + simulation.outcome_text(report.result)),
                simulation.offer_chart(report.result)]
    out += [Heading("Running the class", 2),
            Bullets(("Hand out the union and management briefs to separate teams.",
                     "Teams negotiate face to face, or at the keyboard with wagebargain play.",
                     "Collect each pair's settlement in a CSV file (team, raise, rounds; see "
                     "docs/classroom.md) and run wagebargain debrief on it.")),
            Heading("Debrief questions", 2),
            Bullets(debrief_questions(classroom, analysis))]
    return out


def role_documents(classroom: Any) -> dict[str, list[Block]]:
    """The three documents as blocks, by name (see :data:`DOCUMENTS`)."""
    return {"union-brief": union_brief(classroom),
            "management-brief": management_brief(classroom),
            "instructor-notes": instructor_notes(classroom)}


def role_files(classroom: Any) -> dict[str, str]:
    """The six files' contents, by file name: each document as Markdown and as HTML.

    The sheets are in English whatever the scenario's language.
    """
    files = {}
    for name, blocks in role_documents(classroom).items():
        title = next((b.text for b in blocks if isinstance(b, Heading)), name)
        files[f"{name}.md"] = to_markdown(blocks)
        files[f"{name}.html"] = to_html(blocks, title)
    return files
