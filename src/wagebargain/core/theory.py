"""Closed forms of bargaining theory that the classroom simulator is checked against.

Every function is pure and works on floats or NumPy arrays. Utilities are measured in the
units the caller chooses (a raise, money, normalised utility); disagreement payoffs are in
the same units. A bargaining frontier is given as points ``(u, v)``: ``u`` the first
party's (by convention the union's) payoff, ``v`` the second party's, with ``v`` falling as
``u`` rises. ``continuous=True`` joins consecutive points by straight lines, which is the
exact frontier when utilities are additive and linear in the issues.

No SciPy at import time; nothing here needs it.
"""
from __future__ import annotations

import math
from typing import Union

import numpy as np

ArrayLike = Union[float, np.ndarray]

__all__ = [
    "nash_split", "nash_point", "rational_range", "kalai_smorodinsky_point", "ray_intersection",
    "rubinstein_share", "rubinstein_limit_share", "discount_factor", "rubinstein_point",
    "zeuthen_risk", "zeuthen_concedes", "final_offer_normal", "final_offer_gap",
    "resistance_curve", "concession_fraction", "time_dependent_target",
]


# --- Nash (1950) ------------------------------------------------------------------------------

def nash_split(surplus: ArrayLike, d1: ArrayLike, d2: ArrayLike,
               power: ArrayLike = 0.5) -> tuple[ArrayLike, ArrayLike]:
    """Asymmetric Nash bargaining split of a sum with linear utilities.

    Maximises ``(x1 - d1)**a * (x2 - d2)**(1 - a)`` subject to ``x1 + x2 = S``.

    Parameters
    ----------
    surplus : float or ndarray
        The sum ``S`` to divide (for a wage round: the value both sides can share).
    d1, d2 : float or ndarray
        Disagreement payoffs (what each side gets without a deal), in the units of ``S``.
    power : float or ndarray, default 0.5
        The first party's bargaining power ``a`` in [0, 1].

    Returns
    -------
    x1, x2 : float or ndarray
        ``x1 = d1 + a (S - d1 - d2)`` and ``x2 = S - x1``. When ``S < d1 + d2`` there is no
        zone of agreement; the formula then splits the shortfall in the same proportions.

    References
    ----------
    .. [1] Nash, J. F. (1950). "The bargaining problem". Econometrica 18(2), 155-162.
    .. [2] Binmore, K., Rubinstein, A. & Wolinsky, A. (1986). "The Nash bargaining solution
       in economic modelling". RAND Journal of Economics 17(2), 176-188.
    """
    x1 = d1 + power * (surplus - d1 - d2)
    return x1, surplus - x1


def _frontier(u, v) -> tuple[np.ndarray, np.ndarray]:
    u = np.asarray(u, dtype=float).ravel()
    v = np.asarray(v, dtype=float).ravel()
    if u.shape != v.shape or u.size == 0:
        raise ValueError("the frontier needs as many u as v values, at least one point")
    if not (np.all(np.isfinite(u)) and np.all(np.isfinite(v))):
        raise ValueError("frontier payoffs must be finite")
    order = np.argsort(u, kind="stable")
    return u[order], v[order]


def rational_range(u, v, d1: float, d2: float) -> tuple[float, float]:
    """Range of ``u`` over which a frontier gives both sides their disagreement payoff.

    Parameters
    ----------
    u, v : array_like
        Frontier points joined by straight lines, ``v`` non-increasing in ``u``.
    d1, d2 : float
        Disagreement payoffs.

    Returns
    -------
    (float, float)
        The lowest and highest ``u`` of the individually rational part of the frontier
        (the zone of agreement in utility terms).

    Raises
    ------
    ValueError
        When no point of the frontier gives both at least their disagreement payoff.
    """
    u, v = _frontier(u, v)
    lo = max(float(d1), float(u[0]))
    if lo > u[-1] or float(np.interp(lo, u, v)) < d2:
        raise ValueError("no point of the frontier gives both sides their disagreement payoff")
    hi = float(u[-1]) if v[-1] >= d2 else float(np.interp(d2, v[::-1], u[::-1]))
    return lo, max(lo, hi)


