"""The second review of the briefs: what is said in the room never gives away the union's
floor, target or estimate of management's limit; no argument argues for management; floors
print rounded up; ratios print as multiples. Each case is a shipped scenario or a variant of
the reference scenario (Hengda Auto Parts), with the figures derived by hand."""
from __future__ import annotations

import math
import re

import pytest
import yaml
from numpy.testing import assert_allclose

from wagebargain.advice.build import advise
from wagebargain.report import fmt
from wagebargain.report.messages import text
from wagebargain.scenario.loader import load

from wbpaths import HENGDA, SCENARIOS

LANGS = ("en", "zh")


def _variant(tmp_path, edit):
    data = yaml.safe_load(HENGDA.read_text("utf-8"))
    edit(data)
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return advise(load(path).scenario)


def _shipped(name: str):
    return advise(load(SCENARIOS / f"{name}.yaml").scenario)


def _firm(advice, name: str = ""):
    return next(f for f in advice.firms if name in f.name)


def _said(firm, lang: str) -> list[str]:
    """Everything said across the table: talking points and answers."""
    return [text(m, lang) for m in firm.talking_points] + \
        [text(r.you_answer, lang) for r in firm.rebuttals]


def _markdown(advice, lang: str) -> str:
    from wagebargain.report import markdown

    return markdown.render(advice, lang)


def _room_part(md: str) -> str:
    """The talking points and rebuttals of a Markdown brief (each firm's)."""
    heads = ("### Talking points", "### 谈判要点")
    parts = re.split(r"(?m)^### ", md)
    return "\n".join(p for p in parts if p.startswith(tuple(h[4:] for h in heads))
                     or p.startswith(("Management will say", "企业方可能的说法")))


# ------------------------------------------------------------- 1. resistance estimate

@pytest.mark.parametrize("name", ["hengda-auto-parts", "harbor-canteens-service",
                                  "zh-jinling-food", "district-electronics-sector"])
@pytest.mark.parametrize("lang", LANGS)
def test_the_resistance_estimate_is_for_our_side_only(name, lang):
    advice = _shipped(name)
    for firm in advice.firms:
        assert not any(m.key.startswith("internal.") for m in firm.talking_points)
        for said in _said(firm, lang):
            assert "resist" not in said and "抵制" not in said and "供我方" not in said
        if math.isfinite(next(c.pct_profit for c in firm.costs if c.label == "target")):
            assert any(m.key in ("internal.costly", "internal.affordable")
                       for m in firm.for_our_side)
    md = _markdown(advice, lang)
    room = _room_part(md)
    assert "resist any raise" not in room and "坚决抵制" not in room
    heading = "For our side only (not to be said in the room)" if lang == "en" \
        else "仅供我方内部掌握（谈判时不对外讲）"
    assert heading in md
    ours = md.split(heading, 1)[1].split("\n### ", 1)[0]
    assert ("resist any raise above" in ours) or ("坚决抵制" in ours) or ("承受上限" in ours)


def test_the_our_side_block_is_in_every_format():
    from wagebargain.report import html, jsonout, terminal

    advice = _shipped("hengda-auto-parts")
    for rendered in (html.render(advice), terminal.render(advice, width=120)):
        assert "For our side only" in rendered
        ours = rendered.split("For our side only", 1)[1]
        assert "7.1%" in ours.split("Talking points", 1)[0]
        assert "resist any raise" not in rendered.split("Talking points", 1)[1]
    zh = terminal.render(advice, "zh", width=120)
    assert "仅供我方内部掌握" in zh and "坚决抵制" not in zh.split("谈判要点", 1)[1]
    doc = jsonout.document(advice)
    ours = doc["firms"][0]["for_our_side"]
    assert ours and ours[0]["key"] == "internal.costly"
    assert "7.1%" in ours[0]["text"]


# --------------------------------------------------- 2. floor and target not disclosed

@pytest.mark.parametrize("lang", LANGS)
def test_answers_do_not_name_the_floor_or_the_target(lang):
    cases = [("hengda-auto-parts", ""), ("harbor-canteens-service", ""),
             ("zh-jinling-food", ""), ("district-electronics-sector", ""),
             ("state-power-utility", "")]
    for name, firm_name in cases:
        for firm in _shipped(name).firms:
            for r in firm.rebuttals:
                params = r.you_answer.params
                assert not {"floor_rate", "legal_rate", "target_rate", "total_money"} & set(params)
                said = text(r.you_answer, lang)
                assert "target level" not in said and "For scale" not in said
                assert "作个参照" not in said and "目标涨幅" not in said


