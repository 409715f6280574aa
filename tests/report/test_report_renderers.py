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
    # Contributions (0.327) on each raise's exact share inside the base [7460, 37302]:
    # floor 2.58%: managers only, 0.168394 -> 1,509,677 x 1.055065 = 1,592,807;
    # target 8%: technicians cross the floor, 99,840 / 370,560 = 0.269430 -> 4,680,000 x
    # 1.088104 = 5,092,325; opening 10%: 141,000 / 463,200 = 0.304404 -> 5,850,000 x
    # 1.099540 = 6,432,310.
    assert "| Total cost | 1,592,807 | 5,092,325 | 6,432,310 |" in text


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
                  # 10% x 45e6 / (58.5e6 x (1 + 0.327 x 0.269430)) = 7.07%
                  "management&#x27;s limit 7.1%", "management&#x27;s offer 1.5%"):
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
    import yaml
    from wbpaths import HENGDA

    data = yaml.safe_load(HENGDA.read_text("utf-8"))
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


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_terminal_tables_fit_without_breaking_words(reference_advice, width, lang):
    """No line wider than the terminal, and no word or number of a table cell broken
    ("Percenta/ge", "2,912,00/0"): every one appears whole in the output."""
    from rich.cells import cell_len

    from wagebargain.report.blocks import Table

    text = terminal.render(reference_advice, lang, width=width)
    assert max(cell_len(line) for line in text.splitlines()) <= width
    for block in build(reference_advice, lang):
        if isinstance(block, Table):
            for row in (block.columns, *block.rows):
                for cell in row:
                    for word in re.findall(r"[A-Za-z0-9%,.\-–'()/]{2,}", cell):
                        assert word in text, (width, lang, word)


def test_terminal_splits_a_table_too_wide_and_repeats_its_first_column():
    from wagebargain.report.blocks import Table

    block = Table(("Grade", *(f"Column number {k}" for k in range(8))),
                  (("Assembly operator", *("1,234,567" for _ in range(8))),),
                  (False,) + (True,) * 8)
    buffer = io.StringIO()
    Console(file=buffer, width=60, color_system=None).print(*terminal.block_renderables(block))
    text = buffer.getvalue()
    assert text.count("Assembly") >= 2 and text.count("Grade") >= 2
    assert text.count("1,234,567") == 8
    assert max(len(line) for line in text.splitlines()) <= 60


def test_wrap_cjk_keeps_numbers_whole_and_punctuation_attached():
    wrapped = terminal.wrap_cjk("国务院《关于深化收入分配制度改革的若干意见》（2013）：“两个同步”", 12)
    lines = wrapped.splitlines()
    assert all(len(line) * 2 <= 14 for line in lines)
    assert "2013" in wrapped
    assert not any(line[0] in "，。：；）》”" for line in lines)


def test_svg_labels_hang_on_leaders_that_cross_no_label():
    lines = tuple(Line(v, f"line {k} label", "guideline") for k, v in enumerate(
        (0.01, 0.015, 0.02, 0.049, 0.05, 0.052, 0.073, 0.08, 0.114)))
    chart = Chart(0.026, 0.08, 0.10, ("floor", "target", "opening"), lines, "caption")
    out = svg.render(chart)
    start, end, _ = svg._domain(chart)
    xs = [(svg.LEFT + (line.value - start) / (end - start) * (svg.WIDTH - svg.LEFT - svg.RIGHT),
           f"{line.label} {svg.fmt.pct(line.value)}") for line in lines]
    placed = svg._flags(xs)
    boxes = [(left, left + svg._text_width(text), row, x)
             for (x, text), (left, row, _) in zip(xs, placed)]
    for a, b, row, x in boxes:
        assert 0 <= a and b <= svg.WIDTH
        for a2, b2, row2, x2 in boxes:
            if (a, b, row) == (a2, b2, row2):
                continue
            if row2 == row:
                assert b < a2 or b2 < a  # no overlap in a row
            if row2 < row:
                assert not a2 - 2 <= x <= b2 + 2  # a leader crosses no label above it
    assert out.count("<text") >= len(lines)
