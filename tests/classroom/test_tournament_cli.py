"""``wagebargain tournament``: every pair of strategies, CSV and Parquet export, JSON."""
from __future__ import annotations

import csv
import json

import pytest

from classroom_helpers import HENGDA, all_scenarios, invoke
from wagebargain.classroom.tournament import default_strategies, vary_ranges

FEW = "boulware,conceder,zeuthen"


def _json(result):
    document = json.loads(result.stdout)
    assert document["version"] == 1 and document["command"] == "tournament"
    return document


def test_csv_export_reads_back_with_one_row_per_pair(tmp_path):
    out = tmp_path / "pairs.csv"
    result = invoke("tournament", HENGDA, "--strategies", FEW, "--runs", "20", "--seed", "1",
                    "--workers", "1", "--output", out)
    assert result.exit_code == 0, result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 9
    assert {r["union_strategy"] for r in rows} == {"boulware", "conceder", "zeuthen"}
    assert all(0 <= float(r["agreement_rate"]) <= 1 for r in rows)
    assert {"mean_rounds", "mean_advantage", "mean_raise"} <= set(rows[0])
    assert f"wrote {out}: 9 rows" in result.stderr
    assert "boulware" in result.stdout and "advantage" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pairs.csv"]


def test_parquet_export_reads_back(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pairs.parquet"
    result = invoke("tournament", HENGDA, "--strategies", FEW, "--runs", "10", "--seed", "1",
                    "--workers", "1", "-o", out)
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == 9
    assert table.column("runs").to_pylist() == [10] * 9


def test_parquet_without_pyarrow_says_how_to_install_it(tmp_path, monkeypatch):
    import wagebargain.batch.formats as formats

    monkeypatch.setattr(formats, "pyarrow_or_none", lambda: None)
    result = invoke("tournament", HENGDA, "--strategies", FEW, "--runs", "5",
                    "-o", tmp_path / "pairs.parquet")
    assert result.exit_code == 1
    assert "wagebargain[parquet]" in result.stderr and result.stdout == ""
    assert not list(tmp_path.iterdir())


def test_other_extensions_are_refused_before_the_run(tmp_path):
    result = invoke("tournament", HENGDA, "--runs", "5", "-o", tmp_path / "pairs.xlsx")
    assert result.exit_code == 1 and "cannot tell the format" in result.stderr
    assert "--format" not in result.stderr  # --format is the table's: table or json


def test_json_is_deterministic_for_a_seed():
    args = ("tournament", HENGDA, "--strategies", FEW, "--runs", "15", "--seed", "4",
            "--workers", "1", "-f", "json")
    first, second = invoke(*args), invoke(*args)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    document = _json(first)
    assert len(document["tournament"]["pairs"]) == 9
    assert document["tournament"]["runs"] == 15 and document["tournament"]["seed"] == 4


def test_without_a_seed_one_is_drawn_shown_and_replays_the_table():
    args = ("tournament", HENGDA, "--strategies", FEW, "--runs", "6", "--workers", "1")
    first = invoke(*args, "-f", "json")
    assert first.exit_code == 0, first.stderr
    seed = _json(first)["tournament"]["seed"]
    assert isinstance(seed, int) and 0 <= seed
    replay = invoke(*args, "-f", "json", "--seed", str(seed))
    assert _json(replay)["tournament"]["pairs"] == _json(first)["tournament"]["pairs"]
    table = invoke(*args, "--seed", str(seed))
    assert f"seed {seed} (--seed {seed} replays this table)" in table.stdout
    assert "seed None" not in invoke(*args).stdout


def test_one_run_per_pair_is_singular():
    result = invoke("tournament", HENGDA, "--strategies", "linear", "--runs", "1", "--seed", "1")
    assert result.exit_code == 0, result.stderr
    assert "1 run per pair," in result.stdout


def test_vary_reservations_draws_around_the_defaults():
    result = invoke("tournament", HENGDA, "--strategies", "linear,conceder", "--runs", "50",
                    "--seed", "1", "--vary-reservations", "--workers", "1", "-f", "json")
    assert result.exit_code == 0, result.stderr
    ranges = _json(result)["tournament"]["reservation_ranges"]
    assert ranges["management"] == [[pytest.approx(0.03)], [pytest.approx(0.06)]]
    low, high = ranges["union"]
    assert low[0] == pytest.approx(0.0108, abs=1e-3) and high[0] == pytest.approx(0.0408,
                                                                                    abs=1e-3)


def test_vary_ranges_stay_inside_the_issue_range():
    from wagebargain.classroom.setup import classroom_setup
    from wagebargain.scenario.loader import load

    setup = classroom_setup(load(HENGDA)).setup
    ranges = vary_ranges(setup, share=1.0)
    assert ranges["union"][0] == (0.0,) and ranges["management"][1] == (0.15,)


def test_default_strategies_and_several_workers():
    assert "human" not in default_strategies() and "zeuthen" in default_strategies()
    result = invoke("tournament", HENGDA, "--strategies", "zeuthen,random", "--runs", "4",
                    "--seed", "2", "--workers", "2", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert {p["engine"] for p in _json(result)["tournament"]["pairs"]} == {"loop"}


def test_unknown_strategy_is_exit_2():
    result = invoke("tournament", HENGDA, "--strategies", "boulware,nope")
    assert result.exit_code == 2 and "unknown strategy 'nope'" in result.stderr
    assert result.stdout == ""
    twice = invoke("tournament", HENGDA, "--strategies", "boulware,boulware")
    assert twice.exit_code == 2


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_scenario(path):
    result = invoke("tournament", path, "--strategies", "boulware,hardliner", "--runs", "5",
                    "--seed", "1", "--workers", "1", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "Strategy tournament" in result.stdout


def test_the_progress_bar_hears_every_negotiation(monkeypatch):
    import contextlib

    import wagebargain.cli.common as common

    seen = []

    @contextlib.contextmanager
    def recording_bar(console, label, unit="rows"):
        seen.append(label)
        yield seen.append

    monkeypatch.setattr(common, "progress_bar", recording_bar)
    result = invoke("tournament", HENGDA, "--strategies", FEW, "--runs", "30", "--seed", "1",
                    "--workers", "1")
    assert result.exit_code == 0, result.stderr
    label, *updates = seen
    assert label == "9 pairs x 30 runs"
    assert updates[0].done == 0 and updates[-1].done == updates[-1].total == 270
    assert updates[-1].rows == 9  # a pair's worth of runs is one row of the table
    assert [u.done for u in updates] == sorted(u.done for u in updates)


def test_no_progress_bar_when_stderr_is_not_a_terminal():
    result = invoke("tournament", HENGDA, "--strategies", FEW, "--runs", "5", "--workers", "1")
    assert result.exit_code == 0 and "pairs x" not in result.stderr


def test_shown_percentages_never_add_up_to_more_than_100():
    # zeuthen against random: 98.5% agreed and 1.5% arbitrated, once shown as 99% + 2%
    result = invoke("tournament", HENGDA, "--strategies", "zeuthen,random", "--runs", "200",
                    "--seed", "1", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    rows = [line.split() for line in result.stdout.splitlines()
            if line.split()[:1] in (["zeuthen"], ["random"]) and "%" in line]
    assert len(rows) == 4
    for row in rows:
        agreed, arbitrated = (int(cell.rstrip("%")) for cell in row[2:4])
        assert agreed + arbitrated <= 100, row


@pytest.mark.parametrize("shares, shown", [((0.985, 0.015, 0.0), [99, 1, 0]),
                                           ((0.745, 0.255, 0.0), [75, 25, 0]),
                                           ((1 / 3, 1 / 3, 1 / 3), [34, 33, 33]),
                                           ((0.0, 0.0, 1.0), [0, 0, 100])])
def test_whole_percentages_add_up_to_100(shares, shown):
    from wagebargain.classroom.tournament import whole_percentages

    assert whole_percentages(shares) == shown
