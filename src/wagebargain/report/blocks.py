"""The brief as a neutral list of blocks: built once, serialised by each renderer.

:mod:`wagebargain.report.brief` turns an :class:`~wagebargain.advice.model.Advice` into
blocks whose text is already localised and formatted (one formatter, one catalogue); the
terminal, Markdown and HTML renderers only lay the blocks out. A block's ``tone`` says how
to colour it: ``violation``, ``risk``, ``note``, ``warning``, ``muted`` or ``""``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 is the document title, 2 an enterprise or the sector, 3 a section."""

    text: str
    level: int = 3


@dataclass(frozen=True)
class Para:
    """A paragraph."""

    text: str
    tone: str = ""


@dataclass(frozen=True)
class Headline:
    """The headline panel: the band in one sentence, with a title and detail lines."""

    text: str
    title: str = ""
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A table of text cells; ``numeric`` right-aligns a column, ``tones`` colours rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...] = ()
    tones: tuple[str, ...] = ()

    def is_numeric(self, j: int) -> bool:
        return j < len(self.numeric) and self.numeric[j]

    def tone(self, i: int) -> str:
        return self.tones[i] if i < len(self.tones) else ""


@dataclass(frozen=True)
class Bullets:
    """A bulleted list."""

    items: tuple[str, ...]
    tone: str = ""


@dataclass(frozen=True)
class Pairs:
    """Labelled pairs: "management will say" / "you answer"."""

    left: str
    right: str
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Line:
    """A reference line of the chart: a rate, its label and its kind (for the style)."""

    value: float
    label: str
    kind: str


@dataclass(frozen=True)
class Chart:
    """The band (floor, target, opening) against reference lines; drawn only in HTML."""

    floor: float
    target: float
    opening: float
    band_labels: tuple[str, str, str]
    lines: tuple[Line, ...] = field(default_factory=tuple)
    caption: str = ""

    def finite_lines(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines
                     if line.value is not None and math.isfinite(line.value))


Block = Union[Heading, Para, Headline, Table, Bullets, Pairs, Chart]
