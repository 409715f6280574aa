"""``wagebargain debrief``: a class's settlements scored, bad rows reported by line."""
from __future__ import annotations

import json

import pytest

from classroom_helpers import (DISTINCT, HENGDA, PACKAGE_ISSUES, RESULTS, all_scenarios,
                               invoke, variant)

BAD = """team,raise,rounds
Team A,4.2%,7
,3.5%,9
Team C,lots,6
Team D,2.8%,-1
Team E,none,10

Team F,5,8
Team A,4%,3
Team G,,4
Team H,3.9%,8
"""


def _json(result):
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["command"] == "debrief"
    return document


def test_shipped_example_scores_every_row():
    result = invoke("debrief", HENGDA, RESULTS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = _json(result)
    assert document["teams"] == 6 and document["agreements"] == 5 and not document["problems"]
    by_team = {s["team"]: s for s in document["scores"]}
    b = by_team["Team B"]  # 3.5%: 0.9 points over the union's 2.6%, 1 under management's 4.5%
    assert b["union_surplus_points"] == pytest.approx(0.035 - document["scenario"]["advisor"]
                                                      ["floor"])
    assert b["management_surplus_points"] == pytest.approx(0.045 - 0.035)
    assert by_team["Team C"]["position"] == "over management limit"
    assert by_team["Team E"]["position"] == "no agreement"
    assert by_team["Team E"]["union_surplus"] == 0 == by_team["Team E"]["management_surplus"]
    ranks = [s["union_rank"] for s in document["scores"]]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert by_team["Team C"]["union_rank"] == 1 and by_team["Team D"]["management_rank"] == 1


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_formats(fmt):
    result = invoke("debrief", HENGDA, RESULTS, "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert "Team A" in result.stdout and "Nash" in result.stdout
    if fmt == "html":
        assert "<svg" in result.stdout and "<script" not in result.stdout
    else:
        assert "[---] zone of agreement 2.6% to 4.5%" in result.stdout


def test_bad_rows_are_reported_by_line_and_the_others_scored(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text(BAD, "utf-8")
    result = invoke("debrief", HENGDA, csv, "-f", "json")
    assert result.exit_code == 1
    err = result.stderr
    for line, message in ((3, "team is missing"), (4, "'lots' is not a value for raise"),
                          (5, "rounds must be a whole number of 0 or more"),
                          (8, "5 is not a value for raise; did you mean 5%?"),
                          (9, "team 'Team A' appears twice (first on line 2)"),
                          (10, "raise is missing")):
        assert f"{csv}:{line}: {message}" in err, message
    assert "6 rows of" in err and "Traceback" not in err
    document = _json(result)
    assert sorted(s["team"] for s in document["scores"]) == ["Team A", "Team E", "Team H"]
    assert [p["line"] for p in document["problems"]] == [3, 4, 5, 8, 9, 10]


def test_bad_rows_still_render_the_document(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text(BAD, "utf-8")
    out = tmp_path / "debrief.html"
    result = invoke("debrief", HENGDA, csv, "-f", "html", "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert "could not be scored" in out.read_text("utf-8")


@pytest.mark.parametrize("text, message", [
    ("", "the file is empty"),
    ("name,raise\nA,3%\n", "the header has no team column"),
    ("team,rounds\nA,3\n", "the header has no raise column"),
    ("team,raise,raise,rounds\nA,4%,3%,3\n",
     "the header names a column twice ('raise' is columns 2 and 3)"),
    ("Team,Raise,rounds,ROUNDS\nA,4%,3,2\n", "'rounds' is columns 3 and 4"),
    ("team,raise,rounds\n", "no settlements in"),
    ("team,raise,rounds\n\n,,\n", "no settlements in"),
])
def test_unusable_files_are_exit_1(tmp_path, text, message):
    csv = tmp_path / "results.csv"
    csv.write_text(text, "utf-8")
    result = invoke("debrief", HENGDA, csv)
    assert result.exit_code == 1 and message in result.stderr and result.stdout == ""


def test_missing_results_file(tmp_path):
    result = invoke("debrief", HENGDA, tmp_path / "none.csv")
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_extra_columns_are_ignored_with_a_warning(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text("Team,Raise,Rounds,Notes\nA,4%,3,good\n", "utf-8")
    result = invoke("debrief", HENGDA, csv, "-f", "json")
    assert result.exit_code == 0
    assert "ignoring the column 'notes'" in result.stderr
    assert _json(result)["teams"] == 1


def test_package_columns(tmp_path):
    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    csv = tmp_path / "results.csv"
    csv.write_text("team,raise,lump_sum,supplement,rounds\nA,4%,800,100,5\nB,none,none,none,9\n"
                   "C,5%,,100,3\n", "utf-8")
    result = invoke("debrief", path, csv, "-f", "json")
    assert result.exit_code == 1 and f"{csv}:4: lump_sum is missing" in result.stderr
    document = _json(result)
    a = next(s for s in document["scores"] if s["team"] == "A")
    assert a["settlement"] == {"raise": 0.04, "lump_sum": 800.0, "supplement": 100.0}
    assert a["frontier_gap"] > 0 and a["union_surplus_points"] is None


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_scenario(tmp_path, path):
    result = invoke("debrief", path, RESULTS, "-f", "markdown", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "# Class debrief" in result.stdout


def test_a_row_with_more_cells_than_the_header_is_reported(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text("team,raise,rounds\nA,4%,3,extra\nB,3%,2\nC,3.5%,4,\nD,3%\n", "utf-8")
    result = invoke("debrief", HENGDA, csv, "-f", "json")
    assert result.exit_code == 1
    assert f"{csv}:2: 4 cells, the header has 3" in result.stderr
    # an empty trailing cell shifts nothing, and a short row only lacks its rounds
    assert sorted(s["team"] for s in _json(result)["scores"]) == ["B", "C", "D"]


def test_a_thousands_comma_is_not_misread_as_two_cells(tmp_path):
    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    csv = tmp_path / "results.csv"
    csv.write_text('team,raise,lump_sum,supplement,rounds\nE,4%,800,100,3\n'
                   'F,3%,1,000,100,2\nG,3%,"1,000",100,2\n', "utf-8")
    result = invoke("debrief", path, csv, "-f", "json")
    assert result.exit_code == 1
    assert (f"{csv}:3: 6 cells, the header has 5; write numbers without a thousands comma"
            in result.stderr)
    scores = {s["team"]: s for s in _json(result)["scores"]}
    assert sorted(scores) == ["E", "G"] and scores["G"]["settlement"]["lump_sum"] == 1000


def test_markdown_shows_team_names_as_typed(tmp_path):
    csv = tmp_path / "results.csv"
    csv.write_text("team,raise,rounds\n*Star* <b>x</b>,4%,3\nA_b | c,3%,2\n", "utf-8")
    result = invoke("debrief", HENGDA, csv, "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    assert "| &#42;Star&#42; &#60;b&#62;x&#60;/b&#62; |" in result.stdout
    assert "A&#95;b \\| c" in result.stdout
    table = invoke("debrief", HENGDA, csv)
    assert "*Star* <b>x</b>" in table.stdout  # other formats show the name unchanged
