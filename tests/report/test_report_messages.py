"""The message catalogue: complete in both languages, matching placeholders, and covering
every key the advisor can emit (domain.md; style.md "messages in en and zh")."""
from __future__ import annotations

import math
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_helpers import advice_of, all_scenarios, messages_in

import wagebargain.advice as advice_package
from wagebargain.core import checks as core_checks
from wagebargain.core.kernel import CHECKS, GUIDELINE_CLASSES
from wagebargain.core.policy import INFLATION_MEASURES, PRODUCTIVITY_MEASURES
from wagebargain.report import fmt, messages
from wagebargain.report.catalogue import CATALOGUE, LANGUAGES
from wagebargain.report.messages import placeholders, t, template

ADVICE_DIR = Path(advice_package.__file__).parent
REPORT_DIR = Path(messages.__file__).parent


#: Format specs only one language needs: the English plural ending ``{years:s}``.
ONE_LANGUAGE_SPECS = {"s"}


def _fields(text: str) -> set[tuple[str, str]]:
    """(name, spec) of every placeholder (but a one-language spec such as the plural)."""
    from string import Formatter

    return {(f, spec or "") for _, f, spec, _ in Formatter().parse(text)
            if f and spec not in ONE_LANGUAGE_SPECS}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_with_the_same_placeholders(key):
    en, zh = CATALOGUE[key]
    assert en.strip() and zh.strip(), f"{key}: empty template"
    assert _fields(en) == _fields(zh), f"{key}: placeholders differ between en and zh"
    for name, spec in _fields(en):
        assert not spec or spec in fmt.SPECS, f"{key}: unknown format spec {spec!r} for {name}"


def test_chinese_templates_are_chinese():
    untranslated = [k for k, (en, zh) in CATALOGUE.items()
                    if en == zh and re.search(r"[A-Za-z]{4,}", en)]
    assert not untranslated


def _core_check_records() -> list[core_checks.Check]:
    """Every grade-level check, passing and failing, from the core check functions."""
    out = []
    for pay, quota_pay in ((1000.0, 1.0), (5000.0, 100.0)):
        out += core_checks.minimum_wage_checks(["g"], [pay], 2000.0, raise_money=0.0,
                                               minimum_next=2100.0)
        out += core_checks.part_time_checks(["r"], [pay / 200], 20.0, [10.0 if pay > 2000 else 30.0])
        out += core_checks.part_time_checks(["r"], [pay / 200], None, monthly_minimum=2000.0)
        out += core_checks.piece_rate_checks(["p"], [quota_pay], [30.0], 2000.0,
                                             employee_contributions=100.0,
                                             excludes_employee_contributions=True,
                                             minimum_next=2100.0, raise_rate=0.05)
    for days in (30, 45):
        out.append(core_checks.pay_cycle_check(days))
        out.append(core_checks.pay_cycle_check(days / 2, part_time=True))
        out.append(core_checks.part_time_hours_check(days, "r"))
    out += [core_checks.arrears_check(0.0), core_checks.arrears_check(1000.0)]
    for minimum in (1000.0, 9000.0):
        out += core_checks.minimum_adequacy_checks(minimum, 10000.0, median_wage=9000.0)
        out.append(core_checks.subsistence_ratio_check(800.0, minimum))
        out.append(core_checks.pay_ratio_check(minimum * 5, 1000.0))
    out += core_checks.front_line_raise_checks(0.0, 0.03, manager_raise=0.05)
    out += core_checks.front_line_raise_checks(0.05, 0.03, manager_raise=0.05)
    return out


def test_every_core_check_finding_has_a_message_with_its_numbers():
    records = _core_check_records()
    assert {r.code for r in records} == set(core_checks.SOURCES), \
        "a check code is not exercised here: extend _core_check_records"
    for record in records:
        key = f"check.{record.message_key}"
        assert key in CATALOGUE, f"missing message {key}"
        for lang in LANGUAGES:
            assert placeholders(template(key, lang)) <= set(record.numbers), \
                f"{key} ({lang}) uses a number the check does not give"
    for code in core_checks.SOURCES:
        assert f"check.{code}.ok" in CATALOGUE
        assert any(k.startswith(f"check.{code}.") and not k.endswith(".ok") for k in CATALOGUE)


def test_every_kernel_check_code_has_a_message():
    from wagebargain.advice.checks import _KERNEL_PARAMS

    for code in CHECKS:
        key = f"kcheck.{code}"
        assert key in CATALOGUE, f"missing message {key}"
        for lang in LANGUAGES:
            assert placeholders(template(key, lang)) <= set(_KERNEL_PARAMS.get(code, ())), key