@pytest.mark.parametrize("lang", LANGS)
def test_the_legal_need_is_stated_as_money(lang):
    firm = _firm(_shipped("hengda-auto-parts"))
    answer = next(r.you_answer for r in firm.rebuttals if r.you_answer.key == "answer.legal_required")
    # Lowest grade 3,100 less own contributions 330 = 2,770 countable; next minimum 2,850.
    said = text(answer, lang)
    assert ("CNY 2,770" in said and "CNY 2,850" in said) if lang == "en" \
        else ("2,770元" in said and "2,850元" in said)
    assert "2.6%" not in said
    point = next(m for m in firm.talking_points if m.key == "point.legal_floor")
    assert_allclose(point.params["need_money"], 80)
    assert "2.6%" not in text(point, lang)


def test_state_power_answers_cost_per_point_not_the_target():
    firm = _firm(_shipped("state-power-utility"))
    answer = next(r.you_answer for r in firm.rebuttals if r.they_say.key == "say.cannot_afford")
    target = next(c for c in firm.costs if c.label == "target")
    assert_allclose(answer.params["point_total_money"], target.total * 0.01 / target.rate)
    assert "89,900,198" not in text(answer)


# ------------------------------------------------------- 3. arguments for management

@pytest.mark.parametrize("lang", LANGS)
def test_no_answer_costs_the_offer_or_anchors_below_our_floor(lang):
    district = _shipped("district-electronics-sector")
    tianrun = _firm(district, "Tianrun")
    assert not any("21.0%" in s for s in _said(tianrun, lang))
    for advice, name in ((district, "Lianfa"), (_shipped("riverside-textiles-freeze"), "")):
        firm = _firm(advice, name)
        assert firm.band.guideline_class == "loss_making"
        assert firm.band.floor > firm.band.guideline_high
        lower = fmt.pct(firm.band.guideline_high)
        assert not any(lower in s for s in _said(firm, lang))
        keys = {r.you_answer.key for r in firm.rebuttals}
        assert "answer.guideline.loss_making.law" in keys
        assert keys & {"answer.losses.law", "answer.losses.law.no_next"}
        assert not keys & {"answer.guideline.loss_making", "answer.losses"}


def test_the_upper_line_warning_is_not_cited_for_a_fast_growing_well_paid_firm():
    firm = _firm(_shipped("state-power-utility"))
    assert firm.band.guideline_class == "fast_growth"
    answer = next(r.you_answer for r in firm.rebuttals if r.they_say.key == "say.above_upper")
    assert answer.key == "answer.above_upper.claim"
    assert "well-paid" not in text(answer) and "工资水平已经较高" not in text(answer, "zh")


# ----------------------------------------------------- 4. "we pay above the minimum"

@pytest.mark.parametrize("lang", LANGS)
def test_the_above_minimum_answer_rejects_a_false_premise(tmp_path, lang):
    def below(d):
        d["enterprise"]["workforce"][0]["base_pay"] = 2900
    firm = _variant(tmp_path, below).firms[0]
    answer = next(r.you_answer for r in firm.rebuttals if r.they_say.key == "say.above_minimum")
    # 2,900 - 330 = 2,570 countable, below today's minimum of 2,740.
    assert answer.key == "answer.above_minimum.below"
    said = text(answer, lang)
    assert said.startswith("You do not:" if lang == "en" else "并非如此")
    assert ("2,570" in said) and ("2,740" in said)
    harbor = _firm(_shipped("harbor-canteens-service"))
    answer = next(r.you_answer for r in harbor.rebuttals if r.they_say.key == "say.above_minimum")
    # The cleaners' countable pay is exactly the minimum of 2,500; a part-time rate is below.
    assert answer.key == "answer.above_minimum.at_part_time"
    said = text(answer, lang)
    assert said.startswith("You do not pay above it" if lang == "en" else "并非如此")
    assert "2,500" in said and "23.70" in said


