"""``wagebargain simulate`` through CliRunner: stdout and stderr apart, exact exit codes."""
from __future__ import annotations

import json

import pytest

from classroom_helpers import DISTINCT, HENGDA, PACKAGE_ISSUES, all_scenarios, invoke, variant
from wagebargain.sim import STRATEGIES
from wbpaths import SCENARIOS


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_every_scenario_simulates(path):
    result = invoke("simulate", path, "--seed", "1", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for part in ("Transcript", "Outcome:", "Theory", "Offer paths", "U union offer"):
        assert part in out
    assert "\x1b[" not in out
    assert "Traceback" not in result.stderr
    for line in result.stderr.splitlines():
        assert line.startswith("note:")


@pytest.mark.parametrize("path", all_scenarios(), ids=lambda p: p.name)
def test_same_seed_gives_byte_identical_json(path):
    first = invoke("simulate", path, "--seed", "42", "--format", "json")
    second = invoke("simulate", path, "--seed", "42", "--format", "json")
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    document = json.loads(first.stdout)
    assert document["version"] == 1 and document["command"] == "simulate"
    assert document["simulation"]["seed"] == 42
    assert document["scenario"]["file"] == path.name


def _settles_within_both_reservation_points(document):
    outcome = document["simulation"]["outcome"]
    if outcome["settlement"] is None or outcome["reason"] == "arbitration":
        return True
    setup = document["simulation"]["setup"]
    raise_ = outcome["settlement"]["raise"]
    low = setup["union"]["reservation"][0]
    high = setup["management"]["reservation"][0]
    return low - 1e-9 <= raise_ <= high + 1e-9


@pytest.mark.parametrize("union", ["boulware", "linear", "conceder", "zeuthen", "random"])
@pytest.mark.parametrize("management", ["boulware", "conceder", "hardliner", "tit-for-tat",
                                        "rubinstein"])
def test_no_agreement_outside_both_reservation_points(union, management):
    result = invoke("simulate", HENGDA, "--union", union, "--management", management,
                    "--seed", "3", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert _settles_within_both_reservation_points(json.loads(result.stdout))


def test_unknown_strategy_is_exit_2_listing_the_strategies():
    result = invoke("simulate", HENGDA, "--union", "bulware")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--union: unknown strategy 'bulware'" in result.stderr
    for name in STRATEGIES:
        if name != "human":
            assert name in result.stderr
    assert "Traceback" not in result.stderr


def test_human_strategy_points_to_play():
    result = invoke("simulate", HENGDA, "--management", "human")
    assert result.exit_code == 2
    assert "wagebargain play" in result.stderr


def test_scenario_without_simulation_uses_advisor_defaults_with_a_note(tmp_path):
    result = invoke("simulate", variant(tmp_path, "nosim.yaml"), "--seed", "1", "-f", "json")
    assert result.exit_code == 0
    assert "no simulation: section" in result.stderr
    assert "from the advisor" in result.stderr
    document = json.loads(result.stdout)
    assert len(document["scenario"]["defaulted_from_advisor"]) == 4


def test_rounds_and_firm_options(tmp_path):
    result = invoke("simulate", HENGDA, "--rounds", "3", "--seed", "1", "-f", "json")
    assert json.loads(result.stdout)["simulation"]["setup"]["rounds"] == 3
    bad = invoke("simulate", HENGDA, "--firm", "7")
    assert bad.exit_code == 1 and "--firm 7" in bad.stderr and bad.stdout == ""
    assert invoke("simulate", HENGDA, "--rounds", "0").exit_code == 2
    assert invoke("simulate", HENGDA, "--rounds", "1000", "--seed", "1").exit_code == 0
    too_many = invoke("simulate", HENGDA, "--rounds", "1001")  # the scenario's cap too
    assert too_many.exit_code == 2 and "1000" in too_many.stderr


def test_one_round_is_singular():
    result = invoke("simulate", HENGDA, "--rounds", "1", "--seed", "1")
    assert result.exit_code == 0 and "simulator setup: 1 round," in " ".join(
        result.stdout.split())


@pytest.mark.parametrize("command", [("simulate",), ("tournament", "--runs", "2"),
                                     ("debrief", SCENARIOS / "classroom-results.csv")])
def test_an_empty_output_name_is_refused(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = invoke(command[0], HENGDA, *command[1:], "-o", "")
    assert result.exit_code == 2 and "give a name, not an empty string" in result.stderr
    assert not list(tmp_path.iterdir())


RIVERSIDE = SCENARIOS / "riverside-textiles-freeze.yaml"


def test_final_offer_equilibrium_stays_inside_the_issues_range(tmp_path):
    # the textbook offers are -0.3% and 1.5%; no side can offer below 0%
    result = invoke("simulate", RIVERSIDE, "--seed", "1", "-f", "json")
    offers = json.loads(result.stdout)["simulation"]["theory"]["final_offers"]
    assert offers["management"] == 0.0 and offers["union"] > 0
    table = invoke("simulate", RIVERSIDE, "--seed", "1").stdout
    assert "union 1.5%, management 0.0%" in table and "-0.3%" not in table
    debrief = invoke("debrief", RIVERSIDE, SCENARIOS / "classroom-results.csv").stdout
    assert "union 1.5%, management 0.0%" in debrief
    assert invoke("roles", RIVERSIDE, "--out", tmp_path / "r").exit_code == 0
    notes = (tmp_path / "r" / "instructor-notes.md").read_text("utf-8")
    assert "1.5% (union) and 0.0% (management)" in notes and "-0.3%" not in notes


def test_markdown_to_a_file(tmp_path):
    out = tmp_path / "sim.md"
    result = invoke("simulate", HENGDA, "--seed", "5", "-f", "markdown", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    text = out.read_text("utf-8")
    assert text.startswith("# Simulated negotiation") and "```text" in text
    assert f"wrote {out}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sim.md"]


def test_table_to_a_file_is_plain_text(tmp_path):
    out = tmp_path / "sim.txt"
    assert invoke("simulate", HENGDA, "--seed", "5", "-o", out).exit_code == 0
    assert "Transcript" in out.read_text("utf-8")


def test_package_scenario(tmp_path):
    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    result = invoke("simulate", path, "--seed", "2", "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document["simulation"]["outcome"]["settlement"] or {"raise": 0}) <= {
        "raise", "lump_sum", "supplement"}
    assert invoke("simulate", path, "--seed", "2").exit_code == 0


def test_invalid_scenario_is_exit_3(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(HENGDA.read_text("utf-8").replace("baseline: 5%", "baseline: 5"), "utf-8")
    result = invoke("simulate", bad)
    assert result.exit_code == 3 and result.stdout == ""


def test_python_api():
    import wagebargain
    import wagebargain.sim

    assert wagebargain.simulate is wagebargain.sim.simulate
    assert wagebargain.tournament is wagebargain.sim.tournament
    assert {"simulate", "tournament"} <= set(wagebargain.__all__)
