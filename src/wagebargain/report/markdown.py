"""The brief as Markdown (GitHub-flavoured tables), from the blocks of :mod:`.brief`."""
from __future__ import annotations

from typing import Mapping, Optional

from wagebargain.advice.model import Advice
from wagebargain.report.blocks import Block, Bullets, Chart, Heading, Headline, Pairs, Para, Table
from wagebargain.report.brief import build

_TONE_MARK = {"warning": "⚠ ", "violation": "⛔ ", "risk": "⚠ "}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(block: Table) -> list[str]:
    head = "| " + " | ".join(_cell(c) for c in block.columns) + " |"
    rule = "|" + "|".join("---:" if block.is_numeric(j) else "---"
                          for j in range(len(block.columns))) + "|"
    rows = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
    return [head, rule, *rows, ""]


def render_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * block.level + " " + block.text, ""]
    if isinstance(block, Para):
        if block.tone == "muted":
            return [f"*{block.text}*", ""]
        if block.tone:
            return [f"**{_TONE_MARK.get(block.tone, '')}{block.text}**", ""]
        return [block.text, ""]
    if isinstance(block, Headline):
        lines = [f"> **{block.text}**"]
        lines += [">", *(f"> {line}  " for line in block.lines)] if block.lines else []
        return [*lines, ""]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bullets):
        mark = _TONE_MARK.get(block.tone, "")
        return [*(f"- {mark}{item}" for item in block.items), ""]
    if isinstance(block, Pairs):
        out = []
        for left, right in block.items:
            # two trailing spaces: a hard line break, so the answer starts its own line
            out += [f"- **{block.left}** {left}  ", f"  **{block.right}** {right}"]
        return [*out, ""]
    if isinstance(block, Chart):
        return []  # the chart is drawn in HTML only
    raise TypeError(f"unknown block {type(block).__name__}")


def render(advice: Advice, lang: Optional[str] = None,
           guideline: Optional[Mapping[str, float]] = None) -> str:
    """The Markdown brief (ends with one newline)."""
    lines: list[str] = []
    for block in build(advice, lang, guideline):
        lines += render_block(block)
    return "\n".join(lines).rstrip("\n") + "\n"
