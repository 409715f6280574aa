"""Build a :class:`~wagebargain.sim.setup.Setup` from a scenario's ``simulation:`` section.

The mapping is the YAML-shaped dict of the section (or a Pydantic model's ``model_dump()``:
keys whose value is ``None`` count as absent). Every problem is reported at once, each
prefixed with its key path, in one :class:`~wagebargain.sim.setup.SetupError` (a
``ValueError``).
"""
from __future__ import annotations

import math
from typing import Any, Iterable, Mapping, Sequence

from wagebargain.sim.impasse import Arbitration, NoImpasseRule, Strike
from wagebargain.sim.issues import RATE, Issue, Offer
from wagebargain.sim.setup import ROLES, Setup, SetupError, SideSetup
from wagebargain.sim.strategies import STRATEGIES
from wagebargain.units import parse_number, parse_rate

TOP_KEYS = ("rounds", "first_mover", "impasse", "strike_limit", "union", "management",
            "issues", "seed", "union_power")
SIDE_KEYS = ("strategy", "patience", "reservation", "target", "exponent", "strike_cost",
             "cost_per_round", "weights")
ISSUE_KEYS = ("name", "min", "max", "low", "high", "step", "unit", "union_weight",
              "management_weight", "union_prefers")
IMPASSE_KEYS = ("rule", "limit", "spread", "fair", "ideal")
DEFAULT_PATIENCE = 0.95


class _Problems(list):
    def check(self, path: str, read, *args):
        """Call ``read(*args)``; on ``ValueError`` record ``path: message`` and return None."""
        try:
            return read(*args)
        except (ValueError, TypeError) as exc:
            self.append(f"{path}: {exc}")
            return None


def _present(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v is not None}


def _unknown(mapping: Mapping[str, Any], allowed: Sequence[str], path: str,
             problems: _Problems) -> None:
    for key in mapping:
        if key not in allowed:
            problems.append(f"{path}{key}: unknown key; expected one of {', '.join(allowed)}")


def _fraction(value: Any) -> float:
    """A number, or a percentage written ``97%``."""
    if isinstance(value, str) and value.strip().endswith("%"):
        return parse_rate(value)
    return parse_number(value)