# ------------------------------------------------------------------ 5. ratios

@pytest.mark.parametrize("lang, shown", [("en", "6.0×"), ("zh", "6.0倍")])
def test_a_pay_ratio_prints_as_a_multiple(lang, shown):
    firm = _firm(_shipped("state-power-utility"))
    point = next(m for m in firm.talking_points if m.key == "point.pay_ratio")
    said = text(point, lang)
    assert shown in said and "%" not in said


def test_no_catalogue_template_prints_a_multiple_as_a_rate():
    from wagebargain.report.catalogue import CATALOGUE

    for key, pair in CATALOGUE.items():
        for template in pair:
            assert not re.search(r"\{ratio\}\s*(x|×|倍)", template), key
            assert not re.search(r"\{[a-z_]+\}x\b", template), key


# ------------------------------------------------------------ 6. floors round up

def test_floor_percentages_round_up():
    assert fmt.floor_pct(2650 / 2560 - 1) == "3.6%"   # 3.52%: half-up would say 3.5%
    assert fmt.floor_pct(0.026) == "2.6%"              # exact values stay as they are
    assert fmt.floor_pct(0.04) == "4.0%" and fmt.floor_pct(math.nan) == fmt.DASH
    assert fmt.param("floor_rate", 2650 / 2560 - 1) == "3.6%"
    assert fmt.param("value_rate", 2650 / 2560 - 1, spec="up") == "3.6%"
    assert fmt.param("target_rate", 2650 / 2560 - 1) == "3.5%"


@pytest.mark.parametrize("lang", LANGS)
def test_lianfa_floor_is_shown_rounded_up_everywhere(lang):
    district = _shipped("district-electronics-sector")
    lianfa = _firm(district, "Lianfa")
    legal = next(c.value for c in lianfa.band.components if c.name == "legal_floor")
    assert_allclose(legal, 2650 / 2560 - 1)
    headline = text(lianfa.band.headline, lang)
    assert "3.6%" in headline and "3.5%" not in headline
    md = _markdown(district, lang)
    section = md.split("Lianfa", 2)[2].split("\n## ", 1)[0]
    # floor, target bound by it, limit and settlement: never 3.5%
    assert not re.search(r"(?<![-\d.])3\.5%", section)
    assert "3.6%" in section


# ------------------------------------------------ 7. the neutral raise and our target

def test_anything_less_is_said_only_when_the_target_reaches_the_neutral_raise(tmp_path):
    def loss(d):
        d["enterprise"]["accounts"]["current"]["profit"] = -6_000_000
    firm = _variant(tmp_path, loss).firms[0]
    point = firm.talking_points[0]
    assert firm.band.target < firm.band.neutral and point.key == "point.neutral.short"
    assert "Anything less" not in text(point) and "低于它" not in text(point, "zh")
    ref = _firm(_shipped("hengda-auto-parts"))
    assert ref.band.target >= ref.band.neutral and ref.talking_points[0].key == "point.neutral"


# ------------------------------------------------------------- 8. a 12% offer

def test_an_offer_above_the_upper_line_drops_the_guideline_arguments(tmp_path):
    def offer(d):
        d["bargaining"]["management_offer"] = "12%"
    firm = _variant(tmp_path, offer).firms[0]
    assert not any(m.key.startswith("point.guideline.") for m in firm.talking_points)
    assert not any(r.they_say.key == "say.guideline_baseline" for r in firm.rebuttals)
    note = next(m for m in firm.for_our_side if m.key == "internal.offer_above_upper")
    assert "12.0%" in text(note) and "8.0%" in text(note) and "上线 8.0%" in text(note, "zh")


# ------------------------------------------------------------ 9. piece-rate quota

def test_a_piece_rate_quota_shortfall_sets_the_legal_floor(tmp_path):
    def piece(d):
        g = d["enterprise"]["workforce"][0]
        g.update(grade="Assembly operator (piece rate)", piece_rate=0.5, quota=5000)
    advice = _variant(tmp_path, piece)
    firm = advice.firms[0]
    # Pay at the quota 0.5 x 5000 = 2,500, less 330 own contributions = 2,170 countable;
    # the next minimum 2,850 needs (2850 + 330) / 2500 - 1 = 27.2%.
    legal = next(c.value for c in firm.band.components if c.name == "legal_floor")
    assert_allclose(legal, 3180 / 2500 - 1)
    assert firm.band.floor >= legal - 1e-12 and firm.band.target >= legal - 1e-12
    assert text(firm.band.headline).endswith("do not settle below 27.2%.")
    assert not any(c.code == "piece_rate_next" and c.severity != "note" for c in firm.checks)


