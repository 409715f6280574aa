"""JSON Lines tables: one object a line, read in chunks of bounded size.

JSON Lines has no header: each object gives the cells of its row, a key an object lacks is
an empty cell, and an unknown key marks its row. The columns are those of all objects
together, checked when the whole file has been read (:attr:`Source.finish`), so the order
of the lines never changes the outcome. A line that is not a JSON object (not UTF-8, not
JSON, a number with too many digits, nested too deeply, or a list) keeps its row with a
message naming the line.
"""
from __future__ import annotations

import difflib
import json
import math
import os
from pathlib import Path
from typing import IO, Any, Iterator, Optional

import numpy as np

from wagebargain.batch.columns import INPUT_SCHEMA, check_header
from wagebargain.batch.readers import Chunk, Source
from wagebargain.errors import DataError

_DECODER = json.JSONDecoder(parse_constant=str)
"""``NaN`` and ``Infinity`` (not JSON, but common) stay text, as in a CSV cell."""
_INFINITE = {math.inf, -math.inf}


def _keep_text(text: str) -> Any:
    """A JSON number as a float, or as written when it is too large for one (``1e400``)."""
    value = float(text)
    return value if math.isfinite(value) else text


_EXACT = json.JSONDecoder(parse_constant=str, parse_float=_keep_text)


def _json_record(line: bytes, number: int) -> tuple[Any, Optional[str]]:
    """(object, None) for a line holding a JSON object, else (None, the row's message)."""
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        record = _DECODER.decode(text)
    except UnicodeDecodeError as exc:
        return None, f"line {number}: not valid JSON (not UTF-8 text: {exc.reason})"
    except json.JSONDecodeError as exc:
        return None, f"line {number}: not valid JSON ({exc.msg})"
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        return None, f"line {number}: not valid JSON (a number with too many digits)"
    except RecursionError:
        return None, f"line {number}: not valid JSON (nested too deeply)"
    if not isinstance(record, dict):
        return None, f"line {number}: not a JSON object"
    try:
        finite = _INFINITE.isdisjoint(record.values())
    except TypeError:  # a list or object among the values
        finite = not any(isinstance(v, float) and math.isinf(v) for v in record.values())
    if not finite:  # read again, keeping ``1e400`` as written for the message
        record = _EXACT.decode(text)
    return record, None


def _unknown(keys: Any) -> str:
    """The message for keys the schema does not know, with a "did you mean" hint."""
    parts = []
    for key in keys:
        close = difflib.get_close_matches(key, list(INPUT_SCHEMA), n=1)
        parts.append(f"unknown column '{key}'; "
                     + (f"did you mean '{close[0]}'?" if close else "remove or rename it"))
    return "; ".join(parts)


def read_jsonl(handle: IO[bytes], path: Path, chunk_rows: int) -> Source:
    """JSON Lines: one object per line; keys are column names, values cells."""
    if not any(line.strip() for line in handle):
        raise DataError(f"{path}: empty file; write one JSON object a line")
    handle.seek(0)
    names: dict[str, None] = {}  # the known keys of all objects, in order of appearance
    unknown: dict[str, int] = {}  # unknown keys and the first line with each
    objects = [0]

    def chunks() -> Iterator[Chunk]:
        records: list[Any] = []
        errors: dict[int, str] = {}
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record, message = _json_record(line, number)
            if record is not None:
                objects[0] += 1
                strange = [key for key in record if key not in INPUT_SCHEMA]
                if strange:
                    for key in strange:
                        unknown.setdefault(key, number)
                    names.update(dict.fromkeys(k for k in record if k in INPUT_SCHEMA))
                    # the row keeps its id and name, so the error can be traced to it
                    record = {k: record[k] for k in ("id", "name") if k in record}
                    message = f"line {number}: {_unknown(strange)}"
            if message is not None:
                errors[len(records)] = message
                record = record or {}
            records.append(record)
            if len(records) == chunk_rows:
                yield _from_records(records, errors, handle.tell(), names)
                records, errors = [], {}
        if records:
            yield _from_records(records, errors, handle.tell(), names)

    def finish(context: Any) -> None:
        if not objects[0]:
            return  # no line was an object: every row already says why
        try:
            check_header(names, context)
        except DataError as exc:
            strange = [f"line {line}: {_unknown([key])}" for key, line in
                       list(unknown.items())[:5]]
            raise DataError(f"{path}: " + "; ".join([*strange, str(exc)])) from None

    return Source([], os.path.getsize(path), chunks(), finish)


def _from_records(records: list[dict], errors: dict[int, str], done: int,
                  names: dict[str, None]) -> Chunk:
    keys = dict.fromkeys(key for record in records for key in record)
    names.update(keys)
    columns = {}
    for key in keys:
        column = np.empty(len(records), dtype=object)
        column[:] = [record.get(key) for record in records]
        columns[key] = column
    return Chunk(columns, len(records), done, errors)
