"""The brief as one versioned JSON document, from :meth:`Advice.to_dict`.

Stable keys in the result objects' order, rates as fractions, money as numbers, missing
numbers as ``null``. Every message (``{"key": ..., "params": ...}``) also carries ``text``,
the sentence rendered in the brief's language, so a consumer need not ship the catalogue.
``source_file`` is the scenario's file name (briefs do not depend on the folder they were
made in); ``source_sha256`` identifies the file. Floats are rounded to 12 significant digits
so the document is the same on every platform; no figure in a brief means more than that.
"""
from __future__ import annotations

import json
from typing import Any, Mapping, Optional

from wagebargain.advice.model import Advice
from wagebargain.report.fmt import file_name
from wagebargain.report.messages import t

SIGNIFICANT_DIGITS = 12


def _round(x: float) -> float:
    if x == 0.0:
        return 0.0
    return float(f"{x:.{SIGNIFICANT_DIGITS}g}")


def _with_text(value: Any, lang: str, currency: str) -> Any:
    """Round floats and add ``text`` beside every message key, recursively."""
    if isinstance(value, float):
        return _round(value)
    if isinstance(value, list):
        return [_with_text(v, lang, currency) for v in value]
    if isinstance(value, dict):
        out = {k: _with_text(v, lang, currency) for k, v in value.items()}
        if set(value) == {"key", "params"} and isinstance(value["key"], str):
            out["text"] = t(value["key"], lang, value["params"] or {}, currency)
        return out
    return value


def document(advice: Advice, lang: Optional[str] = None,
             guideline: Optional[Mapping[str, float]] = None) -> dict[str, Any]:
    """The JSON-ready brief: ``schema_version`` first, then :meth:`Advice.to_dict`'s keys,
    ``brief_language`` and, when given, the scenario's ``guideline`` lines."""
    language = lang or advice.language or "en"
    doc = _with_text(advice.to_dict(), language, advice.currency)
    doc["source_file"] = file_name(advice.source_file)
    doc["brief_language"] = language
    if guideline is not None:
        doc["guideline"] = {k: _round(float(v)) for k, v in guideline.items()}
    return doc


def render(advice: Advice, lang: Optional[str] = None,
           guideline: Optional[Mapping[str, float]] = None,
           envelope: Optional[Mapping[str, Any]] = None) -> str:
    """The document as indented UTF-8 JSON text; ``envelope`` keys (e.g. the CLI's
    ``version`` and ``command``) come first."""
    doc = {**(envelope or {}), **document(advice, lang, guideline)}
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
