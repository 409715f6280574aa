"""Golden files: the Markdown and JSON briefs of every shipped scenario and the reference.

Run ``pytest tests/report --update-golden`` to rewrite them after an intended change, and
review the diff. The briefs are deterministic: no timestamps, the scenario shown by file name.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import all_scenarios
from typer.testing import CliRunner

from wagebargain.cli.app import app

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


def _cases() -> list[tuple[Path, str, str]]:
    from wbpaths import REFERENCE

    cases = []
    for path in all_scenarios():
        cases += [(path, "markdown", ""), (path, "json", "")]
        if path == REFERENCE:
            cases += [(path, "markdown", "zh")]
    return cases


def _name(path: Path, fmt: str, lang: str) -> str:
    suffix = {"markdown": "md", "json": "json"}[fmt]
    return f"{path.stem}{'.' + lang if lang else ''}.{suffix}"


@pytest.mark.parametrize("path, fmt, lang", _cases(),
                         ids=[_name(*case) for case in _cases()])
def test_golden(path, fmt, lang, update_golden):
    args = ["advise", str(path), "--format", fmt] + (["--lang", lang] if lang else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / _name(path, fmt, lang)
    if update_golden:
        golden.write_text(result.stdout, "utf-8")
        return
    if not golden.exists():
        pytest.fail(f"no golden file {golden.name}: run pytest --update-golden and review it")
    assert result.stdout == golden.read_text("utf-8")
