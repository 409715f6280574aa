"""Render message keys in English or Chinese: ``t(key, lang, params, currency)``.

The advisor's result carries sentences as :class:`~wagebargain.advice.model.Message` (a
catalogue key and named numbers); the renderers' own labels and headings are keys too. The
templates live in :mod:`wagebargain.report.catalogue`, one (English, Chinese) pair per key.

Each placeholder is formatted by its parameter's name (:func:`wagebargain.report.fmt.param`):
``*_rate`` and rate-like names as percentages, ``*_money`` and money names as money with
the currency, others as written; a template may add a spec such as ``{ratio:x}``.

Never crashes on a render: an unknown key renders as the key itself (and is recorded in
:data:`unknown_keys`), an unknown language falls back to English, and a placeholder with no
parameter is left as ``{name}``.
"""
from __future__ import annotations

from string import Formatter
from typing import Any, Mapping, Optional

from wagebargain.report import fmt
from wagebargain.report.catalogue import CATALOGUE, LANGUAGES

__all__ = ["t", "text", "has", "placeholders", "unknown_keys", "CATALOGUE", "LANGUAGES"]

_FORMATTER = Formatter()
#: Keys asked for that the catalogue does not hold (a test asserts it stays empty).
unknown_keys: set[str] = set()


def has(key: str) -> bool:
    """Whether the catalogue holds ``key``."""
    return key in CATALOGUE


def template(key: str, lang: str = "en") -> Optional[str]:
    """The raw template of ``key`` in ``lang`` (English when ``lang`` is unknown), or None."""
    pair = CATALOGUE.get(key)
    if pair is None:
        return None
    index = LANGUAGES.index(lang) if lang in LANGUAGES else 0
    return pair[index]


def placeholders(template_text: str) -> set[str]:
    """The parameter names a template uses (``{name}`` or ``{name:spec}``)."""
    return {field for _, field, _, _ in _FORMATTER.parse(template_text) if field}


def t(key: str, lang: str = "en", params: Optional[Mapping[str, Any]] = None,
      currency: str = "CNY") -> str:
    """The sentence or label ``key`` in ``lang`` with ``params`` formatted by name."""
    raw = template(key, lang)
    if raw is None:
        unknown_keys.add(key)
        return key
    params = params or {}
    try:
        parsed = list(_FORMATTER.parse(raw))
        floors = _floors(parsed, params)
        compared = _compared(parsed, params, floors)
        parts = []
        for literal, field, spec, _ in parsed:
            parts.append(literal)
            if field is None:
                continue
            if field in compared:
                parts.append(compared[field])
            elif field in params:
                spec = spec or ""
                if _is_floor(field, params[field], spec, floors):
                    spec = "up"
                parts.append(fmt.param(field, params[field], lang, currency, spec))
            else:
                parts.append("{" + field + "}")
        return "".join(parts)
    except (ValueError, TypeError):
        return raw


def _floors(parsed: list, params: Mapping[str, Any]) -> list[float]:
    """The values of the sentence's floors (a minimum the union must not go below: shown
    rounded up, :func:`wagebargain.report.fmt.floor_pct`)."""
    out = []
    for _, field, spec, _ in parsed:
        if field and field in params and (spec == "up" or (fmt.kind(field) == "floor"
                                                           and spec in ("", None, "cmp"))):
            x = fmt.finite(params[field])
            if x is not None:
                out.append(x)
    return out


def _is_floor(field: str, value: Any, spec: str, floors: list[float]) -> bool:
    """A percentage shown as a floor: a floor itself, or a rate of the same sentence equal
    to one of its floors (a target the legal floor binds reads as the floor does, never
    "aim for 3.5%, do not settle below 3.6%")."""
    if spec == "up" or (fmt.kind(field) == "floor" and spec in ("", "cmp")):
        return True
    how = fmt.SPECS.get(spec) or fmt.kind(field)
    x = fmt.finite(value)
    return how == "rate" and spec != "pts" and x is not None \
        and any(abs(x - f) < 1e-9 for f in floors)


def _compared(parsed: list, params: Mapping[str, Any],
              floors: Optional[list[float]] = None) -> dict[str, str]:
    """The ``{x:cmp}`` numbers of a sentence as percentages: one decimal, or two when two of
    them would otherwise read the same although they differ ("0.96% is below 1.00%")."""
    names = sorted({f for _, f, spec, _ in parsed if f and spec == "cmp" and f in params})
    floors = floors or []

    def shown_at(n: str, digits: int) -> str:  # a floor is rounded up (fmt.floor_pct)
        up = _is_floor(n, params[n], "cmp", floors)
        return (fmt.floor_pct if up else fmt.pct)(params[n], digits)

    shown = {n: shown_at(n, 1) for n in names}
    values = {n: fmt.finite(params[n]) for n in names}
    clash = any(shown[a] == shown[b] and values[a] is not None and values[b] is not None
                and abs(values[a] - values[b]) > 1e-12
                for i, a in enumerate(names) for b in names[i + 1:])
    return {n: shown_at(n, 2) for n in names} if clash else shown


def text(message: Any, lang: str = "en", currency: str = "CNY") -> str:
    """Render a Message, or its ``{"key": ..., "params": ...}`` dict; "" for None."""
    if message is None:
        return ""
    if isinstance(message, Mapping):
        return t(str(message.get("key", "")), lang, message.get("params") or {}, currency)
    return t(message.key, lang, message.params, currency)
