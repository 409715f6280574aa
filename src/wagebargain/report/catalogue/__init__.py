"""The message catalogue, split by topic: every key maps to its (English, Chinese) template.

Templates are ``str.format`` strings whose placeholders are the message's parameter names;
:func:`wagebargain.report.messages.t` formats each by its name (see
:mod:`wagebargain.report.fmt`). English and Chinese templates of one key must use the same
placeholders (a test checks it).
"""
from __future__ import annotations

from wagebargain.report.catalogue import arguments, band, checks, labels

LANGUAGES: tuple[str, ...] = ("en", "zh")


def _merge(*parts: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for part in parts:
        clash = out.keys() & part.keys()
        if clash:
            raise RuntimeError(f"message keys defined twice: {sorted(clash)}")
        out.update(part)
    return out


#: key -> (en, zh) template.
CATALOGUE: dict[str, tuple[str, str]] = _merge(
    band.MESSAGES, arguments.MESSAGES, checks.MESSAGES, labels.MESSAGES)
