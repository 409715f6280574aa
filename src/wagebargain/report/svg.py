"""The band chart as an inline SVG, drawn by hand (no plotting library).

A horizontal axis of raises (percent). A bar spans the band from the walk-away floor to the
opening ask, with the target marked; vertical lines show the guideline's lower line,
baseline and upper line, a lead-sector norm, the inflation reference, the
distribution-neutral raise (inflation + productivity), management's estimated limit, its
offer and the predicted settlement. Each line runs on below the axis as a thin leader to its
label, written in the line's colour beside the leader like a flag; the labels take as many
rows as needed so that no label overlaps another or crosses another line's leader
(:func:`_flags`). Output is deterministic: coordinates are rounded to one decimal.
"""
from __future__ import annotations

import math
from html import escape

from wagebargain.report import fmt
from wagebargain.report.blocks import Chart

WIDTH = 760
LEFT, RIGHT = 40, 40
BAR_HEIGHT = 26
ROW_HEIGHT = 15
CHAR_WIDTH = 6.2  # average width of an 11px sans-serif character (CJK counted twice)

#: Stroke colour and dash pattern of each kind of line.
LINE_STYLES = {
    "guideline": ("#6b7280", "5 3"),
    "inflation": ("#2563eb", "2 3"),
    "neutral": ("#2563eb", ""),
    "management": ("#dc2626", ""),
    "offer": ("#ea580c", "6 3"),
    "nash": ("#7c3aed", "1 2"),
    "norm": ("#0f766e", "8 3 2 3"),
}
FLAG_GAP = 3  # pixels between a leader and its label


