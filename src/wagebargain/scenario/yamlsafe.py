"""Safe YAML reading that remembers where every value came from.

Only PyYAML's safe machinery is used (the C parser when present). Before anything is built,
the event stream is scanned: anchors and aliases are refused (an alias bomb expands into
gigabytes only when constructed, so refusing the events keeps memory bounded), nesting is
capped, and the file size is capped before parsing. The node tree is then turned into plain
Python data while recording the line and column of every key and value, and duplicate keys
are refused (PyYAML silently keeps the last one).

Problems are collected, not raised one at a time, so a negotiator sees them all at once. The
prescan reports every anchor, alias and tag it meets; with an alias present (or nesting too
deep, or the parser stopped) nothing is built. Otherwise the document is built even when some
values are refused: a refused value is replaced by :data:`UNREADABLE`, which every field type
rejects, and its path is remembered so that validation does not report it a second time; of
a duplicated key the last value is kept, as other YAML readers do.

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
from typing import Any, Optional

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from wagebargain.scenario.problems import MAX_PROBLEMS, PathPart, Problem, capped

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
    unreadable: set[tuple[PathPart, ...]] = field(default_factory=set)
    """Paths whose value was refused while reading (already reported; now :data:`UNREADABLE`)."""
    incomplete: set[tuple[PathPart, ...]] = field(default_factory=set)
    """Mappings with a key that could not be read (already reported): a key "missing" there
    may be that very key."""

    def where(self, path: tuple[PathPart, ...]) -> tuple[int, int]:
        """Line and column for a path, falling back to its nearest located ancestor."""
        for cut in range(len(path), -1, -1):
            sub = tuple(path[:cut])
            if cut == len(path) and sub in self.key_positions:
                return self.key_positions[sub]
            if sub in self.positions:
                return self.positions[sub]
        return (1, 1)

    def already_reported(self, path: tuple[PathPart, ...], missing: bool = False) -> bool:
        """Whether a validation error at ``path`` follows from a problem found while reading."""
        if any(path[:cut] in self.unreadable for cut in range(len(path) + 1)):
            return True
        return missing and path[:-1] in self.incomplete


class _Unreadable:
    """Stands in for a value refused while reading; every field type rejects it."""

    def __repr__(self) -> str:
        return "an unreadable value"


UNREADABLE = _Unreadable()
"""The value of a key whose YAML value was refused (a YAML 1.1 number, a refused tag, ...)."""


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


@dataclass
class _Prescan:
    """What the event scan found: problems (one more than MAX_PROBLEMS kept, the rest counted)."""

    name: str
    problems: list[Problem] = field(default_factory=list)
    unseen: int = 0
    refused_tags: set[tuple[int, int, str]] = field(default_factory=set)
    """(line, column, tag) of every node whose explicit tag was refused."""
    stop: bool = False
    """Build nothing: an alias, nesting too deep, too many problems, or the parser stopped."""

    def add(self, event: Any, message: str) -> None:
        if len(self.problems) > MAX_PROBLEMS:  # one more than shown: "... and N more" sits there
            self.unseen += 1
            self.stop = True  # enough to report; the rest is only counted
            return
        line, col = _mark(event)
        self.problems.append(Problem(self.name, line, col, (), message))

    def final(self) -> list[Problem]:
        return capped(self.problems, self.unseen)


def _scan_events(text: str, name: str) -> _Prescan:
    """Find anchors, aliases, tags of other types and deep nesting, before composing.

    Every occurrence is reported (up to the cap). Memory stays bounded: events are streamed
    and nothing is built here.
    """
    scan = _Prescan(name)
    depth, too_deep = 0, False
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                scan.add(event, "aliases (*name) are not allowed in a scenario; write the "
                         "value out")
                scan.stop = True  # never build a document that holds an alias
                continue
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                scan.add(event, f"anchors (&{anchor}) are not allowed in a scenario; write the "
                         "value out")
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in ALLOWED_TAGS:
                shown = tag.replace("tag:yaml.org,2002:", "!!")
                scan.add(event, f"the tag {shown} is not allowed in a scenario; remove it")
                if not scan.stop:
                    scan.refused_tags.add((*_mark(event), tag))
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH and not too_deep:  # once, where it first gets too deep
                    too_deep = True
                    scan.add(event, f"nesting deeper than {MAX_DEPTH} levels is not a scenario")
                    scan.stop = True
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        scan.problems.append(_syntax_problem(exc, name))
        scan.stop = True
    except yaml.reader.ReaderError as exc:
        scan.problems.append(_reader_problem(exc, text, name))
        scan.stop = True
    return scan


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
    """Turns composed nodes into plain data, recording positions and problems.

    A value that cannot be read becomes :data:`UNREADABLE` (its path is remembered); a key
    that cannot be read is left out (its mapping is remembered); of a duplicated key the last
    value is kept and every later occurrence is reported.
    """

    def __init__(self, name: str, refused_tags: set[tuple[int, int, str]]):
        self.name = name
        self.refused_tags = refused_tags
        self.scalars = SafeConstructor()
        self.located = Located(None)
        self.problems: list[Problem] = []

    def _refused(self, node: Node) -> bool:
        """Whether the prescan refused this node's tag (and so already reported it)."""
        return (*_mark(node), node.tag) in self.refused_tags

    def build(self, node: Node, path: tuple[PathPart, ...]) -> Any:
        self.located.positions[path] = _mark(node)
        if self._refused(node):
            self.located.unreadable.add(path)
            return UNREADABLE
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
                self.located.unreadable.add(path)
                return UNREADABLE
        try:
            return self.scalars.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - ValueError, KeyError... from PyYAML
            line, col = _mark(node)
            detail = getattr(exc, "problem", None) or "not a valid value of its type"
            self.problems.append(Problem(self.name, line, col, path,
                                         f"cannot read {node.value!r}: {detail}"))
            if key:
                return None
            self.located.unreadable.add(path)
            return UNREADABLE

    def _key(self, key_node: Node, path: tuple[PathPart, ...]) -> Optional[str]:
        """A mapping key as text, or None when it cannot be read (reported, or refused by
        the prescan)."""
        line, col = _mark(key_node)
        if not isinstance(key_node, ScalarNode):
            self.problems.append(Problem(self.name, line, col, path,
                                         "a key must be a plain word, not a list or mapping"))
            return None
        if self._refused(key_node):
            return None
        if key_node.tag == "tag:yaml.org,2002:merge":
            self.problems.append(Problem(self.name, line, col, path, "merge keys (<<) are "
                                         "not allowed in a scenario; write the keys out"))
            return None
        key = self._scalar(key_node, path, key=True)
        if key is None and key_node.value not in ("", "~", "null", "Null", "NULL"):
            return None  # already reported
        if not isinstance(key, str):
            key = key_node.value  # `yes:` or `2026:` as a key: keep the text as written
        return key

    def _mapping(self, node: MappingNode, path: tuple[PathPart, ...]) -> dict:
        entries: list[tuple[str, Node, Node]] = []
        for key_node, value_node in node.value:
            key = self._key(key_node, path)
            if key is None:
                self.located.incomplete.add(path)
            else:
                entries.append((key, key_node, value_node))
        first: dict[str, tuple[int, int]] = {}
        last: dict[str, int] = {}
        for i, (key, key_node, _) in enumerate(entries):
            last[key] = i
            if key not in first:
                first[key] = _mark(key_node)
                continue
            line, col = _mark(key_node)
            self.problems.append(Problem(self.name, line, col, path + (key,),
                                         f"duplicate key '{key}' (first given at line "
                                         f"{first[key][0]}); keep only one (the last one given "
                                         "is the one checked)"))
        out: dict[str, Any] = {}
        for i, (key, key_node, value_node) in enumerate(entries):
            if last[key] == i:
                self.located.key_positions[path + (key,)] = _mark(key_node)
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


