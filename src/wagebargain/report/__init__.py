"""Renderers of the advisor's result: terminal (Rich), Markdown, JSON and HTML, in en or zh.

Each renderer is a separate function of the one :class:`~wagebargain.advice.model.Advice`
result; the terminal, Markdown and HTML briefs lay out the same blocks
(:mod:`wagebargain.report.brief`), and JSON is :meth:`Advice.to_dict` with each message's
rendered sentence. Renderer modules are imported on first use.
"""
from __future__ import annotations

import importlib
from typing import Any, Mapping, Optional

#: Output format -> renderer module (each has ``render(advice, lang, guideline) -> str``).
RENDERERS = {
    "table": "wagebargain.report.terminal",
    "markdown": "wagebargain.report.markdown",
    "json": "wagebargain.report.jsonout",
    "html": "wagebargain.report.html",
}


def render(advice: Any, format: str = "markdown", lang: Optional[str] = None,
           guideline: Optional[Mapping[str, float]] = None, **options: Any) -> str:
    """The brief in ``format`` (table, markdown, json or html) and ``lang`` (en or zh)."""
    try:
        module = importlib.import_module(RENDERERS[format])
    except KeyError:
        raise ValueError(f"unknown format {format!r}: use {', '.join(RENDERERS)}") from None
    return module.render(advice, lang, guideline, **options)