def _n(x: float) -> str:
    """A coordinate, rounded for a stable file."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _text_width(text: str) -> float:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) * CHAR_WIDTH


def _domain(chart: Chart) -> tuple[float, float, float]:
    """Axis start and end (fractions) and the tick step, in whole percent."""
    values = [chart.floor, chart.target, chart.opening, 0.0]
    values += [line.value for line in chart.finite_lines()]
    values = [v for v in values if math.isfinite(v)]
    lo, hi = min(values), max(values)
    span = max(hi - lo, 0.01)
    step = 0.01 if span <= 0.12 else 0.02 if span <= 0.25 else 0.05
    start = math.floor(lo / step + 1e-9) * step
    end = math.ceil(hi / step - 1e-9) * step
    if end - hi < 0.25 * step:  # room for the opening's label
        end += step
    return start, end, step


def _place(labels: list[tuple[float, str]]) -> list[tuple[float, int]]:
    """Left edge and row of each label centred on its x, rows chosen so none overlap.

    Labels are taken left to right (ties by text) and each goes in the first row where it
    clears the previous label by a few pixels; results are in the input order.
    """
    ends: list[float] = []
    out: dict[int, tuple[float, int]] = {}
    for i in sorted(range(len(labels)), key=lambda k: (labels[k][0], labels[k][1])):
        x, text = labels[i]
        width = _text_width(text)
        left = min(max(x - width / 2, 2.0), WIDTH - width - 2)
        row = next((r for r, end in enumerate(ends) if left > end + 6), len(ends))
        if row == len(ends):
            ends.append(0.0)
        ends[row] = left + width
        out[i] = (left, row)
    return [out[i] for i in range(len(labels))]


def _flag_pass(lines: list[tuple[float, str]], right_to_left: bool
               ) -> tuple[list[tuple[float, int, bool]], int]:
    """One placement of the flags (see :func:`_flags`), taking lines from one side and
    hanging labels away from the lines still to come; returns the placements and how many
    leaders had to cross a label."""
    placed: list[tuple[float, float, int, float]] = []  # (left, right, row, leader x)
    out: dict[int, tuple[float, int, bool]] = {}
    crossings = 0
    order = sorted(range(len(lines)), key=lambda k: (lines[k][0], lines[k][1]),
                   reverse=right_to_left)
    for i in order:
        x, text = lines[i]
        width = _text_width(text)
        candidates = []
        for hang_left in (not right_to_left, right_to_left):
            left = x - FLAG_GAP - width if hang_left else x + FLAG_GAP
            if left >= 2 and left + width <= WIDTH - 2:
                candidates.append((left, hang_left))
                break  # the other side only when this one leaves the chart
        if not candidates:  # wider than either side: clamp inside the chart
            left = min(max(x - width / 2, 2.0), WIDTH - width - 2)
            candidates.append((left, left + width / 2 < x))

        def fits(left: float, row: int, strict: bool) -> bool:
            right = left + width
            for a, b, r, lx in placed:
                if r == row and left < b + 6 and a < right + 6:
                    return False  # overlaps a label of the same row
                if r > row and left - 2 <= lx <= right + 2:
                    return False  # the text would cross a leader going deeper
                if strict and r < row and a - 2 <= x <= b + 2:
                    return False  # the leader would cross a label above
            return True

        deepest = 1 + max((r for _, _, r, _ in placed), default=-1)
        best = None
        for left, hang_left in candidates:
            row = next((r for r in range(deepest + 1) if fits(left, r, True)), None)
            if row is not None and (best is None or row < best[1]):
                best = (left, row, hang_left)
        if best is None:
            crossings += 1
            left, hang_left = candidates[0]
            best = (left, next(r for r in range(deepest + 2) if fits(left, r, False)), hang_left)
        placed.append((best[0], best[0] + width, best[1], x))
        out[i] = best
    return [out[i] for i in range(len(lines))], crossings


def _flags(lines: list[tuple[float, str]]) -> list[tuple[float, int, bool]]:
    """Place each label (x of its line, text) as a flag on its leader below the axis.

    Returns, in the input order, the label's left edge, its row (0 nearest the axis) and
    whether it hangs left of its leader. Each label goes in the first row where its text
    overlaps no label of that row and crosses no leader running deeper, and its own leader
    crosses no label above it. Lines are taken right to left (labels hanging right) and
    left to right (labels hanging left); the placement with fewer crossings, then fewer
    rows, is kept.
    """
    tries = [_flag_pass(lines, right_to_left) for right_to_left in (True, False)]
    best = min(tries, key=lambda t: (t[1], 1 + max((r for _, r, _ in t[0]), default=-1)))
    return best[0]


def render(chart: Chart) -> str:
    """The chart as an ``<svg>`` element (a string)."""
    start, end, step = _domain(chart)

    def x_of(v: float) -> float:
        return LEFT + (v - start) / (end - start) * (WIDTH - LEFT - RIGHT)

    band = [(x_of(v), f"{label} {fmt.pct(v)}")
            for v, label in zip((chart.floor, chart.target, chart.opening), chart.band_labels)]
    band_at = _place(band)
    band_rows = 1 + max(row for _, row in band_at)
    bar_top = 8 + band_rows * ROW_HEIGHT
    axis_y = bar_top + BAR_HEIGHT + 36
    refs = [(x_of(line.value), line) for line in chart.finite_lines()]
    ref_at = _flags([(x, f"{line.label} {fmt.pct(line.value)}") for x, line in refs])
    ref_rows = 1 + max((row for _, row, _ in ref_at), default=0)
    height = axis_y + 30 + ref_rows * ROW_HEIGHT
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {height}" width="100%" '
             f'font-size="11" font-family="system-ui, sans-serif">',
             f"<title>{escape(chart.caption)}</title>"]
    # axis and ticks
    parts.append(f'<line x1="{_n(x_of(start))}" y1="{axis_y}" x2="{_n(x_of(end))}" '
                 f'y2="{axis_y}" stroke="#111827"/>')
    for k in range(int(round((end - start) / step)) + 1):
        v = start + k * step
        x = _n(x_of(v))
        parts.append(f'<line x1="{x}" y1="{axis_y}" x2="{x}" y2="{axis_y + 4}" stroke="#111827"/>')
        parts.append(f'<text x="{x}" y="{axis_y + 16}" text-anchor="middle">{fmt.pct(v, 0)}</text>')
    # the band: floor to target solid, target to opening lighter, the target marked
    f, tg, o = (x for x, _ in band)
    parts.append(f'<rect x="{_n(f)}" y="{bar_top}" width="{_n(max(tg - f, 0.5))}" '
                 f'height="{BAR_HEIGHT}" fill="#bbf7d0" stroke="#15803d"/>')
    parts.append(f'<rect x="{_n(tg)}" y="{bar_top}" width="{_n(max(o - tg, 0.5))}" '
                 f'height="{BAR_HEIGHT}" fill="#ecfdf5" stroke="#15803d" stroke-dasharray="4 2"/>')
    parts.append(f'<line x1="{_n(tg)}" y1="{bar_top - 4}" x2="{_n(tg)}" '
                 f'y2="{bar_top + BAR_HEIGHT + 4}" stroke="#14532d" stroke-width="3"/>')
    for (x, text), (left, row) in zip(band, band_at):
        y = bar_top - 6 - (band_rows - 1 - row) * ROW_HEIGHT
        parts.append(f'<text x="{_n(left)}" y="{y}" font-weight="bold">{escape(text)}</text>')
    # reference lines from above the band to the axis, then a thin leader down to the label
    for (x, line), (left, row, _) in zip(refs, ref_at):
        colour, dash = LINE_STYLES.get(line.kind, ("#6b7280", ""))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        label_y = axis_y + 32 + row * ROW_HEIGHT
        parts.append(f'<line x1="{_n(x)}" y1="{bar_top - 2}" x2="{_n(x)}" y2="{axis_y}" '
                     f'stroke="{colour}" stroke-width="1.5"{dash_attr}/>')
        parts.append(f'<line x1="{_n(x)}" y1="{axis_y + 20}" x2="{_n(x)}" y2="{label_y + 3}" '
                     f'stroke="{colour}" stroke-width="0.8"/>')
        parts.append(f'<text x="{_n(left)}" y="{label_y}" fill="{colour}">'
                     f'{escape(line.label)} {fmt.pct(line.value)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)
