"""Units of the scenario format: rates, money, plain numbers and headcounts.

A rate is written ``"3.5%"`` or as a fraction ``0.035``; inside the code it is always a
fraction. A bare number of 1 or more for a rate is refused with "did you mean 4%?", because
``4`` for four per cent would otherwise become a 400% raise (style.md, "Units").

Money and other numbers must be YAML numbers: text (``"3100"``, ``3,100``, ``1e3``, which
YAML 1.1 reads as text) and true/false are refused with a message saying how to write the
figure. Money is finite, at most :data:`MAX_MONEY` in magnitude, and not negative unless a
field says otherwise (profit may be negative); some amounts must be above zero.

Every type here carries its own JSON Schema, so the committed schema states the same rules
the loader enforces (and contains only JSON Schema keywords).
"""
from __future__ import annotations

import math
import re
from typing import Annotated, Any, Callable

from pydantic import BeforeValidator, Field, WithJsonSchema

from wagebargain.scenario.problems import shown
from wagebargain.units import RATE_PATTERN, format_rate, parse_rate  # noqa: F401 - re-exported

MAX_MONEY = 10**15
"""Largest amount of money accepted, in magnitude (a thousand trillion): above the annual
wage bill of any enterprise in any currency, and far below the range where sums of money
lose precision or overflow the brief's formatting."""

RATE_SCHEMA_PATTERN = r"^\s*[-+]?0*(\d{1,2}(\.\d*)?|\.\d+)\s*%\s*$"
"""A percentage strictly between -100% and 100%, as text (what the loader accepts)."""
NON_NEGATIVE_RATE_SCHEMA_PATTERN = r"^\s*\+?0*(\d{1,2}(\.\d*)?|\.\d+)\s*%\s*$"
"""A percentage from 0% up to (not including) 100%, as text."""

_PLAIN_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?")
_PERCENT = re.compile(RATE_PATTERN)


def yaml_number_text(x: float) -> str:
    """How to write ``x`` so that every YAML reader (1.1 and 1.2) reads that number.

    Whole numbers are written without a decimal point; an exponent gets the dot and the
    sign YAML 1.1 needs (``1.0e+28``, not ``1e28``, which YAML 1.1 reads as text).
    """
    if math.isfinite(x) and x == int(x) and abs(x) < 1e16:
        return str(int(x))
    text = f"{x:.15g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa if '.' in mantissa else mantissa + '.0'}e{exponent}"
    return text


def _text_number_message(text: str, what: str) -> str:
    """Why a number written as text is refused, and how to write it instead."""
    t = text.strip()
    if _THOUSANDS.fullmatch(t):
        return f"'{t}' is text, not {what}; write {t.replace(',', '')} without the comma"
    if _PLAIN_NUMBER.fullmatch(t):
        x = float(t)
        if not math.isfinite(x):
            return f"'{t}' is text, and far too large for {what}"
        good = yaml_number_text(x)
        if good == t.lstrip("+"):
            return f"'{t}' is text, not {what}; write {good} without quotes"
        return f"YAML reads {t} as text, not {what}; write {good}"
    return f"expected {what}, got {shown(text)}"


def _number_input(what: str) -> Callable[[Any], float]:
    """A before-validator: a YAML number (int or float), passed on as given; else a refusal
    that says how to write it."""

    def check(value: Any) -> float:
        if isinstance(value, bool):
            raise ValueError(f"expected {what}, not true/false")
        if isinstance(value, str):
            raise ValueError(_text_number_message(value, what))
        if not isinstance(value, (int, float)):
            raise ValueError(f"expected {what}, got {shown(value)}")
        try:
            float(value)
        except OverflowError:
            raise ValueError(f"{shown(value)} is far too large for {what}") from None
        return value  # type: ignore[return-value] - an int stays an int, so errors echo "2"

    return check


def _money_input(low: str) -> Callable[[Any], float]:
    """A before-validator for money: a YAML number, finite, within MAX_MONEY, above ``low``.

    The checks run on the value as written, so a message echoes ``-5``, not ``-5.0``.
    """
    as_number = _number_input("an amount of money")

    def check(value: Any) -> float:
        x = float(as_number(value))
        if not math.isfinite(x):
            raise ValueError("must be a finite number (not .nan or .inf)")
        if abs(x) > MAX_MONEY:
            raise ValueError(f"{shown(value)} is out of range: an amount of money may be at "
                             f"most 10^15 ({MAX_MONEY:,}) either way; check the figure")
        if low == "positive" and x <= 0:
            what = "is below zero" if x < 0 else "is not allowed"
            raise ValueError(f"{shown(value)} {what}: this amount must be above 0")
        if low == "nonnegative" and x < 0:
            raise ValueError(f"{shown(value)} is below zero; an amount of money must be at least 0")
        return x

    return check


