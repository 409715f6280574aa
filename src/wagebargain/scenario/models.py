"""Pydantic models of the scenario format (one enterprise's wage round, or a sector's).

Every section of ``shared/examples/reference.yaml`` has a model here; unknown keys are
errors so a typo never passes silently. Cross-field rules that need the whole document
(guideline lines in order, grades naming a known occupation, ...) live in
:mod:`wagebargain.scenario.crosscheck`, so each can point at the exact key at fault.

Sources for the fields: Trial Measures on Collective Wage Consultation (2000), Art. 8 (the
factors of a consultation); MOLSS Order No. 21 (2004) for the minimum wage; domain.md.
"""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wagebargain.scenario.units import (MAX_MONEY, Headcount, Money, NonNegativeRate,
                                        NumberOrPercent,
                                        PositiveMoney, Rate, SignedMoney, bounded)

MAX_SEED = 2**63 - 1
"""Largest simulation seed: seeds are stored as signed 64-bit integers."""

Ownership = Literal["state", "collective", "private", "foreign", "mixed"]
Language = Literal["en", "zh"]
GradeCategory = Literal["front_line", "staff", "manager"]
STRATEGY_NAMES = ("boulware", "linear", "conceder", "tit-for-tat", "zeuthen", "rubinstein",
                  "hardliner", "random", "human")
Strategy = Literal["boulware", "linear", "conceder", "tit-for-tat", "zeuthen", "rubinstein",
                   "hardliner", "random", "human"]


class Section(BaseModel):
    """Base of every section: unknown keys and NaN/inf are refused."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)


class Meta(Section):
    """The ``scenario:`` header."""

    title: str = Field(min_length=1)
    year: int = Field(ge=1990, le=2100, strict=True)
    currency: str = Field(default="CNY", min_length=1, max_length=8)
    language: Language = "en"


class YearAccounts(Section):
    """One year's accounts of the whole enterprise (annual money)."""

    revenue: Optional[Money] = None
    value_added: PositiveMoney
    profit: SignedMoney
    wage_bill: PositiveMoney = Field(description="gross pay of all employees, annual")
    average_headcount: Headcount


class Accounts(Section):
    """The two latest years; ``previous`` is optional (growth rates then fall back to trends)."""

    previous: Optional[YearAccounts] = None
    current: YearAccounts


class Grade(Section):
    """A full-time pay grade, monthly pay per worker.

    Countable pay for the minimum-wage test is ``base_pay`` (pay for normal hours), less the
    worker's own contributions where the region excludes them; allowances, overtime and
    benefits never count (MOLSS Order No. 21, 2004, Art. 12).
    """

    grade: str = Field(min_length=1)
    headcount: Headcount
    base_pay: PositiveMoney
    allowances: Money = 0.0
    overtime_pay: Money = 0.0
    benefits: Money = 0.0
    employee_contributions: Money = 0.0
    occupation: Optional[str] = None
    category: Optional[GradeCategory] = Field(
        default=None,
        description="front_line | staff | manager; inferred from the grade name when absent")
    piece_rate: Optional[Money] = Field(default=None, description="pay per unit of output")
    quota: Optional[bounded(gt=0, le=MAX_MONEY)] = Field(
        default=None, description="labour quota: units of output per normal month")

    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": ["piece_rate", "quota"],
         "properties": {"piece_rate": {"type": "number"}, "quota": {"type": "number"}}},
        {"properties": {"piece_rate": {"type": "null"}, "quota": {"type": "null"}}},
    ]})

    @model_validator(mode="after")
    def _piece_rate_needs_quota(self) -> "Grade":
        if (self.piece_rate is None) != (self.quota is None):
            raise ValueError("a piece-rate grade needs both piece_rate and quota "
                             "(output per normal month)")
        return self


class PartTimeRole(Section):
    """Part-time work, paid by the hour (Labour Contract Law Arts. 68, 72)."""

    role: str = Field(min_length=1)
    headcount: Headcount
    hourly_pay: Money
    pay_cycle_days: int = Field(default=15, ge=1, le=366, strict=True)
    hours_per_week: Optional[bounded(gt=0, le=168)] = None


class RaiseEntry(Section):
    """An across-the-board raise of a past year."""

    year: int = Field(ge=1950, le=2100, strict=True)
    raise_: Rate = Field(alias="raise")
    cpi: Optional[Rate] = Field(default=None, description="that year's realised CPI inflation; "
                                "the latest realised CPI is used when absent")
    # Only the alias `raise` is a key of the file: `raise_` (the Python name) is an unknown key.


