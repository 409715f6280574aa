"""What every command shares: the two consoles, the output formats and the error handler.

stdout carries only the product (a brief, a JSON document); progress, warnings and errors go
to stderr (the httpie pattern). Rich already honours NO_COLOR and writes plain text when the
stream is not a terminal.
"""
from __future__ import annotations

import contextlib
import functools
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, TypeVar

import typer

from wagebargain.errors import ExitCode, ScenarioError, WagebargainError

JSON_VERSION = 1
"""Version of every JSON document the CLI prints; bumped when a key changes meaning."""

F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    html = "html"


def tolerant_streams() -> None:
    """Let the standard streams replace what their encoding cannot carry, instead of raising.

    A console whose encoding is not UTF-8 (``PYTHONIOENCODING=ascii``, a Windows code page)
    cannot show a Chinese scenario's names or a middle dot; every command still prints what
    it can, with ``?`` for the rest, never a traceback (and ``play`` reads a character its
    stdin cannot decode as U+FFFD, which it then reports as a typo). Called before any
    command runs (:mod:`wagebargain.cli.app`). A stream that cannot be reconfigured is left
    as it is.
    """
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if reconfigure is None or encoding in ("utf8", "utf_8"):
            continue
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # closed, or not a text wrapper after all
            pass


def stdout_console():
    """The product console (stdout)."""
    from rich.console import Console

    return Console(file=sys.stdout, soft_wrap=False, highlight=False)


def stderr_console():
    """The console for progress, warnings and errors (stderr)."""
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False)


@contextlib.contextmanager
def progress_bar(console: Any, label: str,
                 unit: str = "rows") -> Iterator[Optional[Callable[[Any], None]]]:
    """A Rich progress bar on ``console`` when it is a terminal; else no progress at all.

    The callback takes an object with ``done`` and ``total`` (in the bar's measure, e.g.
    bytes) and ``rows`` (the count shown after the label, in ``unit``).
    """
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(progress: Any) -> None:
            bar.update(task, completed=progress.done, total=progress.total,
                       description=f"{label}: {progress.rows:,} {unit}")

        yield update


def json_document(command: str, payload: dict) -> str:
    """One versioned JSON document, stable key order."""
    return json.dumps({"version": JSON_VERSION, "command": command, **payload},
                      ensure_ascii=False, indent=2, allow_nan=False)


def emit(text: str, output: Optional[Path] = None) -> None:
    """Print the product to stdout, or write it atomically to ``output``."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
        return
    from wagebargain.fileio import write_text_atomic

    try:
        write_text_atomic(output, text if text.endswith("\n") else text + "\n")
    except OSError as exc:
        raise WagebargainError(f"cannot write {output}: {exc.strerror}") from None
    print(f"wrote {output}", file=sys.stderr)


def report_error(exc: WagebargainError) -> None:
    """Print a user error to stderr, one located line per scenario problem."""
    if isinstance(exc, ScenarioError):
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        n = len(exc.problems)
        print(f"{n} problem{'s' if n != 1 else ''} found; nothing was computed.", file=sys.stderr)
    else:
        print(f"error: {exc}", file=sys.stderr)


def handles_errors(func: F) -> F:
    """Turn library errors into a message on stderr and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WagebargainError as exc:
            report_error(exc)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except BrokenPipeError:
            raise typer.Exit(int(ExitCode.OK)) from None

    return wrapper  # type: ignore[return-value]