def _money_type(low: str, schema: dict) -> Any:
    return Annotated[float, BeforeValidator(_money_input(low)),
                     WithJsonSchema({"type": "number", **schema, "maximum": MAX_MONEY})]


Money = _money_type("nonnegative", {"minimum": 0})
"""An amount of money in the scenario's currency: a finite number from 0 to MAX_MONEY."""

PositiveMoney = _money_type("positive", {"exclusiveMinimum": 0})
"""An amount the advice divides by or needs above zero (wage bill, base pay, minimum wage)."""

SignedMoney = _money_type("signed", {"minimum": -MAX_MONEY})
"""An amount that may be negative (profit), within MAX_MONEY either way."""

def bounded(**bounds: float) -> Any:
    """A plain number (a weight, a ratio, a quota) within bounds: ``bounded(ge=0, le=1)``.

    A YAML number, not text or true/false. The bounds (``ge``, ``gt``, ``le``, ``lt``) sit
    on the float itself, so the JSON Schema states them as minimum/maximum.
    """
    return Annotated[float, Field(**bounds), BeforeValidator(_number_input("a number"))]


def _as_written(value: Any) -> str:
    return value.strip() if isinstance(value, str) else shown(value)


def _rate_input(value: Any) -> float:
    """A rate from a YAML value: ``"3.5%"`` or a YAML number between -1 and 1."""
    if isinstance(value, str) and _PERCENT.match(value):
        text = value.strip()
        percent = float(text.rstrip("% \t"))
        if percent <= -100:
            raise ValueError(f"{text} is -100% or less; a rate must lie between -100% and 100%")
    elif isinstance(value, str):
        text = value.strip()
        if _PLAIN_NUMBER.fullmatch(text):
            x = float(text)
            if abs(x) < 1:
                good = yaml_number_text(x)
                suffix = " without quotes" if good == text.lstrip("+") else ""
                raise ValueError(f"'{text}' is text, not a rate; write {good}{suffix} "
                                 f"or {format_rate(x)}")
            value = x  # "4": answered below with "did you mean 4%?"
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and (isinstance(value, int) or math.isfinite(value)) and abs(value) >= 100:
        raise ValueError(f"{shown(value)} is not a rate: a rate lies between -100% and 100%; "
                         "write it as 3.5% or 0.035")
    return parse_rate(value)


def _rate_type(non_negative: bool) -> Any:
    if not non_negative:
        return Annotated[float, BeforeValidator(_rate_input), WithJsonSchema({"anyOf": [
            {"type": "string", "pattern": RATE_SCHEMA_PATTERN,
             "description": "a percentage, e.g. \"3.5%\""},
            {"type": "number", "exclusiveMinimum": -1, "exclusiveMaximum": 1,
             "description": "a fraction, e.g. 0.035"},
        ]})]

    def check(value: Any) -> float:
        x = _rate_input(value)
        if x < 0 or (isinstance(value, str) and value.strip().startswith("-")):
            raise ValueError(f"{_as_written(value)} is below zero; this rate must be 0% or more")
        return x

    return Annotated[float, BeforeValidator(check), WithJsonSchema({"anyOf": [
        {"type": "string", "pattern": NON_NEGATIVE_RATE_SCHEMA_PATTERN,
         "description": "a percentage, e.g. \"7%\""},
        {"type": "number", "minimum": 0, "exclusiveMaximum": 1, "description": "a fraction, e.g. 0.07"},
    ]})]


Rate = _rate_type(non_negative=False)
"""A growth or contribution rate, as a fraction in code; ``"3.5%"`` or ``0.035`` in files."""

NonNegativeRate = _rate_type(non_negative=True)
"""A rate of 0% or more (an employer contribution, a share of a gap to recover)."""

def _number_or_percent(value: Any) -> float:
    """A plain YAML number within MAX_MONEY, or a percentage written ``"15%"`` (a fraction)."""
    if isinstance(value, str) and _PERCENT.match(value):
        return _rate_input(value)
    x = float(_number_input("a number or a percentage")(value))
    if not math.isfinite(x) or abs(x) > MAX_MONEY:
        raise ValueError(f"{shown(value)} is out of range; write a finite number of at most "
                         f"10^15 either way")
    return x


NumberOrPercent = Annotated[float, BeforeValidator(_number_or_percent), WithJsonSchema({"anyOf": [
    {"type": "number", "minimum": -MAX_MONEY, "maximum": MAX_MONEY},
    {"type": "string", "pattern": RATE_SCHEMA_PATTERN, "description": "a percentage, e.g. \"15%\""},
]})]
"""A bound of a negotiated issue: a rate (``"15%"`` or ``0.15``) or an amount (``3000``)."""

MAX_HEADCOUNT = 10_000_000
"""Largest headcount accepted: above the largest employer on earth, below float trouble."""

Headcount = Annotated[int, Field(gt=0, le=MAX_HEADCOUNT, strict=True)]
"""A number of workers: a whole number above zero."""