class Enterprise(Section):
    """One enterprise's side of the wage round."""

    name: str = Field(min_length=1)
    region: Optional[str] = None
    industry: Optional[str] = None
    ownership: Ownership = "private"
    accounts: Accounts
    workforce: list[Grade] = Field(min_length=1)
    part_time: list[PartTimeRole] = Field(default_factory=list)
    pay_cycle_days: int = Field(default=30, ge=1, le=366, strict=True)
    wage_arrears: Money = 0.0
    raise_history: Optional[list[RaiseEntry]] = None


class Cpi(Section):
    """Consumer price inflation of the region."""

    previous: Rate = Field(description="realised last year")
    forecast: Optional[Rate] = Field(default=None, description="expected over the contract year")
    target: Optional[Rate] = Field(default=None, description="a central bank's target, if used")


class MinimumWage(Section):
    """The regional minimum wage (MOLSS Order No. 21, 2004, Art. 5)."""

    monthly: PositiveMoney
    hourly: Optional[PositiveMoney] = None
    excludes_employee_contributions: bool = Field(default=False, strict=True)
    next_monthly: Optional[PositiveMoney] = Field(default=None,
                                                  description="expected at the next adjustment")


class ContributionBase(Section):
    """Employer contributions are charged on pay clamped to [floor, ceiling] (monthly)."""

    floor: Money
    ceiling: PositiveMoney


class Economy(Section):
    """The region the enterprise is in."""

    cpi: Cpi
    productivity_trend: Rate
    average_wage: PositiveMoney = Field(description="local average monthly wage")
    median_wage: Optional[PositiveMoney] = Field(default=None,
                                                 description="local median monthly wage")
    minimum_wage: MinimumWage
    subsistence_allowance: Optional[Money] = None
    employer_contributions: dict[str, NonNegativeRate] = Field(default_factory=dict)
    contribution_base: Optional[ContributionBase] = None


class Guideline(Section):
    """The government wage guideline (企业工资指导线) for the year."""

    baseline: Rate
    upper: Rate
    lower: Rate
    source: Optional[str] = None
    norm: Optional[Rate] = Field(default=None,
                                 description="a lead sector's settlement (pattern bargaining)")


class Quantiles(Section):
    """Published pay quantiles of one occupation; any two or more of them."""

    p10: Optional[PositiveMoney] = None
    p25: Optional[PositiveMoney] = None
    p50: Optional[PositiveMoney] = None
    p75: Optional[PositiveMoney] = None
    p90: Optional[PositiveMoney] = None

    # At least two quantiles given as numbers (the cross-check says so in words).
    model_config = ConfigDict(json_schema_extra={"anyOf": [
        {"required": [a, b], "properties": {a: {"type": "number"}, b: {"type": "number"}}}
        for i, a in enumerate(("p10", "p25", "p50", "p75", "p90"))
        for b in ("p10", "p25", "p50", "p75", "p90")[i + 1:]
    ]})

    def given(self) -> dict[str, float]:
        """The quantiles present, in order, as {"p10": ...}."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class Market(Section):
    """The labour-market wage price guide (工资价位)."""

    period: Literal["annual", "monthly"] = "annual"
    occupations: dict[str, Quantiles] = Field(default_factory=dict)


class Bargaining(Section):
    """The terms of the round."""

    contract_months: int = Field(default=12, ge=1, le=60, strict=True)
    union_power: bounded(ge=0, le=1) = 0.5
    management_offer: Optional[Rate] = None
    schedule: Optional[list[Rate]] = Field(
        default=None, description="raises by contract year, for multi-year contracts; the "
        "brief costs the floor, target and opening ask as year 1 and these for later years")
    lump_sum: Optional[Money] = Field(default=None, description="one-off payment per worker")
    flat_amount: Optional[Money] = Field(default=None,
                                         description="a flat monthly raise per worker, to compare")


class SideSimulation(Section):
    """One side's settings in the simulator."""

    strategy: Strategy = "linear"
    patience: bounded(gt=0, le=1) = Field(default=0.95, description="discount factor per round")
    reservation: Optional[Rate] = None
    target: Optional[Rate] = None
    exponent: Optional[bounded(gt=0, le=1000)] = Field(
        default=None, description="concession exponent e (Faratin et al. 1998)")
    cost_per_round: Optional[Money] = Field(default=None,
                                            description="strike or lockout cost per round")


class SimulationIssue(Section):
    """An issue of a package negotiation, with each side's weight."""

    name: str = Field(min_length=1)
    min: NumberOrPercent
    max: NumberOrPercent
    step: Optional[NumberOrPercent] = Field(default=None, description="offer grid step")
    union_prefers: Optional[Literal["more", "less"]] = Field(
        default=None, description="which way the union wants the issue to go (default more)")
    union_weight: bounded(ge=0, le=MAX_MONEY) = 1.0
    management_weight: bounded(ge=0, le=MAX_MONEY) = 1.0
    unit: Optional[str] = None


