"""wagebargain: collective wage bargaining for union negotiators, trainers and analysts.

The public API for scripts::

    import wagebargain
    scenario = wagebargain.load_scenario("scenario.yaml")

Attributes are imported on first use, so ``import wagebargain`` stays cheap for the CLI.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "load_scenario": "wagebargain.scenario.loader",
    "advise": "wagebargain.advice.build",
    "simulate": "wagebargain.sim",
    "tournament": "wagebargain.sim",
    "ExitCode": "wagebargain.errors",
    "ScenarioError": "wagebargain.errors",
    "WagebargainError": "wagebargain.errors",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'wagebargain' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
