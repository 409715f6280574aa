"""Sector and district bargains: one raise band for many firms of unequal means.

Each firm has a resistance point, the largest raise (fraction of pay) it can afford. A
firm *can afford* a raise r when ``resistance >= r``. A sector-wide raise is then judged
by how many firms, and how many of the sector's workers, are in firms that can afford
it. The band's floor, target and ask are upper quantiles of resistance weighted by
headcount (*policy choice*, see :func:`sector_band`).

References
----------
domain.md §8: collective consultation at enterprise, industry and regional (city,
county) level; Trial Measures on Collective Wage Consultation (2000) list regional and
industry labour cost and average wages among the factors (domain.md §1).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

#: Default worker shares whose firms must afford the floor, the target and the ask
#: (*policy choice*): the floor is affordable to 90% of the sector's workers, the target
#: to half of them (the headcount-weighted median resistance), the ask to a quarter.
DEFAULT_FLOOR_SHARE = 0.9
DEFAULT_TARGET_SHARE = 0.5
DEFAULT_ASK_SHARE = 0.25


@dataclass(frozen=True, eq=False)
class Affordability:
    """Who can afford each candidate raise (arrays of the candidates' shape).

    Attributes
    ----------
    raises : ndarray
        Candidate raises, fractions of pay.
    firms_share : ndarray
        Share of firms whose resistance is at least the raise.
    workers_share : ndarray
        Share of the sector's workers employed by those firms.
    """

    raises: np.ndarray
    firms_share: np.ndarray
    workers_share: np.ndarray


@dataclass(frozen=True)
class SectorBand:
    """A sector's raise band and who can afford each level.

    Attributes
    ----------
    floor, target, ask : float
        Raises, fractions of pay, with floor <= target <= ask.
    floor_workers_share, target_workers_share, ask_workers_share : float
        Share of the sector's workers in firms that can afford each level.
    floor_firms_share, target_firms_share, ask_firms_share : float
        Share of firms that can afford each level.
    """

    floor: float
    target: float
    ask: float
    floor_workers_share: float
    target_workers_share: float
    ask_workers_share: float
    floor_firms_share: float
    target_firms_share: float
    ask_firms_share: float


def _firms(resistance: ArrayLike, headcount: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Validate and return per-firm resistance and headcount as float arrays."""
    res = np.atleast_1d(np.asarray(resistance, dtype=float))
    heads = np.atleast_1d(np.asarray(headcount, dtype=float))
    if res.ndim != 1 or res.shape != heads.shape or res.size == 0:
        raise ValueError("resistance and headcount must be 1-D with one entry per firm")
    if not np.all(np.isfinite(res)):
        raise ValueError("every firm's resistance point must be a finite number")
    if not (np.all(np.isfinite(heads)) and np.all(heads >= 0) and heads.sum() > 0):
        raise ValueError("headcounts must be non-negative and not all zero")
    return res, heads


def _weighted_mean(values: ArrayLike, heads: np.ndarray, name: str) -> float:
    values = np.asarray(values, dtype=float)
    if values.shape != heads.shape or not np.all(np.isfinite(values)):
        raise ValueError(f"{name} must be finite with one entry per firm")
    return float(np.dot(values, heads) / heads.sum())


def affordability_curve(
    candidate_raises: ArrayLike, resistance: ArrayLike, headcount: ArrayLike
) -> Affordability:
    """Share of firms, and of their workers, that can afford each candidate raise.

    Parameters
    ----------
    candidate_raises : array_like
        Raises to test, fractions of pay (any shape).
    resistance : array_like, shape (n,)
        Each firm's resistance point: the most it can afford, fraction of pay.
    headcount : array_like, shape (n,)
        Workers per firm.

    Returns
    -------
    Affordability
        ``firms_share`` and ``workers_share``, both non-increasing in the raise, 1 for
        a raise at or below every resistance point and 0 above all of them.

    Notes
    -----
    Sorts the firms once and locates each candidate with a binary search:
    O((n + m) log n) for n firms and m candidates.

    References
    ----------
    domain.md §8 (industry and regional consultation).
    """
    res, heads = _firms(resistance, headcount)
    raises = np.asarray(candidate_raises, dtype=float)
    order = np.argsort(res)
    sorted_res = res[order]
    # workers in firms at or above sorted position i, with a trailing 0 for "none".
    workers_above = np.append(np.cumsum(heads[order][::-1])[::-1], 0.0)
    first = np.searchsorted(sorted_res, raises, side="left")
    return Affordability(
        raises=raises,
        firms_share=(res.size - first) / res.size,
        workers_share=workers_above[first] / heads.sum(),
    )


def sector_floor_for_share(
    resistance: ArrayLike, headcount: ArrayLike, share: float, *, by: str = "workers"
) -> float:
    """The largest raise that firms covering at least ``share`` can afford.

    Parameters
    ----------
    resistance : array_like, shape (n,)
        Each firm's resistance point, fraction of pay.
    headcount : array_like, shape (n,)
        Workers per firm.
    share : float
        Required coverage, in (0, 1].
    by : {"workers", "firms"}, default "workers"
        Count coverage in workers (headcount-weighted) or in firms.

    Returns
    -------
    float
        One of the resistance points: the weighted upper ``share``-quantile of
        resistance. ``share=1`` gives the smallest resistance point.

    References
    ----------
    domain.md §8 (industry and regional consultation).
    """
    res, heads = _firms(resistance, headcount)
    if not 0.0 < share <= 1.0:
        raise ValueError("share must lie in (0, 1]")
    if by not in ("workers", "firms"):
        raise ValueError("by must be 'workers' or 'firms'")
    weight = heads if by == "workers" else np.ones_like(res)
    order = np.argsort(res)[::-1]
    covered = np.cumsum(weight[order]) / weight.sum()
    i = np.searchsorted(covered, share * (1.0 - 1e-12), side="left")
    return float(res[order][min(i, res.size - 1)])


def sector_band(
    resistance: ArrayLike,
    headcount: ArrayLike,
    floor: ArrayLike | None = None,
    target: ArrayLike | None = None,
    *,
    floor_share: float = DEFAULT_FLOOR_SHARE,
    target_share: float = DEFAULT_TARGET_SHARE,
    ask_share: float = DEFAULT_ASK_SHARE,
) -> SectorBand:
    """A sector floor, target and ask from the firms' ability to pay.

    The rule (*policy choice*), with all shares counted in workers:

    - floor: the largest raise that firms employing ``floor_share`` of the workers can
      afford; if per-firm floors are given, at least their headcount-weighted mean (what
      the workers need does not fall because firms are poor; the coverage then shows
      who cannot pay it);
    - target: the headcount-weighted mean of per-firm targets when given, else the raise
      affordable to ``target_share`` of the workers (by default the weighted median
      resistance); never below the floor;
    - ask: the raise affordable to ``ask_share`` of the workers; never below the target.

    Parameters
    ----------
    resistance : array_like, shape (n,)
        Each firm's resistance point, fraction of pay.
    headcount : array_like, shape (n,)
        Workers per firm.
    floor, target : array_like, shape (n,), optional
        Per-firm union floor and target, fractions of pay.
    floor_share, target_share, ask_share : float
        Worker coverage for each level, in (0, 1]; defaults 0.9, 0.5 and 0.25.

    Returns
    -------
    SectorBand
        The three levels and the shares of workers and firms that can afford each.

    References
    ----------
    domain.md §8 (industry and regional consultation) and §1 (Trial Measures on
    Collective Wage Consultation, 2000: regional and industry labour cost).
    """
    res, heads = _firms(resistance, headcount)
    band_floor = sector_floor_for_share(res, heads, floor_share)
    if floor is not None:
        band_floor = max(band_floor, _weighted_mean(floor, heads, "floor"))
    if target is not None:
        band_target = _weighted_mean(target, heads, "target")
    else:
        band_target = sector_floor_for_share(res, heads, target_share)
    band_target = max(band_target, band_floor)
    band_ask = max(sector_floor_for_share(res, heads, ask_share), band_target)
    cover = affordability_curve([band_floor, band_target, band_ask], res, heads)
    w, f = cover.workers_share.tolist(), cover.firms_share.tolist()
    return SectorBand(band_floor, band_target, band_ask, *w, *f)
