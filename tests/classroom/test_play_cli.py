"""``wagebargain play`` driven by input scripts: valid play, bad input, quit, EOF, Ctrl-C."""
from __future__ import annotations

import builtins
import json

import pytest

from classroom_helpers import DISTINCT, HENGDA, PACKAGE_ISSUES, invoke, variant

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


def test_unwritable_transcript_is_exit_1(tmp_path):
    result = invoke("play", HENGDA, "--as", "union", "--transcript",
                    tmp_path / "missing" / "t.json", input="quit\n")
    assert result.exit_code == 1 and "cannot write the transcript" in result.stderr