#: f-string message keys of the advisor -> the values their placeholder can take.
def _expansions() -> dict[str, tuple[str, ...]]:
    from wagebargain.core import allocation

    reasons = tuple(v for k, v in vars(allocation).items() if k.startswith("REASON_"))
    checks = tuple(r.message_key for r in _core_check_records())
    classes = tuple(GUIDELINE_CLASSES.values())
    return {
        "rule.inflation.": INFLATION_MEASURES, "rule.productivity.": PRODUCTIVITY_MEASURES,
        "rule.guideline.": classes, "point.guideline.": classes, "answer.guideline.": classes,
        "allocation.": reasons, "check.": checks, "kcheck.": tuple(CHECKS),
    }


_KEY = re.compile(r'(f?)"((?:rule|point|say|answer|request|settlement|allocation|sector|check|'
                  r'kcheck)\.[A-Za-z_{}.]+|headline(?:\.[a-z_]+)?)"')


def test_every_key_in_the_advisor_source_is_in_the_catalogue():
    expansions = _expansions()
    seen = 0
    for path in sorted(ADVICE_DIR.glob("*.py")):
        for is_f, key in _KEY.findall(path.read_text("utf-8")):
            seen += 1
            if is_f and "{" in key:
                prefix = key[:key.index("{")]
                assert prefix in expansions, f"{path.name}: new f-string key {key}: extend the test"
                missing = [prefix + v for v in expansions[prefix] if prefix + v not in CATALOGUE]
            else:
                missing = [] if key in CATALOGUE else [key]
            assert not missing, f"{path.name}: {missing}"
    assert seen > 30


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_message_of_every_shipped_scenario_renders(path):
    doc = advice_of(path).to_dict()
    found = list(messages_in(doc))
    assert found
    for message in found:
        key, params = message["key"], message["params"]
        assert key in CATALOGUE, f"{path.name}: missing message {key}"
        for lang in LANGUAGES:
            assert placeholders(template(key, lang)) <= set(params), \
                f"{path.name}: {key} ({lang}) needs a parameter the advisor does not give"
            assert "{" not in t(key, lang, params)


def test_renderer_labels_are_in_the_catalogue():
    pattern = re.compile(r'''(?:w\.t|t)\(\s*f?["']([a-z_]+\.[a-z0-9_.+-]*)''')
    keys = set()
    for path in REPORT_DIR.glob("*.py"):
        keys |= set(pattern.findall(path.read_text("utf-8")))
    assert keys
    for key in keys:
        if key.endswith("."):
            assert any(k.startswith(key) for k in CATALOGUE), key
        else:
            assert key in CATALOGUE, key


def test_t_formats_parameters_by_name():
    assert t("rule.margin", "en", {"value_rate": 0.052}) == "Room to concede above the target: 5.2%."
    text = t("point.profit_up", "en", {"growth_rate": 0.184, "profit_money": 45_000_000}, "CNY")
    assert text == "Profit rose 18.4% to CNY 45,000,000."
    zh = t("point.profit_up", "zh", {"growth_rate": 0.184, "profit_money": 45_000_000}, "CNY")
    assert "18.4%" in zh and "45,000,000元" in zh
    ratio = t("check.pay_ratio.too_high", "en",
              {"ratio": 6.19, "limit": 5, "manager_pay": 26000, "front_line_pay": 4200})
    assert "6.2×" in ratio and "5.0×" in ratio and "CNY 26,000" in ratio
    adequacy = t("check.minimum_vs_average.below_target", "en",
                 {"minimum": 2740, "wage": 12434, "ratio": 0.2204, "reference": 0.4})
    assert "22.0%" in adequacy and "40.0%" in adequacy and "CNY 12,434" in adequacy
    share = t("point.labour_share_falling", "en", {"share_rate": 0.427, "change_rate": -0.0089})
    assert "fell 0.9 pp to 42.7%" in share


def test_t_never_crashes():
    messages.unknown_keys.discard("no.such.key")
    assert t("no.such.key", "zh", {"x": 1}) == "no.such.key"
    assert "no.such.key" in messages.unknown_keys
    messages.unknown_keys.discard("no.such.key")
    assert t("headline", "fr", {}) == template("headline", "en")  # English, placeholders kept
    assert "{floor_rate}" in t("headline", "en", {"opening_rate": 0.1, "target_rate": 0.08})
    assert "—" in t("headline", "en", {"opening_rate": math.nan, "target_rate": None,
                                        "floor_rate": 0.0})


@pytest.mark.parametrize("value, text", [
    (0.052, "5.2%"), (-0.0001, "0.0%"), (0.0, "0.0%"), (None, "—"), (math.nan, "—"),
    (-0.236, "-23.6%"),
])
def test_pct(value, text):
    assert fmt.pct(value) == text


@pytest.mark.parametrize("value, en, zh", [
    (4937703.1, "CNY 4,937,703", "4,937,703元"), (2816.5, "CNY 2,817", "2,817元"),
    (24.5, "CNY 24.50", "24.50元"), (24.0, "CNY 24", "24元"), (-3.6e6, "-CNY 3,600,000", "-3,600,000元"),
    (None, "—", "—"),
])
def test_money(value, en, zh):
    assert fmt.money(value, "CNY", "en") == en
    assert fmt.money(value, "CNY", "zh") == zh


