"""Units of the scenario format: rates, money and headcounts.

A rate is written ``"3.5%"`` or as a fraction ``0.035``; inside the code it is always a
fraction. A bare number of 1 or more for a rate is refused with "did you mean 4%?", because
``4`` for four per cent would otherwise become a 400% raise (style.md, "Units").
Money is finite and non-negative unless a field says otherwise (profit may be negative).
"""
from __future__ import annotations

import math
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema

from wagebargain.units import RATE_PATTERN, parse_rate  # noqa: F401 - re-exported


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
