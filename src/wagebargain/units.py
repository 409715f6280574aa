"""Reading rates and numbers the way a negotiator writes them: ``5.5%``, ``0.055``, ``800``.

One reader for every place a person writes a rate: scenario files, the classroom prompt,
simulation settings. Rates are fractions in the code; a bare number of 1 or more for a
rate is refused with "did you mean 5%?", because ``5`` for five per cent would otherwise be
a 500% raise (house style, "Units"). Batch tables use the vectorised twin of these rules in
:mod:`wagebargain.batch.parsing`.
"""
from __future__ import annotations

import math
import re
from typing import Any

RATE_PATTERN = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%\s*$"
"""A percentage as text; the JSON Schema uses the same pattern."""
_PERCENT = re.compile(RATE_PATTERN)


def format_rate(x: float) -> str:
    """``0.055 -> '5.5%'`` (up to three decimals, no trailing zeros)."""
    text = f"{x * 100:.3f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('-0', '') else text}%"


def _finite(x: float, what: str) -> float:
    if not math.isfinite(x):
        raise ValueError(f"{what} must be a finite number, such as 3.5% or 0.035")
    return x


def parse_rate(value: Any, what: str = "a rate") -> float:
    """Turn ``"5.5%"``, ``"0.055"`` or ``0.055`` into the fraction 0.055.

    Raises
    ------
    ValueError
        With a message the user can act on: ``5`` is answered with "did you mean 5%?"; a
        rate of 100% or more, text that is not a number, true/false and non-finite values
        are refused.
    """
    if isinstance(value, bool) or value is None:
        shown = "true/false" if isinstance(value, bool) else "empty"
        raise ValueError(f"expected {what} such as 3.5% or 0.035, not {shown}")
    if isinstance(value, str):
        text = value.strip()
        if _PERCENT.match(text):
            x = _finite(float(text.rstrip("% \t")) / 100.0, what)
            if abs(x) >= 1:
                raise ValueError(f"{text} is 100% or more; {what} must lie between -100% and 100%")
            return x
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"'{text}' is not {what}; write it as 3.5% or 0.035") from None
        return parse_rate(number, what)
    if not isinstance(value, (int, float)):
        raise ValueError(f"expected {what} such as 3.5% or 0.035, got {type(value).__name__}")
    try:
        x = _finite(float(value), what)
    except OverflowError:
        raise ValueError(f"this number is far too large for {what}; write it as 3.5% or 0.035") from None
    if abs(x) >= 1:
        shown = format_rate(x / 100)
        raise ValueError(f"{value:g} is not {what}; did you mean {shown}? "
                         f"Write \"{shown}\" or the fraction {x / 100:g}")
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
    try:
        return _finite(float(value), what)
    except OverflowError:
        raise ValueError(f"{what} is far too large") from None