def _out(x: np.ndarray) -> ArrayLike:
    """A float for a 0-d result, the array otherwise."""
    return float(x) if np.ndim(x) == 0 else x


def _segments(u: np.ndarray, v: np.ndarray, continuous: bool):
    """Start points and direction vectors of the frontier's pieces (points when discrete)."""
    if continuous and u.size > 1:
        return u[:-1], v[:-1], np.diff(u), np.diff(v)
    return u, v, np.zeros_like(u), np.zeros_like(v)


def nash_point(u, v=None, d1: float = 0.0, d2: float = 0.0, power: float = 0.5, *,
               continuous: bool = True, bounds: tuple[float, float] | None = None
               ) -> tuple[float, float]:
    """The (asymmetric) Nash bargaining solution on a discrete or continuous frontier.

    Parameters
    ----------
    u, v : array_like
        Frontier points. Alternatively ``u`` may be a callable ``v = u(x)`` giving the
        frontier as a function, with ``v=None`` and ``bounds=(lo, hi)`` for ``x``.
    d1, d2 : float
        Disagreement payoffs.
    power : float, default 0.5
        First party's bargaining power ``a``; maximises ``(u-d1)**a (v-d2)**(1-a)``.
    continuous : bool, default True
        Join consecutive points by straight lines (exact for linear additive utilities);
        ``False`` picks the best of the given points.
    bounds : (float, float), optional
        Domain of ``u`` when it is a callable.

    Returns
    -------
    (float, float)
        The payoffs ``(u*, v*)`` of the solution.

    Raises
    ------
    ValueError
        When no frontier point gives both parties at least their disagreement payoff.

    References
    ----------
    .. [1] Nash, J. F. (1950). "The bargaining problem". Econometrica 18(2), 155-162.
    .. [2] Kalai, E. (1977). "Nonsymmetric Nash solutions and replications of 2-person
       bargaining". International Journal of Game Theory 6(3), 129-133.
    """
    if not 0.0 <= power <= 1.0:
        raise ValueError(f"bargaining power must lie in [0, 1], got {power}")
    if callable(u):
        if bounds is None:
            raise ValueError("a callable frontier needs bounds=(lo, hi)")
        grid = np.linspace(bounds[0], bounds[1], 4097)
        values = np.array([u(x) for x in grid], dtype=float)
        x, _ = nash_point(grid, values, d1, d2, power, continuous=True)
        from scipy.optimize import minimize_scalar  # refine between the grid points

        step = grid[1] - grid[0]
        lo, hi = max(bounds[0], x - step), min(bounds[1], x + step)

        def objective(z: float) -> float:
            gain1, gain2 = z - d1, u(z) - d2
            return math.inf if gain1 <= 0 or gain2 <= 0 else -(
                power * math.log(gain1) + (1 - power) * math.log(gain2))

        if hi > lo and math.isfinite(objective((lo + hi) / 2)):
            best = minimize_scalar(objective, bounds=(lo, hi), method="bounded",
                                   options={"xatol": 1e-12}).x
            if objective(best) <= objective(x):
                x = float(best)
        return float(x), float(u(x))
    u, v = _frontier(u, v)
    u0, v0, du, dv = _segments(u, v, continuous)
    # Stationary point of a log(u-d1) + (1-a) log(v-d2) along each straight piece.
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -(power * du * (v0 - d2) + (1 - power) * dv * (u0 - d1)) / (du * dv)
    t = np.where(np.isfinite(t), np.clip(t, 0.0, 1.0), 0.0)
    cand_u = np.concatenate([u, u0 + t * du])
    cand_v = np.concatenate([v, v0 + t * dv])
    eps = 1e-12 * max(1.0, float(np.abs(u).max()), float(np.abs(v).max()))
    ok = (cand_u >= d1 - eps) & (cand_v >= d2 - eps)
    if not ok.any():
        raise ValueError("no point of the frontier gives both sides their disagreement payoff")
    with np.errstate(divide="ignore"):
        score = ((power * np.log(np.maximum(cand_u[ok] - d1, 0.0)) if power > 0 else 0.0)
                 + ((1 - power) * np.log(np.maximum(cand_v[ok] - d2, 0.0)) if power < 1
                    else 0.0))
    score = np.broadcast_to(score, cand_u[ok].shape)
    if not np.isfinite(score.max()):  # a power so near 0 or 1 that every product rounds to 0
        score = cand_v[ok] if power < 0.5 else cand_u[ok]
    best = int(np.argmax(score))
    return float(cand_u[ok][best]), float(cand_v[ok][best])


