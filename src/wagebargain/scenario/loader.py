"""Load a scenario (or a batch context) and report every problem with its line and column.

The pattern follows dagster's ``pydantic_yaml`` and rendercv's error handling: compose the
YAML node tree, validate the plain data with Pydantic, then map each error location back to
the node's line and column, in the negotiator's words.

Every stage reports what it can in one pass, so fixing one problem does not merely reveal the
next: problems found while reading (duplicate keys, anchors, YAML 1.1 numbers) are reported
with the validation errors; the cross-field rules run on the sections that validated even
when others failed; an error that only echoes one already reported is left out. The parser
stopping (a syntax error) or an alias are the exceptions: nothing after them can be checked.
"""
from __future__ import annotations

import datetime
import difflib
import functools
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from wagebargain.errors import ScenarioError
from wagebargain.scenario.crosscheck import cross_check, cross_check_sections
from wagebargain.scenario.models import (ONE_ENTERPRISE_SECTION, Context, Scenario,
                                         one_enterprise_section)
from wagebargain.scenario.problems import PathPart, Problem, capped, shown
from wagebargain.scenario.yamlsafe import Located, YamlProblem, read_yaml_collecting

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


def _message(error: dict, model: type[BaseModel], path: tuple[PathPart, ...],
             hints: Optional[dict] = None) -> str:
    """One Pydantic error in the user's terms (values echoed short, see :func:`shown`).

    ``hints`` holds the :func:`_close_key` answers already worked out, by path.
    """
    kind = error["type"]
    given = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"missing: add `{path[-1]}:` here" if path else "missing"
    if kind == "extra_forbidden":
        hint = hints[path] if hints and path in hints else _close_key(model, path)
        tip = (f"did you mean '{hint}'?" if hint
               else f"allowed here: {', '.join(_allowed_keys(model, path[:-1]))}")
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


def _close_key(model: type[BaseModel], path: tuple[PathPart, ...]) -> Optional[str]:
    """The allowed key an unknown key at ``path`` most likely misspells, if any."""
    hint = difflib.get_close_matches(str(path[-1]), _allowed_keys(model, path[:-1]), n=1)
    return hint[0] if hint else None


def _clean(loc: tuple) -> tuple[PathPart, ...]:
    """Pydantic adds a union/validator tag to some locations; keep only real keys."""
    return tuple(p for p in loc if isinstance(p, int) or not str(p).startswith("function-"))


def _problems_from(exc: ValidationError, located: Located, model: type[BaseModel],
                   name: str) -> list[Problem]:
    """The validation errors in the user's terms, less those that echo a reading problem.

    A required key reported missing next to an unknown key that misspells it is one problem,
    reported at the misspelt key. When the scenario's rule "exactly one of enterprise: and
    enterprises:" could not run (other sections failed), it is checked on the data here.
    """
    errors = []
    for error in exc.errors():
        path = _clean(error["loc"])
        if not located.already_reported(path, missing=error["type"] == "missing"):
            errors.append((path, error))
    missing = {path for path, error in errors if error["type"] == "missing"}
    rule: list[Problem] = []
    if (model is Scenario and not any(path == () for path, _ in errors)
            and not one_enterprise_section(located.data.get("enterprise"),
                                           located.data.get("enterprises"))):
        rule = [Problem(name, *located.where(()), (), ONE_ENTERPRISE_SECTION)]
        if "enterprise" not in located.data and "enterprises" not in located.data:
            if () in located.incomplete:
                rule = []  # the top-level key that could not be read may be the section
            missing |= {("enterprise",), ("enterprises",)}  # a misspelt one is the likelier fault
    lacking = {path[:-1] for path in missing}  # mappings with a required key missing
    unknown = sorted((path for path, error in errors
                      if error["type"] == "extra_forbidden" and path[:-1] in lacking),
                     key=located.where)
    misspelt: dict[tuple[PathPart, ...], str] = {}  # unknown key -> the required key it misspells
    hints = {path: _close_key(model, path) for path in unknown}
    for path in unknown:
        hint = hints[path]
        if hint is not None and path[:-1] + (hint,) in missing:
            misspelt[path] = hint
            missing -= {path[:-1] + (hint,)}
            if path[:-1] == () and hint in ("enterprise", "enterprises"):
                missing -= {("enterprise",), ("enterprises",)}
                rule = []
    out = list(rule)
    for path, error in errors:
        if error["type"] == "missing" and path not in missing:
            continue  # reported at the misspelt key
        message = _message(error, model, path, hints)
        if path in misspelt:
            hint = misspelt[path]
            needed = (f"{hint} is required" if hint not in ("enterprise", "enterprises")
                      else "a scenario needs `enterprise:` or `enterprises:`")
            message = f"{message} ({needed})"
        out.append(Problem(name, *located.where(path), path, message))
    return out


@functools.lru_cache(maxsize=None)
def _section_adapter(model: type[BaseModel], field_name: str) -> TypeAdapter:
    info = model.model_fields[field_name]
    if not info.metadata:
        return TypeAdapter(info.annotation)
    return TypeAdapter(Annotated[(info.annotation, *info.metadata)])


def _valid_sections(data: dict, model: type[BaseModel]) -> dict[str, Any]:
    """The top-level sections of ``data`` that validate on their own, by field name.

    An absent optional section is valid (its default); of a list of sections that fails as a
    whole (``enterprises:``), the items that validate are kept and the others are None.
    """
    sections: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        key = info.alias or field_name
        if key not in data:
            if not info.is_required():
                sections[field_name] = info.get_default(call_default_factory=True)
            continue
        try:
            sections[field_name] = _section_adapter(model, field_name).validate_python(data[key])
        except ValidationError:
            item_model = _inner_model(info.annotation)
            kinds = (info.annotation, *get_args(info.annotation))
            is_list = any(get_origin(kind) is list for kind in kinds)
            if is_list and item_model is not None and isinstance(data[key], list):
                sections[field_name] = [_valid_or_none(item_model, item) for item in data[key]]
    return sections


def _valid_or_none(model: type[M], value: Any) -> Optional[M]:
    try:
        return model.model_validate(value)
    except ValidationError:
        return None


def _check(raw: bytes, name: str, model: type[M]) -> tuple[M, list[Problem]]:
    """Read and validate a document, with every problem found in one pass.

    Returns the document and its warnings (located).

    Raises
    ------
    ScenarioError
        With every error found (sorted by line and column, at most MAX_PROBLEMS shown).
    """
    try:
        located, problems = read_yaml_collecting(raw, name)
    except YamlProblem as exc:
        raise ScenarioError(exc.problems) from None
    doc: Optional[M] = None
    try:
        doc = model.model_validate(located.data)
    except ValidationError as exc:
        problems += _problems_from(exc, located, model, name)
        findings = cross_check_sections(_valid_sections(located.data, model))
    else:
        findings = cross_check(doc)  # type: ignore[arg-type]
    findings = [Problem(name, *located.where(p.path), p.path, p.message, p.severity)
                for p in findings]
    problems += [p for p in findings if p.severity == "error"]
    if problems or doc is None:  # a failed validation always leaves a problem
        raise ScenarioError(capped(problems))
    return doc, [p for p in findings if p.severity == "warning"]


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
    scenario, warnings = _check(raw, name, Scenario)
    return Loaded(scenario, name, hashlib.sha256(raw).hexdigest(), warnings)


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
    context, _ = _check(_read(path), name or str(path), Context)
    return context
