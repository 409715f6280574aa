"""``wagebargain debrief FILE RESULTS.csv``: a class's settlements scored, placed and ranked.

Rows that cannot be read are reported on stderr as ``RESULTS.csv:LINE: message`` and left
out; the others are still scored. Exit 0 when every row was scored, 1 when some were not
(the document is still written).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.common import Format, handles_errors
from wagebargain.cli.advise import Lang
from wagebargain.cli.simulate import (FIRM_HELP, LANG_HELP, load_classroom, nonempty_path,
                                      output_document)
from wagebargain.errors import ExitCode


@handles_errors
def debrief(
    file: Path = typer.Argument(..., help="The scenario file the class played.",
                                show_default=False),
    results: Path = typer.Argument(..., help="The class's settlements: CSV with team, raise "
                                   "(or one column per issue) and rounds.", show_default=False),
    format: Format = typer.Option(Format.table, "--format", "-f",
                                  help="table (terminal), markdown, json or html (one "
                                       "self-contained file with an SVG chart)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", show_default=False,
                                          parser=nonempty_path, metavar="FILE",
                                          help="Write to this file (atomically) instead of "
                                               "stdout."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help=LANG_HELP),
) -> None:
    """Score the class's settlements for each side, against the theory, ranked."""
    from wagebargain.classroom import debrief_report
    from wagebargain.classroom.debrief import debrief as score_class
    from wagebargain.fileio import reading

    with reading(results, hint="; save the sheet as CSV UTF-8"):
        text = results.read_text(encoding="utf-8")
    classroom = load_classroom(file, firm=firm, lang=lang.value if lang else None)
    result = score_class(classroom, text, str(results))
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    for problem in result.problems:
        print(f"{results}:{problem.line}: {problem.message}", file=sys.stderr)
    output_document(format.value, output, "debrief",
                    lambda: debrief_report.blocks(result, html=format is Format.html,
                                                  markdown=format is Format.markdown,
                                                  lang=classroom.lang),
                    lambda: debrief_report.payload(result),
                    debrief_report.title(result, classroom.lang), classroom.lang)
    if result.problems:
        print(f"{len(result.problems)} row{'s' if len(result.problems) != 1 else ''} of "
              f"{results} could not be scored (see above); the others were.", file=sys.stderr)
        raise typer.Exit(int(ExitCode.USER_ERROR))
