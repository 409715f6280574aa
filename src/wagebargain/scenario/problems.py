"""A located problem in a scenario file: ``FILE:LINE:COL: dotted.path: message``."""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import Literal, Union

PathPart = Union[str, int]


def dotted(path: tuple[PathPart, ...]) -> str:
    """``("enterprise", "workforce", 0, "base_pay")`` -> ``enterprise.workforce[0].base_pay``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a scenario file."""

    file: str
    line: int
    col: int
    path: tuple[PathPart, ...]
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = dotted(self.path) or "(top level)"
        tag = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}:{self.col}: {where}: {tag}{self.message}"

    def to_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "column": self.col,
                "path": dotted(self.path), "severity": self.severity, "message": self.message}


SHOWN_MAX = 40
"""Longest echo of a user's value in a message; longer values are cut with "..."."""


def shown(value: object) -> str:
    """A user's value as a message shows it: short, and in the words of the file.

    Text is quoted, numbers are written as in YAML, a date is called a date, and anything
    longer than :data:`SHOWN_MAX` characters (a 400-digit number, a whole mapping) is cut.
    """
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return f"a date and time ({value.isoformat()})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    if isinstance(value, int):
        try:
            text = str(value)
        except ValueError:  # beyond Python's int-to-text limit
            return "a number of thousands of digits"
        if len(text) > SHOWN_MAX:
            return f"{text[:12]}... (a number of {len(text.lstrip('-'))} digits)"
        return text
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value) and abs(value) < 1e16:
            return f"{value:.1f}"
        return {"nan": ".nan", "inf": ".inf", "-inf": "-.inf"}.get(f"{value:g}", f"{value:.6g}")
    kind = "a mapping " if isinstance(value, dict) else "a list " if isinstance(value, list) else ""
    text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > SHOWN_MAX:
        text = text[: SHOWN_MAX - 3] + "..."
    return kind + text


MAX_PROBLEMS = 50
"""Most problems reported for one file; the rest are counted on a last "... and N more" line."""


def capped(problems: list[Problem], unseen: int = 0) -> list[Problem]:
    """Problems sorted by line and column, at most :data:`MAX_PROBLEMS` of them.

    When some are left out (including ``unseen`` ones that were only counted), a last problem
    says how many, located at the first one left out.
    """
    ordered = sorted(problems, key=lambda p: (p.line, p.col))
    left_out = max(0, len(ordered) - MAX_PROBLEMS) + unseen
    if not left_out:
        return ordered
    shown_part = ordered[:MAX_PROBLEMS]
    anchor = ordered[MAX_PROBLEMS] if len(ordered) > MAX_PROBLEMS else ordered[-1]
    return shown_part + [Problem(anchor.file, anchor.line, anchor.col, (),
                                 f"... and {left_out} more problem{'s' if left_out != 1 else ''} "
                                 f"(only the first {len(shown_part)} are shown)")]
