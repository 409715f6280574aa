"""A human player: another negotiator whose moves are typed at a prompt.

All I/O goes through two callables, so a terminal, a web page or a test script can drive it:
``ask(prompt) -> str`` reads a line, ``tell(text)`` shows a message. Typed input, the same in
every language:

* an offer: ``5.5%`` or ``0.055`` for a single issue; ``raise=5% lump_sum=800`` for a
  package (issues left out keep the value of your last offer, or your target);
* ``accept``, ``walk`` (break off: the impasse rule applies), ``history``, ``help``, ``quit``;
  the Chinese words 帮助 (help), 历史 (history) and 退出 (quit) work too, and full-width
  characters typed with a Chinese input method (``５．５％``) are read as their ASCII forms.

A typo or an out-of-range value gets a message and a new prompt, never an exception; a
near-miss of a command ("histroy") is answered with the command it resembles. ``quit``, end
of input (Ctrl-D) and Ctrl-C end the session cleanly; its transcript stays available from
the session. Messages are in English or Chinese (``lang``), from :data:`~.messages.GAME`.
"""
from __future__ import annotations

import difflib
import math
import re
import unicodedata
from typing import Callable

from wagebargain.sim.issues import Issue, Offer
from wagebargain.sim.messages import GAME, role_name, sentence, side_name
from wagebargain.sim.negotiators import Negotiator
from wagebargain.sim.results import describe_event
from wagebargain.sim.setup import Setup
from wagebargain.sim.state import Accept, Counter, Quit, Response, State, WalkOut

COMMANDS = ("accept", "walk", "history", "help", "quit")
ALIASES = {"帮助": "help", "历史": "history", "退出": "quit", "?": "help"}
"""Other words for the commands (Chinese, and ``?`` for help)."""


class OfferError(ValueError):
    """Typed text that is not a valid offer; the message is in the language asked for."""


def normalise(text: str) -> str:
    """Typed text as the game reads it: full-width forms folded (NFKC), trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def shown(text: str) -> str:
    """Typed text safe to echo: control characters (an arrow key's escape sequence on a
    terminal without line editing) written as ``\\x1b`` instead of moving the cursor."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _value(issue: Issue, raw: str, lang: str) -> float:
    """One typed value in the issue's unit, or an :class:`OfferError` in ``lang``."""
    try:
        return issue.parse(raw)
    except ValueError:
        pass
    try:
        number = float(raw.removesuffix("%").replace(",", ""))
    except ValueError:
        number = None
    if number is not None and not math.isfinite(number):
        number = None
    if issue.is_rate and number is not None and raw.endswith("%"):
        return number / 100  # 100% or more: the range check answers
    if issue.is_rate and number is not None and 1 <= abs(number) < 100:
        guess = number / 100
        raise OfferError(GAME("typo.percent", lang, text=shown(raw), name=issue.name,
                              shown=issue.format(guess), fraction=f"{guess:g}")) from None
    example = issue.format(issue.example()).split()[0]
    raise OfferError(GAME("typo.value", lang, text=shown(raw), name=issue.name,
                          example=example)) from None


_DECIMAL_COMMA = re.compile(r"(?<![\d,])(0|\d+(?=,\d{1,2}(?![\d,]))),(\d+)(?![\d,])")
"""A number written with a decimal comma: ``5,5``, ``5,25`` or ``0,055`` (not ``1,000``)."""


def parse_offer(text: str, setup: Setup, base: Offer, lang: str = "en"
                ) -> tuple[Offer, list[str]]:
    """Read a typed offer.

    Parameters
    ----------
    text : str
        ``5.5%``, ``0.055``, or ``name=value`` pairs separated by spaces, commas or
        semicolons (a comma before three digits is a thousands separator: ``1,000``; one
        before one or two digits, ``5,5%``, a decimal comma, answered with a hint).
        Full-width forms are read as ASCII.
    setup : Setup
    base : Offer
        Values for issues the text leaves out.
    lang : {"en", "zh"}
        Language of the notes and of the error message.

    Returns
    -------
    offer, notes : (Offer, list of str)
        The offer and a note for each issue taken from ``base``.

    Raises
    ------
    OfferError
        A ``ValueError`` with a message to show the player.
    """
    text = re.sub(r"\s*=\s*", "=", re.sub(r"\s+%", "%", normalise(text)))
    comma = _DECIMAL_COMMA.search(text)
    if comma:  # 5,5% (a European or spreadsheet habit), not the thousands comma of 1,000
        raise OfferError(GAME("typo.decimal_comma", lang, text=shown(text),
                              fixed=_DECIMAL_COMMA.sub(r"\1.\2", text)))
    tokens = [t for t in re.split(r"[\s;]+|,(?!\d{3}\b)", text) if t]  # 1,000 stays whole
    names = [issue.name for issue in setup.issues]
    example = setup.example(lang)
    if not tokens:
        raise OfferError(GAME("empty", lang, example=example))
    if setup.single_issue and len(tokens) == 1 and "=" not in tokens[0]:
        if not any(c.isdigit() for c in tokens[0]):
            raise OfferError(GAME("typo.offer", lang, text=shown(tokens[0]), example=example))
        tokens = [f"{names[0]}={tokens[0]}"]
    values: dict[str, float] = {}
    for token in tokens:
        name, sep, raw = token.partition("=")
        if not sep or not raw:
            raise OfferError(GAME("typo.offer", lang, text=shown(token), example=example))
        name = name.lower()
        if name not in names:
            raise OfferError(GAME("typo.issue", lang, name=shown(name), names=", ".join(names)))
        if name in values:
            raise OfferError(GAME("typo.twice", lang, name=name))
        issue = setup.issues[names.index(name)]
        value = _value(issue, raw, lang)
        if not issue.contains(value):
            raise OfferError(GAME("typo.range", lang, name=name, low=issue.format(issue.low, lang),
                                  high=issue.format(issue.high, lang),
                                  value=issue.format(value, lang)))
        values[name] = min(max(value, issue.low), issue.high)
    notes = [GAME("stays", lang, name=name, value=issue.format(x, lang))
             for name, issue, x in zip(names, setup.issues, base) if name not in values]
    return tuple(values.get(name, x) for name, x in zip(names, base)), notes


