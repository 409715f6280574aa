"""``wagebargain simulate FILE``: one negotiation between two computer strategies.

Also home of the two helpers every classroom command shares: :func:`load_classroom` (load a
scenario, tell stderr about warnings and the advisor's defaults) and :func:`output_document`
(a document's blocks or JSON to stdout or a file).
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Optional

import typer

from wagebargain.cli.advise import Lang
from wagebargain.cli.common import emit, handles_errors, json_document, stdout_console

STRATEGY_HELP = "an unknown name lists them all"
FIRM_HELP = "Enterprise of a multi-firm scenario: its name or number (1 = the first)."
LANG_HELP = ("Language of the document (default: the scenario's language); JSON keeps its "
             "English keys and values.")


def nonempty_path(value: str) -> Path:
    """An option's path, refusing an empty one (which would mean the current folder)."""
    if not value.strip():
        raise typer.BadParameter("give a name, not an empty string")
    return Path(value)


class SimFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"


def load_classroom(file: Path, **options: Any) -> Any:
    """Load ``file`` and build its classroom setup; warnings and notes go to stderr.

    ``options`` go to :func:`~wagebargain.classroom.setup.classroom_setup`; ``lang`` is
    English unless given (``None``: the scenario's language).
    """
    from wagebargain.classroom.setup import classroom_setup
    from wagebargain.scenario.loader import load

    loaded = load(file)
    for warning in loaded.warnings:
        print(warning, file=sys.stderr)
    classroom = classroom_setup(loaded, **{"lang": "en", **options})
    for note in classroom.notes:
        print(note, file=sys.stderr)
    return classroom


def output_document(fmt: str, output: Optional[Path], command: str,
                    blocks: Callable[[], list], payload: Callable[[], dict],
                    title: str = "", lang: str = "en") -> None:
    """Render ``blocks()`` (table, markdown, html) or ``payload()`` (json) to stdout or a file
    (``lang``: the HTML page's language).

    The table goes through Rich on a terminal, as plain text 100 columns wide otherwise.
    """
    from wagebargain.classroom import doc

    if fmt == "json":
        emit(json_document(command, payload()), output)
    elif fmt == "markdown":
        emit(doc.to_markdown(blocks()), output)
    elif fmt == "html":
        emit(doc.to_html(blocks(), title, lang), output)
    else:
        console = stdout_console()
        if output is None and console.is_terminal:
            doc.print_blocks(blocks(), console)
        else:  # a file or a pipe: plain text, 100 columns
            emit(doc.to_text(blocks()), output)


@handles_errors
def simulate(
    file: Path = typer.Argument(..., help="The scenario file.", show_default=False),
    union: Optional[str] = typer.Option(None, "--union", show_default=False,
                                        help=f"Union strategy (default: the scenario's; "
                                             f"{STRATEGY_HELP})."),
    management: Optional[str] = typer.Option(None, "--management", show_default=False,
                                             help="Management strategy (default: the "
                                                  "scenario's)."),
    rounds: Optional[int] = typer.Option(None, "--rounds", min=1, max=1000,
                                         show_default=False,
                                         help="Offers each side may make before the deadline "
                                              "(default: the scenario's, else 10)."),
    seed: Optional[int] = typer.Option(None, "--seed", min=0, show_default=False,
                                       help="Seed: the same seed gives the same transcript."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
    format: SimFormat = typer.Option(SimFormat.table, "--format", "-f",
                                     help="table (terminal), markdown or json."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", show_default=False,
                                          parser=nonempty_path, metavar="FILE",
                                          help="Write to this file (atomically) instead of "
                                               "stdout."),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help=LANG_HELP),
) -> None:
    """Simulate one negotiation: transcript, outcome, theory and a chart of the offers."""
    from wagebargain.classroom import simulation
    from wagebargain.classroom.setup import check_strategy

    check_strategy(union, "--union")
    check_strategy(management, "--management")
    classroom = load_classroom(file, firm=firm, union=union, management=management,
                               rounds=rounds, seed=seed, lang=lang.value if lang else None)
    report = simulation.run(classroom)
    output_document(format.value, output, "simulate",
                    lambda: simulation.blocks(report, lang=classroom.lang),
                    lambda: simulation.payload(report))
