"""Units of the scenario format: rates, money and headcounts.

A rate is written ``"3.5%"`` or as a fraction ``0.035``; inside the code it is always a
fraction. A bare number of 1 or more for a rate is refused with "did you mean 4%?", because
``4`` for four per cent would otherwise become a 400% raise (style.md, "Units").
Money is finite and non-negative unless a field says otherwise (profit may be negative).
"""
from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

RATE_PATTERN = r"^\s*[-+]?(\d+(\.\d*)?|\.\d+)\s*%\s*$"
_RATE_RE = re.compile(RATE_PATTERN)


def _format_percent(x: float) -> str:
    return f"{x:g}%"


def parse_rate(value: Any) -> float:
    """Turn ``"3.5%"`` or ``0.035`` into the fraction 0.035.

    Raises ``ValueError`` with a fix the user can apply: a bare number of 1 or more is
    taken for a percentage written without its sign.
    """
    if isinstance(value, bool):
        raise ValueError("expected a rate such as 3.5% or 0.035, not true/false")
    if isinstance(value, (int, float)):
        try:
            x = float(value)
        except OverflowError:
            raise ValueError("this number is far too large for a rate; write it as 3.5% or "
                             "0.035") from None
        if not math.isfinite(x):
            raise ValueError("a rate must be a finite number, such as 3.5% or 0.035")
        if abs(x) >= 1:
            raise ValueError(
                f"{value:g} is not a rate; did you mean {_format_percent(x)}? "
                f"Write \"{_format_percent(x)}\" or the fraction {x / 100:g}"
            )
        return x
    if isinstance(value, str):
        text = value.strip()
        if _RATE_RE.match(text):
            x = float(text.rstrip("% \t")) / 100.0
            if abs(x) >= 1:
                raise ValueError(f"{text} is 100% or more; a rate must lie between -100% and 100%")
            return x
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"'{value}' is not a rate; write it as 3.5% or 0.035") from None
        return parse_rate(number)
    raise ValueError(f"expected a rate such as 3.5% or 0.035, got {type(value).__name__}")


def _not_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("expected an amount of money, not true/false")
    return value


def _finite(x: float) -> float:
    if not math.isfinite(x):
        raise ValueError("must be a finite number (not .nan or .inf)")
    return x


_RATE_SCHEMA = {
    "anyOf": [
        {"type": "string", "pattern": RATE_PATTERN, "description": "a percentage, e.g. \"3.5%\""},
        {"type": "number", "exclusiveMinimum": -1, "exclusiveMaximum": 1,
         "description": "a fraction, e.g. 0.035"},
    ]
}

Rate = Annotated[float, BeforeValidator(parse_rate), WithJsonSchema(_RATE_SCHEMA)]
"""A growth or contribution rate, as a fraction in code; ``"3.5%"`` or ``0.035`` in files."""

NonNegativeRate = Annotated[
    float,
    BeforeValidator(parse_rate),
    Field(ge=0),
    WithJsonSchema({"anyOf": [
        {"type": "string", "pattern": RATE_PATTERN, "description": "a percentage, e.g. \"7%\""},
        {"type": "number", "minimum": 0, "exclusiveMaximum": 1, "description": "a fraction, e.g. 0.07"},
    ]}),
]

Money = Annotated[float, BeforeValidator(_not_bool), AfterValidator(_finite), Field(ge=0)]
"""An amount of money in the scenario's currency: finite and not negative."""

SignedMoney = Annotated[float, BeforeValidator(_not_bool), AfterValidator(_finite)]
"""An amount that may be negative (profit)."""

MAX_HEADCOUNT = 10_000_000
"""Largest headcount accepted: above the largest employer on earth, below float trouble."""

Headcount = Annotated[int, Field(gt=0, le=MAX_HEADCOUNT, strict=True)]
"""A number of workers: a whole number above zero."""
