"""What theory predicts for a setup: zone of agreement, frontier, Nash, Kalai-Smorodinsky and
Rubinstein points, and the final-offer arbitration equilibrium.

All points are computed on the exact (piecewise-linear) frontier of
:mod:`wagebargain.sim.frontier`, in utility terms with the reservation points as
disagreement payoffs, and turned back into offers. For a single raise issue they reduce to
the textbook formulas: the Nash raise is ``floor + a (resistance - floor)``, the
Rubinstein raise ``floor + (1 - d_m)/(1 - d_u d_m) (resistance - floor)`` when the union
moves first.

References
----------
.. [1] Nash, J. F. (1950). "The bargaining problem". Econometrica 18(2), 155-162.
.. [2] Kalai, E. & Smorodinsky, M. (1975). "Other solutions to Nash's bargaining problem".
   Econometrica 43(3), 513-518.
.. [3] Rubinstein, A. (1982). "Perfect equilibrium in a bargaining model". Econometrica
   50(1), 97-109.
.. [4] Farber, H. S. (1980). "An analysis of final-offer arbitration". Journal of Conflict
   Resolution 24(4), 683-705.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from wagebargain.core import theory
from wagebargain.sim.impasse import Arbitration
from wagebargain.sim.issues import Offer
from wagebargain.sim.setup import Setup


@dataclass(frozen=True)
class TheoryPoint:
    """An offer with both sides' utilities."""

    offer: Offer
    union: float
    management: float

    def to_dict(self, setup: Setup) -> dict:
        return {"offer": setup.as_mapping(self.offer), "union_utility": self.union,
                "management_utility": self.management}


@dataclass(frozen=True)
class Analysis:
    """Theory's predictions for a setup.

    Attributes
    ----------
    zone : (TheoryPoint, TheoryPoint) or None
        Ends of the zone of agreement on the frontier: the point at the union's reservation
        utility and the point at management's. ``None`` when there is no zone.
    frontier : tuple of TheoryPoint
        Vertices of the Pareto frontier, from management's best package to the union's.
    nash, kalai_smorodinsky, rubinstein : TheoryPoint or None
        ``None`` without a zone of agreement (Rubinstein also with both patiences 1). The
        Nash point uses ``setup.union_power``; the Rubinstein point is the agreement when
        ``setup.first_mover`` proposes first.
    fair : Offer
        The arbitrator's default fair point (see :func:`fair_point`).
    final_offers : dict or None
        Final-offer arbitration equilibrium ``{"union": ..., "management": ...}`` for a
        single issue under arbitration: the textbook offers ``centre +/- sigma sqrt(pi/2)``
        (:func:`wagebargain.core.theory.final_offer_normal`, an unbounded normal ideal)
        clipped to the issue's range, since no side can offer beyond it (and the simulated
        arbitrator's ideal is clipped to the range too). When a clip binds, the other offer
        is left at its textbook value: an approximation of the bounded game, which says
        that the clipped side offers the end of the range.
    """

    setup: Setup
    zone: Optional[tuple[TheoryPoint, TheoryPoint]]
    frontier: tuple[TheoryPoint, ...]
    nash: Optional[TheoryPoint]
    kalai_smorodinsky: Optional[TheoryPoint]
    rubinstein: Optional[TheoryPoint]
    fair: Offer
    final_offers: Optional[dict[str, float]]

    def to_dict(self) -> dict:
        s = self.setup

        def point(p):
            return None if p is None else p.to_dict(s)

        return {"zone": None if self.zone is None else [point(p) for p in self.zone],
                "frontier": [point(p) for p in self.frontier],
                "nash": point(self.nash), "kalai_smorodinsky": point(self.kalai_smorodinsky),
                "rubinstein": point(self.rubinstein), "fair": s.as_mapping(self.fair),
                "final_offers": self.final_offers}


def _point(setup: Setup, union_utility: float) -> TheoryPoint:
    offer = setup.space.package_at(union_utility)
    return TheoryPoint(offer, setup.utility("union", offer), setup.utility("management", offer))


def _disagreement(setup: Setup) -> tuple[float, float]:
    return setup.reservation_utility("union"), setup.reservation_utility("management")


def fair_point(setup: Setup) -> Offer:
    """The arbitrator's default fair point.

    The Nash point (weight ``setup.union_power``) when a zone of agreement exists; otherwise
    the frontier point that splits the shortfall between the reservation points in the same
    proportions, ``(u - du) : (v - dv) = a : (1 - a)``, which is what the Nash formula
    ``x1 = d1 + a (S - d1 - d2)`` gives for a single issue.

    References
    ----------
    .. [1] Nash (1950), see the module docstring.
    """
    u, v = setup.space.vertex_u, setup.space.vertex_v
    du, dm = _disagreement(setup)
    a = setup.union_power
    try:
        return setup.space.package_at(theory.nash_point(u, v, du, dm, a)[0])
    except ValueError:
        pass
    try:
        return setup.space.package_at(theory.ray_intersection(u, v, (du, dm), (-a, a - 1))[0])
    except ValueError:  # reservation points below the frontier's ends: split the frontier
        return setup.space.package_at(u[0] + a * (u[-1] - u[0]))


def analyse(setup: Setup) -> Analysis:
    """Zone of agreement, Pareto frontier and the theory points of a setup.

    Parameters
    ----------
    setup : Setup

    Returns
    -------
    Analysis
    """
    u, v = setup.space.vertex_u, setup.space.vertex_v
    du, dm = _disagreement(setup)
    frontier = tuple(_point(setup, x) for x in u)
    try:
        lo, hi = theory.rational_range(u, v, du, dm)
    except ValueError:
        zone = nash = ks = rubinstein = None
    else:
        zone = (_point(setup, lo), _point(setup, hi))
        nash = _point(setup, theory.nash_point(u, v, du, dm, setup.union_power)[0])
        ks = _point(setup, theory.kalai_smorodinsky_point(u, v, du, dm)[0])
        try:
            x, y = theory.rubinstein_point(u, v, du, dm, setup.union.patience,
                                           setup.management.patience)
        except ValueError:
            rubinstein = None
        else:
            rubinstein = _point(setup, (x if setup.first_mover == "union" else y)[0])
    fair = fair_point(setup)
    final_offers = None
    rule = setup.impasse
    if isinstance(rule, Arbitration) and setup.single_issue:
        issue = setup.issues[0]
        centre = (rule.fair or fair)[0]
        low, high = (min(max(float(x), issue.low), issue.high) for x in  # no offer beyond
                     theory.final_offer_normal(centre, rule.spread * (issue.high - issue.low)))
        final_offers = ({"union": high, "management": low} if issue.union_prefers_more
                        else {"union": low, "management": high})
    return Analysis(setup, zone, frontier, nash, ks, rubinstein, fair, final_offers)