def test_advise_and_batch_agree_on_a_piece_rated_firm(tmp_path):
    import numpy as np

    from wagebargain.batch import score_table
    from wagebargain.scenario.rows import row_from_scenario

    def piece(d):
        d["enterprise"]["workforce"][0].update(piece_rate=0.5, quota=5000)
    data = yaml.safe_load(HENGDA.read_text("utf-8"))
    piece(data)
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    scenario = load(path).scenario
    row = {k: v for k, v in row_from_scenario(scenario).items() if math.isfinite(v)}
    assert row["lowest_base_pay"] == 2500
    scored = score_table({k: np.array([v], dtype=float) for k, v in row.items()}, None)
    firm = advise(scenario).firms[0]
    for name in ("floor", "target", "opening"):
        assert_allclose(float(np.asarray(scored[name])[0]), getattr(firm.band, name), rtol=1e-9)


# ---------------------------------------------------------- 10. years without a raise

@pytest.mark.parametrize("lang", LANGS)
def test_zero_raise_years_are_counted_beside_the_consecutive_ones(lang):
    firm = _firm(_shipped("hengda-auto-parts"))
    # History: 0% in 2022 and 2024, raises in the other years: none in a row at the end.
    assert firm.indicators["years_without_raise"] == 0
    assert firm.indicators["zero_raise_years"] == 2
    point = next(m for m in firm.talking_points if m.key == "point.zero_raise_years")
    assert text(point, lang) == ("In 2 of the last 5 years pay was not raised at all."
                                 if lang == "en" else "过去 5 年中，有 2 年工资没有任何上调。")
    md = _markdown(_shipped("hengda-auto-parts"), lang)
    assert ("Years without a raise, consecutive up to the latest | 0" in md) if lang == "en" \
        else ("截至最近一年连续未涨工资年数 | 0" in md)


# ------------------------------------------------------------------ 11. zh wording

def test_zh_brief_uses_equal_amount_and_translates_ownership_in_names():
    md = _markdown(_shipped("state-power-utility"), "zh")
    assert "定额" not in md.replace("劳动定额", "")
    assert "等额" in md
    assert "(state-owned)" not in md and "Jiangbei Power Supply Co.（国有）" in md
    md = _markdown(_shipped("riverside-textiles-freeze"), "zh")
    assert "(Collective)" not in md and "（集体）" in md
    assert "(Collective)" in _markdown(_shipped("riverside-textiles-freeze"), "en")


# --------------------------------------------------------- 12. the limit's footnote

def test_the_limit_footnote_says_which_bound_lifted_it():
    harbor = _markdown(_shipped("harbor-canteens-service"), "en")
    assert "for a loss-making firm" not in harbor
    assert "less than the legal floor of 4.0%" in harbor
    district = _markdown(_shipped("district-electronics-sector"), "en")
    assert "less than management's own offer of 2.0%" in district


@pytest.mark.parametrize("lang", LANGS)
def test_minor_fixes_contract_length_columns_and_catch_up_rule(tmp_path, lang):
    def six(d):
        d["bargaining"]["contract_months"] = 6
    md = _markdown(_variant(tmp_path, six), lang)
    assert ("Contract length: 6 months." if lang == "en" else "合同期限：6 个月。") in md
    # The three raise columns of the allocation share whole units (no 57.61 beside 186).
    md = _markdown(_shipped("riverside-textiles-freeze"), lang)
    assert "57.61" not in md and "| 58 |" in md

    def no_market(d):
        del d["market"]
    firm = _variant(tmp_path, no_market).firms[0]
    rule = next(c.rule for c in firm.band.components if c.name == "catch_up")
    assert rule.key == "rule.catch_up.no_market"
    assert "market median" not in text(rule) and "市场中位数的差距" in text(rule, "zh")