# --- Kalai & Smorodinsky (1975) ---------------------------------------------------------------

def ray_intersection(u, v, origin: tuple[float, float],
                     direction: tuple[float, float]) -> tuple[float, float]:
    """Where the ray ``origin + s * direction`` (s >= 0) leaves a piecewise-linear frontier.

    Parameters
    ----------
    u, v : array_like
        Frontier points (joined by straight lines).
    origin, direction : (float, float)
        The ray's start and direction (not both components zero).

    Returns
    -------
    (float, float)
        The point of the frontier on the ray farthest from ``origin``.

    Raises
    ------
    ValueError
        When the ray does not meet the frontier.
    """
    u, v = _frontier(u, v)
    (a, b), (p, q) = origin, direction
    u0, v0, du, dv = _segments(u, v, True)
    # Solve u0 + t du = a + s p and v0 + t dv = b + s q for (t, s) on every piece.
    det = du * (-q) - dv * (-p)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = ((a - u0) * (-q) - (b - v0) * (-p)) / det
        s = (du * (b - v0) - dv * (a - u0)) / det
    hit = np.isfinite(t) & (t >= -1e-12) & (t <= 1 + 1e-12) & (s >= -1e-12)
    if not hit.any():
        raise ValueError("the ray does not meet the frontier")
    k = int(np.argmax(np.where(hit, s, -np.inf)))
    return float(a + s[k] * p), float(b + s[k] * q)


def kalai_smorodinsky_point(u, v, d1: float = 0.0, d2: float = 0.0) -> tuple[float, float]:
    """The Kalai-Smorodinsky solution on a piecewise-linear frontier.

    The point of the frontier on the line from the disagreement point ``(d1, d2)`` to the
    ideal point, whose coordinates are each party's best payoff among the individually
    rational points: each side gets the same fraction of its largest possible gain.

    Parameters
    ----------
    u, v : array_like
        Frontier points, joined by straight lines.
    d1, d2 : float
        Disagreement payoffs.

    Returns
    -------
    (float, float)

    Raises
    ------
    ValueError
        When no frontier point is individually rational for both.

    References
    ----------
    .. [1] Kalai, E. & Smorodinsky, M. (1975). "Other solutions to Nash's bargaining
       problem". Econometrica 43(3), 513-518.
    """
    lo, hi = rational_range(u, v, d1, d2)
    u, v = _frontier(u, v)
    best_v = float(np.interp(lo, u, v))
    if hi - d1 <= 0 and best_v - d2 <= 0:
        return float(d1), float(d2)
    return ray_intersection(u, v, (d1, d2), (hi - d1, best_v - d2))


# --- Rubinstein (1982) ------------------------------------------------------------------------

