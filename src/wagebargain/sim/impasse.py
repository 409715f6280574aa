"""What happens when the deadline passes without agreement: nothing, a strike, or arbitration.

* :class:`NoImpasseRule` - the talks end without a contract.
* :class:`Strike` - after the deadline a strike (or lockout) begins and bargaining goes on
  for up to ``limit`` more rounds; every round of it costs each side its
  ``SideSetup.strike_cost``, which lowers the utility it can still accept (its effective
  reservation point), as in the strike models of Hicks (1932) and Ashenfelter & Johnson
  (1969). A walk-out ends the talks without a contract.
* :class:`Arbitration` - final-offer arbitration: an arbitrator whose ideal award is drawn
  around a fair point awards the last offer nearer that ideal (Farber 1980). A walk-out
  sends the dispute to the arbitrator at once. The arbitrator chooses only between offers
  actually made (:func:`by_default`): a side with no offer on the table loses by default
  to the other side's last offer, and with no offer on the table at all (a walk-out before
  the opening offer) there is nothing to award, so the talks end without a contract.

References
----------
.. [1] Hicks, J. R. (1932). *The Theory of Wages*, ch. 7. London: Macmillan.
.. [2] Ashenfelter, O. & Johnson, G. E. (1969). "Bargaining theory, trade unions, and
   industrial strike activity". American Economic Review 59(1), 35-49.
.. [3] Farber, H. S. (1980). "An analysis of final-offer arbitration". Journal of
   Conflict Resolution 24(4), 683-705.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

import numpy as np

from wagebargain.sim.issues import Offer


@dataclass(frozen=True)
class NoImpasseRule:
    """No deal at the deadline means no contract."""

    kind = "none"

    def to_dict(self) -> dict:
        return {"rule": self.kind}


@dataclass(frozen=True)
class Strike:
    """A strike (or lockout) of at most ``limit`` rounds after the deadline.

    Parameters
    ----------
    limit : int, default 4
        Rounds of strike before the dispute is abandoned without a contract.
    """

    limit: int = 4
    kind = "strike"

    def __post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise ValueError(f"the strike limit must be a whole number of rounds >= 1, "
                             f"got {self.limit!r}")

    def to_dict(self) -> dict:
        return {"rule": self.kind, "limit": self.limit}


@dataclass(frozen=True)
class Arbitration:
    """Final-offer arbitration with a normally distributed ideal award.

    Parameters
    ----------
    spread : float, default 0.05
        Standard deviation of the arbitrator's ideal on each issue, as a fraction of the
        issue's range (0.05 of a 0-15% raise range is 0.75 percentage point).
    fair : Offer, optional
        Centre of the arbitrator's ideal. Default: the setup's Nash point (or, without a
        zone of agreement, the point splitting the gap in the same proportions).
    ideal : Offer, optional
        A fixed ideal award instead of a random one (for exercises and tests).
    """

    spread: float = 0.05
    fair: Offer | None = None
    ideal: Offer | None = None
    kind = "arbitration"

    def __post_init__(self) -> None:
        if not (np.isfinite(self.spread) and self.spread >= 0):
            raise ValueError(f"the arbitrator's spread must be >= 0, got {self.spread}")
        for name in ("fair", "ideal"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(np.atleast_1d(value).astype(float)))

    def ideal_from(self, fair: np.ndarray, lows: np.ndarray, highs: np.ndarray,
                   z: np.ndarray) -> np.ndarray:
        """Ideal awards ``fair + spread * range * z``, clipped to the issues' ranges.

        Vectorised: ``fair`` and ``z`` have shape ``(..., n_issues)``.
        """
        if self.ideal is not None:
            return np.broadcast_to(np.asarray(self.ideal, dtype=float), np.shape(z)).copy()
        return np.clip(np.asarray(fair, dtype=float) + self.spread * (highs - lows) * z,
                       lows, highs)

    def draw_ideal(self, fair: Offer, lows: np.ndarray, highs: np.ndarray,
                   rng: np.random.Generator) -> Offer:
        """One ideal award drawn with ``rng`` (or the fixed ``ideal``)."""
        if self.ideal is not None:
            return self.ideal
        ideal = self.ideal_from(fair, lows, highs, rng.standard_normal(len(fair)))
        return tuple(float(x) for x in ideal)

    def to_dict(self) -> dict:
        return {"rule": self.kind, "spread": self.spread,
                "fair": None if self.fair is None else list(self.fair),
                "ideal": None if self.ideal is None else list(self.ideal)}


Impasse = Union[NoImpasseRule, Strike, Arbitration]


def by_default(union_offered: bool, management_offered: bool) -> str | None:
    """Who wins a final-offer arbitration before the arbitrator looks at the offers.

    Final-offer arbitration chooses between the parties' final offers and nothing else
    (Farber 1980): the arbitrator cannot award an offer nobody made, such as a side's private
    target. So a side that made no offer loses by default to the other side's last offer,
    and when neither side made one there is no award at all (the dispute ends in impasse,
    without a contract).

    Returns
    -------
    ``None`` when both sides made an offer (the arbitrator decides with
    :func:`final_offer_award`); ``"union"`` or ``"management"`` for the only side that made
    one; ``"nobody"`` when neither did.

    References
    ----------
    .. [1] Farber, H. S. (1980), see the module docstring.
    """
    if union_offered and management_offered:
        return None
    if union_offered or management_offered:
        return "union" if union_offered else "management"
    return "nobody"


def final_offer_award(union_offer: np.ndarray, management_offer: np.ndarray,
                      ideal: np.ndarray) -> np.ndarray:
    """Whether the arbitrator awards the union's final offer (vectorised over rows).

    Distances are summed over issues in normalised units (each issue's range = 1); a tie
    goes to the union's offer.

    Parameters
    ----------
    union_offer, management_offer, ideal : ndarray, shape (..., n)
        Offers and ideal award with every issue scaled to [0, 1] over its range.

    Returns
    -------
    ndarray of bool, shape (...)

    References
    ----------
    .. [1] Farber, H. S. (1980), see the module docstring.
    """
    to_union = np.abs(np.asarray(union_offer) - ideal).sum(axis=-1)
    to_management = np.abs(np.asarray(management_offer) - ideal).sum(axis=-1)
    return to_union <= to_management
