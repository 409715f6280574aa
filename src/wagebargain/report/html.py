"""The brief as ONE self-contained HTML file: inline CSS, inline SVG, no scripts, no assets.

Laid out from the blocks of :mod:`.brief`; every text is escaped. The chart is drawn by
:mod:`.svg`. The file opens offline and prints cleanly.
"""
from __future__ import annotations

from html import escape
from typing import Mapping, Optional

from wagebargain.advice.model import Advice
from wagebargain.report import svg
from wagebargain.report.blocks import Block, Bullets, Chart, Heading, Headline, Pairs, Para, Table
from wagebargain.report.brief import build

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei",
       sans-serif; color: #111827; max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
       line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #15803d; padding-bottom: .2rem;
     margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-top: 1.6rem; color: #14532d; }
p.muted { color: #6b7280; font-size: .9rem; overflow-wrap: anywhere; }
p.warning, li.warning { color: #b91c1c; font-weight: 600; }
.headline { border: 2px solid #15803d; border-radius: .5rem; background: #f0fdf4;
            padding: .8rem 1rem; margin: 1rem 0; }
.headline .title { font-size: .85rem; color: #4b5563; }
.headline .main { font-size: 1.25rem; font-weight: 700; margin: .2rem 0; }
.headline .line { color: #374151; }
table { border-collapse: collapse; margin: .6rem 0; font-size: .9rem; }
th, td { border-bottom: 1px solid #e5e7eb; padding: .25rem .6rem; vertical-align: top;
         text-align: left; }
th { background: #f3f4f6; white-space: nowrap; }
td:first-child { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.violation td { color: #b91c1c; font-weight: 600; }
tr.risk td { color: #92400e; }
tr.note td { color: #374151; }
dl.pairs dt { font-weight: 600; margin-top: .6rem; }
dl.pairs dd { margin-left: 1.2rem; }
figure { margin: 1rem 0; }
figcaption { color: #6b7280; font-size: .85rem; }
svg.chart { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { break-before: page; } }
"""


def _table(block: Table) -> str:
    def cls(j: int) -> str:
        return ' class="num"' if block.is_numeric(j) else ""

    head = "".join(f"<th{cls(j)}>{escape(c)}</th>" for j, c in enumerate(block.columns))
    rows = []
    for i, row in enumerate(block.rows):
        tone = block.tone(i)
        attr = f' class="{tone}"' if tone else ""
        cells = "".join(f"<td{cls(j)}>{escape(c)}</td>" for j, c in enumerate(row))
        rows.append(f"<tr{attr}>{cells}</tr>")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + \
        "\n</tbody>\n</table>"


def render_block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{escape(block.text)}</h{level}>"
    if isinstance(block, Para):
        attr = f' class="{block.tone}"' if block.tone else ""
        return f"<p{attr}>{escape(block.text)}</p>"
    if isinstance(block, Headline):
        lines = "".join(f'<div class="line">{escape(line)}</div>' for line in block.lines)
        title = f'<div class="title">{escape(block.title)}</div>' if block.title else ""
        main = f'<div class="main">{escape(block.text)}</div>'
        return f'<div class="headline">{title}{main}{lines}</div>'
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Bullets):
        attr = f' class="{block.tone}"' if block.tone else ""
        return "<ul>\n" + "\n".join(f"<li{attr}>{escape(item)}</li>" for item in block.items) + \
            "\n</ul>"
    if isinstance(block, Pairs):
        items = "\n".join(
            f"<dt>{escape(block.left)} {escape(left)}</dt><dd>{escape(block.right)} "
            f"{escape(right)}</dd>" for left, right in block.items)
        return f'<dl class="pairs">\n{items}\n</dl>'
    if isinstance(block, Chart):
        caption = f"<figcaption>{escape(block.caption)}</figcaption>"
        return f"<figure>\n{svg.render(block)}\n{caption}\n</figure>"
    raise TypeError(f"unknown block {type(block).__name__}")


def render(advice: Advice, lang: Optional[str] = None,
           guideline: Optional[Mapping[str, float]] = None) -> str:
    """The HTML brief: a complete document with inline CSS and SVG."""
    language = lang or advice.language or "en"
    body = "\n".join(render_block(block) for block in build(advice, language, guideline))
    html_lang = "zh-CN" if language == "zh" else language
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(advice.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f"{body}\n</body>\n</html>\n")