class Simulation(Section):
    """Read by simulate, play, roles and tournament."""

    rounds: int = Field(default=10, ge=1, le=1000, strict=True)
    first_mover: Literal["union", "management"] = "union"
    impasse: Literal["strike", "arbitration", "none"] = "none"
    strike_limit: Optional[int] = Field(default=None, ge=1, strict=True)
    union: SideSimulation = Field(default_factory=SideSimulation)
    management: SideSimulation = Field(default_factory=SideSimulation)
    issues: Optional[list[SimulationIssue]] = None
    seed: Optional[int] = Field(default=None, ge=0, le=MAX_SEED, strict=True,
                                description="the same seed replays the same run")


class Policy(Section):
    """Overrides of the advisor's documented policy defaults (``core.policy.Policy``).

    Every field is optional; an absent one keeps the documented default. The ranges are
    ``core.policy``'s own bounds (a test keeps the two in step), so a value out of range is
    reported once, at its key; the rule between fields (slow_growth <= fast_growth) is a
    cross-check. Rates may be written "25%".
    """

    inflation_measure: Optional[Literal["forecast", "realised", "target"]] = None
    productivity_measure: Optional[Literal["enterprise", "economy"]] = None
    catch_up_share: Optional[NonNegativeRate] = None
    market_catch_up_share: Optional[NonNegativeRate] = None
    catch_up_cap: Optional[NonNegativeRate] = None
    bargaining_margin: Optional[NonNegativeRate] = None
    bargaining_margin_ratio: Optional[bounded(ge=0, le=10)] = None
    profit_share_limit: Optional[NonNegativeRate] = None
    union_power: Optional[bounded(ge=0, le=1)] = None
    slow_growth: Optional[Rate] = None
    fast_growth: Optional[Rate] = None
    well_paid_ratio: Optional[bounded(ge=0)] = None
    adequacy_ratio: Optional[NonNegativeRate] = None
    min_wage_gap_warning: Optional[NonNegativeRate] = None
    no_raise_years: Optional[int] = Field(default=None, ge=1, le=100, strict=True)
    subsistence_ratio_max: Optional[NonNegativeRate] = None
    pay_ratio_max: Optional[bounded(ge=1, le=1000)] = None
    pay_ratio_max_state: Optional[bounded(ge=1, le=1000)] = None

    def overrides(self) -> dict:
        """The fields the scenario sets, for ``core.policy.Policy.from_mapping``."""
        return self.model_dump(exclude_none=True)


class Context(Section):
    """What a batch shares across rows: the region's economy and guideline."""

    economy: Economy
    guideline: Guideline
    policy: Optional[Policy] = None


ONE_ENTERPRISE_SECTION = ("give exactly one of `enterprise:` (one firm) or `enterprises:` "
                          "(a sector or district bargain)")


def one_enterprise_section(enterprise: object, enterprises: object) -> bool:
    """Whether exactly one of the two sections is given (not None). The loader applies the
    same rule to the raw data when other sections failed, so it is reported with them."""
    return (enterprise is None) != (enterprises is None)


class Scenario(Section):
    """A whole scenario file."""

    scenario: Meta
    enterprise: Optional[Enterprise] = None
    enterprises: Optional[list[Enterprise]] = Field(default=None, min_length=1)
    economy: Economy
    guideline: Guideline
    market: Optional[Market] = None
    bargaining: Optional[Bargaining] = None
    simulation: Optional[Simulation] = None
    policy: Optional[Policy] = None

    # Exactly one of `enterprise:` (a mapping) and `enterprises:` (a list), as the validator says.
    model_config = ConfigDict(json_schema_extra={"oneOf": [
        {"required": ["enterprise"],
         "properties": {"enterprise": {"type": "object"}, "enterprises": {"type": "null"}}},
        {"required": ["enterprises"],
         "properties": {"enterprise": {"type": "null"}, "enterprises": {"type": "array"}}},
    ]})

    @model_validator(mode="after")
    def _one_enterprise_section(self) -> "Scenario":
        if not one_enterprise_section(self.enterprise, self.enterprises):
            raise ValueError(ONE_ENTERPRISE_SECTION)
        return self

    @property
    def firms(self) -> list[Enterprise]:
        """Every enterprise of the scenario, one or several."""
        return [self.enterprise] if self.enterprise is not None else list(self.enterprises or [])
