"""``wagebargain check FILE...``: validate scenarios."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from wagebargain.cli.common import handles_errors, json_document
from wagebargain.errors import ExitCode, ScenarioError


class Format(str, Enum):
    """The formats `check` writes: one line per file, or one JSON document."""

    table = "table"
    json = "json"


@handles_errors
def check(
    files: list[Path] = typer.Argument(..., help="Scenario files to validate.", show_default=False),
    format: Format = typer.Option(Format.table, "--format", "-f",
                                  help="table (one line per file) or json."),
) -> None:
    """Validate scenario files: OK per file, or every problem as FILE:LINE:COL: path: message."""
    from wagebargain.scenario.loader import load

    results = []
    for path in files:
        try:
            loaded = load(path)
        except ScenarioError as exc:
            results.append({"file": str(path), "ok": False, "sha256": None,
                            "problems": [p.to_dict() for p in exc.problems], "warnings": []})
            if format is not Format.json:
                for problem in exc.problems:
                    print(problem, file=sys.stderr)
            continue
        results.append({"file": str(path), "ok": True, "sha256": loaded.sha256, "problems": [],
                        "warnings": [w.to_dict() for w in loaded.warnings]})
        if format is not Format.json:
            for warning in loaded.warnings:
                print(warning, file=sys.stderr)
            print(f"{path}: OK")
    bad = sum(not r["ok"] for r in results)
    if format is Format.json:
        print(json_document("check", {"ok": bad == 0, "files": results}))
    elif bad:
        print(f"{bad} of {len(results)} file{'s' if len(results) != 1 else ''} invalid.",
              file=sys.stderr)
    if bad:
        raise typer.Exit(int(ExitCode.INVALID_SCENARIO))
