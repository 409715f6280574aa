"""The one number formatter every renderer uses: rates, money, points, multiples, counts.

Rates are fractions in the result objects and are shown as percentages with one decimal
(``0.052`` -> ``5.2%``). Money carries the scenario's currency: whole units with thousands
separators from 100 up, cents below (``CNY 4,937,703``, ``CNY 24.50``; in Chinese
``4,937,703元`` for CNY). A missing number (None, NaN) is shown as a dash, never as "nan".

A message parameter is formatted by its name (:func:`param`): a name ending ``_rate`` (and
the rate-like names in :data:`RATE_NAMES`) as a percentage, ``_money`` (and the money names
in :data:`MONEY_NAMES`) as money, anything else as written. A template may override the
name's rule with a format spec: ``{x:pts}`` percentage points, ``{x:abspts}`` and ``{x:abs}``
the absolute value in points or as a percentage (for "fell 0.9 pp"), ``{x:absmoney}`` the
absolute value as money (for "a loss of CNY 3,600,000"), ``{x:x}`` a multiple, ``{x:n}`` a
plain number, ``{x:s}`` the English plural ending of a count ("" for 1, else "s"), and
``{x:cmp}`` a percentage that :func:`wagebargain.report.messages.t` shows with two decimals
when it would otherwise look equal to another ``cmp`` number of the sentence ("0.96% is
below 1.00%", never "1.0% is below 1.0%").

A minimum the union must not go below (the walk-away floor, the legal floor: the names in
:data:`FLOOR_NAMES`, or the spec ``{x:up}``) is a ``floor`` percentage, rounded *up* at the
shown precision (:func:`floor_pct`): a legal floor of 3.52% shows as 3.6%, never 3.5%, so a
settlement at the figure printed still clears the minimum wage.
"""
from __future__ import annotations

import math
from pathlib import PurePath
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, localcontext
from typing import Any, Optional

DASH = "—"

#: Parameter names shown as percentages although they do not end in ``_rate``.
RATE_NAMES = frozenset({
    "margin", "ratio", "reference", "threshold", "front_line_raise", "average_raise",
    "manager_raise", "share", "rate", "target", "floor", "opening", "resistance",
})
#: Parameter names shown as money although they do not end in ``_money``.
MONEY_NAMES = frozenset({
    "countable", "countable_after", "minimum", "minimum_next", "shortfall", "hourly_pay",
    "hourly_minimum", "hourly_equivalent", "wage", "gap", "arrears", "subsistence_allowance",
    "manager_pay", "front_line_pay", "piece_rate", "pay_at_quota", "cost", "budget",
    "median", "pay", "monthly_minimum",
})
#: Parameter names shown as multiples (``6.2×``).
MULTIPLE_NAMES = frozenset({"limit"})
#: Parameter names that are a minimum the union must not go below: shown rounded up.
FLOOR_NAMES = frozenset({"floor_rate", "legal_rate", "legal_max_rate", "floor"})

#: Format specs a template may give a placeholder, and the rule each selects.
SPECS = {"pct": "rate", "abs": "rate", "pts": "points", "abspts": "points", "money": "money",
         "absmoney": "money", "x": "multiple", "n": "plain", "s": "plural", "cmp": "rate",
         "up": "floor"}
_YUAN = {"CNY", "RMB"}
_POINTS = {"en": "{} pp", "zh": "{}个百分点"}
_TIMES = {"en": "{}×", "zh": "{}倍"}


def _finite(value: Any) -> Optional[float]:
    """The value as a float, or None when missing, not a number or not finite."""
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


finite = _finite  # the public name: a number as a float, or None when missing


def _half_up(x: float, places: int, shift: int = 0, rounding: str = ROUND_HALF_UP) -> str:
    """``x * 10**shift`` rounded half up to ``places`` decimals, with thousands separators.

    Float noise is removed first (rounding to 9 decimals), so 1091863.4999999998 and
    1091863.5 both show as 1,091,864 whichever way the arithmetic went. Any finite float is
    shown, however large: the decimal context gets the digits the number needs (the default
    28 would raise ``InvalidOperation`` for 1e28), and a shift that would overflow the float
    (a percentage of 1e307) is done in decimal instead.
    """
    scaled = x * 10.0 ** shift
    if math.isfinite(scaled):
        exact = Decimal(repr(round(scaled, 9) if abs(scaled) < 1e15 else scaled))
    else:
        exact = Decimal(repr(x)).scaleb(shift)
    digits = max(exact.adjusted(), 0) + places + 2
    with localcontext() as context:
        context.prec = max(28, digits)
        context.Emax = max(context.Emax, digits + 1)
        rounded = exact.quantize(Decimal(1).scaleb(-places), rounding)
    return _unsigned_zero(f"{rounded:,}")


def pct(value: Any, digits: int = 1) -> str:
    """A fraction as a percentage: ``0.0521`` -> ``5.2%``; a dash when missing."""
    x = _finite(value)
    if x is None:
        return DASH
    return _half_up(x, digits, shift=2) + "%"


