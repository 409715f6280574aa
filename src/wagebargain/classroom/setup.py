"""A scenario's wage round made ready for the simulator, with the advisor's numbers as defaults.

:func:`classroom_setup` reads the scenario's ``simulation:`` section and fills every
reservation point and target it leaves out from the advisor (:func:`wagebargain.advice.build.
advise`) for the chosen enterprise:

==========================  =============================================================
simulation value            default from the advisor
==========================  =============================================================
union reservation           the union's walk-away floor (``band.floor``)
union target                the opening ask (``band.opening``)
management reservation      management's estimated resistance point (``resistance``)
management target           management's offer on the table (``bargaining.management_offer``)
                            when the scenario gives one, else the legal floor (the least the
                            minimum-wage rules allow: ``legal_floor`` component of the band)
union_power                 the Nash weight the advisor used (``settlement.union_power``)
==========================  =============================================================

A default target is never worse for its side than the side's reservation point (management's
default target is at most its reservation point, the union's at least its own), so the setup is
always valid. Values the scenario gives always win; command-line overrides (strategies, rounds,
seed) win over both. Money costs per round (``cost_per_round``) are converted to utility with
the enterprise's annual wage bill and contract length.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from wagebargain.classroom.messages import language, listing, t
from wagebargain.errors import DataError, ExitCode, WagebargainError

ROLES = ("union", "management")


class UsageError(WagebargainError):
    """Options that do not go together, or a required one left out (exit code 2)."""

    exit_code = ExitCode.USAGE


class StrategyError(UsageError):
    """A strategy name on the command line that the simulator does not know (a usage error)."""


@dataclass(frozen=True)
class AdvisorPoints:
    """The advisor's numbers for one enterprise (rates as fractions; NaN when unknown)."""

    floor: float
    target: float
    opening: float
    resistance: float
    nash: float
    management_offer: float
    legal_floor: float
    union_power: float

    def to_dict(self) -> dict[str, Optional[float]]:
        return {k: (v if math.isfinite(v) else None) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Classroom:
    """A scenario's wage round for the classroom commands.

    Attributes
    ----------
    setup : wagebargain.sim.Setup
    title, source, sha256 : str
        The scenario's title, file name and SHA-256.
    firm, firm_number : str, int
        The enterprise simulated (number from 1).
    currency : str
    advisor : AdvisorPoints
    defaulted : tuple of str
        The setup values taken from the advisor, e.g. ``"union.reservation"``.
    has_section : bool
        Whether the scenario has a ``simulation:`` section.
    notes : tuple of str
        What a user should be told (on stderr) about the defaults.
    lang : str
        Language of the notes, the role sheets and the game (``en`` or ``zh``).
    """

    setup: Any
    title: str
    source: str
    sha256: str
    firm: str
    firm_number: int
    currency: str
    advisor: AdvisorPoints
    defaulted: tuple[str, ...]
    has_section: bool
    scenario: Any = field(repr=False, compare=False)
    advice: Any = field(repr=False, compare=False)
    notes: tuple[str, ...] = ()
    lang: str = "en"

    @property
    def stem(self) -> str:
        """The scenario's file name without its extension (for default output names)."""
        return Path(self.source).stem or "scenario"

    def meta(self) -> dict[str, Any]:
        """The provenance block of every JSON document and transcript."""
        return {"file": self.source, "sha256": self.sha256, "title": self.title,
                "enterprise": self.firm, "enterprise_number": self.firm_number,
                "currency": self.currency, "advisor": self.advisor.to_dict(),
                "defaulted_from_advisor": list(self.defaulted)}


def check_strategy(name: Optional[str], option: str, allow_human: bool = False) -> Optional[str]:
    """``name`` if the simulator knows it, else a :class:`StrategyError` listing them all."""
    if name is None:
        return None
    from wagebargain.sim import STRATEGIES

    known = [s for s in STRATEGIES if allow_human or s != "human"]
    if name not in known:
        hint = ""
        if name == "human":
            hint = (" (for two people at one keyboard, use --two-players)"
                    if option == "--opponent" else " (a person plays with `wagebargain play`)")
        raise StrategyError(f"{option}: unknown strategy '{name}'{hint}; choose one of "
                            f"{', '.join(known)}")
    return name


def strategy_list(text: Optional[str], option: str = "--strategies") -> Optional[list[str]]:
    """``"boulware, linear"`` -> ``["boulware", "linear"]``, each name checked, none twice."""
    if text is None:
        return None
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise StrategyError(f"{option}: give strategy names separated by commas")
    for name in names:
        check_strategy(name, option)
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise StrategyError(f"{option}: {', '.join(twice)} given more than once")
    return names


def pick_firm(firms: list[Any], which: Optional[str]) -> int:
    """Index of the enterprise named or numbered (from 1) by ``which``; the first by default.

    A name matches exactly, or case-insensitively as the only enterprise whose name contains it.
    """
    if which is None or which == "":
        return 0
    listing = "; ".join(f"{i} {f.name}" for i, f in enumerate(firms, start=1))
    text = which.strip()
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(firms):
            return number - 1
        raise DataError(f"--firm {text}: the scenario has {len(firms)} enterprise"
                        f"{'s' if len(firms) != 1 else ''} ({listing})")
    exact = [i for i, f in enumerate(firms) if f.name == text]
    if exact:
        return exact[0]
    partial = [i for i, f in enumerate(firms) if text.casefold() in f.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    what = "matches several enterprises" if partial else "matches no enterprise"
    raise DataError(f"--firm '{text}' {what}; give a name or a number ({listing})")


def advisor_points(firm_advice: Any) -> AdvisorPoints:
    """The numbers of one :class:`~wagebargain.advice.model.FirmAdvice` the classroom uses."""
    band, settlement = firm_advice.band, firm_advice.settlement
    legal = next((c.value for c in band.components if c.name == "legal_floor"), math.nan)
    return AdvisorPoints(floor=band.floor, target=band.target, opening=band.opening,
                         resistance=firm_advice.resistance, nash=settlement.nash,
                         management_offer=settlement.management_offer, legal_floor=legal,
                         union_power=settlement.union_power)


def _finite(x: Any) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def default_points(points: AdvisorPoints, given: dict[str, dict[str, Any]]
                   ) -> dict[str, Optional[float]]:
    """The advisor's defaults for reservation points and targets, consistent with ``given``.

    ``given`` holds the scenario's own values (``{"union": {"reservation": 0.03}, ...}``,
    fractions, ``None`` when absent). Returns ``{"union_reservation": ..., ...}``.
    """
    def own(role: str, what: str) -> Optional[float]:
        value = given.get(role, {}).get(what)
        return value if isinstance(value, (int, float)) else None

    def either(value: Optional[float], default: float) -> float:
        return default if value is None else value

    # a default is never worse for its side than the side's other point in force
    union_res = min(points.floor, either(own("union", "target"), points.floor))
    union_target = max(points.opening, either(own("union", "reservation"), union_res))
    management_res = max(points.resistance,
                         either(own("management", "target"), points.resistance))
    offer = points.management_offer if _finite(points.management_offer) else points.legal_floor
    management_target = (min(offer, either(own("management", "reservation"), management_res))
                         if _finite(offer) else None)
    return {"union_reservation": union_res, "union_target": union_target,
            "management_reservation": management_res, "management_target": management_target}


_DEFAULT_NAMES = {"union_reservation": "the union's floor",
                  "union_target": "the union's opening ask",
                  "management_reservation": "management's resistance point",
                  "management_target": "management's offer"}


def _check_defaults(defaults: dict[str, Optional[float]], given: dict[str, dict[str, Any]],
                    points: AdvisorPoints, firm: str) -> None:
    """Refuse, in the user's terms, advisor defaults the simulator cannot play: a raise of
    100% or more (typically a legal floor far above pay, when the minimum wage and the pay
    are not in the same period), which the simulation mapping would read as a bare number.

    Raises
    ------
    DataError
        Naming the value, its source and what to check or give instead.
    """
    bad = []
    for key, value in defaults.items():
        role, what = key.split("_")
        if given[role].get(what) is None and value is not None and _finite(value) and value >= 1:
            bad.append((key, value))
    if not bad:
        return
    from wagebargain.report import fmt

    listed = "; ".join(f"{_DEFAULT_NAMES[key]} {fmt.pct(value)}" for key, value in bad)
    why = ""
    if _finite(points.legal_floor) and points.legal_floor >= 1:
        why = (f" The legal floor alone is a raise of {fmt.pct(points.legal_floor)}: the "
               f"minimum wage is far above the current pay; check that "
               f"economy.minimum_wage and the pay are monthly figures of the same currency.")
    names = [f"simulation.{key.replace('_', '.')}" for key, _ in bad]
    keys = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    raise DataError(f"{firm}: the advisor's numbers for the simulation are raises of 100% or "
                    f"more ({listed}), which a negotiation cannot play.{why} Or give {keys} "
                    f"in the scenario's simulation: section.")


def classroom_setup(loaded: Any, firm: Optional[str] = None, *, union: Optional[str] = None,
                    management: Optional[str] = None, rounds: Optional[int] = None,
                    seed: Optional[int] = None, advice: Any = None, lang: Optional[str] = None,
                    reveal: tuple[str, ...] = ROLES) -> Classroom:
    """The simulator's setup for a loaded scenario (see the module docstring for defaults).

    Parameters
    ----------
    loaded : wagebargain.scenario.loader.Loaded
    firm : str, optional
        Enterprise name or number from 1 (default: the first).
    union, management : str, optional
        Strategy names overriding the scenario's (checked with :func:`check_strategy`).
    rounds : int, optional
        Rounds before the deadline, overriding the scenario's.
    seed : int, optional
        Seed overriding the scenario's.
    advice : Advice, optional
        The advisor's result, when the caller already has it.
    lang : {"en", "zh"}, optional
        Language of the notes, sheets and game (default: the scenario's ``language``).
    reveal : tuple of str
        The sides whose confidential numbers the notes may show: both for the trainer, only
        the trainee's own side in a game at the keyboard, none for two players at one screen.

    Raises
    ------
    wagebargain.sim.SetupError
        When the scenario's values cannot make a setup (exit code 1).
    DataError
        For an unknown enterprise.
    """
    from wagebargain.sim import Setup

    scenario = loaded.scenario
    if advice is None:
        from wagebargain.advice.build import advise

        advice = advise(scenario, source_file=Path(loaded.path).name, sha256=loaded.sha256)
    index = pick_firm(scenario.firms, firm)
    points = advisor_points(advice.firms[index])
    section = scenario.simulation.model_dump() if scenario.simulation is not None else {}
    for role, name in (("union", union), ("management", management)):
        if name is not None:
            section.setdefault(role, {})["strategy"] = name
    if rounds is not None:
        section["rounds"] = rounds
    if seed is not None:
        section["seed"] = seed
    given = {role: section.get(role) or {} for role in ROLES}
    defaults = default_points(points, given)
    _check_defaults(defaults, given, points, scenario.firms[index].name)
    defaulted = tuple(f"{role}.{what}" for role in ROLES for what in ("reservation", "target")
                      if given[role].get(what) is None
                      and defaults[f"{role}_{what}"] is not None)
    bargaining = scenario.bargaining
    enterprise = scenario.firms[index]
    setup = Setup.from_mapping(
        section, **defaults, union_power=points.union_power,
        annual_wage_bill=enterprise.accounts.current.wage_bill,
        contract_months=bargaining.contract_months if bargaining is not None else 12)
    classroom = Classroom(setup=setup, title=scenario.scenario.title,
                          source=Path(loaded.path).name, sha256=loaded.sha256,
                          firm=enterprise.name, firm_number=index + 1,
                          currency=scenario.scenario.currency, advisor=points,
                          defaulted=defaulted, has_section=scenario.simulation is not None,
                          scenario=scenario, advice=advice,
                          lang=language(lang, scenario))
    return replace(classroom, notes=tuple(default_notes(classroom, len(scenario.firms), firm,
                                                        reveal)))


def default_notes(classroom: Classroom, firm_count: int, firm: Optional[str],
                  reveal: tuple[str, ...] = ROLES) -> list[str]:
    """Notes for stderr: which enterprise is simulated and which values came from the advisor
    (only for the sides in ``reveal``: a trainee must not see the other side's numbers)."""
    from wagebargain.classroom.present import show

    lang = classroom.lang
    notes = []
    if firm_count > 1 and firm is None:
        notes.append(t("note.firms", lang, count=firm_count, firm=classroom.firm))
    if not classroom.has_section:
        notes.append(t("note.no_section", lang))
    setup = classroom.setup
    parts = []
    for key in classroom.defaulted:
        role, what = key.split(".")
        if role in reveal:
            parts.append(t(_note_key(classroom, key), lang,
                           value=show(setup, getattr(setup.side(role), what), lang)))
    if parts:
        notes.append(t("note.advisor", lang, items=listing(parts, lang, strong=True)))
    return notes


def _note_key(classroom: Classroom, key: str) -> str:
    """The catalogue key of the note on a defaulted value (``union.target`` ...)."""
    if key != "management.target":
        return f"note.{key}"
    setup, offer = classroom.setup, classroom.advisor.management_offer
    names = [issue.name for issue in setup.issues]
    raise_at = names.index("raise") if "raise" in names else 0
    if not _finite(offer):
        return "note.management.target.floor"
    if abs(setup.management.target[raise_at] - offer) < 1e-12:
        return "note.management.target.offer"
    return "note.management.target.capped"
