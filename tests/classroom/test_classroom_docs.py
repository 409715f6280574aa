"""docs/classroom.md stays honest: every fenced `wagebargain ...` command runs, and the
Python example too."""
from __future__ import annotations

import re
import shlex

import pytest

from classroom_helpers import invoke
from wbpaths import ROOT

DOC = ROOT / "docs" / "classroom.md"
FENCE = re.compile(r"```(\w*)\n(.*?)```", re.S)


def _blocks(language: set[str]) -> list[str]:
    return [body for lang, body in FENCE.findall(DOC.read_text("utf-8")) if lang in language]


def _commands() -> list[str]:
    return [line.strip().removeprefix("$ ") for body in _blocks({"sh", "console", "bash"})
            for line in body.splitlines() if line.strip().removeprefix("$ ").startswith(
                "wagebargain ")]


def test_the_guide_shows_every_classroom_command():
    shown = {command.split()[1] for command in _commands()}
    assert {"roles", "play", "debrief", "simulate", "tournament"} <= shown


@pytest.mark.parametrize("command", _commands())
def test_each_command_runs(command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = [str(ROOT / a) if a.startswith("scenarios/") else a
            for a in shlex.split(command)[1:]]
    result = invoke(*args, input="quit\n")
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_the_python_example_runs(monkeypatch):
    monkeypatch.chdir(ROOT)
    for body in _blocks({"python"}):
        exec(compile(body, str(DOC), "exec"), {})
