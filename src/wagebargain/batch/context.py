"""The context shared by every row of a batch: a region's economy and guideline.

A context file has the ``economy:`` and ``guideline:`` sections of a scenario (and optionally
``policy:``); see ``shared/examples/region.yaml``. It is read by the project's one safe YAML
loader (:func:`wagebargain.scenario.loader.load_context`) and turned here into the kernel's
scalar context columns, which the drivers broadcast over each chunk. A table column of the
same name overrides the context for the rows where it is given.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Optional, Union

import numpy as np

from wagebargain.errors import DataError


@dataclass(frozen=True)
class BatchContext:
    """Scalar context columns and policy overrides for a batch.

    Attributes
    ----------
    columns : dict of str to float
        Kernel context columns (rates as fractions, money monthly); absent when not given.
    policy : dict of str to value
        Overrides of :class:`wagebargain.core.policy.Policy` from the ``policy:`` section.
    """

    columns: dict[str, float] = field(default_factory=dict)
    policy: dict[str, Any] = field(default_factory=dict)


def context_columns(context: Any) -> dict[str, float]:
    """Turn a validated context (``.economy`` and ``.guideline``) into context columns.

    The same mapping a scenario's rows use (:func:`wagebargain.scenario.rows.context_columns`),
    less the values a context leaves unset, so a table column can fill them row by row.
    """
    from wagebargain.scenario.rows import context_columns as scenario_context

    columns = scenario_context(context.economy, context.guideline)
    return {name: float(value) for name, value in columns.items() if not math.isnan(value)}


def _batch_context(context: Any) -> BatchContext:
    policy = getattr(context, "policy", None)
    return BatchContext(context_columns(context), policy.overrides() if policy is not None else {})


def context_from_mapping(data: Mapping[str, Any]) -> BatchContext:
    """Validate a plain mapping shaped like a context file (no YAML involved).

    Raises
    ------
    DataError
        Listing every problem as ``dotted.path: message``.
    """
    from pydantic import ValidationError

    from wagebargain.scenario.models import Context
    from wagebargain.scenario.problems import dotted

    try:
        return _batch_context(Context.model_validate(dict(data)))
    except ValidationError as exc:
        problems = [f"{dotted(tuple(e['loc']))}: {e['msg'].removeprefix('Value error, ')}"
                    for e in exc.errors()]
        raise DataError("context: " + "; ".join(problems)) from None


def load_context(path: Union[str, Path]) -> BatchContext:
    """Read a context file with the project's safe YAML loader.

    Raises
    ------
    wagebargain.errors.ScenarioError
        With every located problem (``region.yaml:7:13: economy.cpi.previous: ...``).
    """
    from wagebargain.scenario.loader import load_context as load_validated

    return _batch_context(load_validated(path))


def resolve_context(context: Any) -> BatchContext:
    """Accept ``None``, a path, a mapping, a validated context or a :class:`BatchContext`."""
    if context is None:
        return BatchContext()
    if isinstance(context, BatchContext):
        return context
    if isinstance(context, (str, Path)):
        return load_context(context)
    if isinstance(context, Mapping):
        return context_from_mapping(context)
    if hasattr(context, "economy") and hasattr(context, "guideline"):
        return _batch_context(context)
    raise TypeError(f"context must be a path, a mapping or a loaded context, not {type(context)}")


def broadcast(columns: dict[str, np.ndarray], context: BatchContext, n: int) -> dict[str, np.ndarray]:
    """Kernel columns for ``n`` rows: table columns, with the context filling their gaps.

    A table column overrides the context in the rows where it is given (not NaN).
    """
    out = dict(columns)
    for name, value in context.columns.items():
        given = out.get(name)
        out[name] = np.full(n, value) if given is None else np.where(np.isnan(given), value, given)
    return out


def make_policy(context: BatchContext, policy: Optional[Any] = None) -> Any:
    """The kernel policy: ``policy`` if given, else the defaults with the context's overrides."""
    if policy is not None:
        return policy
    from wagebargain.core.policy import Policy

    try:
        return Policy.from_mapping(context.policy)
    except ValueError as exc:
        raise DataError(str(exc)) from None