def _whole(value: Any, lo: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < lo:
        raise ValueError(f"must be a whole number >= {lo}, got {value!r}")
    return value


def setup_from_mapping(mapping: Mapping[str, Any], *,
                       union_reservation: Any = None, union_target: Any = None,
                       management_reservation: Any = None, management_target: Any = None,
                       union_power: float = 0.5, seed: int | None = None,
                       issues: Sequence[Issue] | None = None,
                       money_per_utility: float | None = None,
                       annual_wage_bill: float | None = None,
                       contract_months: float = 12) -> Setup:
    """Build a :class:`Setup` from the ``simulation:`` section of a scenario.

    Keys (``reference.yaml`` uses the first five)::

        rounds: 10                   # offers each side may make before the deadline
        first_mover: union           # union | management
        impasse: arbitration         # none | strike | arbitration, or a mapping:
                                     #   {rule: arbitration, spread: 5%, fair: 3%, ideal: 3.5%}
                                     #   {rule: strike, limit: 4}
        strike_limit: 4              # rounds of strike (with impasse: strike)
        union: {strategy, patience, reservation, target, exponent, strike_cost,
                cost_per_round, weights}
        management: {... the same keys ...}
        issues:                      # optional package; default a single raise issue
          - {name: raise, min: 0%, max: 15%, union_weight: 0.5, management_weight: 0.4}
          - {name: lump_sum, min: 0, max: 3000, step: 50, unit: CNY}
        seed: 7
        union_power: 0.5

    Parameters
    ----------
    mapping : mapping
        The section as loaded from YAML (``None`` values count as absent).
    union_reservation, union_target, management_reservation, management_target
        Defaults for missing reservation points and targets: the advisor's union floor and
        opening ask, management's resistance point and offer (rates such as ``0.03``).
    union_power : float, default 0.5
        Default union Nash weight (the scenario's ``bargaining.union_power``).
    seed : int, optional
        Default seed when the section has none.
    issues : sequence of Issue, optional
        Issues to use instead of the section's ``issues`` (or the single raise).
    money_per_utility : float, optional
        Money value of a side's whole utility scale, to convert ``cost_per_round`` (money)
        into ``strike_cost`` (utility); see :class:`SideSetup`.
    annual_wage_bill, contract_months : float, optional
        For a single raise issue, the alternative to ``money_per_utility``: the scale is
        then worth ``(high - low) * annual_wage_bill * contract_months / 12``, what the
        whole range of raises costs over the contract.

    Raises
    ------
    SetupError
        A ``ValueError`` listing every bad or missing value with its key path.

    Notes
    -----
    For a package, a single rate given as a reservation point or target is read as the raise
    with every other issue at the side's worst (reservation) or best (target) end.
    Without ``issues`` the raise's range runs from ``min(0, points)`` to
    ``max(15%, points)``, widened to whole percentage points.
    """
    problems = _Problems()
    if not isinstance(mapping, Mapping):
        raise SetupError(f"simulation: expected a mapping of keys, got {type(mapping).__name__}")
    data = _present(mapping)
    _unknown(data, TOP_KEYS, "simulation.", problems)
    rounds = problems.check("simulation.rounds", _whole, data.get("rounds", 10), 1)
    first = data.get("first_mover", "union")
    if first not in ROLES:
        problems.append(f"simulation.first_mover: must be union or management, got {first!r}")
    impasse = problems.check("simulation.impasse", _impasse, data.get("impasse", "none"),
                             data.get("strike_limit"))
    sides = {role: _present(data.get(role) or {}) for role in ROLES}
    for role in ROLES:
        if not isinstance(data.get(role, {}), Mapping):
            problems.append(f"simulation.{role}: expected a mapping of keys")
            sides[role] = {}
        _unknown(sides[role], SIDE_KEYS, f"simulation.{role}.", problems)
    power = problems.check("simulation.union_power", _fraction,
                           data.get("union_power", union_power))
    if issues is None:
        issues = problems.check("simulation.issues", _issues, data.get("issues"), sides,
                                (union_reservation, union_target, management_reservation,
                                 management_target))
    if (money_per_utility is None and annual_wage_bill is not None and issues
            and len(issues) == 1 and issues[0].is_rate):
        money_per_utility = ((issues[0].high - issues[0].low) * annual_wage_bill
                             * contract_months / 12)
    defaults = {"union": (union_reservation, union_target),
                "management": (management_reservation, management_target)}
    built = {}
    if issues:
        for role in ROLES:
            built[role] = _side(role, sides[role], tuple(issues), defaults[role],
                                data.get("issues"), money_per_utility, problems)
    if problems:
        raise SetupError("\n".join(problems))
    try:
        return Setup(union=built["union"], management=built["management"], issues=tuple(issues),
                     rounds=rounds, first_mover=first, impasse=impasse, union_power=power,
                     seed=data.get("seed", seed))
    except (SetupError, ValueError) as exc:
        raise SetupError(f"simulation: {exc}") from None


def _impasse(value: Any, strike_limit: Any):
    rule = value.get("rule") if isinstance(value, Mapping) else value
    extra = _present(value) if isinstance(value, Mapping) else {}
    for key in extra:
        if key not in IMPASSE_KEYS:
            raise ValueError(f"unknown key {key!r}; expected one of {', '.join(IMPASSE_KEYS)}")
    if strike_limit is not None and rule != "strike":
        raise ValueError("strike_limit applies only with impasse: strike")
    if rule == "none":
        return NoImpasseRule()
    if rule == "strike":
        limit = extra.get("limit", strike_limit if strike_limit is not None else 4)
        return Strike(limit=_whole(limit, 1))
    if rule == "arbitration":
        kwargs = {}
        if "spread" in extra:
            kwargs["spread"] = _fraction(extra["spread"])
        for key in ("fair", "ideal"):  # a rate for the raise; packages give them in code
            if key in extra:
                kwargs[key] = (parse_rate(extra[key]),)
        return Arbitration(**kwargs)
    raise ValueError(f"must be none, strike or arbitration, got {rule!r}")


def _issues(entries: Any, sides: Mapping[str, Mapping], defaults: Iterable[Any]
            ) -> tuple[Issue, ...]:
    if entries is None:  # the raise alone, over a range that holds every point
        values = [*defaults, *(side.get(k) for side in sides.values()
                               for k in ("reservation", "target"))]
        points = []
        for value in values:
            try:
                points.append(parse_rate(value))
            except ValueError:  # missing or bad: reported with the side's key
                pass
        low = min([0.0, *points])
        high = max([0.15, *points])
        return (Issue("raise", math.floor(round(low * 100, 6)) / 100,
                      math.ceil(round(high * 100, 6)) / 100),)
    if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
        raise ValueError("expected a list of issues, each with a name, min and max")
    issues = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping):
            raise ValueError(f"[{i}]: expected a mapping with name, min and max")
        entry = _present(entry)
        for key in entry:
            if key not in ISSUE_KEYS:
                raise ValueError(f"[{i}].{key}: unknown key; expected one of "
                                 f"{', '.join(ISSUE_KEYS)}")
        name = str(entry.get("name", ""))
        unit = entry.get("unit")
        if unit in ("rate", "%", "percent") or (unit is None and name == "raise"):
            unit = RATE
        unit = unit or "number"
        read = parse_rate if unit == RATE else parse_number
        try:
            low = read(entry.get("min", entry.get("low")))
            high = read(entry.get("max", entry.get("high")))
            step = None if "step" not in entry else read(entry["step"])
        except ValueError as exc:
            raise ValueError(f"[{i}] ({name or 'unnamed'}): {exc}") from None
        prefers = entry.get("union_prefers", "more")
        if prefers not in ("more", "less"):
            raise ValueError(f"[{i}].union_prefers: must be more or less, got {prefers!r}")
        issues.append(Issue(name, low, high, step=step, unit=unit,
                            union_prefers_more=prefers == "more"))
    return tuple(issues)


