"""Shared helpers of the report tests: scenarios to brief, and messages inside results."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import yaml

from wbpaths import HENGDA, REFERENCE, shipped_scenarios


def all_scenarios() -> list[Path]:
    """Every shipped scenario and, when present, the shared reference scenario."""
    found = list(shipped_scenarios())
    if REFERENCE.exists():
        found.append(REFERENCE)
    return found


def advice_of(path: Path, **options: Any):
    from wagebargain.advice.build import advise
    from wagebargain.scenario.loader import load

    loaded = load(path)
    return advise(loaded.scenario, source_file=loaded.path, sha256=loaded.sha256, **options)


def messages_in(value: Any) -> Iterator[dict]:
    """Every ``{"key": ..., "params": ...}`` dict inside ``Advice.to_dict()``."""
    if isinstance(value, dict):
        if set(value) == {"key", "params"}:
            yield value
        for v in value.values():
            yield from messages_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from messages_in(v)


def write_variant(tmp_path: Path, name: str, change) -> Path:
    """A copy of the reference scenario with ``change(data)`` applied, as a YAML file."""
    data = yaml.safe_load(HENGDA.read_text("utf-8"))
    change(data)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def strip_to_minimum(data: dict) -> None:
    """Remove every optional section and field the reference scenario carries."""
    for key in ("market", "bargaining", "simulation"):
        data.pop(key, None)
    firm = data["enterprise"]
    firm["accounts"].pop("previous")
    firm["accounts"]["current"].pop("revenue")
    for key in ("raise_history", "part_time", "wage_arrears", "region", "industry"):
        firm.pop(key, None)
    for grade in firm["workforce"]:
        grade.pop("occupation", None)
    economy = data["economy"]
    economy["cpi"].pop("forecast")
    for key in ("subsistence_allowance", "contribution_base", "employer_contributions"):
        economy.pop(key, None)
    economy["minimum_wage"].pop("next_monthly")
    economy["minimum_wage"].pop("hourly")
    data["guideline"].pop("source", None)
