"""Paths the tests share (imported as `from wbpaths import ...`; a module name no
sub-folder's conftest.py can shadow)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"
SHARED = ROOT.parent / "shared" / "examples"
REFERENCE = SHARED / "reference.yaml"
HENGDA = SCENARIOS / "hengda-auto-parts.yaml"
"""The shipped copy of the reference scenario's figures, for tests that must not depend on
shared/examples being beside the checkout."""


def shipped_scenarios() -> list[Path]:
    """Every scenario under scenarios/, sorted."""
    return sorted(SCENARIOS.glob("*.yaml"))
