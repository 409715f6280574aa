"""``wagebargain play`` driven by input scripts: valid play, bad input, quit, EOF, Ctrl-C."""
from __future__ import annotations

import builtins
import json

import pytest

from classroom_helpers import DISTINCT, HENGDA, PACKAGE_ISSUES, invoke, variant
from wbpaths import SCENARIOS

DEFAULT = "transcript-hengda-auto-parts-7.json"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _transcript(path):
    document = json.loads(path.read_text("utf-8"))
    assert document["version"] == 1 and document["command"] == "play"
    return document


def test_valid_play_to_agreement(tmp_path):
    script = "8%\n6%\n5%\naccept\n"
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", input=script)
    assert result.exit_code == 0, result.stderr
    document = _transcript(tmp_path / DEFAULT)
    outcome = document["simulation"]["outcome"]
    assert document["ended"] == "finished" and outcome["reason"] == "accepted"
    assert document["played_as"] == "union" and document["opponent"] == "conceder"
    assert "Outcome: agreement" in result.stderr
    assert "union>" in result.stderr  # prompts on stderr
    assert "union>" not in result.stdout
    assert "Game: 2026 wage round" in result.stdout and "Outcome: agreement" in result.stdout
    assert f"transcript saved to {DEFAULT}" in result.stderr


def test_the_same_script_and_seed_give_the_same_transcript(tmp_path):
    script = "8%\n6%\n5%\naccept\n"
    invoke("play", HENGDA, "--as", "union", "--seed", "7", "--transcript", "a.json",
           input=script)
    invoke("play", HENGDA, "--as", "union", "--seed", "7", "--transcript", "b.json",
           input=script)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_every_kind_of_bad_input_gets_a_message_and_a_new_prompt(tmp_path):
    script = "\nhelp\nabc\n20%\n5\n-1%\nraise=\nfoo=3%\naccept\nhistory\n8%\nquit\n"
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", input=script)
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    for message in ("Type an offer", "Your reservation point", "'abc' is not an offer",
                    "must lie between 0% and 15%", "did you mean 5%?", "unknown issue 'foo'",
                    "no offer on the table to accept", "No offers yet."):
        assert message in err, message
    assert "Traceback" not in err
    document = _transcript(tmp_path / DEFAULT)
    assert document["ended"] == "quit"
    offers = [e for e in document["simulation"]["events"] if e["action"] == "offer"]
    assert offers[0]["offer"] == {"raise": 0.08}


def test_quit_saves_the_transcript_and_exits_0(tmp_path):
    result = invoke("play", HENGDA, "--as", "management", "--seed", "7", "--transcript",
                    "t.json", input="quit\n")
    assert result.exit_code == 0
    document = _transcript(tmp_path / "t.json")
    assert document["ended"] == "quit" and document["simulation"]["outcome"]["reason"] == "quit"
    assert document["played_as"] == "management"


def test_end_of_input_saves_the_transcript_and_exits_0(tmp_path):
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", input="9%\n")
    assert result.exit_code == 0
    document = _transcript(tmp_path / DEFAULT)
    assert document["ended"] == "eof"
    assert any(e["action"] == "offer" and e["actor"] == "union"
               for e in document["simulation"]["events"])


def test_ctrl_c_saves_the_transcript_and_exits_130(tmp_path, monkeypatch):
    def interrupted(prompt=""):
        raise KeyboardInterrupt

    monkeypatch.setattr(builtins, "input", interrupted)
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7")
    assert result.exit_code == 130
    assert "Traceback" not in result.stderr
    assert _transcript(tmp_path / DEFAULT)["ended"] == "interrupt"


def test_two_players_alternate(tmp_path):
    script = "7%\n2%\n5%\n4%\naccept\n"
    result = invoke("play", HENGDA, "--two-players", "--seed", "7", "--transcript", "t.json",
                    input=script)
    assert result.exit_code == 0, result.stderr
    assert "union>" in result.stderr and "management>" in result.stderr
    document = _transcript(tmp_path / "t.json")
    assert document["played_as"] == "both" and document["opponent"] is None
    outcome = document["simulation"]["outcome"]
    assert outcome["reason"] == "accepted" and outcome["settlement"] == {"raise": 0.04}


def test_package_offers(tmp_path):
    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    script = "raise=6% lump_sum=800\nlump_sum=abc\nquit\n"
    result = invoke("play", path, "--as", "union", "--seed", "1", "--transcript", "t.json",
                    input=script)
    assert result.exit_code == 0, result.stderr
    assert "supplement stays at" in result.stderr
    offers = [e for e in _transcript(tmp_path / "t.json")["simulation"]["events"]
              if e["actor"] == "union" and e["action"] == "offer"]
    assert offers[0]["offer"]["raise"] == 0.06 and offers[0]["offer"]["lump_sum"] == 800


