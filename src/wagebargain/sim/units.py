"""Reading rates and numbers the way a negotiator writes them: ``5.5%``, ``0.055``, ``800``.

Used by :meth:`Setup.from_mapping` and by the :class:`~wagebargain.sim.human.Human`
negotiator, so a value typed at the prompt and a value in a scenario read alike. Rates are
fractions in the code; a bare number of 1 or more for a rate is refused with "did you mean
5%?" (house style, "Units").
"""
from __future__ import annotations

import math
import re
from typing import Any

_PERCENT = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%\s*$")


def format_rate(x: float) -> str:
    """``0.055 -> '5.5%'`` (up to three decimals, no trailing zeros)."""
    text = f"{x * 100:.3f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('-0', '') else text}%"


def parse_rate(value: Any, what: str = "a rate") -> float:
    """Turn ``"5.5%"``, ``"0.055"`` or ``0.055`` into the fraction 0.055.

    Raises
    ------
    ValueError
        With a message the user can act on: ``5`` is answered with "did you mean 5%?".
    """
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{what} must be written like 5.5% or 0.055")
    if isinstance(value, str):
        match = _PERCENT.match(value)
        if match:
            return _finite(float(match.group(1)) / 100.0, what)
        try:
            value = float(value.strip())
        except ValueError:
            raise ValueError(f"'{value.strip()}' is not {what}; write it like 5.5% or 0.055"
                             ) from None
    if not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be written like 5.5% or 0.055")
    x = _finite(float(value), what)
    if abs(x) >= 1:
        raise ValueError(f"{value:g} is not {what}; did you mean {value:g}%? "
                         f"Write {value:g}% or {x / 100:g}")
    return x


def parse_number(value: Any, what: str = "a number") -> float:
    """A finite number from a YAML value or typed text (``"1,200"`` is read as 1200)."""
    if isinstance(value, bool) or value is None:
        raise ValueError(f"{what} must be a number")
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", ""))
        except ValueError:
            raise ValueError(f"'{value.strip()}' is not {what}") from None
    if not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number")
    return _finite(float(value), what)


def _finite(x: float, what: str) -> float:
    if not math.isfinite(x):
        raise ValueError(f"{what} must be a finite number")
    return x