def rubinstein_share(delta1: ArrayLike, delta2: ArrayLike) -> ArrayLike:
    """First proposer's share of the pie in Rubinstein's alternating-offers game.

    Parameters
    ----------
    delta1, delta2 : float or ndarray
        Per-round discount factors in (0, 1] of the first and the second proposer; not
        both 1.

    Returns
    -------
    float or ndarray
        ``(1 - delta2) / (1 - delta1 * delta2)``. Agreement is immediate. With equal
        patience the share exceeds 1/2: the first-mover advantage.

    References
    ----------
    .. [1] Rubinstein, A. (1982). "Perfect equilibrium in a bargaining model".
       Econometrica 50(1), 97-109.
    """
    d1 = np.asarray(delta1, dtype=float)
    d2 = np.asarray(delta2, dtype=float)
    if np.any((d1 <= 0) | (d1 > 1) | (d2 <= 0) | (d2 > 1)):
        raise ValueError("discount factors must lie in (0, 1]")
    if np.any((d1 == 1) & (d2 == 1)):
        raise ValueError("with both discount factors equal to 1 every split is an equilibrium")
    return _out((1 - d2) / (1 - d1 * d2))


def discount_factor(rate: ArrayLike, interval: ArrayLike) -> ArrayLike:
    """Discount factor ``exp(-rate * interval)`` for a time between offers.

    Parameters
    ----------
    rate : float or ndarray
        Continuous-time discount (impatience) rate per unit of time.
    interval : float or ndarray
        Time between two offers, in the same unit.

    References
    ----------
    .. [1] Binmore, K., Rubinstein, A. & Wolinsky, A. (1986), see :func:`nash_split`.
    """
    return _out(np.exp(-np.asarray(rate, dtype=float) * np.asarray(interval, dtype=float)))


def rubinstein_limit_share(r1: ArrayLike, r2: ArrayLike) -> ArrayLike:
    """Limit of the first proposer's share as the time between offers tends to zero.

    With ``delta_i = exp(-r_i D)`` and ``D -> 0`` the Rubinstein share tends to
    ``r2 / (r1 + r2)``: the Nash solution with bargaining powers proportional to
    ``1 / r_i``, and the first-mover advantage vanishes.

    Parameters
    ----------
    r1, r2 : float or ndarray
        Positive discount rates of the first and second proposer.

    References
    ----------
    .. [1] Binmore, K., Rubinstein, A. & Wolinsky, A. (1986). "The Nash bargaining solution
       in economic modelling". RAND Journal of Economics 17(2), 176-188.
    """
    return r2 / (r1 + r2)


def rubinstein_point(u, v, d1: float, d2: float, delta1: float, delta2: float
                     ) -> tuple[tuple[float, float], tuple[float, float]]:
    """Subgame-perfect proposals of Rubinstein's game on a piecewise-linear frontier.

    Finds the proposals ``x`` (by party 1) and ``y`` (by party 2) with
    ``v(x) - d2 = delta2 (v(y) - d2)`` and ``u(y) - d1 = delta1 (u(x) - d1)``: each
    responder is indifferent between accepting and waiting to make its own proposal.

    Parameters
    ----------
    u, v : array_like
        Frontier points, joined by straight lines.
    d1, d2 : float
        Disagreement payoffs.
    delta1, delta2 : float
        Per-round discount factors in (0, 1], not both 1.

    Returns
    -------
    x, y : ((float, float), (float, float))
        Party 1's and party 2's equilibrium proposals. When party 1 moves first, ``x`` is
        the agreement, reached at once.

    Raises
    ------
    ValueError
        When no frontier point is individually rational for both, or both factors are 1.

    References
    ----------
    .. [1] Rubinstein, A. (1982). "Perfect equilibrium in a bargaining model".
       Econometrica 50(1), 97-109.
    .. [2] Osborne, M. J. & Rubinstein, A. (1990). *Bargaining and Markets*, ch. 3.
    """
    rubinstein_share(delta1, delta2)  # validates the discount factors
    lo, hi = rational_range(u, v, d1, d2)
    u, v = _frontier(u, v)
    top = hi - d1  # party 1's largest gain

    def phi(gain1):  # party 2's gain on the frontier
        return np.interp(d1 + gain1, u, v) - d2

    # h(g) = phi(g) - delta2 phi(delta1 g) falls in g and is linear between the kinks of
    # phi(g) and phi(delta1 g), so the root is found exactly between two kinks.
    kinks = np.concatenate([[0.0, top], u - d1, (u - d1) / delta1])
    kinks = np.unique(kinks[(kinks >= 0) & (kinks <= top)])
    h = phi(kinks) - delta2 * phi(delta1 * kinks)
    k = int(np.argmax(h <= 0)) if (h <= 0).any() else kinks.size - 1
    g = float(kinks[k])
    if k > 0 and h[k] < 0:
        g = float(kinks[k - 1] + (kinks[k] - kinks[k - 1]) * h[k - 1] / (h[k - 1] - h[k]))
    return (d1 + g, d2 + float(phi(g))), (d1 + delta1 * g, d2 + float(phi(delta1 * g)))


