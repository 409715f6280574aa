"""The brief in the terminal with Rich: a headline panel, then tables and lists.

The only report module that imports Rich. Colour follows severity (violations red, risks
yellow, notes dim); Rich itself drops colour when the console is not a terminal or
``NO_COLOR`` is set. Tests print to a fixed-width console on a StringIO, no colour.

Tables never break a word or a number in the middle ("Percenta/ge", "2,912,00/0"): each
column is at least as wide as its longest word (Chinese text may wrap between characters),
numbers never wrap, and a table too wide for the terminal is split into several tables that
each repeat the first column (:class:`FitTable`).
"""
from __future__ import annotations

import io
import re
from typing import Iterator, Mapping, Optional, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
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


#: Columns are separated by three cells (padding, rule, padding) in the SIMPLE_HEAD box.
COLUMN_GAP = 3
#: A Chinese run may wrap between any two characters; keep at least this many cells a line
#: in a table cell (a short name such as 营销与行政人员 stays whole), and in a header.
CJK_MIN_CELLS = 16
CJK_MIN_HEADER_CELLS = 8
_CJK_CHAR = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f"
_CJK = re.compile(f"[{_CJK_CHAR}]")
#: Tokens of a line: a run of spaces, one Chinese character, or a run of anything else
#: (a word or a number, which is never broken).
_TOKENS = re.compile(f"\\s+|[{_CJK_CHAR}]|[^\\s{_CJK_CHAR}]+")
#: Chinese punctuation that may not begin a line, and that may not end one (GB/T 15834).
_NO_START = set("，。、；：？！）》」』】〕”’%…—·")
_NO_END = set("（《「『【〔“‘")


def _word_cells(text: str, cjk_min: int = CJK_MIN_CELLS) -> int:
    """The widest unbreakable piece of ``text``: its longest word or number; a Chinese
    text is at least ``cjk_min`` wide (or as wide as it is)."""
    longest = max((cell_len(t) for t in _TOKENS.findall(text) if not t.isspace()), default=1)
    if _CJK.search(text):
        longest = max(longest, min(cell_len(text), cjk_min))
    return longest


def wrap_cjk(text: str, width: int) -> str:
    """``text`` wrapped to ``width`` cells for a Chinese brief: breaks between Chinese
    characters or at spaces, never inside a word or number, and not before closing or
    after opening punctuation. Text without Chinese is returned as it is (Rich wraps it)."""
    if not _CJK.search(text) or cell_len(text) <= width:
        return text
    lines: list[list[str]] = [[]]
    used = 0
    for token in _TOKENS.findall(text):
        size = cell_len(token)
        line = lines[-1]
        if token.isspace():
            if line and used + size <= width:
                line.append(token)
                used += size
            continue
        if used + size > width and line:
            carry: list[str] = []
            # keep closing punctuation with the character before it, opening with the next
            if token in _NO_START and len(line) > 1:
                carry = [line.pop()]
            while line and line[-1] in _NO_END and len(line) > 1:
                carry.insert(0, line.pop())
            while line and line[-1].isspace():
                line.pop()
            lines.append(carry)
            line = lines[-1]
            used = sum(cell_len(t) for t in line)
        line.append(token)
        used += size
    return "\n".join("".join(line).rstrip() for line in lines)


def min_widths(block: Table) -> list[int]:
    """The narrowest each column can be without breaking a word: its longest word (header
    included), or for a numeric column its longest cell, which never wraps."""
    out = []
    for j, column in enumerate(block.columns):
        cells = [row[j] if j < len(row) else "" for row in block.rows]
        widest = [cell_len(c) if block.is_numeric(j) else _word_cells(c) for c in cells]
        out.append(max([_word_cells(column, CJK_MIN_HEADER_CELLS), *widest, 1]))
    return out


def natural_widths(block: Table) -> list[int]:
    """The width each column takes on one line: its longest cell or header."""
    return [max([cell_len(column)] + [cell_len(row[j]) for row in block.rows if j < len(row)])
            for j, column in enumerate(block.columns)]


def _span(widths: Sequence[int]) -> int:
    return sum(widths) + COLUMN_GAP * (len(widths) - 1)


def column_groups(widths: Sequence[int], max_width: int) -> list[list[int]]:
    """Column indices per table: all columns when their minimum widths fit in
    ``max_width``, else groups that each start with column 0 and add columns left to right
    while they fit (a column too wide even beside column 0 gets a table of its own with it)."""
    if _span(widths) <= max_width or len(widths) <= 2:
        return [list(range(len(widths)))]
    groups: list[list[int]] = []
    current = [0]
    for j in range(1, len(widths)):
        if len(current) > 1 and _span([widths[k] for k in current + [j]]) > max_width:
            groups.append(current)
            current = [0]
        current.append(j)
    groups.append(current)
    return groups


