"""Offer ladders: the union's planned concessions from its opening ask to its target.

A ladder follows the time-dependent concession tactics of Faratin, Sierra & Jennings
(1998): at relative time t in [0, 1] the negotiator has conceded the share
``f(t) = k + (1 - k) t^(1/e)`` of the distance between its opening ask and its target.

References
----------
Faratin, P., Sierra, C. & Jennings, N. R. (1998). Negotiation decision functions for
autonomous agents. *Robotics and Autonomous Systems* 24(3-4), 159-182 (domain.md §7).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
from numpy.typing import ArrayLike

#: Named concession styles and their exponent ``e`` (*policy choice*). ``firm``
#: (Boulware, e = 0.3) has conceded only 0.5^(1/0.3) ~ 10% of the way by half time and
#: makes most of its moves near the deadline; ``steady`` (e = 1) concedes linearly;
#: ``flexible`` (Conceder, e = 3) has conceded 0.5^(1/3) ~ 79% by half time. 0.3 is close
#: to 1/3, so the firm and flexible curves are nearly mirror images about the linear one.
STYLES: Mapping[str, float] = {"firm": 0.3, "steady": 1.0, "flexible": 3.0}


@dataclass(frozen=True)
class Rung:
    """One offer on the ladder.

    Attributes
    ----------
    round : int
        Offer number, 1 for the opening ask.
    rate : float
        The raise asked, as a fraction of pay.
    money_per_worker_month : float
        The raise in money per worker per month, ``rate * pay per worker``.
    """

    round: int
    rate: float
    money_per_worker_month: float


def concession_curve(t: ArrayLike, e: float, k: float = 0.0) -> np.ndarray:
    """Share of the way conceded at relative time ``t``: ``k + (1 - k) t^(1/e)``.

    Parameters
    ----------
    t : array_like
        Relative time in [0, 1] (0 = first offer, 1 = deadline).
    e : float
        Concession exponent, > 0: e < 1 is Boulware (holds out), e = 1 linear, e > 1
        Conceder.
    k : float, default 0
        Share conceded at once, in [0, 1].

    Returns
    -------
    ndarray
        f(t) in [k, 1], non-decreasing in t, with f(0) = k and f(1) = 1.

    Raises
    ------
    ValueError
        If e <= 0, k is outside [0, 1] or any t is outside [0, 1].

    References
    ----------
    Faratin, Sierra & Jennings (1998), polynomial time-dependent tactic (domain.md §7).
    """
    t = np.asarray(t, dtype=float)
    if not e > 0:
        raise ValueError("the concession exponent e must be positive")
    if not 0.0 <= k <= 1.0:
        raise ValueError("the initial concession k must lie in [0, 1]")
    if np.any(~((t >= 0) & (t <= 1))):
        raise ValueError("relative time t must lie in [0, 1]")
    return k + (1.0 - k) * t ** (1.0 / e)


def style_exponent(style: str | float) -> float:
    """The exponent ``e`` of a named style in :data:`STYLES`, or ``style`` if a number."""
    if isinstance(style, str):
        try:
            return STYLES[style]
        except KeyError:
            names = ", ".join(STYLES)
            raise ValueError(f"unknown concession style {style!r}: use {names}") from None
    return float(style)


def offer_path(
    opening: float, target: float, floor: float, t: ArrayLike, e: float, k: float = 0.0
) -> np.ndarray:
    """Offers at relative times ``t``: ``max(floor, opening - (opening - target) f(t))``.

    Parameters
    ----------
    opening, target, floor : float
        The opening ask, the target and the floor, as fractions of pay; the opening must
        be at least the target.
    t : array_like
        Relative times in [0, 1].
    e, k : float
        Parameters of :func:`concession_curve`.

    Returns
    -------
    ndarray
        Asked raise at each t: non-increasing in t, in [max(floor, target), max(floor,
        opening)].

    References
    ----------
    Faratin, Sierra & Jennings (1998), domain.md §7.
    """
    if opening < target:
        raise ValueError("the opening ask must be at least the target")
    return np.maximum(floor, opening - (opening - target) * concession_curve(t, e, k))


def offer_ladder(
    opening: float,
    target: float,
    floor: float,
    rounds: int,
    style: str | float,
    payroll_per_worker_month: float,
    *,
    k: float = 0.0,
) -> list[Rung]:
    """Plan the union's offers from the opening ask down to the target.

    Round ``j`` (1..rounds) is made at relative time ``t = (j - 1) / (rounds - 1)``, so
    the first rung is the opening ask (with k = 0) and the last is the target. No rung
    is below ``floor``.

    Parameters
    ----------
    opening : float
        Opening ask, fraction of pay.
    target : float
        The raise the union aims to settle at, fraction of pay (<= opening).
    floor : float
        The least the union will ask, fraction of pay.
    rounds : int
        Number of offers, at least 2.
    style : {"firm", "steady", "flexible"} or float
        A name from :data:`STYLES` or the exponent ``e`` itself.
    payroll_per_worker_month : float
        Average pay per worker, money/month, to express each rung in money.
    k : float, default 0
        Share of the way conceded at the first offer.

    Returns
    -------
    list of Rung
        ``rounds`` rungs, asked raise non-increasing.

    Raises
    ------
    ValueError
        For fewer than 2 rounds, an opening below the target, or a bad style.

    References
    ----------
    Faratin, Sierra & Jennings (1998), domain.md §7.
    """
    if rounds < 2:
        raise ValueError("a ladder needs at least 2 rounds: the opening ask and the target")
    t = np.linspace(0.0, 1.0, rounds)
    rates = offer_path(opening, target, floor, t, style_exponent(style), k)
    money = rates * payroll_per_worker_month
    return [Rung(j + 1, float(r), float(m)) for j, (r, m) in enumerate(zip(rates, money))]
