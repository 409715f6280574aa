"""The batch table schema: which columns a table may hold, their units, and the output.

A batch table holds one enterprise per row. Its columns are the scoring kernel's enterprise
columns, optionally any kernel *context* column (which then overrides the context file for
that row), four text columns that pass through unparsed, and ``ownership`` written as text.
Names are exactly the kernel's (docs/architecture.md); a column the schema does not know is
refused with a suggestion, so a typo never becomes a silently ignored column.

Kinds of column:

``text``
    Kept as written (``id``, ``name``, ``region``, ``industry``).
``number``
    Money, days, months or years: ``12000``, ``-2.5e6``. A ``%`` is an error.
``count``
    Workers: a number as above that must be whole (``2.5`` is an error; the kernel
    requires it above zero), as a scenario's headcount.
``rate``
    A fraction written ``3.5%`` or ``0.035``; a bare number of 1 or more is refused with
    "did you mean 4%?" (style.md, "Units").
``share``
    A fraction between 0 and 1 inclusive, written ``50%`` or ``0.5``; a bare number above 1
    is refused the same way.
``flag``
    ``0``/``1`` (also ``true``/``false``, ``yes``/``no``, and boolean cells; a boolean is
    not a number in any other column).
``ownership``
    One of the scenario format's ownership words; ``state`` becomes ``ownership_state = 1``.

Empty cells (and the text ``NaN``) mean "not given": the context file or the kernel's
documented default applies.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Literal, get_args

from wagebargain.errors import DataError

Kind = Literal["text", "number", "count", "rate", "share", "flag", "ownership"]


@dataclass(frozen=True)
class Column:
    """One column a batch table may hold.

    Attributes
    ----------
    name : str
        The column name, exactly as in the table's header.
    kind : str
        How a cell is parsed (see the module docstring).
    unit : str
        Unit in words, for documentation and messages.
    required : bool
        The kernel needs it in every row (for context columns: from the table or the file).
    context : bool
        A context column: the context file supplies it, a table column overrides it.
    """

    name: str
    kind: Kind
    unit: str
    required: bool = False
    context: bool = False


def _columns(*specs: tuple) -> dict[str, Column]:
    return {spec[0]: Column(*spec) for spec in specs}


TEXT_COLUMNS = _columns(
    ("id", "text", "identifier"),
    ("name", "text", "enterprise name"),
    ("region", "text", "region name"),
    ("industry", "text", "industry name"),
)
"""Columns kept as text; ``id`` and ``name`` are copied to the output."""

ENTERPRISE_COLUMNS = _columns(
    ("headcount", "count", "workers", True),
    ("headcount_previous", "count", "workers"),
    ("value_added", "number", "money/year", True),
    ("value_added_previous", "number", "money/year"),
    ("profit", "number", "money/year", True),
    ("profit_previous", "number", "money/year"),
    ("wage_bill", "number", "money/year", True),
    ("wage_bill_previous", "number", "money/year"),
    ("lowest_base_pay", "number", "money/month", True),
    ("lowest_employee_contributions", "number", "money/month"),
    ("lowest_gross_pay", "number", "money/month"),
    ("market_median", "number", "money/year"),
    ("years_without_raise", "number", "years"),
    ("pay_lag", "rate", "fraction"),
    ("wage_arrears", "number", "money"),
    ("pay_cycle_days", "number", "days"),
    ("ownership_state", "flag", "0/1"),
    ("contribution_share", "share", "fraction"),
    ("management_offer", "rate", "fraction"),
    ("union_power", "share", "0..1"),
    ("contract_months", "number", "months"),
)
"""The kernel's per-enterprise columns (docs/architecture.md, "Enterprise columns")."""

