"""Deterministic charts of a negotiation, drawn by hand: plain-text for the terminal and
Markdown, SVG for HTML.

* :func:`path_chart` - the two sides' offers round by round, with reference lines
  (reservation points, the Nash point, the settlement).
* :func:`strip_chart` and :func:`strip_svg` - one row per team of a class, each settlement
  placed against the zone of agreement and the theory points.

Pure functions of numbers and labels: no Rich, no I/O. Text charts draw with ASCII only, so
they survive any terminal, code page or copy into an e-mail; only the labels a caller passes
(Chinese ones, say) may be wider.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Callable, Optional, Sequence

Formatter = Callable[[float], str]


@dataclass(frozen=True)
class Mark:
    """A reference value drawn across a chart: ``char`` in text, ``kind`` styles the SVG."""

    value: float
    label: str
    char: str = "-"
    kind: str = "reference"


def _span(values: Sequence[float]) -> tuple[float, float]:
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return 0.0, 1.0
    lo, hi = min(finite), max(finite)
    if hi - lo < 1e-12:
        pad = abs(lo) * 0.1 or 0.01
        return lo - pad, hi + pad
    return lo, hi


def _row(value: float, lo: float, hi: float, height: int) -> int:
    """Row of ``value`` from the top (0) to the bottom (height - 1)."""
    return int(round((hi - value) / (hi - lo) * (height - 1)))


LEGEND = "U union offer   M management offer   # both"


def path_chart(offers: Sequence[tuple[int, str, float]], marks: Sequence[Mark],
               fmt: Formatter, rounds: int, height: int = 12, max_width: int = 72,
               legend: str = LEGEND, axis: str = "round") -> str:
    """The offers of both sides by round, as text.

    Parameters
    ----------
    offers : sequence of (round, actor, value)
        ``actor`` is ``"union"`` or ``"management"``; ``value`` is what the chart plots
        (the raise, or a side's utility for a package).
    marks : sequence of Mark
        Horizontal reference lines, labelled at the right.
    fmt : callable
        Formats an axis value.
    rounds : int
        Rounds on the horizontal axis (at least the last round with an offer).
    legend, axis : str
        The line explaining U, M and #, and the horizontal axis's name.
    """
    last = max([rounds, *(r for r, _, _ in offers)]) if offers else max(rounds, 1)
    step = 3 if last * 3 <= max_width else 2 if last * 2 <= max_width else 1
    width = min(last * step, max_width)

    def column(r: int, actor: str) -> int:
        if last * step <= max_width:
            return (r - 1) * step + (1 if actor == "management" and step > 1 else 0)
        return min((r - 1) * width // last, width - 1)

    lo, hi = _span([v for _, _, v in offers] + [m.value for m in marks])
    grid = [[" "] * width for _ in range(height)]
    notes: dict[int, list[str]] = {}
    marked: dict[int, float] = {}  # the first mark's value on each row
    for mark in marks:
        if not math.isfinite(mark.value):
            continue
        row = _row(mark.value, lo, hi, height)
        grid[row] = [mark.char if c == " " else c for c in grid[row]]
        notes.setdefault(row, []).append(f"{mark.label} {fmt(mark.value)}")
        marked.setdefault(row, mark.value)
    for r, actor, value in offers:
        row, col = _row(value, lo, hi, height), column(r, actor)
        symbol = "U" if actor == "union" else "M"
        grid[row][col] = "#" if grid[row][col] in "UM#" and grid[row][col] != symbol else symbol
    labels = {0: hi, height - 1: lo}
    for k in range(3, height - 2, 3):
        labels.setdefault(k, hi - (hi - lo) * k / (height - 1))
    # a labelled row with a line on it shows the line's own value, so the axis and the
    # line's label never disagree by rounding (1.4% beside "reservation 1.5%")
    labels = {k: fmt(marked.get(k, value)) for k, value in labels.items()}
    pad = max(len(text) for text in labels.values())
    lines = []
    for k, cells in enumerate(grid):
        note = ("  " + "; ".join(notes[k])) if k in notes else ""
        lines.append(f"{labels.get(k, ''):>{pad}} |{''.join(cells)}{note}".rstrip())
    lines.append(" " * pad + " +" + "-" * width)
    ticks = [" "] * (width + 8)
    every = next(n for n in (1, 2, 5, 10, 20, 50, 100, 1000, 10**6) if
                 len(str(last)) + 1 <= n * (width / last))
    for r in [1, *range(every, last + 1, every)]:
        text, col = str(r), column(r, "union")
        if all(c == " " for c in ticks[max(col - 1, 0):col + len(text) + 1]):
            ticks[col:col + len(text)] = list(text)
    lines.append(" " * (pad + 2) + "".join(ticks).rstrip() + "  " + axis)
    lines.append(" " * (pad + 2) + legend)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Strip:
    """One team's row of the class chart: its settlement (``None`` without agreement)."""

    label: str
    value: Optional[float]


def _zone_marks(zone: Optional[tuple[float, float]], marks: Sequence[Mark]) -> list[float]:
    values = [m.value for m in marks]
    if zone is not None:
        values += list(zone)
    return values


STRIP_WORDS = {"zone": "zone of agreement {low} to {high}", "settlement": "settlement",
               "no_agreement": "no agreement"}
"""The strip charts' own words in English; callers pass their translation as ``words``."""


def strip_chart(strips: Sequence[Strip], zone: Optional[tuple[float, float]],
                marks: Sequence[Mark], fmt: Formatter, width: int = 50,
                words: Optional[dict[str, str]] = None) -> str:
    """Each team's settlement on one axis, against the zone of agreement and reference marks.

    The zone (``[`` to ``]``, dashes between) and each mark's character are repeated on every
    row; a team's settlement is ``o``, or the row says "no agreement". ``words`` replaces
    :data:`STRIP_WORDS` (the legend's and the rows' words).
    """
    words = {**STRIP_WORDS, **(words or {})}
    lo, hi = _span([s.value for s in strips if s.value is not None] + _zone_marks(zone, marks))

    def col(v: float) -> int:
        return int(round((v - lo) / (hi - lo) * (width - 1)))

    base = [" "] * width
    if zone is not None:
        a, b = sorted(col(v) for v in zone)
        base[a:b + 1] = ["-"] * (b - a + 1)
        base[a], base[b] = "[", "]"
    for mark in marks:
        if math.isfinite(mark.value):
            base[col(mark.value)] = mark.char
    pad = max([len(s.label) for s in strips] + [4])
    head = [" "] * (width + 12)
    for text, at in ((fmt(lo), 0), (fmt(hi), width - len(fmt(hi)))):
        head[at:at + len(text)] = list(text)
    lines = [" " * (pad + 2) + "".join(head).rstrip()]
    for strip in strips:
        cells = list(base)
        if strip.value is None:
            tail = words["no_agreement"]
        else:
            cells[col(strip.value)] = "o"
            tail = fmt(strip.value)
        lines.append(f"{strip.label:<{pad}} |{''.join(cells)}| {tail}")
    legend = []
    if zone is not None:
        legend.append("[---] " + words["zone"].format(low=fmt(min(zone)), high=fmt(max(zone))))
    legend += [f"{m.char} {m.label} {fmt(m.value)}" for m in marks if math.isfinite(m.value)]
    legend.append("o " + words["settlement"])
    lines.append(" " * (pad + 2) + "   ".join(legend))
    return "\n".join(lines) + "\n"


_SVG_COLOURS = {"zone": "#bbf7d0", "nash": "#7c3aed", "ks": "#2563eb", "rubinstein": "#ea580c",
                "reference": "#6b7280", "team": "#111827", "outside": "#dc2626"}


def _n(x: float) -> str:
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def strip_svg(strips: Sequence[Strip], zone: Optional[tuple[float, float]],
              marks: Sequence[Mark], fmt: Formatter, title: str = "",
              words: Optional[dict[str, str]] = None) -> str:
    """:func:`strip_chart` as an inline ``<svg>``: the zone shaded, marks as vertical lines,
    each team a dot on its own row (red when outside the zone). Coordinates are rounded, so
    the same data give the same bytes.
    """
    words = {**STRIP_WORDS, **(words or {})}
    lo, hi = _span([s.value for s in strips if s.value is not None] + _zone_marks(zone, marks))
    left, right, top, row_h, width = 150, 90, 34, 22, 760
    height = top + row_h * max(len(strips), 1) + 24 + 16 * len(marks)

    def x(v: float) -> float:
        return left + (v - lo) / (hi - lo) * (width - left - right)

    bottom = top + row_h * max(len(strips), 1)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'font-size="11" font-family="system-ui, sans-serif">',
             f"<title>{escape(title)}</title>"]
    if zone is not None:
        a, b = sorted(x(v) for v in zone)
        parts.append(f'<rect x="{_n(a)}" y="{top - 6}" width="{_n(max(b - a, 1))}" '
                     f'height="{bottom - top + 6}" fill="{_SVG_COLOURS["zone"]}" '
                     f'fill-opacity="0.6"/>')
        zone_text = words["zone"].format(low=fmt(min(zone)), high=fmt(max(zone)))
        parts.append(f'<text x="{_n(a)}" y="{top - 10}">{escape(zone_text)}</text>')
    for k, mark in enumerate(m for m in marks if math.isfinite(m.value)):
        colour = _SVG_COLOURS.get(mark.kind, _SVG_COLOURS["reference"])
        xm = _n(x(mark.value))
        parts.append(f'<line x1="{xm}" y1="{top - 6}" x2="{xm}" y2="{bottom}" stroke="{colour}" '
                     f'stroke-width="1.5" stroke-dasharray="4 2"/>')
        parts.append(f'<text x="{left}" y="{bottom + 32 + 16 * k}" fill="{colour}">'
                     f'{escape(mark.label)} {escape(fmt(mark.value))}</text>')
    for text, v, anchor in ((fmt(lo), lo, "start"), (fmt(hi), hi, "end")):
        parts.append(f'<text x="{_n(x(v))}" y="{bottom + 16}" text-anchor="{anchor}">'
                     f"{escape(text)}</text>")
    parts.append(f'<line x1="{left}" y1="{bottom}" x2="{width - right}" y2="{bottom}" '
                 f'stroke="#111827"/>')
    inside = (min(zone), max(zone)) if zone is not None else None
    for i, strip in enumerate(strips):
        y = top + row_h * i + row_h / 2
        parts.append(f'<text x="{left - 8}" y="{_n(y + 4)}" text-anchor="end">'
                     f"{escape(strip.label)}</text>")
        if strip.value is None:
            parts.append(f'<text x="{left + 4}" y="{_n(y + 4)}" fill="#6b7280">'
                         f'{escape(words["no_agreement"])}</text>')
            continue
        out = inside is None or not (inside[0] - 1e-12 <= strip.value <= inside[1] + 1e-12)
        colour = _SVG_COLOURS["outside" if out else "team"]
        parts.append(f'<circle cx="{_n(x(strip.value))}" cy="{_n(y)}" r="5" fill="{colour}"/>')
        parts.append(f'<text x="{_n(x(strip.value) + 9)}" y="{_n(y + 4)}" fill="{colour}">'
                     f"{escape(fmt(strip.value))}</text>")
    parts.append("</svg>")
    return "\n".join(parts)
