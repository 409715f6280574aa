"""The registry of strategies: name -> factory of a fresh negotiator.

``STRATEGIES["human"]`` needs ``ask`` and ``tell`` callables; every other factory takes no
arguments (the time-dependent ones also accept ``exponent``).
"""
from __future__ import annotations

from typing import Callable

from wagebargain.sim.equilibrium import Rubinstein, Zeuthen
from wagebargain.sim.human import Human
from wagebargain.sim.negotiators import (Hardliner, Negotiator, RandomNegotiator,
                                         TimeDependent, TitForTat)
from wagebargain.sim.setup import SetupError, SideSetup

EXPONENTS = {"boulware": 0.2, "linear": 1.0, "conceder": 5.0}
"""Concession exponents of the named time-dependent strategies (Faratin et al. 1998)."""


def _time_dependent(name: str) -> Callable[..., Negotiator]:
    def factory(exponent: float | None = None, k: float = 0.0) -> Negotiator:
        return TimeDependent(EXPONENTS[name] if exponent is None else exponent, k, name=name)

    factory.__name__ = factory.__qualname__ = name
    return factory


STRATEGIES: dict[str, Callable[..., Negotiator]] = {
    **{name: _time_dependent(name) for name in EXPONENTS},
    "time-dependent": TimeDependent,
    "hardliner": Hardliner,
    "tit-for-tat": TitForTat,
    "zeuthen": Zeuthen,
    "rubinstein": Rubinstein,
    "random": RandomNegotiator,
    "human": Human,
}


def make_negotiator(side: SideSetup | str) -> Negotiator:
    """A fresh negotiator for a side's strategy (and exponent, if the side sets one).

    Raises
    ------
    SetupError
        For an unknown name, or ``human`` (a human player needs I/O callables: build
        ``Human(ask=..., tell=...)`` and pass it to the session).
    """
    name = side if isinstance(side, str) else side.strategy
    exponent = None if isinstance(side, str) else side.exponent
    if name == "human":
        raise SetupError("a human player needs Human(ask=..., tell=...) passed to the session")
    if name not in STRATEGIES:
        raise SetupError(f"unknown strategy {name!r}; expected one of {', '.join(STRATEGIES)}")
    if exponent is not None and name in (*EXPONENTS, "time-dependent"):
        return STRATEGIES[name](exponent=exponent)
    return STRATEGIES[name]()