CONTEXT_COLUMNS = _columns(
    ("cpi_previous", "rate", "fraction", True, True),
    ("cpi_forecast", "rate", "fraction", False, True),
    ("cpi_target", "rate", "fraction", False, True),
    ("productivity_trend", "rate", "fraction", True, True),
    ("average_wage", "number", "money/month", True, True),
    ("minimum_wage_monthly", "number", "money/month", True, True),
    ("minimum_wage_next", "number", "money/month", False, True),
    ("excludes_employee_contributions", "flag", "0/1", False, True),
    ("employer_rate", "share", "fraction", False, True),
    ("contribution_floor", "number", "money/month", False, True),
    ("contribution_ceiling", "number", "money/month", False, True),
    ("guideline_baseline", "rate", "fraction", True, True),
    ("guideline_upper", "rate", "fraction", True, True),
    ("guideline_lower", "rate", "fraction", True, True),
)
"""The kernel's context columns: broadcast from the context file, overridable per row."""

OWNERSHIP = Column("ownership", "ownership", "state | collective | private | foreign | mixed")
"""Ownership in words; parsed into the kernel's ``ownership_state``."""

KERNEL_SCHEMA: dict[str, Column] = {**ENTERPRISE_COLUMNS, **CONTEXT_COLUMNS}
"""Every column the kernel reads, by name."""

INPUT_SCHEMA: dict[str, Column] = {**TEXT_COLUMNS, OWNERSHIP.name: OWNERSHIP, **KERNEL_SCHEMA}
"""Every column a batch table may hold, by name."""

SCORE_COLUMNS = ("floor", "target", "opening", "resistance", "settlement", "cost_annual",
                 "cost_pct_payroll", "cost_pct_profit", "check_codes", "priority", "error")
"""Columns the scorer appends: rates are fractions, ``cost_annual`` is money a year,
``check_codes`` the failing checks joined with ``;``, ``priority`` 0..100, ``error`` the
reason a row was not scored ("" when it was)."""

NUMERIC_SCORES = tuple(c for c in SCORE_COLUMNS if c not in ("check_codes", "error"))
"""The float64 score columns (NaN when a row was not scored)."""

OUTPUT_COLUMNS = ("id", "name", *SCORE_COLUMNS)
"""Columns of a batch output file, in order."""


def ownership_words() -> dict[str, float]:
    """The ownership words of the scenario format mapped to ``ownership_state`` (0/1)."""
    from wagebargain.scenario.models import Ownership

    return {word: float(word == "state") for word in get_args(Ownership)}


def check_header(names: Iterable[str], context: Iterable[str] = (),
                 complete: bool = True) -> list[str]:
    """Validate a table's column names; return them as a list.

    Parameters
    ----------
    names : iterable of str
        The header, in file order.
    context : iterable of str
        Context columns the context file supplies.
    complete : bool
        ``names`` is the whole header, so a required column missing from it and from
        ``context`` is an error (False for the keys of one JSON line).

    Raises
    ------
    DataError
        For an unknown or repeated column (with a "did you mean" hint), or a required column
        that neither the table nor the context file gives.
    """
    names = [str(n) for n in names]
    problems = []
    seen: set[str] = set()
    for name in names:
        if name in seen:
            problems.append(f"column '{name}' appears twice")
        seen.add(name)
        if name not in INPUT_SCHEMA:
            close = difflib.get_close_matches(name, list(INPUT_SCHEMA), n=1)
            hint = f"did you mean '{close[0]}'?" if close else "remove or rename it"
            problems.append(f"unknown column '{name}'; {hint}")
    given = seen | set(context)
    missing = [c for c in KERNEL_SCHEMA.values() if complete and c.required and c.name not in given]
    table_only = [c.name for c in missing if not c.context]
    if table_only:
        problems.append(f"missing column{'s' * (len(table_only) > 1)} {', '.join(table_only)}; "
                        "add to the table")
    shared = [c.name for c in missing if c.context]
    if shared and not list(context):
        problems.append(f"no context: give --context FILE (economy: and guideline:, like "
                        f"region.yaml) or the columns {', '.join(shared)}")
    elif shared:
        problems.append(f"missing column{'s' * (len(shared) > 1)} {', '.join(shared)}; add to "
                        "the table or the context file")
    if problems:
        raise DataError("; ".join(problems))
    return names