def floor_pct(value: Any, digits: int = 1) -> str:
    """A minimum the union must not go below, as a percentage rounded *up*: ``0.03516`` ->
    ``3.6%`` (half-up would show 3.5%, a raise that leaves pay below the minimum). Float
    noise is removed first, so an exact ``0.026`` stays ``2.6%``."""
    x = _finite(value)
    if x is None:
        return DASH
    return _half_up(x, digits, shift=2, rounding=ROUND_CEILING) + "%"


def points(value: Any, lang: str = "en", digits: int = 1) -> str:
    """A change of a share in percentage points: ``-0.0089`` -> ``-0.9 pp``."""
    x = _finite(value)
    if x is None:
        return DASH
    return _POINTS.get(lang, _POINTS["en"]).format(_half_up(x, digits, shift=2))


def _is_zero(text: str) -> bool:
    return text.lstrip("-").strip("0.,") == ""


def _unsigned_zero(text: str) -> str:
    """``-0.0`` -> ``0.0``: a value that rounds to zero has no sign."""
    return text.lstrip("-") if _is_zero(text) else text


def number(value: Any, digits: int = 2) -> str:
    """A count or plain number: whole numbers with separators, else up to ``digits`` decimals."""
    x = _finite(value)
    if x is None:
        return DASH if not isinstance(value, str) else value
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    text = f"{x:,.{digits}f}".rstrip("0").rstrip(".")
    return "0" if _is_zero(text) else text


def multiple(value: Any, lang: str = "en") -> str:
    """A ratio of two amounts as a multiple: ``6.19`` -> ``6.2×`` (in Chinese ``6.2倍``)."""
    x = _finite(value)
    return DASH if x is None else _TIMES.get(lang, _TIMES["en"]).format(_unsigned_zero(f"{x:.1f}"))


def amount(value: Any) -> str:
    """Money without the currency: whole units from 100 up, cents below."""
    x = _finite(value)
    if x is None:
        return DASH
    return _half_up(x, 0 if abs(x) >= 100 or abs(x - round(x)) < 0.005 else 2)


def currency_name(currency: str, lang: str = "en") -> str:
    """The currency as a brief names it: ``CNY``; in Chinese ``元`` for CNY (and RMB)."""
    return "元" if lang == "zh" and currency.upper() in _YUAN else currency


def signed_pct(value: Any, digits: int = 1) -> str:
    """A percentage with its sign, for gaps: ``0.117`` -> ``+11.7%``, ``-0.236`` -> ``-23.6%``."""
    text = pct(value, digits)
    return text if text == DASH or text.startswith("-") or _is_zero(text[:-1]) else "+" + text


def amounts(values: Any) -> list[str]:
    """A column of money without the currency, all with the same number of decimals.

    Cents throughout when every amount is under 100 and one has cents, else whole units
    throughout, so a column never mixes ``50`` with ``54.90`` or ``186`` with ``82.35``.
    """
    xs = [_finite(v) for v in values]
    shown = [x for x in xs if x is not None]
    cents = bool(shown) and all(abs(x) < 100 for x in shown) \
        and any(abs(x - round(x)) >= 0.005 for x in shown)
    return [DASH if x is None else _half_up(x, 2 if cents else 0) for x in xs]


def money(value: Any, currency: str = "CNY", lang: str = "en") -> str:
    """Money with the currency: ``CNY 4,937,703``; in Chinese ``4,937,703元`` for CNY."""
    text = amount(value)
    if text == DASH:
        return text
    if lang == "zh":
        return f"{text}元" if currency.upper() in _YUAN else f"{text} {currency}"
    if text.startswith("-"):
        return f"-{currency} {text[1:]}"
    return f"{currency} {text}"


def kind(name: str) -> str:
    """How a parameter named ``name`` is shown: ``rate``, ``floor`` (a rate rounded up),
    ``money``, ``multiple`` or ``plain``."""
    if name in FLOOR_NAMES:
        return "floor"
    if name in MONEY_NAMES:  # an explicit name wins over a suffix (``piece_rate`` is money)
        return "money"
    if name.endswith("_change_rate"):
        return "points"
    if name.endswith("_rate") or name in RATE_NAMES:
        return "rate"
    if name.endswith("_money") or name in MONEY_NAMES:
        return "money"
    if name in MULTIPLE_NAMES:
        return "multiple"
    return "plain"


def param(name: str, value: Any, lang: str = "en", currency: str = "CNY", spec: str = "") -> str:
    """One message parameter, formatted by its name or by an explicit ``spec``."""
    how = SPECS.get(spec) or kind(name)
    if isinstance(value, str):
        return value
    if how == "plural":
        return "" if lang == "zh" or _finite(value) == 1 else "s"
    if spec.startswith("abs"):
        x = _finite(value)
        value = abs(x) if x is not None else None
    if how == "rate":
        return pct(value)
    if how == "floor":
        return floor_pct(value)
    if how == "points":
        return points(value, lang)
    if how == "money":
        return money(value, currency, lang)
    if how == "multiple":
        return multiple(value, lang)
    return number(value)


def file_name(path: str) -> str:
    """A source path shown by its file name, so a brief does not depend on the folder."""
    return PurePath(path.replace("\\", "/")).name if path else "-"