def _share(room: int, wants: Sequence[int]) -> list[int]:
    """``room`` cells shared in proportion to ``wants`` (none beyond its want)."""
    total = sum(wants)
    if total <= 0 or room <= 0:
        return [0] * len(wants)
    if room >= total:
        return list(wants)
    extra = [room * w // total for w in wants]
    for j in sorted(range(len(wants)), key=lambda k: -wants[k])[:room - sum(extra)]:
        extra[j] += 1
    return [min(e, w) for e, w in zip(extra, wants)]


def fit_widths(least: Sequence[int], natural: Sequence[int], max_width: int,
               numeric: Sequence[bool] = ()) -> list[int]:
    """Column widths within ``max_width``: the natural widths when they fit, else each
    column's least width plus a share of the room left in proportion to how much more it
    would take. Text columns are served first (a wrapped grade name reads worse than a
    wrapped header over a column of numbers), then numeric columns' headers."""
    natural = [max(n, m) for n, m in zip(natural, least)]
    if _span(natural) <= max_width:
        return list(natural)
    room = max(0, max_width - _span(least))
    widths = list(least)
    for numbers in (False, True):
        picked = [j for j in range(len(widths))
                  if (j < len(numeric) and numeric[j]) == numbers]
        extra = _share(room, [natural[j] - widths[j] for j in picked])
        for j, e in zip(picked, extra):
            widths[j] += e
        room -= sum(extra)
    return widths


def _table(block: Table, columns: Optional[Sequence[int]] = None,
           widths: Optional[Sequence[int]] = None) -> RichTable:
    """``block`` (or only its ``columns``) as a Rich table; ``widths`` fixes column widths
    (one per picked column)."""
    picked = list(range(len(block.columns))) if columns is None else list(columns)
    table = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    size = {j: widths[k] for k, j in enumerate(picked)} if widths is not None else {}

    def cell(text: str, j: int) -> str:
        return wrap_cjk(text, size[j]) if j in size else text

    for j in picked:
        table.add_column(cell(block.columns[j], j),
                         justify="right" if block.is_numeric(j) else "left",
                         overflow="fold", width=size.get(j))
    for i, row in enumerate(block.rows):
        table.add_row(*(cell(row[j], j) if j < len(row) else "" for j in picked),
                      style=STYLES.get(block.tone(i), ""))
    return table


class Wrapped:
    """A paragraph or list item that wraps Chinese between characters (see
    :func:`wrap_cjk`) at whatever width it is given; other text is wrapped by Rich."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text, self.style = text, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(wrap_cjk(self.text, options.max_width), style=self.style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions):
        from rich.measure import Measurement

        return Measurement.get(console, options, Text(self.text))


class FitTable:
    """A table block that fits the console it is printed on: one Rich table when it fits,
    else several, each repeating the first column (see :func:`column_groups`)."""

    def __init__(self, block: Table) -> None:
        self.block = block

    def tables(self, max_width: int) -> Iterator[RichTable]:
        least, natural = min_widths(self.block), natural_widths(self.block)
        for group in column_groups(least, max_width):
            widths = fit_widths([least[j] for j in group], [natural[j] for j in group],
                                max_width, [self.block.is_numeric(j) for j in group])
            yield _table(self.block, group, widths)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for k, table in enumerate(self.tables(options.max_width)):
            if k:
                yield Text("")
            yield table


def block_renderables(block: Block) -> list[RenderableType]:
    if isinstance(block, Heading):
        if block.level == 1:
            return [Text(block.text, style="bold underline")]
        if block.level == 2:
            return [Text(""), Rule(Text(block.text, style="bold"), align="left")]
        return [Text(""), Text(block.text, style="bold cyan")]
    if isinstance(block, Para):
        return [Wrapped(block.text, STYLES.get(block.tone, ""))]
    if isinstance(block, Headline):
        body = Group(Text(block.text, style="bold"), *(Text(line) for line in block.lines))
        return [Panel(body, title=block.title or None, title_align="left", border_style="green",
                      expand=False)]
    if isinstance(block, Table):
        return [FitTable(block)]
    if isinstance(block, Bullets):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for item in block.items:
            grid.add_row("•", Wrapped(item, STYLES.get(block.tone, "")))
        return [grid]
    if isinstance(block, Pairs):
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for k, (left, right) in enumerate(block.items):
            if k:
                grid.add_row("", "")
            grid.add_row(Text(block.left, style="bold"), Wrapped(left))
            grid.add_row(Text(block.right, style="bold green"), Wrapped(right))
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
