"""Safe YAML reading that remembers where every value came from.

Only PyYAML's safe machinery is used (the C parser when present). Before anything is built,
the event stream is scanned: anchors and aliases are refused (an alias bomb expands into
gigabytes only when constructed, so refusing the events keeps memory bounded), nesting is
capped, and the file size is capped before parsing. The node tree is then turned into plain
Python data while recording the line and column of every key and value, and duplicate keys
are refused (PyYAML silently keeps the last one).
"""
from __future__ import annotations

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
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
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
    """A character YAML does not accept (control characters and the like)."""
    before = text[: max(0, exc.position)]
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

    def _scalar(self, node: ScalarNode, path: tuple[PathPart, ...]) -> Any:
        """A scalar's value; a value the safe constructor cannot build is a problem."""
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
            key = self._scalar(key_node, path)
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
