"""A located problem in a scenario file: ``FILE:LINE:COL: dotted.path: message``."""
from __future__ import annotations

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
