"""A trainee negotiates at the keyboard: the simulator's :class:`~wagebargain.sim.Human`
against a computer strategy, or two trainees against each other at one keyboard.

All I/O goes through two callables the caller passes (``read(prompt) -> str`` and
``tell(text)``), so the CLI, a test script or another front end can drive a game. The game
ends with the talks, or early when a player types ``quit``, input ends (Ctrl-D, end of a
script) or Ctrl-C is pressed; :attr:`GameResult.ended` says which, and the transcript so far
is always available.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from wagebargain.classroom import present
from wagebargain.classroom.messages import role as name
from wagebargain.classroom.messages import count, strategy, t
from wagebargain.classroom.simulation import SimulationReport, outcome_text
from wagebargain.errors import DataError
from wagebargain.sim.setup import other

ENDINGS = ("finished", "quit", "eof", "interrupt")
"""How a game ended: the talks ended, a player typed quit, input ended, Ctrl-C."""


class Keyboard:
    """Wraps ``read`` and records whether input ended (EOF) or was interrupted (Ctrl-C).

    The exception is re-raised: the :class:`~wagebargain.sim.Human` turns it into a quit.
    """

    def __init__(self, read: Callable[[str], str]):
        self.read = read
        self.ended: Optional[str] = None

    def __call__(self, prompt: str) -> str:
        try:
            return self.read(prompt)
        except EOFError:
            self.ended = "eof"
            raise
        except KeyboardInterrupt:
            self.ended = "interrupt"
            raise


@dataclass(frozen=True)
class GameResult:
    """A played game: the simulation report, who played what, and how it ended."""

    report: SimulationReport
    played_as: str  # union, management or both
    opponent: Optional[str]  # the computer's strategy; None for two players
    ended: str  # one of ENDINGS

    @property
    def interrupted(self) -> bool:
        return self.ended == "interrupt"

    def payload(self) -> dict[str, Any]:
        """The transcript file's body (see :func:`wagebargain.cli.common.json_document`)."""
        return {"scenario": self.report.classroom.meta(), "played_as": self.played_as,
                "opponent": self.opponent, "ended": self.ended,
                "simulation": self.report.result.to_dict(),
                "summary": outcome_text(self.report.result)}


def _welcome(setup: Any, role: str, opponent: Optional[str], lang: str) -> str:
    if opponent:
        who = t("play.against", lang, role=present.side_name(role, lang),
                other=present.side_name(other(role), lang),
                strategy=strategy(opponent, lang))
    else:
        who = t("play.two", lang)
    return "\n".join((who, t("play.rules", lang, rounds=count(setup.rounds, "round", lang),
                               first=present.first_mover(setup, lang),
                               impasse=present.impasse_text(setup, lang)),
                      t("play.commands", lang, example=setup.example(lang))))


def _speaker(tell: Callable[[str], None], role: str, lang: str) -> Callable[[str], None]:
    """``tell`` with each line marked with the side speaking (two players at one screen)."""
    def say(text: str) -> None:
        tell("\n".join(t("play.speaker", lang, role=name(role, lang), text=line)
                       for line in text.split("\n")))

    return say


def play_game(classroom: Any, role: Optional[str], *, read: Callable[[str], str],
              tell: Callable[[str], None], opponent: Optional[str] = None,
              two_players: bool = False, seed: Optional[int] = None) -> GameResult:
    """Play one game and return its result (never raises on bad input or Ctrl-C).

    Prompts and messages are in the classroom's language (``classroom.lang``); the typed
    commands are the same in every language.

    Parameters
    ----------
    classroom : Classroom
    role : {"union", "management"} or None
        The trainee's side (ignored with ``two_players``).
    read, tell : callable
        ``read(prompt) -> str`` (may raise EOFError or KeyboardInterrupt) and ``tell(text)``.
    opponent : str, optional
        The computer's strategy (default: the scenario's strategy for that side).
    two_players : bool
        Both sides are played at the keyboard, in turn; each side's numbers show only on
        ``help``.
    seed : int, optional
        Overrides the setup's seed.

    Raises
    ------
    DataError
        When the computer side would be ``human`` (give an opponent strategy).
    """
    from wagebargain.sim import Human, Session, make_negotiator

    setup, lang = classroom.setup, classroom.lang
    keyboard = Keyboard(read)
    players: dict[str, Any] = {}
    if two_players:
        for side in ("union", "management"):
            players[side] = Human(keyboard, _speaker(tell, side, lang), lang=lang,
                                  shared_screen=True)
        opponent = None
        played = "both"
    else:
        computer = other(role)
        opponent = opponent or setup.side(computer).strategy
        if opponent == "human":
            raise DataError(f"the scenario's {computer} strategy is human: choose the "
                            f"computer's strategy with --opponent, or play with --two-players")
        players[role] = Human(keyboard, tell, lang=lang)
        players[computer] = make_negotiator(opponent)
        played = role
    session = Session(setup, players["union"], players["management"], seed=seed)
    tell(_welcome(setup, played, opponent, lang))
    try:
        for state in session:
            if state.ended and state.reason != "quit":
                tell(outcome_text(session.result(), lang))
    except KeyboardInterrupt:  # pressed while the computer was moving
        keyboard.ended = "interrupt"
    if keyboard.ended:  # the prompt's line is still open
        tell("\n" + t(f"play.ended_{keyboard.ended}", lang))
    result = session.result()
    ended = keyboard.ended or ("quit" if result.outcome.reason == "quit" else "finished")
    return GameResult(SimulationReport(classroom, result), played, opponent, ended)


def check_writable(path: Optional[Path]) -> None:
    """Make sure the transcript can be saved at ``path`` (``None``: the default name in the
    current folder) before a game starts, by creating and removing a scratch file beside it
    (permission bits alone can mislead, e.g. for root or on a network share).

    Raises
    ------
    DataError
        When ``path`` is a folder, its folder does not exist, or nothing can be written there.
    """
    import os
    import tempfile

    folder = Path(".") if path is None else path.parent
    if path is None:
        path = Path("transcript.json")  # only its folder is checked
    elif path.is_dir():
        raise DataError(f"--transcript {path} is a folder; give a file name such as "
                        f"{path / 'transcript.json'}")
    if not folder.is_dir():
        raise DataError(f"cannot save the transcript to {path}: the folder {folder} does not "
                        f"exist; create it or give another --transcript")
    try:
        handle, scratch = tempfile.mkstemp(prefix=".wagebargain-", dir=folder)
        os.close(handle)
        os.unlink(scratch)
    except OSError as exc:
        raise DataError(f"cannot save the transcript to {path}: {exc.strerror or exc}; give "
                        f"another --transcript") from None


def transcript_path(classroom: Any, seed: Any, given: Optional[Path] = None) -> Path:
    """Where to save a game's transcript: ``given`` (replaced if it exists), else
    ``transcript-SCENARIO-SEED.json`` in the current folder, or ``...-SEED-2.json`` and so on
    when an earlier game (the same scenario and seed) already saved there."""
    if given is not None:
        return given
    stem = f"transcript-{classroom.stem}-{seed}"
    path, n = Path(f"{stem}.json"), 1
    while path.exists():
        n += 1
        path = Path(f"{stem}-{n}.json")
    return path
