"""The CLI's foundation through Typer's CliRunner: stdout and stderr apart, exact exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wagebargain import __version__
from wagebargain.cli.app import app
from wagebargain.cli.init import starter_text

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"wagebargain {__version__}"


def test_help_groups_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("Scenarios", "check", "schema", "init"):
        assert word in result.stdout


def test_no_args_shows_help_with_usage_code():
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert "Usage" in result.output


def test_unknown_option_is_usage_error():
    result = runner.invoke(app, ["check", "--nope"])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_check_reference_ok(reference_path):
    result = runner.invoke(app, ["check", str(reference_path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"{reference_path}: OK"


def test_check_reports_located_problems_on_stderr(tmp_path, reference_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(reference_path.read_text("utf-8").replace("baseline: 5%", "baseline: 5"), "utf-8")
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 3
    assert result.stdout == ""
    line = next(l for l in result.stderr.splitlines() if "guideline.baseline" in l)
    assert line.startswith(f"{bad}:")
    assert "did you mean 5%?" in line
    assert "Traceback" not in result.stderr


def test_check_json_is_one_versioned_document(tmp_path, reference_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("scenario: [1\n", "utf-8")
    result = runner.invoke(app, ["check", str(reference_path), str(bad), "--format", "json"])
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    assert doc["version"] == 1 and doc["command"] == "check" and doc["ok"] is False
    assert [f["ok"] for f in doc["files"]] == [True, False]
    problem = doc["files"][1]["problems"][0]
    assert problem["line"] == 2 and "syntax" in problem["message"]


def test_check_missing_file_exit_3(tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 3
    assert "no such file" in result.stderr


def test_init_writes_a_valid_starter_and_refuses_overwrite(tmp_path):
    target = tmp_path / "s.yaml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    assert target.read_text("utf-8") == starter_text()
    assert runner.invoke(app, ["check", str(target)]).exit_code == 0
    again = runner.invoke(app, ["init", str(target)])
    assert again.exit_code == 1
    assert "--force" in again.stderr
    target.write_text("changed", "utf-8")
    assert runner.invoke(app, ["init", str(target), "--force"]).exit_code == 0
    assert target.read_text("utf-8") == starter_text()


def test_schema_prints_json_schema_on_stdout():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "wagebargain scenario"
    assert "guideline" in schema["properties"]


def test_python_m_runs_without_importing_scipy():
    code = ("import sys, runpy; sys.argv=['wagebargain','--help'];\n"
            "try:\n    runpy.run_module('wagebargain', run_name='__main__')\n"
            "except SystemExit as e:\n    assert e.code in (0, None), e.code\n"
            "assert 'scipy' not in sys.modules, 'scipy imported by --help'\n"
            "assert 'numpy' not in sys.modules, 'numpy imported by --help'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_check_does_not_import_scipy(reference_path):
    code = ("import sys; from typer.testing import CliRunner; from wagebargain.cli.app import app;\n"
            f"r = CliRunner().invoke(app, ['check', {str(reference_path)!r}]); assert r.exit_code == 0, r.output;\n"
            "assert 'scipy' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


SCENARIO_DIR = Path(__file__).resolve().parents[1] / "scenarios"


@pytest.mark.parametrize("args", [
    ["advise", "zh-jinling-food.yaml"],
    ["simulate", "hengda-auto-parts.yaml", "--seed", "1"],
    ["simulate", "zh-jinling-food.yaml", "--seed", "1"],
    ["debrief", "hengda-auto-parts.yaml", "classroom-results.csv"],
    ["tournament", "hengda-auto-parts.yaml", "--seed", "1", "--runs", "3",
     "--strategies", "linear,boulware"],
    ["check", "zh-jinling-food.yaml", "--nope"],  # a usage error's message, on stderr
])
@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_console_that_is_not_utf8_gets_replacement_characters_not_a_traceback(args,
                                                                                 encoding):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("PYTHONUTF8", None)
    done = subprocess.run([sys.executable, "-m", "wagebargain", *args], cwd=SCENARIO_DIR,
                          env=env, capture_output=True)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert done.returncode == (2 if "--nope" in args else 0), done.stderr
    if "--nope" not in args:
        assert done.stdout.strip()  # the product was printed, with ? for what cannot be
        done.stdout.decode(encoding)  # and in the console's encoding


def test_play_reads_what_an_ascii_console_cannot_decode_as_a_typo(tmp_path):
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("PYTHONUTF8", None)
    done = subprocess.run([sys.executable, "-m", "wagebargain", "play",
                           str(SCENARIO_DIR / "zh-jinling-food.yaml"), "--as", "union",
                           "--seed", "3", "--transcript", str(tmp_path / "t.json")],
                          input="帮助\nwalk\n".encode("utf-8"), env=env, capture_output=True)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0 and (tmp_path / "t.json").exists()
