"""Concession schedules of the time-dependent negotiators, shared by the session and the
vectorised tournament so both make exactly the same offers.

A side makes offers numbered ``j = 0, 1, ...``: ``rounds`` before the deadline and, under a
strike, ``strike_rounds`` more. Offer ``j`` is made at relative time
``t_j = min(j / (rounds - 1), 1)`` and asks for the utility

``p_j = floor_j + (target - floor_j) (1 - f(t_j))``,

with ``f`` the concession fraction of Faratin, Sierra & Jennings (1998) and ``floor_j`` the
side's reservation utility less its strike cost for each strike round by then. A hardliner
asks for its target throughout.

References
----------
.. [1] Faratin, P., Sierra, C. & Jennings, N. R. (1998). "Negotiation decision functions for
   autonomous agents". Robotics and Autonomous Systems 24(3-4), 159-182.
"""
from __future__ import annotations

import numpy as np

from wagebargain.core.theory import concession_fraction


def relative_times(count: int, rounds: int) -> np.ndarray:
    """``t_j`` for offers ``j = 0 .. count-1`` with a deadline after ``rounds`` offers."""
    return np.minimum(np.arange(count) / max(rounds - 1, 1), 1.0)


def strike_rounds_at(number, rounds: int):
    """Strike rounds under way at offer (or round) ``number``, counted from 0: 0 before the
    deadline, 1 in the first round after it, and so on. Scalars or arrays."""
    return np.maximum(np.asarray(number) - rounds + 1, 0)


def concession_schedule(reservation, target, *, rounds: int, strike_rounds: int = 0,
                        exponent: float = 1.0, k: float = 0.0, strike_cost=0.0,
                        hard: bool = False) -> np.ndarray:
    """Utility levels asked for at every offer.

    Parameters
    ----------
    reservation, target : float or ndarray, shape (runs,)
        The side's reservation and target utilities.
    rounds, strike_rounds : int
        Offers before the deadline, and strike rounds after it.
    exponent, k : float
        Concession exponent and initial concession (see
        :func:`wagebargain.core.theory.concession_fraction`).
    strike_cost : float or ndarray, shape (runs,)
        Utility lost per strike round.
    hard : bool
        A hardliner: ask for the target at every offer.

    Returns
    -------
    ndarray, shape (runs, rounds + strike_rounds) or (rounds + strike_rounds,)
    """
    count = rounds + strike_rounds
    reservation = np.asarray(reservation, dtype=float)[..., None]
    target = np.asarray(target, dtype=float)[..., None]
    if hard:
        return np.broadcast_to(target, reservation.shape[:-1] + (count,)).copy()
    fraction = concession_fraction(relative_times(count, rounds), exponent, k)
    floor = strike_floor(reservation, np.asarray(strike_cost, dtype=float)[..., None],
                         strike_rounds_at(np.arange(count), rounds))
    return floor + (target - floor) * (1.0 - fraction)


def strike_floor(reservation, strike_cost, strike_rounds):
    """Effective reservation utility after some rounds of strike: never below 0."""
    return np.maximum(reservation - strike_cost * strike_rounds, 0.0)