def _side(role: str, side: Mapping[str, Any], issues: tuple[Issue, ...],
          defaults: tuple[Any, Any], issue_entries: Any, money_per_utility: float | None,
          problems: _Problems) -> SideSetup | None:
    path = f"simulation.{role}."
    strategy = side.get("strategy", "linear")
    if strategy not in STRATEGIES:
        problems.append(f"{path}strategy: unknown strategy {strategy!r}; expected one of "
                        f"{', '.join(STRATEGIES)}")
    points = {}
    for index, what in enumerate(("reservation", "target")):
        value = side.get(what, defaults[index])
        if value is None:
            problems.append(f"{path}{what}: missing, and the scenario gives no default")
            continue
        points[what] = problems.check(path + what, _point, value, issues, role, what == "target")
    patience = problems.check(path + "patience", _fraction, side.get("patience", DEFAULT_PATIENCE))
    cost = problems.check(path + "strike_cost", _fraction, side.get("strike_cost", 0.0))
    if "cost_per_round" in side:
        if "strike_cost" in side:
            problems.append(f"{path}cost_per_round: give strike_cost or cost_per_round, not both")
        elif not money_per_utility:
            problems.append(f"{path}cost_per_round: a money cost needs the money value of the "
                            f"utility scale (money_per_utility, or annual_wage_bill for a "
                            f"raise) to convert it")
        else:
            money = problems.check(path + "cost_per_round", parse_number, side["cost_per_round"])
            cost = None if money is None else money / money_per_utility
    exponent = problems.check(path + "exponent", parse_number, side["exponent"]) if (
        "exponent" in side) else None
    weights = problems.check(path + "weights", _weights, side.get("weights"), issues, role,
                             issue_entries)
    if None in points.values() or len(points) < 2 or patience is None or cost is None:
        return None
    try:
        return SideSetup(strategy=strategy, reservation=points["reservation"],
                         target=points["target"], patience=patience, strike_cost=cost,
                         weights=weights, exponent=exponent)
    except ValueError as exc:
        problems.append(f"{path.rstrip('.')}: {exc}")
        return None


def _point(value: Any, issues: tuple[Issue, ...], role: str, best: bool) -> Offer:
    """A reservation point or target: a rate, or a mapping of issue names to values."""
    if isinstance(value, Mapping):
        names = [issue.name for issue in issues]
        unknown = [k for k in value if k not in names]
        missing = [n for n in names if n not in value]
        if unknown or missing:
            raise ValueError(f"give a value for each issue ({', '.join(names)})" + (
                f"; unknown: {', '.join(map(str, unknown))}" if unknown else ""))
        return tuple(issue.parse(value[issue.name]) for issue in issues)
    rate = parse_rate(value)
    if len(issues) == 1:
        return (rate,)
    if "raise" not in [issue.name for issue in issues]:
        raise ValueError("a single rate needs an issue named raise; give a value per issue")
    union_best = (role == "union") == best
    return tuple(rate if issue.name == "raise" else (
        issue.high if union_best == issue.union_prefers_more else issue.low) for issue in issues)


def _weights(value: Any, issues: tuple[Issue, ...], role: str, issue_entries: Any):
    if value is None:
        if issue_entries is None:
            return None
        return tuple(parse_number(_present(e).get(f"{role}_weight", 1.0)) for e in issue_entries)
    if isinstance(value, Mapping):
        names = [issue.name for issue in issues]
        unknown = [k for k in value if k not in names]
        if unknown:
            raise ValueError(f"unknown issue {', '.join(map(str, unknown))}; the issues are "
                             f"{', '.join(names)}")
        return tuple(parse_number(value.get(name, 0.0)) for name in names)
    return tuple(parse_number(w) for w in value)
