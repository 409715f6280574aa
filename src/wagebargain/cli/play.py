"""``wagebargain play FILE --as union|management``: negotiate at the keyboard.

Prompts and messages go to stderr (the terminal); a summary of the game is the product on
stdout. The transcript is always saved, atomically, as one JSON document: at the end of the
talks, on ``quit``, at the end of input and on Ctrl-C. Exit 0, or 130 after Ctrl-C.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.common import handles_errors, json_document
from wagebargain.cli.simulate import FIRM_HELP, load_classroom, output_document
from wagebargain.errors import ExitCode


class Side(str, Enum):
    union = "union"
    management = "management"


def read_line(prompt: str) -> str:
    """Show ``prompt`` on stderr and read one line of stdin (EOFError at its end)."""
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return input()


def tell(text: str) -> None:
    """A message to the player, on stderr."""
    print(text, file=sys.stderr, flush=True)


@handles_errors
def play(
    file: Path = typer.Argument(..., help="The scenario file.", show_default=False),
    as_: Optional[Side] = typer.Option(None, "--as", show_default=False,
                                       help="The side you play."),
    opponent: Optional[str] = typer.Option(None, "--opponent", show_default=False,
                                           help="The computer's strategy (default: the "
                                                "scenario's; an unknown name lists them all)."),
    two_players: bool = typer.Option(False, "--two-players",
                                     help="Two people alternate at this keyboard, one per side."),
    transcript: Optional[Path] = typer.Option(None, "--transcript", show_default=False,
                                              help="Where to save the transcript (default: "
                                                   "transcript-SCENARIO-SEED.json here)."),
    seed: Optional[int] = typer.Option(None, "--seed", min=0, show_default=False,
                                       help="Seed of the computer's random choices and the "
                                            "arbitrator."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
) -> None:
    """Negotiate at the keyboard against the computer (or a second player)."""
    from wagebargain.classroom import simulation
    from wagebargain.classroom.play import play_game
    from wagebargain.classroom.setup import StrategyError, check_strategy
    from wagebargain.errors import WagebargainError
    from wagebargain.fileio import write_text_atomic

    if as_ is None and not two_players:
        raise StrategyError("give --as union or --as management (or --two-players)")
    check_strategy(opponent, "--opponent")
    classroom = load_classroom(file, firm=firm, seed=seed)
    game = play_game(classroom, as_.value if as_ else None, read=read_line, tell=tell,
                     opponent=opponent, two_players=two_players)
    path = transcript or Path(f"transcript-{classroom.stem}-{game.report.result.seed}.json")
    try:
        write_text_atomic(path, json_document("play", game.payload()) + "\n")
    except OSError as exc:
        raise WagebargainError(f"cannot write the transcript {path}: {exc.strerror}") from None
    tell(f"transcript saved to {path}")
    output_document("table", None, "play", lambda: simulation.blocks(game.report, "Game"),
                    game.payload)
    if game.interrupted:
        raise typer.Exit(int(ExitCode.INTERRUPTED))
