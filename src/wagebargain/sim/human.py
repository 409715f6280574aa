"""A human player: another negotiator whose moves are typed at a prompt.

All I/O goes through two callables, so a terminal, a web page or a test script can drive it:
``ask(prompt) -> str`` reads a line, ``tell(text)`` shows a message. Typed input:

* an offer: ``5.5%`` or ``0.055`` for a single issue; ``raise=5% lump_sum=800`` for a
  package (issues left out keep the value of your last offer, or your target);
* ``accept``, ``walk`` (break off: the impasse rule applies), ``history``, ``help``, ``quit``.

A typo or an out-of-range value gets a message and a new prompt, never an exception.
``quit``, end of input (Ctrl-D) and Ctrl-C end the session cleanly; its transcript stays
available from the session.
"""
from __future__ import annotations

import re
from typing import Callable

from wagebargain.sim.issues import Offer
from wagebargain.sim.negotiators import Negotiator
from wagebargain.sim.results import describe_event
from wagebargain.sim.setup import Setup
from wagebargain.sim.state import Accept, Counter, Quit, Response, State, WalkOut

COMMANDS = ("accept", "walk", "history", "help", "quit")


def parse_offer(text: str, setup: Setup, base: Offer) -> tuple[Offer, list[str]]:
    """Read a typed offer.

    Parameters
    ----------
    text : str
        ``5.5%``, ``0.055``, or ``name=value`` pairs separated by spaces, commas or
        semicolons (a comma before three digits is a thousands separator: ``1,000``).
    setup : Setup
    base : Offer
        Values for issues the text leaves out.

    Returns
    -------
    offer, notes : (Offer, list of str)
        The offer and a note for each issue taken from ``base``.

    Raises
    ------
    ValueError
        With a message to show the player.
    """
    text = re.sub(r"\s*=\s*", "=", re.sub(r"\s+%", "%", text.strip()))
    tokens = [t for t in re.split(r"[\s;]+|,(?!\d{3}\b)", text) if t]  # 1,000 stays whole
    names = [issue.name for issue in setup.issues]
    example = "5.5% or 0.055" if setup.single_issue else "raise=5% lump_sum=800"
    if setup.single_issue and len(tokens) == 1 and "=" not in tokens[0]:
        if not any(c.isdigit() for c in tokens[0]):
            raise ValueError(f"'{tokens[0]}' is not an offer or a command; write an offer like "
                             f"{example}, or type help")
        tokens = [f"{names[0]}={tokens[0]}"]
    values: dict[str, float] = {}
    for token in tokens:
        name, sep, raw = token.partition("=")
        if not sep or not raw:
            raise ValueError(f"'{token}' is not an offer or a command; write an offer like "
                             f"{example}, or type help")
        name = name.lower()
        if name not in names:
            raise ValueError(f"unknown issue '{name}'; the issues are {', '.join(names)}")
        if name in values:
            raise ValueError(f"{name} is given twice")
        issue = setup.issues[names.index(name)]
        value = issue.parse(raw)
        if not issue.contains(value):
            raise ValueError(f"{name} must lie between {issue.format(issue.low)} and "
                             f"{issue.format(issue.high)}; you typed {issue.format(value)}")
        values[name] = min(max(value, issue.low), issue.high)
    notes = [f"{name} stays at {issue.format(x)}" for name, issue, x in
             zip(names, setup.issues, base) if name not in values]
    return tuple(values.get(name, x) for name, x in zip(names, base)), notes


class Human(Negotiator):
    """A negotiator played by a person through ``ask`` and ``tell``.

    Parameters
    ----------
    ask : callable
        ``ask(prompt) -> str``, e.g. :func:`input`. ``EOFError`` or ``KeyboardInterrupt``
        from it quits the game.
    tell : callable
        ``tell(text)``, e.g. :func:`print`.
    """

    name = "human"

    def __init__(self, ask: Callable[[str], str], tell: Callable[[str], None],
                 name: str | None = None):
        super().__init__(name)
        self.ask = ask
        self.tell = tell

    def propose(self, state: State):
        if state.offer is None:
            self.tell(f"You are the {self.role}. Make the opening offer "
                      f"(your target: {self.setup.describe(self.setup.side(self.role).target)}).")
        return self._play(state, None)

    def respond(self, state: State, offer: Offer) -> Response:
        self.tell(f"{self.opponent.capitalize()} offers {self.setup.describe(offer)} "
                  f"(worth {self.utility(offer):.2f} to you).")
        if not state.can_counter:
            self.tell("That was the last offer: accept it, or walk to end the talks.")
        return self._play(state, offer)

    def _prompt(self, state: State) -> str:
        round_ = state.step // 2 + 1
        total = self.setup.rounds
        when = (f"round {round_} of {total}" if round_ <= total
                else f"strike round {round_ - total} of {self.setup.strike_rounds}")
        return f"[{when}] {self.role}> "

    def _play(self, state: State, offer: Offer | None):
        while True:
            try:
                line = self.ask(self._prompt(state))
            except (EOFError, KeyboardInterrupt):
                return Quit()
            if line is None:
                return Quit()
            command = line.strip().lower()
            if not command:
                self.tell("Type an offer (for example "
                          f"{'5.5%' if self.setup.single_issue else 'raise=5% lump_sum=800'})"
                          " or a command; help lists them.")
            elif command == "help":
                self.tell(self.help_text())
            elif command == "history":
                self.tell(self.history_text(state))
            elif command == "quit":
                return Quit()
            elif command == "walk":
                return WalkOut()
            elif command == "accept":
                if offer is not None:
                    return Accept()
                self.tell("There is no offer on the table to accept: make an offer.")
            else:
                move = self._offer(state, line, offer)
                if move is not None:
                    return move

    def _offer(self, state: State, line: str, offer: Offer | None):
        if offer is not None and not state.can_counter:
            self.tell("No more offers can be made: accept, or walk.")
            return None
        base = state.last_offer_by(self.role) or self.setup.side(self.role).target
        try:
            proposal, notes = parse_offer(line, self.setup, base)
        except ValueError as exc:
            self.tell(str(exc))
            return None
        for note in notes:
            self.tell(note)
        return proposal if offer is None else Counter(proposal)

    def help_text(self) -> str:
        side = self.setup.side(self.role)
        issues = "\n".join(f"  {issue.name}: {issue.format(issue.low)} to "
                           f"{issue.format(issue.high)}" for issue in self.setup.issues)
        example = "5.5% or 0.055" if self.setup.single_issue else "raise=5% lump_sum=800"
        return (f"Type an offer like {example}, or one of: accept, walk (break off the talks), "
                f"history, help, quit.\nIssues:\n{issues}\n"
                f"Your reservation point: {self.setup.describe(side.reservation)}; "
                f"your target: {self.setup.describe(side.target)}.")

    def history_text(self, state: State) -> str:
        if not state.history:
            return "No offers yet."
        return "\n".join(describe_event(self.setup, e) for e in state.history)
