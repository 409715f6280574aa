"""The batch and synth commands: thin, quiet on stdout, documented exit codes."""
from __future__ import annotations

import typer
from typer.testing import CliRunner

from wagebargain.cli.batch import batch
from wagebargain.cli.synth import synth
from wagebargain.errors import ExitCode

runner = CliRunner()


def make_app() -> typer.Typer:
    """The two commands as the lead's app registers them."""
    from wagebargain.cli import app as main

    if any(c.name == "batch" for c in main.app.registered_commands):
        return main.app
    app = typer.Typer(pretty_exceptions_enable=False)
    app.command("batch")(batch)
    app.command("synth")(synth)
    return app


def test_batch_example_exits_zero_and_prints_summary_to_stderr(tmp_path, enterprises, region):
    out = tmp_path / "scored.csv"
    result = runner.invoke(make_app(), ["batch", str(enterprises), "-o", str(out),
                                        "--context", str(region), "--top", "2"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "5 rows, 5 scored, 0 with errors" in result.stderr
    assert "E004" in result.stderr and "E001" not in result.stderr
    assert out.read_text().count("\n") == 6


def test_rows_with_errors_exit_four(tmp_path, region):
    app = make_app()
    result = runner.invoke(app, ["synth", "--rows", "400", "--seed", "1", "--bad-share", "0.2",
                                 "-o", str(tmp_path / "in.csv")])
    assert result.exit_code == 0 and result.stdout == ""
    result = runner.invoke(app, ["batch", str(tmp_path / "in.csv"), "-o",
                                 str(tmp_path / "out.jsonl"), "--context", str(region)])
    assert result.exit_code == ExitCode.ROWS_WITH_ERRORS == 4
    assert "with errors (see the error column)" in result.stderr
    assert (tmp_path / "out.jsonl").read_text().count("\n") == 400


def test_strict_and_user_errors_exit_one_without_traceback(tmp_path, region):
    app = make_app()
    runner.invoke(app, ["synth", "--rows", "50", "--bad-share", "0.5", "-o",
                        str(tmp_path / "in.csv")])
    result = runner.invoke(app, ["batch", str(tmp_path / "in.csv"), "-o",
                                 str(tmp_path / "out.csv"), "--context", str(region), "--strict"])
    assert result.exit_code == ExitCode.USER_ERROR
    assert result.stderr.startswith("error: row ") and "Traceback" not in result.output
    assert not (tmp_path / "out.csv").exists()
    result = runner.invoke(app, ["batch", str(tmp_path / "in.csv"), "-o",
                                 str(tmp_path / "in.csv"), "--context", str(region)])
    assert result.exit_code == 1 and "over the input" in result.stderr


def test_format_option_overrides_the_extension(tmp_path, enterprises, region):
    out = tmp_path / "scored.out"
    result = runner.invoke(make_app(), ["batch", str(enterprises), "-o", str(out), "--context",
                                        str(region), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:4] == b"PAR1"


def test_commands_import_no_heavy_modules():
    import subprocess
    import sys

    code = ("import sys, wagebargain.cli.batch, wagebargain.cli.synth; "
            "print(sorted(m for m in ('numpy', 'pyarrow', 'pandas', 'dask') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_negative_seed_is_a_usage_error(tmp_path):
    result = runner.invoke(make_app(), ["synth", "--rows", "5", "--seed", "-1", "-o",
                                        str(tmp_path / "in.csv")])
    assert result.exit_code == ExitCode.USAGE and "Traceback" not in result.output
    assert not (tmp_path / "in.csv").exists()


def test_scheduler_without_dask_engine_is_a_usage_error(tmp_path, enterprises, region):
    result = runner.invoke(make_app(), ["batch", str(enterprises), "-o", str(tmp_path / "o.csv"),
                                        "--context", str(region), "--scheduler", "tcp://x:1"])
    assert result.exit_code == ExitCode.USAGE
    assert "--engine dask" in result.stderr and not (tmp_path / "o.csv").exists()


def test_output_folder_is_refused_with_a_message(tmp_path, enterprises, region):
    (tmp_path / "out.csv").mkdir()
    result = runner.invoke(make_app(), ["batch", str(enterprises), "-o", str(tmp_path / "out.csv"),
                                        "--context", str(region)])
    assert result.exit_code == ExitCode.USER_ERROR and "Traceback" not in result.output
    assert result.stderr.startswith("error: cannot write") and "folder" in result.stderr
