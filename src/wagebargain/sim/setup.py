"""Everything a simulated wage round needs: issues, the two sides, deadline and impasse rule.

:class:`Setup` is a frozen dataclass of plain values, so the simulator does not depend on
the scenario models; :meth:`Setup.from_mapping` builds one from the ``simulation:`` section
of a scenario file (see :mod:`wagebargain.sim.mapping`).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping, Sequence

import numpy as np

from wagebargain.errors import WagebargainError
from wagebargain.sim.frontier import OfferSpace, offer_space
from wagebargain.sim.impasse import Impasse, NoImpasseRule, Strike
from wagebargain.sim.issues import RAISE, Issue, Offer, normalised_weights
from wagebargain.sim.messages import GAME

ROLES = ("union", "management")


class SetupError(WagebargainError, ValueError):
    """A simulation setup that cannot be used; the message says which value and why."""


def other(role: str) -> str:
    """The other side: ``other("union") == "management"``."""
    return "management" if role == "union" else "union"


def _as_offer(value: Any) -> Offer:
    if isinstance(value, tuple) and all(type(x) is float for x in value):
        return value
    return tuple(float(x) for x in np.atleast_1d(np.asarray(value, dtype=float)))


@dataclass(frozen=True)
class SideSetup:
    """One side's strategy and private information.

    Parameters
    ----------
    strategy : str
        A name in :data:`wagebargain.sim.STRATEGIES` (``boulware``, ``linear``, ``human`` ...).
    reservation : float or Offer
        The worst deal the side accepts (union: its floor; management: its resistance
        point). A float for a single issue, one value per issue for a package.
    target : float or Offer
        The deal it opens with (the union's ask, management's offer).
    patience : float, default 0.95
        Discount factor per round, in (0, 1].
    strike_cost : float, default 0
        Utility the side loses per round of strike or lockout (a share of the utility scale,
        where 1 is the distance from its worst to its best package). To convert money:
        divide by the money value of the whole scale, e.g. for a raise issue
        ``(high - low) * annual wage bill * contract_months / 12``.
    weights : sequence of float, optional
        Importance of each issue (normalised to sum 1; equal by default).
    exponent : float, optional
        Concession exponent ``e`` for the time-dependent strategies (overrides the name's).
    """

    strategy: str = "linear"
    reservation: Offer | float = 0.0
    target: Offer | float = 0.0
    patience: float = 0.95
    strike_cost: float = 0.0
    weights: tuple[float, ...] | None = None
    exponent: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "reservation", _as_offer(self.reservation))
        object.__setattr__(self, "target", _as_offer(self.target))
        if self.weights is not None:
            object.__setattr__(self, "weights", tuple(float(w) for w in self.weights))
        if not (isinstance(self.patience, (int, float)) and 0 < self.patience <= 1):
            raise SetupError(f"patience is a discount factor per round in (0, 1], "
                             f"got {self.patience!r}")
        if not (math.isfinite(self.strike_cost) and self.strike_cost >= 0):
            raise SetupError(f"strike_cost must be >= 0, got {self.strike_cost!r}")
        if self.exponent is not None and not (math.isfinite(self.exponent) and self.exponent > 0):
            raise SetupError(f"the concession exponent must be > 0, got {self.exponent!r}")

    def to_dict(self) -> dict:
        return {"strategy": self.strategy, "reservation": list(self.reservation),
                "target": list(self.target), "patience": self.patience,
                "strike_cost": self.strike_cost,
                "weights": None if self.weights is None else list(self.weights),
                "exponent": self.exponent}


@dataclass(frozen=True)
class Setup:
    """A wage round for the simulator.

    Parameters
    ----------
    union, management : SideSetup
    issues : tuple of Issue, default ``(RAISE,)``
        One issue (the raise) or a package.
    rounds : int, default 10
        Offers each side may make before the deadline.
    first_mover : {"union", "management"}
    impasse : NoImpasseRule, Strike or Arbitration
    union_power : float, default 0.5
        The union's Nash bargaining weight, for the theory comparison and the
        arbitrator's fair point.
    seed : int, optional
        Seed for random negotiators and the arbitrator; ``None`` draws fresh entropy.
    """

    union: SideSetup
    management: SideSetup
    issues: tuple[Issue, ...] = (RAISE,)
    rounds: int = 10
    first_mover: str = "union"
    impasse: Impasse = field(default_factory=NoImpasseRule)
    union_power: float = 0.5
    seed: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "issues", tuple(self.issues))
        problems = list(self._problems())
        if not problems:
            problems = [
                f"the {role}'s target ({self.describe(self.side(role).target)}) is worse for "
                f"it than its reservation point ({self.describe(self.side(role).reservation)})"
                for role in ROLES
                if self.reservation_utility(role) > self.target_utility(role) + 1e-12]
        if problems:
            raise SetupError("; ".join(problems))

    def _problems(self):
        if not self.issues:
            yield "at least one issue is needed"
        names = [issue.name for issue in self.issues]
        if len(set(names)) != len(names):
            yield f"issue names must differ, got {', '.join(names)}"
        if isinstance(self.rounds, bool) or not isinstance(self.rounds, int) or not (
                1 <= self.rounds <= 100_000):
            yield f"rounds must be a whole number from 1 to 100000, got {self.rounds!r}"
        if self.first_mover not in ROLES:
            yield f"first_mover must be union or management, got {self.first_mover!r}"
        if not 0 <= self.union_power <= 1:
            yield f"union_power must lie in [0, 1], got {self.union_power!r}"
        for role in ROLES:
            side = self.side(role)
            try:
                normalised_weights(side.weights, len(self.issues), role)
            except ValueError as exc:
                yield str(exc)
            for what in ("reservation", "target"):
                yield from self._offer_problems(getattr(side, what), f"{role} {what}")
        for what in ("fair", "ideal"):
            point = getattr(self.impasse, what, None)
            if point is not None:
                yield from self._offer_problems(point, f"arbitrator's {what} award")

    def _offer_problems(self, offer: Offer, what: str):
        if len(offer) != len(self.issues):
            yield f"{what}: expected {len(self.issues)} values, one per issue, got {len(offer)}"
            return
        for issue, value in zip(self.issues, offer):
            if not issue.contains(value):
                yield (f"{what}: {issue.name} {issue.format(value)} lies outside "
                       f"{issue.format(issue.low)} to {issue.format(issue.high)}")

    # --- structure ----------------------------------------------------------------------------
    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any], **defaults: Any) -> "Setup":
        """Build a setup from a scenario's ``simulation:`` section.

        See :func:`wagebargain.sim.mapping.setup_from_mapping` for the keys and defaults.
        """
        from wagebargain.sim.mapping import setup_from_mapping

        return setup_from_mapping(mapping, **defaults)

    def side(self, role: str) -> SideSetup:
        if role not in ROLES:
            raise ValueError(f"role must be union or management, got {role!r}")
        return self.union if role == "union" else self.management

    @property
    def single_issue(self) -> bool:
        return len(self.issues) == 1

    @property
    def strike_rounds(self) -> int:
        """Rounds of strike after the deadline (0 unless the impasse rule is a strike)."""
        return self.impasse.limit if isinstance(self.impasse, Strike) else 0

    @property
    def total_rounds(self) -> int:
        """Rounds in which offers can be made: the deadline plus any strike rounds."""
        return self.rounds + self.strike_rounds

    @property
    def total_steps(self) -> int:
        """Most offers the mechanism takes (both sides together)."""
        return 2 * self.total_rounds

    def weights(self, role: str) -> np.ndarray:
        return normalised_weights(self.side(role).weights, len(self.issues), role)

    @cached_property
    def space(self) -> OfferSpace:
        """Frontier and grid candidates of these issues and weights."""
        return offer_space(self.issues, self.weights("union"), self.weights("management"))

    @property
    def lows(self) -> np.ndarray:
        return np.array([issue.low for issue in self.issues])

    @property
    def highs(self) -> np.ndarray:
        return np.array([issue.high for issue in self.issues])

    # --- utilities ----------------------------------------------------------------------------
    def utilities(self, role: str, offers: np.ndarray) -> np.ndarray:
        """Utilities in [0, 1] for ``role`` of offers of shape ``(..., n_issues)``."""
        union, management = self.space.utilities(offers)
        return union if role == "union" else management

    def utility(self, role: str, offer: Sequence[float]) -> float:
        """Utility of one offer for ``role`` (equal to :meth:`utilities` bit for bit)."""
        return self.space.utility_pair(offer)[0 if role == "union" else 1]

    def reservation_utility(self, role: str) -> float:
        return self.utility(role, self.side(role).reservation)

    def target_utility(self, role: str) -> float:
        return self.utility(role, self.side(role).target)

    def normalise(self, offers: np.ndarray) -> np.ndarray:
        """Offers with every issue scaled to [0, 1] over its range."""
        return (np.asarray(offers, dtype=float) - self.lows) / (self.highs - self.lows)

    def check_offer(self, offer: Sequence[float]) -> Offer:
        """The offer as a tuple of floats; ``ValueError`` if malformed or out of range."""
        offer = _as_offer(offer)
        problems = list(self._offer_problems(offer, "offer"))
        if problems:
            raise ValueError("; ".join(problems))
        return offer

    # --- presentation -------------------------------------------------------------------------
    def as_mapping(self, offer: Sequence[float] | None) -> dict[str, float] | None:
        """``{"raise": 0.045, ...}`` for JSON."""
        if offer is None:
            return None
        return {issue.name: float(x) for issue, x in zip(self.issues, offer)}

    def describe(self, offer: Sequence[float] | None, lang: str = "en") -> str:
        """``'5.5%'`` for a single issue, ``'raise 5%, lump_sum 800, ...'`` for a package."""
        if offer is None:
            return GAME("none", lang)
        if self.single_issue:
            return self.issues[0].format(offer[0], lang)
        return functools.reduce(lambda a, b: GAME("list", lang, a=a, b=b), (
            f"{issue.name} {issue.format(x, lang)}" for issue, x in zip(self.issues, offer)))

    def example(self, lang: str = "en") -> str:
        """An offer to show the player: ``'5.5% or 0.055'``, or ``'raise=5.5% lump_sum=800'``
        with the first two issues of a package."""
        if self.single_issue:
            issue = self.issues[0]
            value = issue.example()
            return (GAME("or", lang, a=issue.format(value), b=f"{value:g}") if issue.is_rate
                    else issue.format(value).split()[0])
        return " ".join(f"{issue.name}={issue.format(issue.example()).split()[0]}"
                        for issue in self.issues[:2])

    def to_dict(self) -> dict:
        return {"issues": [issue.to_dict() for issue in self.issues],
                "union": self.union.to_dict(), "management": self.management.to_dict(),
                "rounds": self.rounds, "first_mover": self.first_mover,
                "impasse": self.impasse.to_dict(), "union_power": self.union_power,
                "seed": self.seed}
