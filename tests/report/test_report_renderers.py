"""The renderers: one result, four formats; thin scenarios thin the brief, never break it."""
from __future__ import annotations

import io
import json
import re

import pytest
from report_helpers import advice_of, strip_to_minimum, write_variant
from rich.console import Console

from wagebargain.report import html, jsonout, markdown, messages, render, svg, terminal
from wagebargain.report.blocks import Chart, Line
from wagebargain.report.brief import build, guideline_lines

FORMATS = ("table", "markdown", "json", "html")


@pytest.fixture(scope="module")
def reference_advice():
    from wbpaths import REFERENCE

    if not REFERENCE.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return advice_of(REFERENCE)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_format_states_hash_and_version(reference_advice, fmt, lang):
    text = render(reference_advice, fmt, lang)
    assert reference_advice.source_sha256 in text
    assert reference_advice.tool_version in text
    assert "reference.yaml" in text and "/work/" not in text  # the file by name only
    assert not messages.unknown_keys


def test_terminal_on_a_fixed_width_console(reference_advice):
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, force_terminal=False)
    terminal.print_brief(reference_advice, console, "en")
    text = buffer.getvalue()
    assert "\x1b[" not in text
    assert "Open at 10.0%, aim for 8.0%, do not settle below 2.6%." in text
    for heading in ("The evidence", "How the band was built", "Checks", "Cost to the employer",
                    "Sharing the target among grades", "Market position", "Predicted settlement",
                    "Sensitivity", "Offer ladder", "Talking points",
                    "Management will say / you answer"):
        assert heading in text, heading
    assert max(len(line) for line in text.splitlines()) <= 100
    # violations come before risks and notes
    assert text.index("violation") < text.index("risk") < text.index("note")
    plain = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    assert plain == terminal.render(reference_advice, "en", width=100)


def test_terminal_in_chinese(reference_advice):
    text = terminal.render(reference_advice, "zh", width=100)
    assert "开价 10.0%，争取 8.0%，低于 2.6% 不签约。" in text
    assert "合规检查" in text and "企业成本测算" in text


def test_markdown_sections_in_order(reference_advice):
    text = markdown.render(reference_advice, "en")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[0] == "# 2026 wage round: Hengda Auto Parts"
    order = ["The evidence", "How the band was built", "Checks", "Cost to the employer",
             "Sharing the target", "Market position", "Predicted settlement", "Sensitivity",
             "Offer ladder", "Talking points", "Management will say"]
    positions = [next(i for i, h in enumerate(headings) if name in h) for name in order]
    assert positions == sorted(positions)
    assert "> **Open at 10.0%, aim for 8.0%, do not settle below 2.6%.**" in text
    assert "| Total cost | 1,592,807 | 4,937,703 | 6,172,129 |" in text


def test_json_document_shares_the_result(reference_advice):
    doc = json.loads(jsonout.render(reference_advice, "zh"))
    assert doc["schema_version"] == 1 and doc["brief_language"] == "zh"
    assert doc["source_file"] == "reference.yaml"
    firm = doc["firms"][0]
    band = firm["band"]
    assert band["floor"] <= band["target"] <= band["opening"]
    assert band["headline"]["text"] == "开价 10.0%，争取 8.0%，低于 2.6% 不签约。"
    assert all("text" in c["message"] for c in firm["checks"])
    assert firm["costs"][1]["total"] == pytest.approx(reference_advice.firms[0].costs[1].total)
    assert list(doc)[:3] == ["schema_version", "title", "year"]


def test_html_is_self_contained(reference_advice):
    page = html.render(reference_advice, "en", {"lower": 0.02, "baseline": 0.05, "upper": 0.08})
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<svg" in page and "<style>" in page
    assert not re.search(r"https?://", page)
    assert "<script" not in page and "<link" not in page and " src=" not in page
    for label in ("guideline lower line 2.0%", "baseline 5.0%", "upper line 8.0%",
                  "inflation 1.0%", "inflation + productivity 5.2%",
                  "management&#x27;s limit 7.3%", "management&#x27;s offer 1.5%"):
        assert label in page, label


def test_html_escapes_text(reference_advice, tmp_path):
    from dataclasses import replace

    hostile = replace(reference_advice, title="<b>&</b>")
    page = html.render(hostile, "en")
    assert "<b>&</b>" not in page and "&lt;b&gt;&amp;&lt;/b&gt;" in page


def test_guideline_lines_inferred_without_the_scenario(reference_advice):
    lines = guideline_lines(reference_advice, reference_advice.firms[0])
    assert lines["baseline"] == pytest.approx(0.05) and lines["upper"] == pytest.approx(0.08)


def test_svg_labels_do_not_overlap():
    lines = tuple(Line(v, f"line {k}", "guideline") for k, v in enumerate(
        (0.02, 0.021, 0.022, 0.05, 0.08, -0.01)))
    chart = Chart(0.0, 0.03, 0.05, ("floor", "target", "opening"), lines, "caption")
    out = svg.render(chart)
    assert out.startswith("<svg") and out.endswith("</svg>")
    labels = re.findall(r'<text x="([-\d.]+)" y="(\d+)" fill', out)
    rows: dict[str, list[float]] = {}
    for x, y in labels:
        rows.setdefault(y, []).append(float(x))
    assert len(rows) >= 3  # the three close lines need three rows
    assert svg.render(chart) == out  # deterministic


def test_a_stripped_scenario_gives_a_thinner_brief(tmp_path):
    path = write_variant(tmp_path, "thin.yaml", strip_to_minimum)
    advice = advice_of(path)
    firm = advice.firms[0]
    assert not firm.market and firm.data_requests
    for fmt in FORMATS:
        for lang in ("en", "zh"):
            text = render(advice, fmt, lang)
            assert advice.source_sha256 in text
    text = markdown.render(advice, "en")
    assert "Market position" not in text
    assert "Data to request" in text
    assert "Last year's accounts" in text
    assert not messages.unknown_keys


def test_no_zone_is_a_clear_warning(tmp_path):
    def tiny_profit(data):  # inflation above what a small profit can pay
        data["enterprise"]["accounts"]["current"]["profit"] = 100_000
        data["economy"]["cpi"]["forecast"] = "6%"

    advice = advice_of(write_variant(tmp_path, "nozone.yaml", tiny_profit))
    assert not advice.firms[0].settlement.zone
    assert "Warning: no zone of agreement." in markdown.render(advice, "en")
    assert "警告：不存在协议区间。" in terminal.render(advice, "zh")
    assert 'class="warning"' in html.render(advice, "en")


def test_sector_scenario_has_a_sector_section(tmp_path):
    from wbpaths import REFERENCE
    import yaml

    data = yaml.safe_load(REFERENCE.read_text("utf-8"))
    first = data.pop("enterprise")
    second = json.loads(json.dumps(first))
    second["name"] = "Second Works"
    second["accounts"]["current"]["profit"] = 9_000_000
    data["enterprises"] = [first, second]
    path = tmp_path / "sector.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    advice = advice_of(path)
    assert advice.sector is not None
    blocks = build(advice, "en")
    headings = [b.text for b in blocks if getattr(b, "level", 0) == 2]
    assert headings[0] == "Sector bargain" and "Second Works" in headings
    assert "Who can afford each raise" in markdown.render(advice, "en")
