"""The Typer application: one module per command, registered here in help groups.

Each command parses its arguments, calls the library, and renders; heavy modules (SciPy,
PyArrow, Dask) are imported inside command bodies so `--help` and `check` start fast.
"""
from __future__ import annotations

from typing import Optional

import typer

from wagebargain import __version__
from wagebargain.cli import advise as _advise
from wagebargain.cli import batch as _batch
from wagebargain.cli import check as _check
from wagebargain.cli import debrief as _debrief
from wagebargain.cli import init as _init
from wagebargain.cli import play as _play
from wagebargain.cli import roles as _roles
from wagebargain.cli import schema as _schema
from wagebargain.cli import simulate as _simulate
from wagebargain.cli import synth as _synth
from wagebargain.cli import tournament as _tournament
from wagebargain.cli.common import tolerant_streams

app = typer.Typer(
    name="wagebargain",
    help="Collective wage bargaining: raise bands, legal checks, costing and negotiating "
         "briefs; classroom simulation; batch scoring.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

SCENARIOS = "Scenarios"
ADVICE = "Advice"
CLASSROOM = "Classroom"
SCRIPTS = "Scripts"

app.command("check", rich_help_panel=SCENARIOS)(_check.check)
app.command("schema", rich_help_panel=SCENARIOS)(_schema.schema)
app.command("init", rich_help_panel=SCENARIOS)(_init.init)
app.command("advise", rich_help_panel=ADVICE)(_advise.advise)
app.command("simulate", rich_help_panel=CLASSROOM)(_simulate.simulate)
app.command("play", rich_help_panel=CLASSROOM)(_play.play)
app.command("roles", rich_help_panel=CLASSROOM)(_roles.roles)
app.command("debrief", rich_help_panel=CLASSROOM)(_debrief.debrief)
app.command("tournament", rich_help_panel=CLASSROOM)(_tournament.tournament)
app.command("batch", rich_help_panel=SCRIPTS)(_batch.batch)
app.command("synth", rich_help_panel=SCRIPTS)(_synth.synth)


def _version(value: bool) -> None:
    if value:
        print(f"wagebargain {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                           help="Print the version and exit."),
) -> None:
    """Collective wage bargaining for union negotiators, trainers and analysts."""
    tolerant_streams()  # also under a test runner, which swaps the streams per invocation


def main() -> None:
    """Console-script entry point."""
    tolerant_streams()  # before anything prints, --help and usage errors included
    app()
