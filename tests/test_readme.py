"""The README stays honest: every command is documented, and every example in it runs."""
from __future__ import annotations

import os
import re
import shlex

import pytest
from typer.testing import CliRunner

from wagebargain.cli.app import app

from wbpaths import ROOT

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, flags=re.S)
COMMANDS = [line for lang, body in BLOCKS if lang == "sh" for line in body.splitlines()
            if line.startswith("wagebargain ")]
PYTHON = [body for lang, body in BLOCKS if lang == "python"]


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A folder shaped like the repository's top, so README paths resolve; outputs land here."""
    for name in ("scenarios", "examples", "schema"):
        (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_command_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names, "no commands registered"
    for name in names:
        assert f"wagebargain {name}" in README, f"`wagebargain {name}` is not in the README"


def test_readme_has_examples():
    assert len(COMMANDS) >= 8 and PYTHON


def test_readme_commands_run_in_order(workdir):
    """The shell examples, top to bottom (later ones read what earlier ones wrote)."""
    for command in COMMANDS:
        result = CliRunner().invoke(app, shlex.split(command)[1:])
        # a synthetic table made with --bad-share has bad rows: batch exits 4, as documented
        expected = 4 if command.startswith("wagebargain batch out/synthetic") else 0
        assert result.exit_code == expected, (command, result.stderr[-2000:])


def test_readme_python_runs(workdir):
    for body in PYTHON:
        exec(compile(body, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    assert (workdir / "out" / "scored.jsonl").exists()


def test_quick_start_names_a_shipped_scenario():
    quick = next(body for lang, body in BLOCKS if lang == "sh" and "pip install" in body)
    for path in re.findall(r"scenarios/[\w./-]+", quick):
        assert (ROOT / path).exists(), path
    assert "pytest" in quick and "advise" in quick
    assert os.path.exists(ROOT / ".ci" / "run")
