"""``wagebargain roles``: six files, each side's sheet holding only its own numbers."""
from __future__ import annotations

import re

import pytest

from classroom_helpers import DISTINCT, HENGDA, all_scenarios, invoke, variant
from wbpaths import SCENARIOS
from wagebargain.classroom.roles import file_names

FILES = sorted(file_names())


def _rates(text: str) -> set[str]:
    """Every percentage written in a text, normalised (``4.50%`` and ``4.5%`` alike)."""
    return {f"{float(m):g}" for m in re.findall(r"(-?\d+(?:\.\d+)?)\s*%", text)}


def _shown(x: float) -> str:
    return f"{round(x * 100, 1):g}"


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_scenario_writes_six_files(tmp_path, path):
    out = tmp_path / "handouts"
    result = invoke("roles", path, "--out", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == FILES  # no temporary files left
    for name in FILES:
        text = (out / name).read_text("utf-8")
        if name.endswith(".html"):
            assert text.startswith("<!DOCTYPE html>") and "<script" not in text
            assert "http://" not in text and "https://" not in text
        else:
            assert text.startswith("# ")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_sheet_holds_only_its_own_numbers(tmp_path, lang):
    path = variant(tmp_path, "distinct.yaml", DISTINCT)
    out = tmp_path / "out"
    assert invoke("roles", path, "--out", out, "--lang", lang).exit_code == 0
    union_numbers = {_shown(0.0337), _shown(0.0683)}  # reservation 3.4%, target 6.8%
    management_numbers = {_shown(0.0571), _shown(0.0129)}  # reservation 5.7%, target 1.3%
    for ext in (".md", ".html"):
        union = _rates((out / f"union-brief{ext}").read_text("utf-8"))
        management = _rates((out / f"management-brief{ext}").read_text("utf-8"))
        notes = _rates((out / f"instructor-notes{ext}").read_text("utf-8"))
        assert union_numbers <= union and not management_numbers & union
        assert management_numbers <= management and not union_numbers & management
        assert union_numbers | management_numbers <= notes


def test_reference_sheets_keep_the_reservation_points_apart(tmp_path):
    out = tmp_path / "out"
    assert invoke("roles", HENGDA, "--out", out).exit_code == 0
    union = (out / "union-brief.md").read_text("utf-8")
    management = (out / "management-brief.md").read_text("utf-8")
    # the union's floor 2.6% (from the advisor) and opening 10%; management's limit 4.5%
    assert "2.6%" in union and "10.0%" in union and "4.5%" not in union
    assert "4.5%" in management and "2.6%" not in management and "10.0%" not in management
    # the advisor's estimate of management's resistance point is for the instructor only
    assert "7.1%" not in union and "7.1%" not in management
    assert "7.1%" in (out / "instructor-notes.md").read_text("utf-8")
    notes = (out / "instructor-notes.md").read_text("utf-8")
    for part in ("Zone", "zone: union's end", "Nash", "Kalai-Smorodinsky", "Rubinstein",
                 "final-offer arbitration", "Pareto frontier", "Debrief questions"):
        assert part in notes or part.lower() in notes.lower(), part


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "out"
    assert invoke("roles", HENGDA, "--out", out).exit_code == 0
    (out / "union-brief.md").write_text("mine", "utf-8")
    again = invoke("roles", HENGDA, "--out", out)
    assert again.exit_code == 1 and "--force" in again.stderr
    assert (out / "union-brief.md").read_text("utf-8") == "mine"
    forced = invoke("roles", HENGDA, "--out", out, "--force")
    assert forced.exit_code == 0
    assert (out / "union-brief.md").read_text("utf-8").startswith("# Union")


def test_out_must_be_a_folder(tmp_path):
    file = tmp_path / "file"
    file.write_text("x")
    result = invoke("roles", HENGDA, "--out", file)
    assert result.exit_code == 1 and "is a file" in result.stderr


def test_package_notes_list_the_frontier(tmp_path):
    from classroom_helpers import PACKAGE_ISSUES

    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    out = tmp_path / "out"
    assert invoke("roles", path, "--out", out).exit_code == 0
    notes = (out / "instructor-notes.md").read_text("utf-8")
    assert "package on the frontier" in notes and "lump_sum" in notes
    # what debrief will need from the trainer: the package's own columns
    assert "with the columns team, raise, lump_sum, supplement, rounds" in notes


def test_notes_name_the_results_columns_and_an_empty_out_is_refused(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert invoke("roles", HENGDA, "--out", out).exit_code == 0
    assert "with the columns team, raise, rounds" in (out / "instructor-notes.md").read_text(
        "utf-8")
    monkeypatch.chdir(tmp_path)
    empty = invoke("roles", HENGDA, "--out", "")
    assert empty.exit_code == 2 and "give a name, not an empty string" in empty.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_chinese_scenario_gets_chinese_sheets_by_default(tmp_path):
    out = tmp_path / "zh"
    result = invoke("roles", SCENARIOS / "zh-jinling-food.yaml", "--out", out)
    assert result.exit_code == 0, result.stderr
    union = (out / "union-brief.md").read_text("utf-8")
    assert union.startswith("# 工会谈判代表简报：")
    for term in ("你方底线（保留点）", "你方目标", "耐心（贴现因子）", "5,826元", "规则"):
        assert term in union, term
    notes = (out / "instructor-notes.md").read_text("utf-8")
    for term in ("培训师手册", "纳什解", "帕累托前沿", "最终报价仲裁", "协议区间", "复盘讨论题",
                 "轮次"):
        assert term in notes, term
    for english in ("The rules", "Confidential", "Nash (union power", "zone of agreement",
                    "round  "):
        assert english not in union + notes, english
    assert '<html lang="zh-CN">' in (out / "union-brief.html").read_text("utf-8")
    management = (out / "management-brief.md").read_text("utf-8")
    assert management.startswith("# 企业方谈判代表简报：")
    assert "| 你方底线（保留点）：高于此数不给 | 6.0% |" in management


def test_lang_overrides_the_scenarios_language(tmp_path):
    english = invoke("roles", SCENARIOS / "zh-jinling-food.yaml", "--out", tmp_path / "en",
                     "--lang", "en")
    assert english.exit_code == 0
    assert (tmp_path / "en" / "union-brief.md").read_text("utf-8").startswith("# Union")
    chinese = invoke("roles", HENGDA, "--out", tmp_path / "zh", "-l", "zh")
    assert chinese.exit_code == 0
    assert (tmp_path / "zh" / "instructor-notes.md").read_text("utf-8").startswith("# 培训师手册")
    assert "提示：以下数值取自谈判建议" in chinese.stderr  # the notes speak the sheets' language
