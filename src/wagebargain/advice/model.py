"""The advisor's result objects, shared by every renderer and by the JSON document.

Numbers are plain floats (rates as fractions, money in the scenario's currency); sentences
are message keys with parameters, so the same result renders in English and Chinese
(:mod:`wagebargain.report.messages`). Parameter names carry their unit: a name ending in
``_rate`` is a fraction shown as a percentage, ``_money`` an amount of money; others are
shown as written.
"""
from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any, Optional

ADVICE_SCHEMA_VERSION = 1
"""Version of the advice JSON document; bumped when a key changes meaning."""


@dataclass(frozen=True)
class Message:
    """A sentence to render: a catalogue key and its parameters."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Component:
    """A named part of the raise band with its value, the rule that made it and why."""

    name: str
    value: float
    rule: Message
    source: str


@dataclass(frozen=True)
class Band:
    """Walk-away floor <= target <= opening ask, and how each was built."""

    floor: float
    target: float
    opening: float
    neutral: float
    guideline_class: str
    guideline_low: float
    guideline_high: float
    components: tuple[Component, ...]
    headline: Message


@dataclass(frozen=True)
class CheckItem:
    """A legal or policy check: code, severity (violation, risk, note), numbers, source."""

    code: str
    severity: str
    message: Message
    source: str
    subject: str = ""


@dataclass(frozen=True)
class Cost:
    """The employer's cost of one raise.

    Annual figures are a full year of the raise whatever the contract's length (so
    ``per_worker_month`` is what it costs each month it is paid); ``contract_total`` and
    ``contract_years`` cover the contract's own months (domain.md §6). Employer
    contributions are on the raise's own exact share inside the contribution base.
    """

    label: str
    rate: float
    wage_bill_month: float
    wage_bill_annual: float
    employer_contributions: float
    total: float
    per_worker_month: float
    pct_payroll: float
    pct_profit: float
    contract_total: float
    contract_years: tuple[float, ...]


@dataclass(frozen=True)
class GradeAllocation:
    """One grade's raise under the three allocations of the target's budget."""

    grade: str
    headcount: int
    base_pay: float
    percentage_money: float
    flat_money: float
    tilted_money: float
    tilted_rate: float
    new_pay_tilted: float


@dataclass(frozen=True)
class Allocation:
    """The target's monthly budget spread across grades three ways."""

    budget_month: float
    grades: tuple[GradeAllocation, ...]
    tilted_infeasible: bool
    note: Optional[Message]


@dataclass(frozen=True)
class MarketRow:
    """One grade's place in its occupation's wage price guide (annual money)."""

    grade: str
    occupation: str
    annual_pay: float
    percentile_rank: float
    median: float
    gap_to_median: float
    cost_to_p25: float
    cost_to_p50: float


@dataclass(frozen=True)
class Settlement:
    """The zone of possible agreement and the predicted (Nash) settlement."""

    zone: bool
    union_floor: float
    management_resistance: float
    nash: float
    union_power: float
    management_offer: float
    offer_position: str
    summary: Message


@dataclass(frozen=True)
class SensitivityRow:
    """The band when one input moves."""

    case: str
    floor: float
    target: float
    opening: float


@dataclass(frozen=True)
class Rung:
    """One offer of the concession ladder."""

    round: int
    rate: float
    money_per_worker_month: float


@dataclass(frozen=True)
class Rebuttal:
    """"Management will say" and "you answer"."""

    they_say: Message
    you_answer: Message


@dataclass(frozen=True)
class FirmAdvice:
    """Everything the brief says about one enterprise."""

    name: str
    ownership: str
    headcount: int
    indicators: dict[str, float]
    band: Band
    resistance: float
    settlement: Settlement
    checks: tuple[CheckItem, ...]
    costs: tuple[Cost, ...]
    allocation: Optional[Allocation]
    market: tuple[MarketRow, ...]
    sensitivity: tuple[SensitivityRow, ...]
    ladder: tuple[Rung, ...]
    ladder_style: str
    talking_points: tuple[Message, ...]
    rebuttals: tuple[Rebuttal, ...]
    data_requests: tuple[Message, ...]
    priority: float
    for_our_side: tuple[Message, ...] = ()
    contract_months: int = 12
    """The contract's length in months (the costs' contract totals cover it)."""
    """Notes for the union's side only (the target's cost against our estimate of
    management's limit, ...): rendered apart from what is said in the room."""


@dataclass(frozen=True)
class SectorPoint:
    """Affordability of one candidate sector-wide raise."""

    rate: float
    share_of_firms: float
    share_of_workers: float


@dataclass(frozen=True)
class Sector:
    """A band for a sector or district bargain of several enterprises."""

    floor: float
    target: float
    opening: float
    rule: Message
    curve: tuple[SectorPoint, ...]


@dataclass(frozen=True)
class Advice:
    """The advisor's whole result for a scenario."""

    title: str
    year: int
    currency: str
    language: str
    source_file: str
    source_sha256: str
    tool_version: str
    policy: dict[str, Any]
    firms: tuple[FirmAdvice, ...]
    sector: Optional[Sector]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: stable keys, NaN as null, rates as fractions."""
        return {"schema_version": ADVICE_SCHEMA_VERSION, **_plain(dataclasses.asdict(self))}


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):  # NumPy scalar
        return _plain(value.item())
    return value