def command(text: str) -> str | None:
    """The command typed (``help`` for ``Help`` or 帮助), or ``None``."""
    word = normalise(text).casefold()
    word = ALIASES.get(word, word)
    return word if word in COMMANDS else None


def near_command(text: str) -> str | None:
    """The command a typo resembles (``history`` for ``histroy``), or ``None``."""
    word = normalise(text).casefold()
    if not word.isalpha():
        return None
    match = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.75)
    return match[0] if match else None


class Human(Negotiator):
    """A negotiator played by a person through ``ask`` and ``tell``.

    Parameters
    ----------
    ask : callable
        ``ask(prompt) -> str``, e.g. :func:`input`. ``EOFError`` or ``KeyboardInterrupt``
        from it quits the game.
    tell : callable
        ``tell(text)``, e.g. :func:`print`.
    lang : {"en", "zh"}
        Language of the prompts and messages (the typed commands are the same in both).
    shared_screen : bool
        Two players take turns at one screen: the side's confidential numbers are shown only
        when it types ``help``, and only after the other player was asked to look away and
        Enter was pressed.
    """

    name = "human"

    def __init__(self, ask: Callable[[str], str], tell: Callable[[str], None],
                 name: str | None = None, *, lang: str = "en", shared_screen: bool = False):
        super().__init__(name)
        self.ask = ask
        self.tell = tell
        self.lang = lang
        self.shared_screen = shared_screen

    def say(self, key: str, **params: object) -> None:
        self.tell(GAME(key, self.lang, **params))

    def propose(self, state: State):
        if state.offer is None:
            if self.shared_screen:
                self.say("open.shared", side=side_name(self.role, self.lang))
            else:
                self.say("open", side=side_name(self.role, self.lang),
                         target=self.setup.describe(self.setup.side(self.role).target,
                                                    self.lang))
        return self._play(state, None)

    def respond(self, state: State, offer: Offer) -> Response:
        self.tell(sentence(GAME("offered", self.lang, who=role_name(self.opponent, self.lang),
                                offer=self.setup.describe(offer, self.lang),
                                worth=f"{self.utility(offer):.2f}")))
        if not state.can_counter:
            self.say("last_offer")
        return self._play(state, offer)

    def _prompt(self, state: State) -> str:
        """The prompt: the round of the offer being answered, or of the one to make."""
        round_ = state.round if state.offer is not None else state.step // 2 + 1
        total = self.setup.rounds
        if round_ <= total:
            return GAME("prompt", self.lang, round=round_, total=total,
                        role=role_name(self.role, self.lang))
        return GAME("prompt.strike", self.lang, round=round_ - total,
                    total=self.setup.strike_rounds, role=role_name(self.role, self.lang))

    def _play(self, state: State, offer: Offer | None):
        while True:
            try:
                line = self.ask(self._prompt(state))
            except (EOFError, KeyboardInterrupt):
                return Quit()
            if line is None:
                return Quit()
            word = command(line)
            if word == "help":
                if self.shared_screen and not self._other_looks_away():
                    return Quit()
                self.tell(self.help_text())
            elif word == "history":
                self.tell(self.history_text(state))
            elif word == "quit":
                return Quit()
            elif word == "walk":
                return WalkOut()
            elif word == "accept":
                if offer is not None:
                    return Accept()
                self.say("nothing_to_accept")
            elif (near := near_command(line)) is not None:
                self.say("typo.command", text=shown(normalise(line)), command=near)
            else:
                move = self._offer(state, line, offer)
                if move is not None:
                    return move

    def _offer(self, state: State, line: str, offer: Offer | None):
        if offer is not None and not state.can_counter and normalise(line):
            self.say("no_more_offers")
            return None
        base = state.last_offer_by(self.role) or self.setup.side(self.role).target
        try:
            proposal, notes = parse_offer(line, self.setup, base, self.lang)
        except OfferError as exc:
            self.tell(str(exc))
            return None
        for note in notes:
            self.tell(note)
        return proposal if offer is None else Counter(proposal)

    def help_text(self) -> str:
        side = self.setup.side(self.role)
        describe = self.setup.describe
        issues = "\n".join(GAME("help.issue", self.lang, name=issue.name,
                                low=issue.format(issue.low, self.lang),
                                high=issue.format(issue.high, self.lang))
                           for issue in self.setup.issues)
        return GAME("help", self.lang, example=self.setup.example(self.lang), issues=issues,
                    reservation=describe(side.reservation, self.lang),
                    target=describe(side.target, self.lang))

    def _other_looks_away(self) -> bool:
        """On a shared screen, ask the other player to look away before the numbers show;
        ``False`` when input ends (or Ctrl-C) at that prompt."""
        try:
            self.ask(GAME("help.look_away", self.lang, other=role_name(self.opponent, self.lang),
                          side=side_name(self.role, self.lang)))
        except (EOFError, KeyboardInterrupt):
            return False
        return True

    def history_text(self, state: State) -> str:
        if not state.history:
            return GAME("no_history", self.lang)
        return "\n".join(describe_event(self.setup, e, self.lang) for e in state.history)
