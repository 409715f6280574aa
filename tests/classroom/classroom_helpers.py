"""Shared helpers of the classroom tests: scenarios, variants of them, and the CLI runner."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from wbpaths import REFERENCE, SCENARIOS, shipped_scenarios

HENGDA = SCENARIOS / "hengda-auto-parts.yaml"
RESULTS = SCENARIOS / "classroom-results.csv"
runner = CliRunner()


def all_scenarios() -> list[Path]:
    """Every shipped scenario and, when present, the shared reference scenario."""
    found = list(shipped_scenarios())
    if REFERENCE.exists():
        found.append(REFERENCE)
    return found


def invoke(*args: str, input: str | None = None):
    from wagebargain.cli.app import app

    return runner.invoke(app, [str(a) for a in args], input=input)


def variant(tmp_path: Path, name: str, simulation: str | None = None,
            issues: str = "") -> Path:
    """The Hengda scenario with its ``simulation:`` section replaced (removed when None),
    optionally with package ``issues`` lines inserted into the section."""
    text = HENGDA.read_text(encoding="utf-8")
    head = text[:text.index("simulation:")]
    body = "" if simulation is None else "simulation:\n" + simulation + issues
    path = tmp_path / name
    path.write_text(head + body, encoding="utf-8")
    return path


DISTINCT = """\
  rounds: 10
  first_mover: union
  impasse: none
  union:
    strategy: linear
    reservation: 3.37%
    target: 6.83%
  management:
    strategy: conceder
    reservation: 5.71%
    target: 1.29%
"""
"""A simulation section whose four confidential numbers appear nowhere else in the scenario."""

PACKAGE_ISSUES = """\
  issues:
    - {name: raise, min: 0, max: 0.15, union_weight: 0.6, management_weight: 0.5}
    - {name: lump_sum, min: 0, max: 3000, union_weight: 0.2, management_weight: 0.4, unit: CNY}
    - {name: supplement, min: 0, max: 500, union_weight: 0.2, management_weight: 0.1, unit: CNY}
"""
