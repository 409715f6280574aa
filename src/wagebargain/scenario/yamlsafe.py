"""Safe YAML reading that remembers where every value came from.

Only PyYAML's safe machinery is used (the C parser when present). Before anything is built,
the event stream is scanned: anchors and aliases are refused (an alias bomb expands into
gigabytes only when constructed, so refusing the events keeps memory bounded), nesting is
capped, and the file size is capped before parsing. The node tree is then turned into plain
Python data while recording the line and column of every key and value, and duplicate keys
are refused (PyYAML silently keeps the last one).

Plain scalars are read so that YAML 1.1 (PyYAML) and YAML 1.2 (editors, the JSON Schema)
agree on them. Where the two disagree, or YAML 1.1 silently changes a figure, the value is
refused with the way to write it: ``06200`` (octal, 3200 to YAML 1.1), ``0x10``, ``0b11``,
``1:30`` (base 60, 90 to YAML 1.1) and ``1_000``. The YAML 1.1 words yes/no/on/off/y/n are
read as text, as YAML 1.2 reads them; only true/false are booleans, so ``union_power: yes``
is refused as a number and ``excludes_employee_contributions: yes`` as a boolean.

Positions are 1-based line and column counted in characters (not bytes) everywhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from wagebargain.scenario.problems import PathPart, Problem

MAX_BYTES = 1_000_000
"""Largest scenario file accepted. A hand-written scenario is a few kilobytes."""
MAX_DEPTH = 32
"""Deepest nesting accepted; the scenario format needs 5."""

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ALLOWED_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null",
                                                             "map", "seq"))
"""Explicit tags a scenario may carry (``!`` for a quoted-style plain string is also fine)."""
ALLOWED_TAGS = ALLOWED_TAGS | {"!"}

_INT_TAG, _FLOAT_TAG, _BOOL_TAG = (f"tag:yaml.org,2002:{t}" for t in ("int", "float", "bool"))
_YAML12_BOOLS = frozenset(("true", "True", "TRUE", "false", "False", "FALSE"))
_OCTAL = re.compile(r"[-+]?0[0-9_]+")


class YamlProblem(Exception):
    """Raised with every problem found while reading; the file is not usable."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