def test_usage_errors(tmp_path):
    missing = invoke("play", HENGDA)
    assert missing.exit_code == 2 and "--as union" in missing.stderr
    unknown = invoke("play", HENGDA, "--as", "union", "--opponent", "nope")
    assert unknown.exit_code == 2 and "boulware" in unknown.stderr
    assert invoke("play", HENGDA, "--as", "boss").exit_code == 2
    assert not list(tmp_path.glob("transcript-*"))


def test_opponent_option(tmp_path):
    result = invoke("play", HENGDA, "--as", "union", "--opponent", "hardliner", "--seed", "7",
                    input="quit\n")
    assert result.exit_code == 0
    assert _transcript(tmp_path / DEFAULT)["opponent"] == "hardliner"


def test_unwritable_transcript_is_exit_1_before_the_game(tmp_path):
    result = invoke("play", HENGDA, "--as", "union", "--transcript",
                    tmp_path / "missing" / "t.json", input="quit\n")
    assert result.exit_code == 1 and "cannot save the transcript" in result.stderr
    assert "does not exist" in result.stderr
    assert "union>" not in result.stderr and result.stdout == ""  # no game was played
    folder = invoke("play", HENGDA, "--as", "union", "--transcript", tmp_path, input="quit\n")
    assert folder.exit_code == 1 and "is a folder" in folder.stderr


def test_a_transcript_that_cannot_be_saved_at_the_end_still_prints_the_summary(
        tmp_path, monkeypatch):
    import wagebargain.fileio

    def full_disk(path, text):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(wagebargain.fileio, "write_text_atomic", full_disk)
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", "--transcript", "t.json",
                    input="8%\nwalk\n")
    assert result.exit_code == 1
    assert "Game: 2026 wage round" in result.stdout and "Outcome:" in result.stdout
    assert ("the transcript could not be saved to t.json: No space left on device"
            in result.stderr)
    assert "transcript saved" not in result.stderr and "Traceback" not in result.stderr


def test_walking_out_before_any_offer(tmp_path):
    # the union opens; management walks out without an offer: the union's opening wins
    result = invoke("play", HENGDA, "--as", "management", "--seed", "7", "--transcript",
                    "t.json", input="walk\n")
    assert result.exit_code == 0, result.stderr
    events = _transcript(tmp_path / "t.json")["simulation"]["events"]
    assert [e["action"] for e in events] == ["offer", "walkout", "award_default"]
    assert events[-1]["offer"] == events[0]["offer"]  # never management's secret target
    assert "award (the only final offer made)" in result.stdout
    # the union walks out before opening: no offer to award, no contract
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", "--transcript", "u.json",
                    input="walk\n")
    document = _transcript(tmp_path / "u.json")["simulation"]
    assert [e["action"] for e in document["events"]] == ["walkout", "no_award"]
    assert document["outcome"]["settlement"] is None
    assert "no contract" in result.stdout


@pytest.mark.parametrize("extra, named", [(("--as", "union"), "--as cannot"),
                                          (("--opponent", "linear"), "--opponent cannot"),
                                          (("--as", "union", "--opponent", "linear"),
                                           "--as and --opponent cannot")])
def test_two_players_with_as_or_opponent_is_a_usage_error(tmp_path, extra, named):
    result = invoke("play", HENGDA, "--two-players", *extra, input="quit\n")
    assert result.exit_code == 2 and f"--two-players: two people play both sides, so {named}" \
        in result.stderr
    assert not list(tmp_path.glob("transcript-*"))


def test_a_human_opponent_points_to_two_players():
    result = invoke("play", HENGDA, "--as", "union", "--opponent", "human")
    assert result.exit_code == 2 and "use --two-players" in result.stderr


def test_a_decimal_comma_gets_a_hint(tmp_path):
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", input="5,5%\nquit\n")
    assert "'5,5%' has a decimal comma; write a decimal point: 5.5%" in result.stderr


@pytest.mark.parametrize("side, hidden", [("union", "management"), ("management", "union")])
def test_a_trainee_never_sees_the_other_sides_numbers(tmp_path, side, hidden):
    path = variant(tmp_path, "nosim.yaml", None)  # every number comes from the advisor
    result = invoke("play", path, "--as", side, "--seed", "7", input="help\nquit\n")
    assert result.exit_code == 0, result.stderr
    assert f"{side} reservation" in result.stderr  # the trainee's own defaults are fine
    assert f"{hidden} reservation" not in result.stderr
    assert f"{hidden} target" not in result.stderr
    trainer = invoke("simulate", path, "--seed", "7")
    assert "management reservation" in trainer.stderr and "union target" in trainer.stderr


