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
from typing import Any, Callable, Optional

from wagebargain.classroom import present
from wagebargain.classroom.simulation import SimulationReport, outcome_text
from wagebargain.errors import DataError

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


def _welcome(setup: Any, role: str, opponent: Optional[str]) -> str:
    against = (f"the computer plays {'management' if role == 'union' else 'the union'} "
               f"({opponent})" if opponent else "two players take turns at this keyboard")
    return (f"You play {role if opponent else 'both sides'}; {against}. "
            f"{setup.rounds} rounds; the {setup.first_mover} opens; at an impasse, "
            f"{present.impasse_text(setup)}.\n"
            "Type an offer (like 5.5%" + ("" if setup.single_issue else
                                          ", or raise=5% lump_sum=800") +
            "), or accept, walk, history, help, quit.")


def play_game(classroom: Any, role: Optional[str], *, read: Callable[[str], str],
              tell: Callable[[str], None], opponent: Optional[str] = None,
              two_players: bool = False, seed: Optional[int] = None) -> GameResult:
    """Play one game and return its result (never raises on bad input or Ctrl-C).

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
        Both sides are played at the keyboard, in turn.
    seed : int, optional
        Overrides the setup's seed.

    Raises
    ------
    DataError
        When the computer side would be ``human`` (give an opponent strategy).
    """
    from wagebargain.sim import Human, Session, make_negotiator

    setup = classroom.setup
    keyboard = Keyboard(read)
    players: dict[str, Any] = {}
    if two_players:
        for side in ("union", "management"):
            players[side] = Human(keyboard, lambda text, side=side: tell(f"({side}) {text}"))
        opponent = None
        played = "both"
    else:
        other = "management" if role == "union" else "union"
        opponent = opponent or setup.side(other).strategy
        if opponent == "human":
            raise DataError(f"the scenario's {other} strategy is human: choose the computer's "
                            f"strategy with --opponent, or play with --two-players")
        players[role] = Human(keyboard, tell)
        players[other] = make_negotiator(opponent)
        played = role
    session = Session(setup, players["union"], players["management"], seed=seed)
    tell(_welcome(setup, played, opponent))
    try:
        for state in session:
            if state.ended and state.reason != "quit":
                tell(outcome_text(session.result()))
    except KeyboardInterrupt:  # pressed while the computer was moving
        keyboard.ended = "interrupt"
    result = session.result()
    ended = keyboard.ended or ("quit" if result.outcome.reason == "quit" else "finished")
    return GameResult(SimulationReport(classroom, result), played, opponent, ended)