# --- Zeuthen (1930) ---------------------------------------------------------------------------

def zeuthen_risk(own: ArrayLike, other: ArrayLike) -> ArrayLike:
    """Zeuthen's risk limit: the largest chance of conflict a side will bear rather than concede.

    Parameters
    ----------
    own : float or ndarray
        The side's utility gain (over disagreement) from its own offer.
    other : float or ndarray
        Its utility gain from the other side's offer.

    Returns
    -------
    float or ndarray
        ``(own - other) / own``. A value above 1 means the other side's offer is worse than
        no agreement. Where ``own <= 0`` insisting can win nothing over conflict, so the
        side bears any risk rather than take less (1 when ``other < own``) and none when
        the other's offer is as good as its own (0).

    References
    ----------
    .. [1] Zeuthen, F. (1930). *Problems of Monopoly and Economic Warfare*. London: Routledge.
    .. [2] Harsanyi, J. C. (1956). "Approaches to the bargaining problem before and after
       the theory of games". Econometrica 24(2), 144-157.
    """
    own_a = np.asarray(own, dtype=float)
    other_a = np.asarray(other, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        risk = np.where(own_a > 0, (own_a - other_a) / own_a,
                        np.where(other_a < own_a, 1.0, 0.0))
    return _out(risk)


def zeuthen_concedes(risk1: float, risk2: float) -> int:
    """Who concedes under Zeuthen's principle: the side with the smaller risk limit.

    Returns
    -------
    int
        1 or 2 for the side that concedes, 0 when the risks are equal (both concede).
        Harsanyi (1956) showed that the process converges to the Nash solution, because
        the side whose offer has the smaller Nash product always has the smaller risk.

    References
    ----------
    .. [1] Zeuthen (1930) and Harsanyi (1956), see :func:`zeuthen_risk`.
    """
    if risk1 < risk2:
        return 1
    if risk2 < risk1:
        return 2
    return 0


# --- Final-offer arbitration ------------------------------------------------------------------

def final_offer_normal(mu: ArrayLike, sigma: ArrayLike) -> tuple[ArrayLike, ArrayLike]:
    """Equilibrium final offers when the arbitrator's ideal award is ``N(mu, sigma**2)``.

    The arbitrator picks the offer nearer its ideal. With risk-neutral sides the offers
    straddle the median at ``mu -/+ sigma * sqrt(pi / 2)`` (``+/- 1.2533 sigma``).

    Parameters
    ----------
    mu : float or ndarray
        Mean (and median) of the arbitrator's ideal award.
    sigma : float or ndarray
        Its standard deviation.

    Returns
    -------
    low, high : float or ndarray
        The offer of the side that wants less and of the side that wants more.

    References
    ----------
    .. [1] Farber, H. S. (1980). "An analysis of final-offer arbitration". Journal of
       Conflict Resolution 24(4), 683-705.
    .. [2] Brams, S. J. & Merrill, S. (1983). "Equilibrium strategies for final-offer
       arbitration: there is no median convergence". Management Science 29(8), 927-941.
    """
    half = sigma * math.sqrt(math.pi / 2)
    return mu - half, mu + half


def final_offer_gap(density_at_median: ArrayLike) -> ArrayLike:
    """Gap between the two equilibrium final offers: ``1 / f(m)``.

    For a symmetric distribution of the arbitrator's ideal with density ``f`` and median
    ``m``, risk-neutral sides offer ``m -/+ 1 / (2 f(m))``.

    Parameters
    ----------
    density_at_median : float or ndarray
        ``f(m)``, the density of the arbitrator's ideal award at its median.

    References
    ----------
    .. [1] Brams & Merrill (1983), see :func:`final_offer_normal`.
    """
    return _out(1.0 / np.asarray(density_at_median, dtype=float))


# --- Ashenfelter & Johnson (1969) -------------------------------------------------------------

def resistance_curve(strike_length: ArrayLike, y0: float, y_star: float,
                     tau: float) -> ArrayLike:
    """The union's minimum acceptable raise after a strike of a given length.

    ``y(S) = y* + (y0 - y*) exp(-tau S)``: the union's demand falls from ``y0`` at the
    start of a strike toward the floor ``y*`` at rate ``tau``.

    Parameters
    ----------
    strike_length : float or ndarray
        Length of the strike ``S`` (in the time unit of ``tau``, e.g. weeks).
    y0 : float
        The raise the union would accept at once (fraction).
    y_star : float
        The raise below which it would never settle (fraction).
    tau : float
        Rate of decay of the union's resistance per time unit.

    References
    ----------
    .. [1] Ashenfelter, O. & Johnson, G. E. (1969). "Bargaining theory, trade unions, and
       industrial strike activity". American Economic Review 59(1), 35-49.
    """
    return y_star + (y0 - y_star) * np.exp(-tau * np.asarray(strike_length, dtype=float))


# --- Faratin, Sierra & Jennings (1998) --------------------------------------------------------

def concession_fraction(t: ArrayLike, exponent: float, k: float = 0.0) -> ArrayLike:
    """Share of the way from target to reservation conceded at relative time ``t``.

    ``f(t) = k + (1 - k) t**(1/e)``: ``e < 1`` is Boulware (holds out until near the
    deadline), ``e = 1`` linear, ``e > 1`` Conceder.

    Parameters
    ----------
    t : float or ndarray
        Relative time in [0, 1] (0 at the first offer, 1 at the deadline).
    exponent : float
        Concession exponent ``e > 0``.
    k : float, default 0
        Share conceded at once, in [0, 1].

    References
    ----------
    .. [1] Faratin, P., Sierra, C. & Jennings, N. R. (1998). "Negotiation decision
       functions for autonomous agents". Robotics and Autonomous Systems 24(3-4), 159-182.
    """
    if exponent <= 0:
        raise ValueError(f"the concession exponent must be positive, got {exponent}")
    if not 0.0 <= k <= 1.0:
        raise ValueError(f"the initial concession k must lie in [0, 1], got {k}")
    t = np.clip(np.asarray(t, dtype=float), 0.0, 1.0)
    return k + (1 - k) * np.power(t, 1.0 / exponent)


def time_dependent_target(t: ArrayLike, p_min: ArrayLike, p_max: ArrayLike, exponent: float,
                          k: float = 0.0) -> ArrayLike:
    """Utility a time-dependent negotiator asks for at relative time ``t``.

    ``p(t) = p_min + (p_max - p_min) (1 - f(t))`` with ``f`` from
    :func:`concession_fraction`.

    Parameters
    ----------
    t : float or ndarray
        Relative time in [0, 1].
    p_min, p_max : float or ndarray
        Utility of the reservation point and of the target.
    exponent, k : float
        See :func:`concession_fraction`.

    References
    ----------
    .. [1] Faratin, Sierra & Jennings (1998), see :func:`concession_fraction`.
    """
    return p_min + (p_max - p_min) * (1 - concession_fraction(t, exponent, k))

