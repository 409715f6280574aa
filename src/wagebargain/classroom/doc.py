"""Classroom documents as blocks, laid out by the brief's own renderers.

The classroom results (transcripts, role sheets, debriefs, tournaments) are built as the
neutral blocks of :mod:`wagebargain.report.blocks` (headings, paragraphs, tables, lists), so
they look like the advisor's brief in every format; this module adds the two blocks a
classroom needs, a fixed-width text chart (:class:`Pre`) and an inline SVG figure
(:class:`Figure`), and lays out whole documents for the terminal (Rich), Markdown and one
self-contained HTML file.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from typing import Any, Sequence, Union

from wagebargain.report.blocks import Block as ReportBlock


@dataclass(frozen=True)
class Pre:
    """Fixed-width text (a terminal chart): a code block in Markdown, ``<pre>`` in HTML."""

    text: str
    caption: str = ""


@dataclass(frozen=True)
class Figure:
    """An inline SVG figure; drawn in HTML only (the terminal and Markdown show a Pre)."""

    svg: str
    caption: str = ""


Block = Union[ReportBlock, Pre, Figure]

_CSS_EXTRA = """
pre.chart { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
            font-size: .8rem; line-height: 1.2; background: #f9fafb; padding: .6rem;
            border: 1px solid #e5e7eb; border-radius: .3rem; overflow-x: auto; }
"""


def to_markdown(blocks: Sequence[Block]) -> str:
    """GitHub-flavoured Markdown (ends with one newline)."""
    from wagebargain.report.markdown import render_block as markdown_block

    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Pre):
            lines += ["```text", block.text.rstrip("\n"), "```", ""]
            if block.caption:
                lines += [f"*{block.caption}*", ""]
        elif isinstance(block, Figure):
            continue
        else:
            lines += markdown_block(block)
    return "\n".join(lines).rstrip("\n") + "\n"


def to_html(blocks: Sequence[Block], title: str, lang: str = "en") -> str:
    """One self-contained HTML document: inline CSS and SVG, no scripts, no assets."""
    from wagebargain.report.html import CSS, render_block as html_block

    parts = []
    for block in blocks:
        if isinstance(block, Pre):
            caption = f"<figcaption>{escape(block.caption)}</figcaption>" if block.caption else ""
            parts.append(f'<figure>\n<pre class="chart">{escape(block.text.rstrip())}</pre>'
                         f"\n{caption}\n</figure>")
        elif isinstance(block, Figure):
            caption = f"<figcaption>{escape(block.caption)}</figcaption>" if block.caption else ""
            parts.append(f"<figure>\n{block.svg}\n{caption}\n</figure>")
        else:
            parts.append(html_block(block))
    html_lang = "zh-CN" if lang == "zh" else lang
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{CSS}{_CSS_EXTRA}</style>\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


def print_blocks(blocks: Sequence[Block], console: Any) -> None:
    """Print on a Rich console (colour only when it is a terminal and NO_COLOR is unset)."""
    from rich.text import Text

    from wagebargain.report.terminal import block_renderables

    for block in blocks:
        if isinstance(block, Pre):
            console.print(Text(""))
            console.print(Text(block.text.rstrip("\n"), no_wrap=True, overflow="ignore"),
                          crop=False, soft_wrap=True)
            if block.caption:
                console.print(Text(block.caption, style="dim"))
        elif isinstance(block, Figure):
            continue
        else:
            for renderable in block_renderables(block):
                console.print(renderable)


def to_text(blocks: Sequence[Block], width: int = 100) -> str:
    """The terminal layout as plain text (no colour, no trailing blanks), for files and tests."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False,
                      highlight=False, soft_wrap=False, legacy_windows=False)
    print_blocks(blocks, console)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