def test_two_players_see_no_numbers_until_help(tmp_path):
    path = variant(tmp_path, "nosim.yaml", None)
    result = invoke("play", path, "--two-players", "--seed", "7",
                    input="8%\nhelp\n\nquit\n")
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    assert "from the advisor" not in err
    before_help = err[:err.index("union: look away now. Press Enter")]
    assert "10%" not in before_help and "your target" not in before_help
    assert "(union) You are the union. Make the opening offer (help shows your numbers)." in err
    help_lines = err[err.index("(management) Type an offer"):].splitlines()[:4]
    assert all(line.startswith("(management) ") for line in help_lines), help_lines


def test_end_of_input_and_ctrl_c_close_the_prompt_line(tmp_path, monkeypatch):
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7", input="9%\n")
    assert "union> \nEnd of input: the game ends here.\n" in result.stderr

    def interrupted(prompt=""):
        raise KeyboardInterrupt

    monkeypatch.setattr(builtins, "input", interrupted)
    result = invoke("play", HENGDA, "--as", "union", "--seed", "7")
    assert "union> \nInterrupted: the game ends here.\n" in result.stderr


def test_a_second_game_does_not_overwrite_the_first_transcript(tmp_path):
    for script in ("9%\nquit\n", "quit\n", "8%\nquit\n"):
        assert invoke("play", HENGDA, "--as", "union", "--seed", "7", input=script).exit_code == 0
    first = _transcript(tmp_path / DEFAULT)["simulation"]["events"][0]["offer"]
    third = tmp_path / "transcript-hengda-auto-parts-7-3.json"
    assert first == {"raise": 0.09}
    assert (tmp_path / "transcript-hengda-auto-parts-7-2.json").exists()
    assert _transcript(third)["simulation"]["events"][0]["offer"] == {"raise": 0.08}
    again = invoke("play", HENGDA, "--as", "union", "--transcript", DEFAULT, input="quit\n")
    assert again.exit_code == 0  # a file named on purpose is replaced
    assert _transcript(tmp_path / DEFAULT)["simulation"]["events"][0]["action"] == "quit"


def test_without_a_seed_the_seed_is_short_enough_to_read_out(tmp_path):
    path = variant(tmp_path, "nosim.yaml", None)
    result = invoke("play", path, "--as", "union", input="quit\n")
    assert result.exit_code == 0
    [saved] = tmp_path.glob("transcript-nosim-*.json")
    seed = _transcript(saved)["simulation"]["seed"]
    assert saved.name == f"transcript-nosim-{seed}.json" and 0 <= seed < 1_000_000


def test_the_chinese_scenario_plays_in_chinese_with_the_same_commands(tmp_path):
    script = "帮助\n７%\nhistroy\n历史\nacept\n20%\n6\nhelp\n退出\n"
    result = invoke("play", SCENARIOS / "zh-jinling-food.yaml", "--as", "union", "--seed", "7",
                    input=script)
    assert result.exit_code == 0, result.stderr
    err = result.stderr
    for text in ("你扮演工会；电脑扮演企业方（后期让步型（boulware））。", "[第 1 轮，共 10 轮] 工会> ",
                 "你的底线（保留点）：4.5%；你的目标：7%。", "企业方报价 3%（对你的效用为 0.20）。",
                 "你是想输入 history 吗？", "第 1 轮  工会报价 7%", "你是想输入 accept 吗？",
                 "raise 必须在 0% 至 15% 之间；你输入的是 20%", "你是想输入 6% 吗？",
                 "谈判记录已保存到"):
        assert text in err, text
    assert "Traceback" not in err and "You play" not in err
    document = _transcript(tmp_path / "transcript-zh-jinling-food-7.json")
    assert document["ended"] == "quit"
    assert document["simulation"]["events"][0]["offer"] == {"raise": 0.07}  # full-width 7
    assert result.stdout.startswith("对局：") and "谈判记录" in result.stdout
    english = invoke("play", SCENARIOS / "zh-jinling-food.yaml", "--as", "union", "--lang", "en",
                     input="quit\n")
    assert "You play the union" in english.stderr and "Game: " in english.stdout


def test_package_games_show_examples_with_the_scenarios_issues(tmp_path):
    path = variant(tmp_path, "pkg.yaml", DISTINCT, PACKAGE_ISSUES)
    result = invoke("play", path, "--as", "union", "--seed", "1", input="help\nquit\n")
    assert result.exit_code == 0
    assert "raise=5.5% lump_sum=800" in result.stderr
    assert "like 5.5% or" not in result.stderr  # a bare raise is no offer for a package
