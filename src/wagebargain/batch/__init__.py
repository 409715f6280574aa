"""Batch scoring: thousands to millions of enterprises, streamed, locally or on Dask.

The public API (imported on first use, so ``import wagebargain.batch`` stays cheap)::

    from wagebargain.batch import run_batch, score_table, write_synthetic

    summary = run_batch("enterprises.csv", "scored.parquet", context="region.yaml")
    frame = score_table(pandas_frame, "region.yaml")

Modules: :mod:`~.columns` (the table schema), :mod:`~.parsing` (cells to floats, with row
errors), :mod:`~.context` (the shared context file), :mod:`~.readers` and :mod:`~.writers`
(streaming, atomic), :mod:`~.scoring` (one chunk through the kernel), :mod:`~.engine`
(``run_batch``, local), :mod:`~.dask_engine`, :mod:`~.table` (``score_table``) and
:mod:`~.synth` (synthetic tables).
"""
from __future__ import annotations

import importlib
from typing import Any

_API = {
    "run_batch": "wagebargain.batch.engine",
    "BatchSummary": "wagebargain.batch.engine",
    "Progress": "wagebargain.batch.engine",
    "score_table": "wagebargain.batch.table",
    "synthesize": "wagebargain.batch.synth",
    "write_synthetic": "wagebargain.batch.synth",
    "load_context": "wagebargain.batch.context",
    "context_from_mapping": "wagebargain.batch.context",
    "BatchContext": "wagebargain.batch.context",
    "INPUT_SCHEMA": "wagebargain.batch.columns",
    "OUTPUT_COLUMNS": "wagebargain.batch.columns",
    "SCORE_COLUMNS": "wagebargain.batch.columns",
}

__all__ = list(_API)


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'wagebargain.batch' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)