def test_parameter_kinds():
    assert fmt.kind("floor_rate") == "floor" and fmt.kind("legal_rate") == "floor"
    assert fmt.kind("target_rate") == "rate" and fmt.kind("margin") == "rate"
    assert fmt.kind("ratio") == "rate" and fmt.kind("reference") == "rate"
    assert fmt.kind("cost_money") == "money" and fmt.kind("shortfall") == "money"
    assert fmt.kind("hourly_pay") == "money" and fmt.kind("countable") == "money"
    assert fmt.kind("labour_share_change_rate") == "points"
    assert fmt.kind("years") == "plain" and fmt.number(2026) == "2,026" and fmt.number(0.5) == "0.5"
    assert fmt.param("grade", "Assembly operator") == "Assembly operator"


def test_every_source_has_a_chinese_rendering(reference_path):
    from wagebargain.report.catalogue.sources import ZH

    components = {c.name for c in advice_of(reference_path).firms[0].band.components}
    wanted = ({f"component.{name}" for name in components}
              | {f"check.{code}" for code in core_checks.SOURCES}
              | {f"kcheck.{code}" for code in CHECKS})
    assert not wanted - set(ZH), sorted(wanted - set(ZH))
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in ZH.values())


def test_compared_numbers_never_read_equal():
    text = t("kcheck.NO_ZONE", "en", {"resistance_rate": 0.0096, "floor_rate": 0.0100})
    assert "0.96%" in text and "1.00%" in text
    text = t("kcheck.NO_ZONE", "en", {"resistance_rate": 0.02, "floor_rate": 0.035})
    assert "2.0%" in text and "3.5%" in text


def test_plural_and_loss_specs():
    assert "1 year." in t("point.no_raise", "en", {"years": 1})
    assert "6 years." in t("point.no_raise", "en", {"years": 6})
    assert "6 年" in t("point.no_raise", "zh", {"years": 6})
    loss = t("kcheck.LOSS_MAKING", "en", {"profit_money": -3.6e6, "lower_rate": 0.015})
    assert "loss of CNY 3,600,000" in loss and "-CNY" not in loss


def test_amount_columns_share_their_decimals():
    assert fmt.amounts([50, 54.9, 186.27]) == ["50", "55", "186"]
    assert fmt.amounts([57.61, 56.8, 93.14]) == ["57.61", "56.80", "93.14"]
    assert fmt.amounts([None, 24]) == ["—", "24"]
    assert fmt.signed_pct(0.117) == "+11.7%" and fmt.signed_pct(-0.236) == "-23.6%"
    assert fmt.multiple(6.19, "zh") == "6.2倍" and fmt.currency_name("CNY", "zh") == "元"


def test_sources_are_citations_without_project_references():
    from wagebargain.report.catalogue.sources import EN, ZH, clean

    assert clean("IG Metall; Bundesbank 2014 (domain.md §2)") == "IG Metall; Bundesbank 2014"
    assert clean("Art. 10: near the minimum (policy: min_wage_gap_warning)") == \
        "Art. 10: near the minimum"
    for text in (*EN.values(), *ZH.values()):
        assert "domain.md" not in text and "policy:" not in text


@pytest.mark.parametrize("value", [1e28, -1e300, 1.7976931348623157e308, -5e-324, 9.999999999e27])
def test_huge_and_tiny_money_never_crash_the_formatter(value):
    # Decimal's default 28 digits used to raise InvalidOperation for 1e28 and -1e300.
    shown = fmt.money(value, "CNY", "en")
    digits = shown.replace("CNY", "").replace(",", "").replace("-", "").strip()
    assert digits.isdigit()
    if abs(value) >= 1:
        # every digit of the whole part, as the shortest repr gives it (1e28 -> 1 and 28 zeros)
        assert len(digits) == Decimal(repr(abs(value))).adjusted() + 1
    assert fmt.money(1e28) == "CNY 10" + ",000" * 9
    assert fmt.pct(1e307).endswith("%")  # x 100 would overflow the float


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_every_formatter_handles_any_finite_float(value):
    for shown in (fmt.money(value), fmt.money(value, "CNY", "zh"), fmt.amount(value),
                  fmt.pct(value), fmt.points(value), fmt.signed_pct(value), fmt.number(value),
                  fmt.multiple(value), *fmt.amounts([value, 1.0])):
        assert shown and "nan" not in shown.lower() and "inf" not in shown.lower()


def test_piece_rate_is_money_although_it_ends_in_rate():
    assert fmt.kind("piece_rate") == "money" and fmt.kind("raise_rate") == "rate"
    assert fmt.param("piece_rate", 2.5) == "CNY 2.50"
