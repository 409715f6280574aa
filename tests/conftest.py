"""Shared fixtures: paths to the shipped scenarios and shared examples, golden-file switch."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "scenarios"
SHARED = ROOT.parent / "shared" / "examples"
REFERENCE = SHARED / "reference.yaml"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def shipped_scenarios() -> list[Path]:
    """Every scenario under scenarios/, sorted."""
    return sorted(SCENARIOS.glob("*.yaml"))


@pytest.fixture
def reference_path() -> Path:
    if not REFERENCE.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return REFERENCE
