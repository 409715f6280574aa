"""The Pareto frontier of a bargain and the offers the automatic negotiators choose from.

With additive linear utilities over distributive issues the frontier is found exactly by the
linear programme "maximise the union's utility for a given utility of management", whose
solution is greedy (a fractional knapsack): start from management's best package and give
the union the issues one by one, in decreasing order of the ratio of the union's weight to
management's. The frontier is the piecewise-linear path through those vertices.

The *candidates* are the offers on the grid along that path, sorted by the union's utility
(rising) and management's (falling). For a single issue they are the whole grid. Automatic
negotiators choose a utility level and offer the candidate that reaches it at least cost to
the other side, via :meth:`OfferSpace.index_for`; the vectorised tournament uses the same
method, so both give the same offers.

References
----------
.. [1] Raiffa, H. (1982). *The Art and Science of Negotiation*, ch. 10-11.
.. [2] Dantzig, G. B. (1957). "Discrete-variable extremum problems". Operations Research
   5(2), 266-288 (the greedy solution of the fractional knapsack).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from wagebargain.sim.issues import Issue, Offer, union_gains

_TOL = 1e-9  # utility tolerance when matching a level to the grid
_SAMPLES = 401  # frontier samples for a package's candidate offers


@dataclass(frozen=True, eq=False)
class OfferSpace:
    """Frontier vertices and grid candidates of one set of issues and weights.

    Attributes
    ----------
    issues : tuple of Issue
    vertices : ndarray, shape (m, n)
        Frontier vertices as packages, from management's best to the union's best.
    vertex_u, vertex_v : ndarray, shape (m,)
        The two sides' utilities at the vertices.
    candidates : ndarray, shape (k, n)
        Grid offers along the frontier, union's utility rising.
    candidate_u, candidate_v : ndarray, shape (k,)
        Their utilities (strictly rising and strictly falling).
    """

    issues: tuple[Issue, ...]
    union_weights: np.ndarray
    management_weights: np.ndarray
    vertices: np.ndarray
    vertex_u: np.ndarray
    vertex_v: np.ndarray
    candidates: np.ndarray
    candidate_u: np.ndarray
    candidate_v: np.ndarray

    @property
    def uniform(self) -> bool:
        """True for a single issue, whose candidates are a uniform grid."""
        return len(self.issues) == 1

    def utilities(self, offers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Union and management utilities of offers of shape ``(..., n)``."""
        gains = union_gains(self.issues, offers)
        return ((gains * self.union_weights).sum(axis=-1),
                ((1.0 - gains) * self.management_weights).sum(axis=-1))

    def utility_pair(self, offer) -> tuple[float, float]:
        """Both utilities of one offer, in plain Python (fast for the per-move loop).

        Gives bit for bit what :meth:`utilities` gives: the same operations in the same order.
        """
        union = management = 0.0
        for x, (low, span, more, a, b) in zip(offer, self._terms):
            z = (x - low) / span
            gain = z if more else 1.0 - z
            union += gain * a
            management += (1.0 - gain) * b
        return union, management

    @cached_property
    def _terms(self) -> tuple[tuple[float, float, bool, float, float], ...]:
        return tuple((issue.low, issue.high - issue.low, issue.union_prefers_more, float(a),
                      float(b)) for issue, a, b in zip(self.issues, self.union_weights,
                                                       self.management_weights))

    def index_for(self, role: str, levels: np.ndarray) -> np.ndarray:
        """Candidate index of the offer that gives ``role`` at least each utility level.

        The union gets the candidate with the smallest union utility at or above its level
        (the best for management); management the candidate with the largest union utility
        whose management utility is at or above its level. Levels above what any candidate
        gives map to the side's best candidate.
        """
        levels = np.asarray(levels, dtype=float)
        last = self.candidate_u.size - 1
        if self.uniform:
            n = self.issues[0].intervals
            index = (np.ceil(levels * n - _TOL) if role == "union"
                     else np.floor((1.0 - levels) * n + _TOL))
        elif role == "union":
            index = np.searchsorted(self.candidate_u, levels - _TOL, side="left")
        else:
            index = np.searchsorted(-self.candidate_v, -levels + _TOL, side="right") - 1
        return np.clip(index, 0, last).astype(np.intp)

    def offer(self, index: int) -> Offer:
        """The candidate at ``index`` as an offer tuple."""
        return tuple(float(x) for x in self.candidates[int(index)])

    def package_at(self, union_utility: float) -> Offer:
        """The (off-grid) frontier package that gives the union this utility."""
        u = float(np.clip(union_utility, self.vertex_u[0], self.vertex_u[-1]))
        if self.vertices.shape[0] == 1:
            return tuple(float(x) for x in self.vertices[0])
        return tuple(float(np.interp(u, self.vertex_u, self.vertices[:, i]))
                     for i in range(len(self.issues)))


@lru_cache(maxsize=128)
def _cached_space(issues: tuple[Issue, ...], union_weights: tuple[float, ...],
                  management_weights: tuple[float, ...]) -> OfferSpace:
    a = np.asarray(union_weights, dtype=float)
    b = np.asarray(management_weights, dtype=float)
    gains = np.where((a > 0) & (b == 0), 1.0, 0.0)  # issues only the union cares about
    opposed = np.flatnonzero((a > 0) & (b > 0))
    order = opposed[np.argsort(-(a[opposed] / b[opposed]), kind="stable")]
    path = [gains.copy()]
    for i in order:
        gains[i] = 1.0
        path.append(gains.copy())
    gain_path = np.array(path)
    vertices = np.stack([issue.from_union_gain(gain_path[:, i])
                         for i, issue in enumerate(issues)], axis=-1)
    vertex_u = gain_path @ a
    vertex_v = (1.0 - gain_path) @ b
    space = OfferSpace(issues, a, b, vertices, vertex_u, vertex_v,
                       np.empty((0, len(issues))), np.empty(0), np.empty(0))
    if len(issues) == 1:
        grid = issues[0].grid()
        candidates = (grid if issues[0].union_prefers_more else grid[::-1])[:, None]
    else:
        levels = np.union1d(np.linspace(vertex_u[0], vertex_u[-1], _SAMPLES), vertex_u)
        raw = np.array([space.package_at(u) for u in levels])
        snapped = np.stack([issue.snap(raw[:, i]) for i, issue in enumerate(issues)], axis=-1)
        candidates = np.unique(snapped, axis=0)
    cu, cv = space.utilities(candidates)
    if len(issues) > 1:  # keep the Pareto-efficient grid points, union utility rising
        order = np.lexsort((-cv, -cu))
        best_v = np.maximum.accumulate(cv[order])
        keep = np.concatenate([[True], cv[order][1:] > best_v[:-1]])
        chosen = order[keep][::-1]
        candidates, cu, cv = candidates[chosen], cu[chosen], cv[chosen]
    for array in (vertices, vertex_u, vertex_v, candidates, cu, cv):
        array.setflags(write=False)
    return OfferSpace(issues, a, b, vertices, vertex_u, vertex_v, candidates, cu, cv)


def offer_space(issues: tuple[Issue, ...], union_weights: np.ndarray,
                management_weights: np.ndarray) -> OfferSpace:
    """The (cached) offer space of a set of issues and the two sides' normalised weights."""
    return _cached_space(tuple(issues), tuple(float(w) for w in union_weights),
                         tuple(float(w) for w in management_weights))
