"""Load a scenario (or a batch context) and report every problem with its line and column.

The pattern follows dagster's ``pydantic_yaml`` and rendercv's error handling: compose the
YAML node tree, validate the plain data with Pydantic, then map each error location back to
the node's line and column, in the negotiator's words.
"""
from __future__ import annotations

import datetime
import difflib
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, TypeVar

from pydantic import BaseModel, ValidationError

from wagebargain.errors import ScenarioError
from wagebargain.scenario.crosscheck import cross_check
from wagebargain.scenario.models import Context, Scenario
from wagebargain.scenario.problems import PathPart, Problem, shown
from wagebargain.scenario.yamlsafe import Located, YamlProblem, read_yaml

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Loaded:
    """A validated scenario with its provenance and any warnings."""

    scenario: Scenario
    path: str
    sha256: str
    warnings: list[Problem] = field(default_factory=list)


def _allowed_keys(model: type[BaseModel], path: tuple[PathPart, ...]) -> list[str]:
    """The keys a mapping at ``path`` may hold, for "did you mean" hints."""
    current: Any = model
    in_dict = False  # the last step entered a dict[str, Model]: the next part is a free name
    for part in path:
        if isinstance(part, int) or in_dict:
            in_dict = False
            continue
        fields = getattr(current, "model_fields", None)
        if not fields:
            return []
        by_alias = {(f.alias or n): f for n, f in fields.items()}
        info = by_alias.get(part)
        if info is None:
            return []
        in_dict = "dict[" in str(info.annotation)
        current = _inner_model(info.annotation)
    fields = getattr(current, "model_fields", None) or {}
    return [(f.alias or n) for n, f in fields.items()]


def _inner_model(annotation: Any) -> Any:
    """The model class inside Optional[...], list[...] or dict[str, ...] annotations."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _message(error: dict, model: type[BaseModel], path: tuple[PathPart, ...]) -> str:
    """One Pydantic error in the user's terms (values echoed short, see :func:`shown`)."""
    kind = error["type"]
    given = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing: add `{path[-1]}:` here" if path else "missing"
    if kind == "extra_forbidden":
        allowed = _allowed_keys(model, path[:-1])
        hint = difflib.get_close_matches(str(path[-1]), allowed, n=1)
        tip = f"did you mean '{hint[0]}'?" if hint else f"allowed here: {', '.join(allowed)}"
        return f"unknown key '{path[-1]}'; {tip}"
    if kind == "literal_error":
        return f"{shown(given)} is not allowed; use one of {ctx.get('expected', '')}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        if isinstance(given, bool):
            return "expected a whole number, not true/false"
        if isinstance(given, str) and re.fullmatch(r"\s*[-+]?\d+\s*", given):
            return f"'{given.strip()}' is text, not a whole number; write {int(given)} without quotes"
        return f"expected a whole number, got {shown(given)}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number, got {shown(given)}"
    if kind in ("string_type",):
        quote = "; put it in quotes" if isinstance(given, (int, float, datetime.date)) else ""
        return f"expected text, got {shown(given)}{quote}"
    if kind in ("finite_number",):
        return "must be a finite number (not .nan or .inf)"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        bound = {"greater_than": "above", "greater_than_equal": "at least",
                 "less_than": "below", "less_than_equal": "at most"}[kind]
        limit = next(iter(ctx.values()), "")
        limit_text = f"{limit:g}" if isinstance(limit, float) else shown(limit)
        return f"{shown(given)} is out of range: must be {bound} {limit_text}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping of keys (key: value), got {shown(given)}"
    if kind == "list_type":
        return f"expected a list (lines starting with '- '), got {shown(given)}"
    if kind == "too_short":
        return "must not be empty"
    if kind == "bool_type" or kind == "bool_parsing":
        return f"expected true or false, got {shown(given)}"
    text = error["msg"]
    return text.removeprefix("Value error, ")


def _problems_from(exc: ValidationError, located: Located, model: type[BaseModel],
                   name: str) -> list[Problem]:
    out = []
    for error in exc.errors():
        path = tuple(error["loc"])
        # Pydantic adds a union/validator tag to some locations; keep only real keys.
        path = tuple(p for p in path if isinstance(p, int) or not str(p).startswith("function-"))
        line, col = located.where(path)
        out.append(Problem(name, line, col, path, _message(error, model, path)))
    return sorted(out, key=lambda p: (p.line, p.col))


def _validate(located: Located, model: type[M], name: str) -> M:
    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        raise ScenarioError(_problems_from(exc, located, model, name)) from None


def _read(path: Path) -> bytes:
    from wagebargain.scenario.yamlsafe import MAX_BYTES

    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise ScenarioError([Problem(str(path), 1, 1, (), f"the file is {size:,} bytes; "
                                             f"a scenario may be at most {MAX_BYTES:,} bytes")])
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScenarioError([Problem(str(path), 1, 1, (), "no such file")]) from None
    except IsADirectoryError:
        raise ScenarioError([Problem(str(path), 1, 1, (), "this is a folder, not a file")]) from None
    except OSError as exc:
        raise ScenarioError([Problem(str(path), 1, 1, (), f"cannot read: {exc.strerror}")]) from None


def parse_scenario(raw: bytes, name: str = "<scenario>") -> Loaded:
    """Validate scenario bytes; raise :class:`ScenarioError` with every problem found."""
    try:
        located = read_yaml(raw, name)
    except YamlProblem as exc:
        raise ScenarioError(exc.problems) from None
    scenario = _validate(located, Scenario, name)
    findings = [Problem(name, *located.where(p.path), p.path, p.message, p.severity)
                for p in cross_check(scenario)]
    errors = [p for p in findings if p.severity == "error"]
    if errors:
        raise ScenarioError(sorted(errors, key=lambda p: (p.line, p.col)))
    return Loaded(scenario, name, hashlib.sha256(raw).hexdigest(),
                  [p for p in findings if p.severity == "warning"])


def load_scenario(path: str | Path) -> Scenario:
    """Load and validate a scenario file (the Python API for scripts).

    Raises
    ------
    wagebargain.errors.ScenarioError
        With ``.problems``, each located as ``FILE:LINE:COL: path: message``.
    """
    return load(path).scenario


def load(path: str | Path) -> Loaded:
    """Load a scenario file with its SHA-256 and warnings."""
    path = Path(path)
    return parse_scenario(_read(path), str(path))


def load_context(path: str | Path, name: Optional[str] = None) -> Context:
    """Load a batch context file (``economy:`` and ``guideline:`` sections)."""
    path = Path(path)
    label = name or str(path)
    try:
        located = read_yaml(_read(path), label)
    except YamlProblem as exc:
        raise ScenarioError(exc.problems) from None
    context = _validate(located, Context, label)
    problems = [Problem(label, *located.where(p.path), p.path, p.message, p.severity)
                for p in cross_check(context) if p.severity == "error"]
    if problems:
        raise ScenarioError(problems)
    return context