def read_yaml_collecting(raw: bytes, name: str) -> tuple[Located, list[Problem]]:
    """Parse a scenario file's bytes safely into located plain data, and every problem found.

    The data may hold :data:`UNREADABLE` where a value was refused (see
    :meth:`Located.already_reported`).

    Raises
    ------
    YamlProblem
        When no document can be built: size, encoding, syntax, aliases, nesting too deep, an
        empty file, a top level that is not a mapping; with every problem the prescan found.
    """
    text = decode(raw, name)
    scan = _scan_events(text, name)
    if scan.stop:
        raise YamlProblem(scan.final())
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem(capped(scan.problems + [_syntax_problem(exc, name)])) from None
    except yaml.reader.ReaderError as exc:
        raise YamlProblem(capped(scan.problems + [_reader_problem(exc, text, name)])) from None
    if root is None:
        raise YamlProblem(capped(scan.problems + [Problem(
            name, 1, 1, (), "the file is empty; start from `wagebargain init` or a file under "
            "scenarios/")]))
    if not isinstance(root, MappingNode):
        line, col = _mark(root)
        raise YamlProblem(capped(scan.problems + [Problem(
            name, line, col, (), "the top level must be a mapping of sections (scenario:, "
            "enterprise:, economy:, ...)")]))
    builder = _Builder(name, scan.refused_tags)
    builder.located.data = builder.build(root, ())
    return builder.located, scan.problems + builder.problems


def read_yaml(raw: bytes, name: str) -> Located:
    """Parse a scenario file's bytes safely into located plain data.

    Raises
    ------
    YamlProblem
        With every problem found: size, encoding, syntax, anchors/aliases, duplicate keys, a
        top level that is not a mapping, an empty file.
    """
    located, problems = read_yaml_collecting(raw, name)
    if problems:
        raise YamlProblem(capped(problems))
    return located
