"""Shared fixtures: paths to the shipped scenarios and shared examples, golden-file switch."""
from __future__ import annotations

import os

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed sequence, so a green main stays green; local
# runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

from wbpaths import REFERENCE, ROOT, SCENARIOS, SHARED, shipped_scenarios  # noqa: F401


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def reference_path() -> Path:
    if not REFERENCE.exists():
        pytest.skip("shared/examples is not beside this checkout")
    return REFERENCE
