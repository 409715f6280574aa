"""The reviewer's cases against domain.md, each a variant of the reference scenario (Hengda
Auto Parts, the shipped copy) with the expected figures derived by hand."""
from __future__ import annotations

import re

import pytest
import yaml
from numpy.testing import assert_allclose

from wagebargain.advice.build import advise
from wagebargain.report.messages import text
from wagebargain.scenario.loader import load

from wbpaths import HENGDA


def _variant(tmp_path, edit) -> object:
    """Advice for the reference scenario after ``edit(data)`` changes its YAML data."""
    data = yaml.safe_load(HENGDA.read_text("utf-8"))
    edit(data)
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return advise(load(path).scenario).firms[0]


def _say(message, lang: str = "en") -> str:
    return text(message, lang, "CNY")


# ------------------------------------------------------------------ piece rates (bug 2)

def test_piece_rate_grade_is_checked_on_countable_pay_now_and_next(tmp_path):
    def edit(d):
        d["enterprise"]["workforce"].append({
            "grade": "Piece sewer", "headcount": 40, "base_pay": 3100,
            "employee_contributions": 330, "piece_rate": 2.5, "quota": 1100,
            "category": "front_line"})
    firm = _variant(tmp_path, edit)
    found = {c.code: c for c in firm.checks if c.subject == "Piece sewer"}
    # 2.5 x 1100 = 2750 at the quota; Shanghai excludes the worker's 330: 2420 < 2740.
    now = found["piece_rate"]
    assert now.severity == "violation"
    assert_allclose(now.message.params["countable"], 2750 - 330)
    assert_allclose(now.message.params["shortfall"], 2740 - 2420)
    # The legal floor tests pay at the quota: the piece grade is the lowest (2420 < 3100 -
    # 330), and the raise that lifts 2750 (1 + r) - 330 to the next minimum 2850 is
    # r = 3180 / 2750 - 1 = 15.6%, which binds the target.
    legal = next(c for c in firm.band.components if c.name == "legal_floor")
    assert_allclose(legal.value, 3180 / 2750 - 1)
    assert_allclose(firm.band.target, 3180 / 2750 - 1)
    # At the target the piece rate clears the next minimum: no risk row is left.
    assert "piece_rate_next" not in found
    # The piece rate is money a piece, not a percentage.
    assert "CNY 2.50 a piece" in _say(now.message)


# ------------------------------------------------------------ part-time floor (bug 7)

def test_part_time_pay_is_checked_against_a_derived_hourly_floor(tmp_path):
    def edit(d):
        del d["economy"]["minimum_wage"]["hourly"]
        d["enterprise"]["part_time"][0]["hourly_pay"] = 12
    firm = _variant(tmp_path, edit)
    check = next(c for c in firm.checks if c.code == "part_time_hourly_derived")
    # 2740 / (21.75 x 8) = 2740 / 174 = 15.75 an hour; 12 is short by 3.75.
    assert check.severity == "violation" and check.subject == "Canteen helper"
    assert_allclose(check.message.params["hourly_minimum"], 2740 / 174)
    sentence = _say(check.message)
    assert "CNY 15.75" in sentence and "CNY 2,740" in sentence and "21.75" in sentence
    assert "derived" in sentence
    # The published minimum is still asked for.
    assert any(m.key == "request.hourly_minimum" for m in firm.data_requests)


# ------------------------------------------------------- a loss-making firm (bugs 3, 4)

def _loss_free(d):
    d["enterprise"]["accounts"]["current"]["profit"] = -5_000_000
    d["enterprise"]["workforce"][0]["base_pay"] = 3600  # no legal floor: (2850 + 330) / 3600 < 1


def test_loss_making_answer_names_todays_minimum_and_never_the_floor(tmp_path):
    firm = _variant(tmp_path, _loss_free)
    answer = next(r.you_answer for r in firm.rebuttals if r.they_say.key == "say.losses")
    en, zh = _say(answer), _say(answer, "zh")
    # Today's minimum is 2,740; 2,850 is the next one.
    assert "CNY 2,740 today" in en and "CNY 2,850 after the next adjustment" in en
    assert "现行 2,740元" in zh and "下次调整后 2,850元" in zh
    assert "floor_rate" not in answer.params
    assert "we will not go below" not in en


def test_loss_making_brief_is_consistent_about_consent(tmp_path):
    firm = _variant(tmp_path, _loss_free)
    band = firm.band
    # Loss-making: band [min(0, 2%), 2%] = [0, 2%]; target clip(8.2%) = 2%; the offer of 1.5%
    # lifts the floor from 0 (no real-pay protection, no legal floor) to 1.5%.
    assert band.guideline_class == "loss_making"
    assert_allclose([band.floor, band.target, band.opening], [0.015, 0.02, 0.04])
    said = [_say(m) for m in firm.talking_points] + [_say(r.you_answer) for r in firm.rebuttals]
    # Nothing said across the table refuses a consent the floor relies on, or gives the floor.
    assert not any(re.search(r"we do not (agree|give)|which we do not give", s) for s in said)
    assert not any("1.5%" in s for s in said)
    point = next(m for m in firm.talking_points if m.key == "point.guideline.loss_making")
    assert "accounts" in _say(point) and "catches up" in _say(point)
    # The headline keeps the floor for the union and says on what terms it may go below 2%.
    headline = _say(band.headline)
    assert band.headline.key == "headline.loss_making"
    assert "Below the lower line (2.0%) only with the union's consent" in headline
    assert "never below 1.5%" in headline


# ------------------------------------------------------------- a high offer (bug 5)

def test_an_offer_above_the_opening_lifts_the_band(tmp_path):
    def edit(d):
        d["bargaining"]["management_offer"] = "12%"
    firm = _variant(tmp_path, edit)
    band = firm.band
    # Own band 2.58% / 8% / 10%; 12% on the table: floor = target = 12%, opening 12% + 2%.
    assert_allclose([band.floor, band.target, band.opening], [0.12, 0.12, 0.14])
    offer = next(c for c in band.components if c.name == "offer")
    assert offer.value == pytest.approx(0.12) and offer.rule.key == "rule.offer.target"
    assert _say(band.headline) == ("Management has already offered 12.0%: do not settle below "
                                   "it. Open at 14.0%, aim for 12.0%.")
    # Management cannot call a 14% opening excessive after offering 12% itself.
    assert not any(r.they_say.key == "say.above_upper" for r in firm.rebuttals)
    assert firm.settlement.nash == pytest.approx(0.12)
    assert firm.ladder[0].rate == pytest.approx(0.14) and firm.ladder[-1].rate == pytest.approx(0.12)


def test_an_offer_below_the_floor_changes_nothing_and_is_flagged(tmp_path):
    firm = advise(load(HENGDA).scenario).firms[0]
    assert not any(c.name == "offer" for c in firm.band.components)
    assert firm.band.headline.key == "headline"
    assert any(c.code == "OFFER_BELOW_FLOOR" for c in firm.checks)
