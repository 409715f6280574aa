"""The classroom's and the game's catalogues: every key in both languages, the same
placeholders, and no English left in a Chinese template."""
from __future__ import annotations

import re

import pytest

from wagebargain.classroom.messages import CLASSROOM, language, listing, strategy, t
from wagebargain.sim.messages import GAME, LANGUAGES, Catalogue, placeholders

CATALOGUES = {"classroom": CLASSROOM, "game": GAME}
ALL = [(name, key) for name, catalogue in CATALOGUES.items() for key in catalogue]
# Words a Chinese template may keep in Latin letters: the typed commands and issue names,
# the tool's own name, strategy names in brackets, file names, and "pp"-free units.
ALLOWED_LATIN = {"accept", "walk", "history", "help", "quit", "wagebargain", "play", "debrief",
                 "raise", "rounds", "team", "docs", "classroom", "md", "csv", "simulation",
                 "firm", "SHA", "CSV", "U", "M", "mechanism", "boulware", "linear", "conceder",
                 "time", "dependent", "hardliner", "tit", "for", "tat", "zeuthen", "rubinstein",
                 "random", "seed", "JSON", "output"}


@pytest.mark.parametrize("name, key", ALL)
def test_every_key_has_both_languages_with_the_same_placeholders(name, key):
    templates = CATALOGUES[name][key]
    assert len(templates) == len(LANGUAGES) == 2
    english, chinese = templates
    assert english.strip() and chinese.strip()
    assert placeholders(english) == placeholders(chinese), key


@pytest.mark.parametrize("name, key", ALL)
def test_chinese_templates_are_chinese(name, key):
    english, chinese = CATALOGUES[name][key]
    if not re.search(r"[A-Za-z]{3,}", re.sub(r"\{[^}]*\}", "", english)) \
            or key == "role.mechanism":
        return  # separators, numbers and placeholders only
    words = set(re.findall(r"[A-Za-z]+", re.sub(r"\{[^}]*\}", "", chinese)))
    assert words <= ALLOWED_LATIN, (key, words - ALLOWED_LATIN)
    assert re.search(r"[\u4e00-\u9fff]", chinese), key


def test_every_template_renders_with_its_placeholders():
    for catalogue in CATALOGUES.values():
        for key, (english, chinese) in catalogue.items():
            params = {p: "X" for p in placeholders(english)}
            for lang in LANGUAGES:
                assert "{" not in catalogue(key, lang, **params).replace("{}", ""), key


def test_catalogue_behaviour():
    assert t("reason.accepted", "zh") == "达成协议"
    assert t("reason.accepted", "fr") == "agreement"  # any other language: English
    with pytest.raises(KeyError):
        t("no.such.key")
    with pytest.raises(RuntimeError, match="twice"):
        Catalogue({"a": ("x", "y")}, {"a": ("x", "y")})
    assert listing(["a", "b"], "zh") == "a，b" and listing(["a", "b"], strong=True) == "a; b"
    assert strategy("boulware", "zh").endswith("（boulware）") and strategy("mine") == "mine"


def test_the_key_terms_are_the_usual_chinese_ones():
    text = " ".join(zh for _, zh in CLASSROOM.values()) + " ".join(zh for _, zh in GAME.values())
    for term in ("工资集体协商", "底线（保留点）", "目标", "耐心（贴现因子）", "纳什解", "帕累托前沿",
                 "最终报价仲裁", "协议区间", "工会", "企业方"):
        assert term in text, term


def test_language_follows_the_option_then_the_scenario():
    class Meta:
        language = "zh"

    class Scenario:
        scenario = Meta()

    assert language(None, Scenario()) == "zh"
    assert language("en", Scenario()) == "en"
    assert language(None, object()) == "en"


ZH = "zh-jinling-food.yaml"


@pytest.mark.parametrize("args, english", [
    (("simulate", "--seed", "1"), ("Transcript", "Outcome", "Theory", "Offer paths", "round")),
    (("debrief", "RESULTS"), ("Class debrief", "Settlements, ranked", "team", "inside zone",
                              "zone of agreement", "Surplus", "settlement", "Theory")),
    (("debrief", "RESULTS", "-f", "html"), ("Class debrief", "zone of agreement",
                                            "no agreement", "Surplus")),
    (("tournament", "--seed", "1", "--runs", "3", "--strategies", "linear,boulware",
      "--vary-reservations", "--workers", "1"),
     ("Strategy tournament", "runs per pair", "agreed", "advantage", "Reservation points",
      "Settled and rounds")),
])
def test_the_classroom_documents_follow_the_scenarios_language(args, english):
    from classroom_helpers import RESULTS, invoke
    from wbpaths import SCENARIOS

    command, *rest = args
    rest = [str(RESULTS) if a == "RESULTS" else a for a in rest]
    result = invoke(command, SCENARIOS / ZH, *rest)
    assert result.exit_code == 0, result.stderr
    for word in english:
        assert word not in result.stdout, word
    assert re.search(r"[\u4e00-\u9fff]{4}", result.stdout)
    again = invoke(command, SCENARIOS / ZH, *rest, "--lang", "en")
    assert english[0] in again.stdout  # --lang en overrides the scenario's language
    assert "Class debrief" in invoke("debrief", SCENARIOS / "hengda-auto-parts.yaml",
                                     RESULTS).stdout


def test_every_position_of_the_debrief_has_words():
    from wagebargain.classroom import debrief

    for position in (debrief.INSIDE, debrief.BELOW_UNION, debrief.BEYOND_MANAGEMENT,
                     debrief.OUTSIDE_BOTH, debrief.NO_DEAL):
        assert t(f"position.{position}", "en") == position
        assert re.search(r"[\u4e00-\u9fff]", t(f"position.{position}", "zh"))
