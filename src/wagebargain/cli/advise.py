"""``wagebargain advise FILE``: the negotiating brief of a scenario."""
from __future__ import annotations

import dataclasses
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.common import JSON_VERSION, Format, emit, handles_errors, stdout_console


class Lang(str, Enum):
    en = "en"
    zh = "zh"


class Style(str, Enum):
    firm = "firm"
    steady = "steady"
    flexible = "flexible"


@handles_errors
def advise(
    file: Path = typer.Argument(..., help="The scenario file.", show_default=False),
    format: Format = typer.Option(Format.table, "--format", "-f",
                                  help="table (terminal), markdown, json or html (one "
                                       "self-contained file)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help="Language of the brief (default: the "
                                             "scenario's language)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", show_default=False,
                                          help="Write the brief to this file (atomically) "
                                               "instead of stdout."),
    style: Style = typer.Option(Style.steady, "--style",
                                help="Concession style of the offer ladder."),
    rounds: Optional[int] = typer.Option(None, "--rounds", min=2, show_default=False,
                                         help="Offers on the ladder (default: the scenario's "
                                              "simulation.rounds, else 5)."),
) -> None:
    """The negotiating brief: raise band, checks, cost, settlement and arguments."""
    from wagebargain.advice.build import advise as build_advice
    from wagebargain.report import render
    from wagebargain.scenario.loader import load

    loaded = load(file)
    for warning in loaded.warnings:
        print(warning, file=sys.stderr)
    shown = tuple(str(dataclasses.replace(w, file=Path(w.file).name)) for w in loaded.warnings)
    advice = build_advice(loaded.scenario, source_file=Path(loaded.path).name,
                          sha256=loaded.sha256, ladder_style=style.value, ladder_rounds=rounds,
                          warnings=shown)
    language = lang.value if lang is not None else None
    g = loaded.scenario.guideline
    guideline = {"lower": g.lower, "baseline": g.baseline, "upper": g.upper,
                 **({"norm": g.norm} if g.norm is not None else {})}
    if format is Format.table and output is None:
        from wagebargain.report.terminal import print_brief

        print_brief(advice, stdout_console(), language, guideline)
        return
    options = {"envelope": {"version": JSON_VERSION, "command": "advise"}} \
        if format is Format.json else {}
    emit(render(advice, format.value, language, guideline, **options), output)
