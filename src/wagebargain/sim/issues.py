"""The issues on the table, the offer grid, and additive utilities over a package.

An offer is a tuple of values, one per issue, in the order of ``Setup.issues``: ``(0.045,)``
for a single raise, ``(0.04, 800.0, 120.0, 24.0)`` for a package. Every issue is
distributive: what the union gains on it, management loses. Trade-offs between issues come
from the two sides' different weights (logrolling), as in Raiffa (1982).

Each side's utility is additive: ``u = sum_i w_i g_i(x_i)`` where ``g_i`` is the side's gain
on issue ``i`` scaled to [0, 1] over the issue's range, and the weights sum to 1. So every
utility lies in [0, 1]: 0 is the side's worst package, 1 its best.

References
----------
.. [1] Raiffa, H. (1982). *The Art and Science of Negotiation*, ch. 10-11. Harvard
   University Press.
.. [2] Keeney, R. L. & Raiffa, H. (1976). *Decisions with Multiple Objectives*, ch. 3
   (additive value functions).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from wagebargain.sim.messages import GAME
from wagebargain.units import format_rate, parse_number, parse_rate

Offer = tuple[float, ...]
"""An offer: one value per issue, in the order of the setup's issues."""

RATE = "rate"
_ROUND = 12  # grid values are rounded to 12 decimals so that 0.045 on the grid is 0.045


@dataclass(frozen=True)
class Issue:
    """One bargaining issue with its range and offer grid.

    Parameters
    ----------
    name : str
        A single word used at the prompt (``raise=5%``): letters, digits, ``_`` or ``-``.
    low, high : float
        The range of values either side may offer (a rate as a fraction for ``unit="rate"``).
    step : float, optional
        Spacing of the offer grid the automatic negotiators use. Default: 0.1 percentage
        point for rates, 1 for months, a round tenth-of-a-percent of the range otherwise.
        Adjusted down so that the range is a whole number of steps.
    unit : str, default "rate"
        ``"rate"`` (shown as a percentage), ``"months"`` or a currency label.
    union_prefers_more : bool, default True
        Direction of the union's preference; management always prefers the opposite.
    """

    name: str
    low: float
    high: float
    step: float | None = None
    unit: str = RATE
    union_prefers_more: bool = True

    def __post_init__(self) -> None:
        if not self.name or not all(c.isalnum() or c in "_-" for c in self.name):
            raise ValueError(f"issue name {self.name!r} must be one word (letters, digits, _ or -)")
        if not (math.isfinite(self.low) and math.isfinite(self.high)) or self.high <= self.low:
            raise ValueError(f"issue {self.name}: the range needs low < high, got "
                             f"{self.low} and {self.high}")
        width = self.high - self.low
        step = self.step if self.step is not None else _default_step(self.unit, width)
        if not (math.isfinite(step) and step > 0):
            raise ValueError(f"issue {self.name}: the grid step must be positive, got {step}")
        count = max(1, math.ceil(width / step - 1e-9))
        object.__setattr__(self, "step", width / count)

    @property
    def is_rate(self) -> bool:
        return self.unit == RATE

    @property
    def intervals(self) -> int:
        """Number of grid steps across the range."""
        return max(1, round((self.high - self.low) / self.step))

    def grid(self) -> np.ndarray:
        """All grid values, lowest first."""
        return np.round(self.low + self.step * np.arange(self.intervals + 1), _ROUND)

    def snap(self, values: np.ndarray) -> np.ndarray:
        """Nearest grid values."""
        k = np.clip(np.rint((np.asarray(values, dtype=float) - self.low) / self.step),
                    0, self.intervals)
        return np.round(self.low + self.step * k, _ROUND)

    def union_gain(self, values: np.ndarray) -> np.ndarray:
        """The union's gain in [0, 1]; management's gain is ``1 - union_gain``."""
        z = (np.asarray(values, dtype=float) - self.low) / (self.high - self.low)
        return z if self.union_prefers_more else 1.0 - z

    def from_union_gain(self, gain: np.ndarray) -> np.ndarray:
        """The value that gives the union this gain."""
        z = gain if self.union_prefers_more else 1.0 - np.asarray(gain, dtype=float)
        return self.low + np.asarray(z, dtype=float) * (self.high - self.low)

    def contains(self, value: float, tol: float = 1e-9) -> bool:
        span = self.high - self.low
        return self.low - tol * span <= value <= self.high + tol * span

    def format(self, value: float, lang: str = "en") -> str:
        """``'5.5%'``, ``'24 months'`` (in Chinese ``'24个月'``) or ``'800'``."""
        if self.is_rate:
            return format_rate(value)
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
        return GAME("months", lang, n=text) if self.unit == "months" else text

    def example(self) -> float:
        """A value for an example offer: 5.5% for a raise that allows it, else a number
        rounded to one significant digit a quarter of the way into the range."""
        if self.is_rate and self.contains(0.055):
            return 0.055
        value = self.low + (self.high - self.low) / 4
        if value == 0:
            return 0.0
        return round(value, -math.floor(math.log10(abs(value))))

    def parse(self, text: str) -> float:
        """Read a typed value in this issue's unit (``5%`` or ``0.05`` for a rate)."""
        if self.is_rate:
            return parse_rate(text, f"a value for {self.name}")
        return parse_number(text, f"a value for {self.name}")

    def to_dict(self) -> dict:
        return {"name": self.name, "low": self.low, "high": self.high, "step": self.step,
                "unit": self.unit, "union_prefers_more": self.union_prefers_more}


def _default_step(unit: str, width: float) -> float:
    if unit == RATE:
        return 0.001
    if unit == "months":
        return 1.0
    return 10.0 ** math.floor(math.log10(width / 100.0))


RAISE = Issue("raise", 0.0, 0.15)
"""The single-issue default: an across-the-board raise between 0% and 15%, grid 0.1 point."""


def standard_package() -> tuple[Issue, ...]:
    """A four-issue package for classroom exercises.

    The raise (0-15%), a one-off lump sum (0-3000 per worker), a monthly supplement for
    the lowest grades (0-500) and the contract's length (12-36 months). The union is taken
    to prefer a shorter contract (it can reopen sooner if prices rise) and management a
    longer one; pass your own issues to change any of this.
    """
    return (RAISE,
            Issue("lump_sum", 0.0, 3000.0, step=50.0, unit="money"),
            Issue("low_grade_supplement", 0.0, 500.0, step=10.0, unit="money"),
            Issue("contract_months", 12.0, 36.0, step=1.0, unit="months",
                  union_prefers_more=False))


def union_gains(issues: Sequence[Issue], offers: np.ndarray) -> np.ndarray:
    """The union's per-issue gains for offers of shape ``(..., len(issues))``."""
    offers = np.asarray(offers, dtype=float)
    return np.stack([issue.union_gain(offers[..., i]) for i, issue in enumerate(issues)],
                    axis=-1)


def normalised_weights(weights: Sequence[float] | None, count: int, who: str) -> np.ndarray:
    """Weights scaled to sum to 1 (equal weights when ``None``)."""
    if weights is None:
        return np.full(count, 1.0 / count)
    w = np.asarray(weights, dtype=float)
    if w.shape != (count,):
        raise ValueError(f"{who} weights: expected {count} values, one per issue, got {w.size}")
    if not np.all(np.isfinite(w)) or np.any(w < 0) or w.sum() <= 0:
        raise ValueError(f"{who} weights must be non-negative numbers, not all zero")
    return w / w.sum()
