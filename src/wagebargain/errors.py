"""One root for every error a user can cause, and the exit codes the CLI returns.

Library code raises a :class:`WagebargainError` subclass with a message a negotiator
understands; the CLI's single error handler prints it to stderr and exits with the
subclass's ``exit_code``.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented process exit codes (see README, "Exit codes")."""

    OK = 0
    USER_ERROR = 1  # bad data or a request that cannot be met
    USAGE = 2  # wrong command-line usage (Typer/Click's own code)
    INVALID_SCENARIO = 3  # a scenario file failed to load or validate
    ROWS_WITH_ERRORS = 4  # batch: every row written, some marked with an error
    NO_AGREEMENT_ZONE = 5  # reserved: not returned unless a command documents it
    INTERRUPTED = 130  # Ctrl-C


class WagebargainError(Exception):
    """A problem the user can fix; printed without a traceback."""

    exit_code: ExitCode = ExitCode.USER_ERROR


class DataError(WagebargainError):
    """Input data that cannot be used (a table, a results file, an option value)."""


class ScenarioError(WagebargainError):
    """A scenario that failed to load or validate; carries every problem found."""

    exit_code = ExitCode.INVALID_SCENARIO

    def __init__(self, problems: list["Problem"]):  # noqa: F821 - defined in scenario.problems
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
