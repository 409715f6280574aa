"""``wagebargain play FILE --as union|management``: negotiate at the keyboard.

Prompts and messages go to stderr (the terminal), in English or Chinese (``--lang``;
default: the scenario's language); a summary of the game is the product on stdout. The
transcript is always saved, atomically, as one JSON document: at the end of the talks, on
``quit``, at the end of input and on Ctrl-C; its folder is checked before the game starts.
Exit 0, or 130 after Ctrl-C; 1 when the transcript could not be saved (the summary is still
printed).
"""
from __future__ import annotations

import functools
import sys
import unicodedata
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from wagebargain.cli.advise import Lang
from wagebargain.cli.common import handles_errors, json_document, stderr_console
from wagebargain.cli.simulate import FIRM_HELP, load_classroom, nonempty_path, output_document
from wagebargain.errors import ExitCode


class Side(str, Enum):
    union = "union"
    management = "management"


def read_line(prompt: str) -> str:
    """Read one line of stdin after ``prompt`` (EOFError at its end).

    On a terminal, GNU readline (where Python has it) edits the line: arrow keys move the
    cursor instead of typing escape codes, and up recalls earlier lines. The prompt goes to
    stderr unless stdout is the terminal too, so a summary redirected to a file stays clean.
    """
    if sys.stdin.isatty() and sys.stdout.isatty():
        return input(prompt)  # readline draws the prompt and knows its width
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return input()


@functools.lru_cache(maxsize=1)
def _terminal() -> Any:
    """The stderr console when it is a terminal (words wrapped to its width), else None."""
    console = stderr_console()
    return console if console.is_terminal else None


def tell(text: str) -> None:
    """A message to the player, on stderr. On a terminal, English is wrapped between words;
    Chinese, which may break between any two characters, is left to the terminal."""
    console = _terminal()
    if console is None or any(unicodedata.east_asian_width(c) in "WF" for c in text):
        print(text, file=sys.stderr, flush=True)
    else:
        console.print(text, markup=False, highlight=False, emoji=False)


def _line_editing() -> None:
    """Turn on readline's line editing for :func:`input` on a terminal, if available."""
    if sys.stdin.isatty():
        try:
            import readline  # noqa: F401 - importing it is what enables line editing
        except ImportError:  # Windows without pyreadline: plain input still works
            pass


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
                                              parser=nonempty_path, metavar="FILE",
                                              help="Where to save the transcript (default: "
                                                   "transcript-SCENARIO-SEED.json here, never "
                                                   "overwriting an earlier game's)."),
    seed: Optional[int] = typer.Option(None, "--seed", min=0, show_default=False,
                                       help="Seed of the computer's random choices and the "
                                            "arbitrator."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help="Language of the prompts and messages (default: "
                                             "the scenario's language); the commands you type "
                                             "are the same in both."),
) -> None:
    """Negotiate at the keyboard against the computer (or a second player)."""
    from wagebargain.classroom import simulation
    from wagebargain.classroom.messages import t
    from wagebargain.classroom.play import check_writable, play_game, transcript_path
    from wagebargain.classroom.setup import UsageError, check_strategy
    from wagebargain.fileio import write_text_atomic

    if two_players and (as_ is not None or opponent is not None):
        given = " and ".join(o for o, v in (("--as", as_), ("--opponent", opponent)) if v)
        raise UsageError(f"--two-players: two people play both sides, so {given} cannot be "
                         f"given; leave {'them' if ' and ' in given else 'it'} out, or drop "
                         f"--two-players to play against the computer")
    if as_ is None and not two_players:
        raise UsageError("give --as union or --as management (or --two-players)")
    check_strategy(opponent, "--opponent")
    reveal = () if two_players else (as_.value,)  # never the other side's numbers
    classroom = load_classroom(file, firm=firm, seed=seed, lang=lang.value if lang else None,
                               reveal=reveal)
    check_writable(transcript)  # before the game, not after it (None: the current folder)
    _line_editing()
    game = play_game(classroom, as_.value if as_ else None, read=read_line, tell=tell,
                     opponent=opponent, two_players=two_players)
    path = transcript_path(classroom, game.report.result.seed, transcript)
    try:
        write_text_atomic(path, json_document("play", game.payload()) + "\n")
    except OSError as exc:  # the folder went away during the game, the disk filled up ...
        unsaved = f"{exc.strerror or exc}"
    else:
        unsaved = None
        tell(t("play.saved", classroom.lang, path=path))
    output_document("table", None, "play",
                    lambda: simulation.blocks(game.report, "sim.game", classroom.lang),
                    game.payload)
    if unsaved is not None:
        tell(t("play.unsaved", classroom.lang, path=path, reason=unsaved))
    if game.interrupted:
        raise typer.Exit(int(ExitCode.INTERRUPTED))
    if unsaved is not None:
        raise typer.Exit(int(ExitCode.USER_ERROR))