@dataclass
class Located:
    """Plain data plus the (line, col) of each path, 1-based."""

    data: Any
    positions: dict[tuple[PathPart, ...], tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[tuple[PathPart, ...], tuple[int, int]] = field(default_factory=dict)

    def where(self, path: tuple[PathPart, ...]) -> tuple[int, int]:
        """Line and column for a path, falling back to its nearest located ancestor."""
        for cut in range(len(path), -1, -1):
            sub = tuple(path[:cut])
            if cut == len(path) and sub in self.key_positions:
                return self.key_positions[sub]
            if sub in self.positions:
                return self.positions[sub]
        return (1, 1)


def _mark(node_or_event: Any) -> tuple[int, int]:
    mark = node_or_event.start_mark
    return (mark.line + 1, mark.column + 1)


def decode(raw: bytes, name: str) -> str:
    """Bytes to text: size cap, UTF-8 (with or without BOM), no NUL bytes."""
    if len(raw) > MAX_BYTES:
        raise YamlProblem([Problem(name, 1, 1, (), f"the file is {len(raw):,} bytes; a scenario "
                                   f"may be at most {MAX_BYTES:,} bytes")])
    if b"\x00" in raw:
        raise YamlProblem([Problem(name, 1, 1, (), "the file holds binary data (NUL bytes); "
                                   "a scenario is a UTF-8 text file")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        data = exc.object  # the bytes decoded: without the byte order mark, if there was one
        line = data[: exc.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        if line == 1 and data.startswith(b"\xef\xbb\xbf"):
            line_start = 3  # the byte order mark is not a character of the text
        col = len(data[line_start: exc.start].decode("utf-8", errors="replace")) + 1
        raise YamlProblem([Problem(name, line, col, (), "this byte is not UTF-8 text; save the "
                                   "file as UTF-8")]) from None


def _scan_events(text: str, name: str) -> None:
    """Refuse anchors, aliases, tags of other types and deep nesting, before composing."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line, col = _mark(event)
                raise YamlProblem([Problem(name, line, col, (), "aliases (*name) are not "
                                           "allowed in a scenario; write the value out")])
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                line, col = _mark(event)
                raise YamlProblem([Problem(name, line, col, (), f"anchors (&{anchor}) are not "
                                           "allowed in a scenario; write the value out")])
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in ALLOWED_TAGS:
                line, col = _mark(event)
                shown = tag.replace("tag:yaml.org,2002:", "!!")
                raise YamlProblem([Problem(name, line, col, (), f"the tag {shown} is not "
                                           "allowed in a scenario; remove it")])
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line, col = _mark(event)
                    raise YamlProblem([Problem(name, line, col, (), f"nesting deeper than "
                                               f"{MAX_DEPTH} levels is not a scenario")])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem([_syntax_problem(exc, name)]) from None
    except yaml.reader.ReaderError as exc:
        raise YamlProblem([_reader_problem(exc, text, name)]) from None


def _reader_problem(exc: yaml.reader.ReaderError, text: str, name: str) -> Problem:
    """A character YAML does not accept (control characters and the like).

    libyaml reports the position as a byte offset into the UTF-8 text, PyYAML's own reader
    as a character index; either way the column is counted in characters.
    """
    position = max(0, exc.position)
    if _Loader is not yaml.SafeLoader:
        position = len(text.encode("utf-8")[:position].decode("utf-8", errors="ignore"))
    before = text[:position]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    return Problem(name, line, col, (), f"character U+{ord(char):04X} is not allowed in YAML; "
                   "remove it (control characters often come from copying out of a PDF)")


def _syntax_problem(exc: yaml.MarkedYAMLError, name: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = exc.problem or "invalid YAML"
    if exc.context:
        what = f"{exc.context}: {what}"
    return Problem(name, line, col, (), f"YAML syntax error: {what}")


class _Builder:
    """Turns composed nodes into plain data, recording positions and refusing duplicates."""

    def __init__(self, name: str):
        self.name = name
        self.scalars = SafeConstructor()
        self.located = Located(None)
        self.problems: list[Problem] = []

    def build(self, node: Node, path: tuple[PathPart, ...]) -> Any:
        self.located.positions[path] = _mark(node)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node, path)

    def _scalar(self, node: ScalarNode, path: tuple[PathPart, ...], key: bool = False) -> Any:
        """A scalar's value; a value the safe constructor cannot build is a problem."""
        if node.tag == _BOOL_TAG and node.value not in _YAML12_BOOLS:
            return node.value  # yes/no/on/off: text, as in YAML 1.2
        if not key and node.tag in (_INT_TAG, _FLOAT_TAG):
            surprise = _yaml11_number(node)
            if surprise:  # located at its key, like every other problem with a value
                line, col = self.located.key_positions.get(path) or _mark(node)
                self.problems.append(Problem(self.name, line, col, path, surprise))
                return None
        try:
            return self.scalars.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - ValueError, KeyError... from PyYAML
            line, col = _mark(node)
            detail = getattr(exc, "problem", None) or "not a valid value of its type"
            self.problems.append(Problem(self.name, line, col, path,
                                         f"cannot read {node.value!r}: {detail}"))
            return None

    def _mapping(self, node: MappingNode, path: tuple[PathPart, ...]) -> dict:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line, col = _mark(key_node)
            if not isinstance(key_node, ScalarNode):
                self.problems.append(Problem(self.name, line, col, path,
                                             "a key must be a plain word, not a list or mapping"))
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problems.append(Problem(self.name, line, col, path, "merge keys (<<) are "
                                             "not allowed in a scenario; write the keys out"))
                continue
            key = self._scalar(key_node, path, key=True)
            if key is None and key_node.value not in ("", "~", "null", "Null", "NULL"):
                continue  # already reported
            if not isinstance(key, str):
                key = key_node.value  # `yes:` or `2026:` as a key: keep the text as written
            if key in out:
                first = self.located.key_positions[path + (key,)]
                self.problems.append(Problem(self.name, line, col, path + (key,),
                                             f"duplicate key '{key}' (first given at line "
                                             f"{first[0]}); keep only one"))
                continue
            self.located.key_positions[path + (key,)] = (line, col)
            out[key] = self.build(value_node, path + (key,))
        return out


def _yaml11_number(node: ScalarNode) -> str:
    """Why a YAML 1.1 number is refused (its value would surprise), or "" when it is plain."""
    text = node.value
    try:
        value = SafeConstructor().construct_object(node)
    except Exception:  # noqa: BLE001 - reported by the caller when it builds the value
        return ""
    digits = text.lstrip("+-")
    sign = "-" if text.startswith("-") else ""
    if ":" in text:
        meant = f"{value:.15g}"
        return (f"{text} is read by YAML as a base-60 number ({meant}); write {meant}, "
                "or put it in quotes if it is text")
    if digits[:2] in ("0x", "0X"):
        return f"{text} is read by YAML as a hexadecimal number; write {value} in decimal"
    if digits[:2] in ("0b", "0B"):
        return f"{text} is read by YAML as a binary number; write {value} in decimal"
    if node.tag == _INT_TAG and _OCTAL.fullmatch(text):
        meant = sign + (digits.replace("_", "").lstrip("0") or "0")
        return f"{text} is read by YAML as an octal number ({value}); write {meant}"
    if "_" in text:
        meant = text.replace("_", "")
        return (f"{text}: YAML 1.1 drops the underscores but other YAML readers do not; "
                f"write {meant}")
    return ""


def read_yaml(raw: bytes, name: str) -> Located:
    """Parse a scenario file's bytes safely into located plain data.

    Raises
    ------
    YamlProblem
        With every problem found: size, encoding, syntax, anchors/aliases, duplicate keys, a
        top level that is not a mapping, an empty file.
    """
    text = decode(raw, name)
    _scan_events(text, name)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem([_syntax_problem(exc, name)]) from None
    except yaml.reader.ReaderError as exc:
        raise YamlProblem([_reader_problem(exc, text, name)]) from None
    if root is None:
        raise YamlProblem([Problem(name, 1, 1, (), "the file is empty; start from "
                                   "`wagebargain init` or a file under scenarios/")])
    if not isinstance(root, MappingNode):
        line, col = _mark(root)
        raise YamlProblem([Problem(name, line, col, (), "the top level must be a mapping of "
                                   "sections (scenario:, enterprise:, economy:, ...)")])
    builder = _Builder(name)
    builder.located.data = builder.build(root, ())
    if builder.problems:
        raise YamlProblem(builder.problems)
    return builder.located
