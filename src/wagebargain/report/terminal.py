"""The brief in the terminal with Rich: a headline panel, then tables and lists.

The only report module that imports Rich. Colour follows severity (violations red, risks
yellow, notes dim); Rich itself drops colour when the console is not a terminal or
``NO_COLOR`` is set. Tests print to a fixed-width console on a StringIO, no colour.
"""
from __future__ import annotations

import io
from typing import Mapping, Optional

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from wagebargain.advice.model import Advice
from wagebargain.report.blocks import Block, Bullets, Chart, Heading, Headline, Pairs, Para, Table
from wagebargain.report.brief import build

STYLES = {
    "violation": "bold red",
    "risk": "yellow",
    "note": "",
    "warning": "bold red",
    "muted": "dim",
    "": "",
}


def _table(block: Table) -> RichTable:
    table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for j, column in enumerate(block.columns):
        table.add_column(column, justify="right" if block.is_numeric(j) else "left",
                         overflow="fold")
    for i, row in enumerate(block.rows):
        table.add_row(*row, style=STYLES.get(block.tone(i), ""))
    return table


def block_renderables(block: Block) -> list[RenderableType]:
    if isinstance(block, Heading):
        if block.level == 1:
            return [Text(block.text, style="bold underline")]
        if block.level == 2:
            return [Text(""), Rule(Text(block.text, style="bold"), align="left")]
        return [Text(""), Text(block.text, style="bold cyan")]
    if isinstance(block, Para):
        return [Text(block.text, style=STYLES.get(block.tone, ""))]
    if isinstance(block, Headline):
        body = Group(Text(block.text, style="bold"), *(Text(line) for line in block.lines))
        return [Panel(body, title=block.title or None, title_align="left", border_style="green",
                      expand=False)]
    if isinstance(block, Table):
        return [_table(block)]
    if isinstance(block, Bullets):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for item in block.items:
            grid.add_row("•", Text(item, style=STYLES.get(block.tone, "")))
        return [grid]
    if isinstance(block, Pairs):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for k, (left, right) in enumerate(block.items):
            if k:
                grid.add_row("", "")
            grid.add_row(Text(block.left, style="bold"), left)
            grid.add_row(Text(block.right, style="bold green"), right)
        return [grid]
    if isinstance(block, Chart):
        return []  # the chart is drawn in HTML only
    raise TypeError(f"unknown block {type(block).__name__}")


def print_brief(advice: Advice, console: Console, lang: Optional[str] = None,
                guideline: Optional[Mapping[str, float]] = None) -> None:
    """Print the brief on ``console``."""
    for block in build(advice, lang, guideline):
        for renderable in block_renderables(block):
            console.print(renderable)


def render(advice: Advice, lang: Optional[str] = None,
           guideline: Optional[Mapping[str, float]] = None, width: int = 100) -> str:
    """The terminal brief as plain text (no colour, no trailing blanks), for files and tests."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False,
                      highlight=False, soft_wrap=False, legacy_windows=False)
    print_brief(advice, console, lang, guideline)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
