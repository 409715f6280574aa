"""``wagebargain advise`` through Typer's CliRunner: stdout and stderr apart, exact exit codes."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from wagebargain import __version__
from wagebargain.cli.app import app

runner = CliRunner()
FORMATS = ("table", "markdown", "json", "html")


def _sha(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_format_and_language(reference_path, fmt, lang):
    result = runner.invoke(app, ["advise", str(reference_path), "--format", fmt, "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert _sha(reference_path) in out and __version__ in out
    assert "\x1b[" not in out  # plain text when not a terminal
    headline = {"en": "do not settle below 2.6%", "zh": "低于 2.6% 不签约"}[lang]
    assert headline in out


def test_language_defaults_to_the_scenario(reference_path):
    result = runner.invoke(app, ["advise", str(reference_path), "-f", "markdown"])
    assert result.exit_code == 0
    assert "How the band was built" in result.stdout


def test_json_document(reference_path):
    result = runner.invoke(app, ["advise", str(reference_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["version"] == 1 and doc["command"] == "advise" and doc["schema_version"] == 1
    assert doc["source_sha256"] == _sha(reference_path) and doc["tool_version"] == __version__
    band = doc["firms"][0]["band"]
    assert band["floor"] <= band["target"] <= band["opening"]
    assert doc["guideline"] == {"lower": 0.02, "baseline": 0.05, "upper": 0.08}
    assert doc["firms"][0]["ladder_style"] == "steady"


def test_html_is_one_self_contained_file(reference_path):
    result = runner.invoke(app, ["advise", str(reference_path), "--format", "html"])
    assert result.exit_code == 0
    page = result.stdout
    assert "<svg" in page and "<script" not in page
    assert not re.search(r"https?://", page)


def test_output_is_written_atomically_and_stdout_stays_empty(reference_path, tmp_path):
    target = tmp_path / "brief.md"
    target.write_text("old", "utf-8")
    result = runner.invoke(app, ["advise", str(reference_path), "-f", "markdown", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert str(target) in result.stderr
    direct = runner.invoke(app, ["advise", str(reference_path), "-f", "markdown"]).stdout
    assert target.read_text("utf-8") == direct
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]  # no temporary left


def test_table_to_a_file_is_plain_text(reference_path, tmp_path):
    target = tmp_path / "brief.txt"
    result = runner.invoke(app, ["advise", str(reference_path), "-o", str(target), "--lang", "zh"])
    assert result.exit_code == 0 and result.stdout == ""
    text = target.read_text("utf-8")
    assert "\x1b[" not in text and "开价 10.0%" in text and _sha(reference_path) in text


def test_style_and_rounds_shape_the_ladder(reference_path):
    def ladder(*options):
        result = runner.invoke(app, ["advise", str(reference_path), "-f", "json", *options])
        assert result.exit_code == 0, result.stderr
        return [r["rate"] for r in json.loads(result.stdout)["firms"][0]["ladder"]]

    steady, firm = ladder("--rounds", "4"), ladder("--rounds", "4", "--style", "firm")
    assert len(steady) == len(firm) == 4
    assert steady[0] == firm[0] and steady[-1] == firm[-1]
    assert firm[1] > steady[1]  # a firm negotiator concedes late


@pytest.mark.parametrize("options", [["--lang", "fr"], ["--style", "soft"], ["--rounds", "1"],
                                     ["--format", "pdf"], ["--nope"]])
def test_bad_options_are_usage_errors(reference_path, options):
    result = runner.invoke(app, ["advise", str(reference_path), *options])
    assert result.exit_code == 2
    assert result.stdout == ""


def test_invalid_scenario_exit_3(reference_path, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(reference_path.read_text("utf-8").replace("baseline: 5%", "baseline: 5"), "utf-8")
    result = runner.invoke(app, ["advise", str(bad)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "guideline.baseline" in result.stderr and "Traceback" not in result.stderr


def test_missing_file_exit_3(tmp_path):
    result = runner.invoke(app, ["advise", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 3 and "no such file" in result.stderr


def test_data_error_exit_1(reference_path, monkeypatch):
    from wagebargain.advice import build
    from wagebargain.errors import DataError

    def broken(*args, **kwargs):
        raise DataError("Hengda: wage_bill must be a positive number")

    monkeypatch.setattr(build, "advise", broken)
    result = runner.invoke(app, ["advise", str(reference_path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "error: Hengda: wage_bill must be a positive number" in result.stderr


def test_warnings_go_to_stderr_and_into_the_brief(reference_path, tmp_path):
    odd = tmp_path / "odd.yaml"
    odd.write_text(reference_path.read_text("utf-8").replace("next_monthly: 2850", "next_monthly: 2700"),
                   "utf-8")
    result = runner.invoke(app, ["advise", str(odd), "-f", "markdown"])
    assert result.exit_code == 0
    assert "minimum wages are rarely cut" in result.stderr
    assert "## " in result.stdout and "Scenario warnings" in result.stdout
    assert "minimum wages are rarely cut" in result.stdout
    assert str(tmp_path) not in result.stdout  # the file by name, not its folder


def test_help_lists_advise_in_the_advice_panel():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "Advice" in result.stdout and "advise" in result.stdout


def test_advise_imports_no_scipy_stats(reference_path):
    code = ("import sys; from typer.testing import CliRunner; from wagebargain.cli.app import app;\n"
            f"r = CliRunner().invoke(app, ['advise', {str(reference_path)!r}, '-f', 'json']);\n"
            "assert r.exit_code == 0, r.output;\n"
            "bad = sorted(m for m in sys.modules if m.startswith('scipy.stats'));\n"
            "assert not bad, bad\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_importing_the_advise_command_is_cheap():
    code = ("import sys; import wagebargain.cli.advise;\n"
            "heavy = [m for m in ('numpy', 'scipy', 'wagebargain.advice.build', 'rich.table') "
            "if m in sys.modules]; assert not heavy, heavy\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
