"""How the union's floor, target and opening move when the economy or the accounts move.

:func:`sensitivity` scores every row under a fixed set of perturbations (CPI one point down
and up, productivity one point down and up, profit 20% down and up) with a single call of
:func:`wagebargain.core.kernel.score` on the rows stacked once per perturbation.

What a perturbation changes
---------------------------
- **CPI +/- d**: every CPI column (previous, forecast, target) shifts by d, and current value
  added is scaled by (1 + cpi_previous + d) / (1 + cpi_previous): nominal value added moves
  with prices, so the enterprise's *real* productivity growth is unchanged and only the
  inflation component of the target moves.
- **Productivity +/- d**: ``productivity_trend`` shifts by d, and current value added moves
  so that the enterprise's real productivity growth shifts by d:
  VA += d (1 + cpi_previous) VA_previous headcount / headcount_previous (no change when the
  previous year's accounts are missing: the trend fallback already moved).
- **Profit +/- s**: profit moves by s x |profit|, so "+" is always the better year; previous
  profit stays, so profit growth moves too.

References
----------
The target's components follow domain.md §2 (IG Metall; Bundesbank 2014).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np
from numpy.typing import ArrayLike, NDArray

from wagebargain.core.kernel import KERNEL_COLUMNS, broadcast_columns, score
from wagebargain.core.policy import Policy

__all__ = ["sensitivity", "SensitivityResult", "PERTURBATIONS"]

Array = NDArray[np.float64]
Columns = dict[str, Array]

#: Labels of the perturbations, in the order of the result's first axis.
PERTURBATIONS: tuple[str, ...] = (
    "base", "cpi-", "cpi+", "productivity-", "productivity+", "profit-", "profit+",
)
_CPI_COLUMNS = ("cpi_previous", "cpi_forecast", "cpi_target")


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """Floor, target, opening and settlement under each perturbation.

    Attributes
    ----------
    labels : tuple of str
        ``PERTURBATIONS``, the order of the first axis.
    floor, target, opening, settlement : ndarray, shape (len(labels), n)
        Fractions; row 0 is the unperturbed score.
    error : ndarray of object, shape (len(labels), n)
        The kernel's error message for each perturbed row ("" when scored).
    """

    labels: tuple[str, ...]
    floor: Array
    target: Array
    opening: Array
    settlement: Array
    error: NDArray[np.object_]

    def delta(self, name: str) -> Array:
        """Change of field ``name`` from the base row, shape (len(labels), n)."""
        values = getattr(self, name)
        return values - values[0]


def _shift_cpi(c: Columns, d: float) -> Columns:
    out = {k: c[k] + d for k in _CPI_COLUMNS}
    out["value_added"] = c["value_added"] * (1.0 + c["cpi_previous"] + d) / (1.0 + c["cpi_previous"])
    return out


def _shift_productivity(c: Columns, d: float) -> Columns:
    previous_per_worker = c["value_added_previous"] * c["headcount"] / c["headcount_previous"]
    step = d * (1.0 + c["cpi_previous"]) * previous_per_worker
    step = np.where(np.isfinite(step), step, 0.0)
    return {"productivity_trend": c["productivity_trend"] + d, "value_added": c["value_added"] + step}


def _shift_profit(c: Columns, s: float) -> Columns:
    return {"profit": c["profit"] + s * np.abs(c["profit"])}


def _perturbations(cpi_step: float, productivity_step: float, profit_step: float) -> list[Callable[[Columns], Columns]]:
    return [
        lambda c: {},
        lambda c: _shift_cpi(c, -cpi_step),
        lambda c: _shift_cpi(c, cpi_step),
        lambda c: _shift_productivity(c, -productivity_step),
        lambda c: _shift_productivity(c, productivity_step),
        lambda c: _shift_profit(c, -profit_step),
        lambda c: _shift_profit(c, profit_step),
    ]


def sensitivity(
    columns: Mapping[str, ArrayLike],
    policy: Policy = Policy(),
    *,
    cpi_step: float = 0.01,
    productivity_step: float = 0.01,
    profit_step: float = 0.20,
) -> SensitivityResult:
    """Score each row under CPI, productivity and profit perturbations.

    Parameters
    ----------
    columns : mapping of str to array_like
        Kernel columns, as for :func:`~wagebargain.core.kernel.score`.
    policy : Policy, optional
        Policy choices.
    cpi_step : float, optional
        CPI shift, fraction (default 0.01, one point).
    productivity_step : float, optional
        Real productivity-growth shift, fraction (default 0.01, one point).
    profit_step : float, optional
        Profit change as a share of its absolute value (default 0.20).

    Returns
    -------
    SensitivityResult
        One row per perturbation in ``PERTURBATIONS``. A perturbation that pushes a rate
        out of range gives that row an error, as in the kernel.

    Raises
    ------
    ValueError
        If the columns differ in length, as in the kernel.
    """
    n, base = broadcast_columns(columns)
    with np.errstate(all="ignore"):
        variants = [{**base, **change(base)} for change in _perturbations(cpi_step, productivity_step, profit_step)]
    stacked = {k: np.concatenate([v[k] for v in variants]) for k in KERNEL_COLUMNS}
    result = score(stacked, policy)
    shape = (len(PERTURBATIONS), n)
    return SensitivityResult(
        labels=PERTURBATIONS,
        floor=result.floor.reshape(shape),
        target=result.target.reshape(shape),
        opening=result.opening.reshape(shape),
        settlement=result.settlement.reshape(shape),
        error=result.error.reshape(shape),
    )
