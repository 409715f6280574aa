"""Policy choices of the scoring kernel, as documented and overridable defaults.

domain.md marks several rules as *policy choices*: which inflation and which productivity
measure build the raise target, how much of a past pay lag a round should recover, how far
above the target the union opens, how much of its profit management would give up before it
takes a strike, and where "slow" and "fast" growth begin. Each is a field of :class:`Policy`
with the reason for its default. A scenario's ``policy:`` section overrides any of them
through :meth:`Policy.from_mapping`, which rejects unknown names so a typo is an error.

Rates are fractions (0.02 is 2%).
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, fields
from typing import Any, Literal, Mapping

__all__ = ["Policy", "INFLATION_MEASURES", "PRODUCTIVITY_MEASURES"]

INFLATION_MEASURES = ("forecast", "realised", "target")
PRODUCTIVITY_MEASURES = ("enterprise", "economy")

# Closed [low, high] bounds checked for the numeric fields.
_BOUNDS: dict[str, tuple[float, float]] = {
    "catch_up_share": (0.0, 1.0),
    "market_catch_up_share": (0.0, 1.0),
    "catch_up_cap": (0.0, 1.0),
    "bargaining_margin": (0.0, 1.0),
    "bargaining_margin_ratio": (0.0, 10.0),
    "profit_share_limit": (0.0, 1.0),
    "union_power": (0.0, 1.0),
    "slow_growth": (-1.0, 1.0),
    "fast_growth": (-1.0, 1.0),
    "well_paid_ratio": (0.0, math.inf),
    "adequacy_ratio": (0.0, 1.0),
    "min_wage_gap_warning": (0.0, 1.0),
    "no_raise_years": (1.0, 100.0),
    "subsistence_ratio_max": (0.0, 1.0),
    "pay_ratio_max": (1.0, 1000.0),
    "pay_ratio_max_state": (1.0, 1000.0),
}


@dataclass(frozen=True)
class Policy:
    """Documented defaults for every policy choice of the scoring kernel.

    Attributes
    ----------
    inflation_measure : {"forecast", "realised", "target"}
        Which CPI inflation enters the target. Default ``"forecast"``: a raise is paid over
        the coming contract year, so it should keep pace with the inflation expected over
        that year (IG Metall and the Bundesbank use forecast or target inflation, domain.md
        §2). ``"realised"`` uses last year's CPI, ``"target"`` the central bank's target
        (falling back to the forecast when a row has none).
    productivity_measure : {"enterprise", "economy"}
        Which labour-productivity growth enters the target. Default ``"enterprise"``:
        China's "two in step" ties pay to the enterprise's own productivity (State Council
        2013). ``"economy"`` uses the economy-wide trend, as German unions do out of
        solidarity with low-productivity sectors (IG Metall, ver.di 2018).
    catch_up_share : float
        Share of the cumulative real-pay lag (pay behind productivity over the raise
        history) that one round recovers. Default 0.25: spreading recovery over about four
        rounds keeps a single round within the guideline band.
    market_catch_up_share : float
        Share of the gap between the lowest grade's gross pay and its occupation's market
        median (wage price guide, domain.md §5) recovered this round. Default 0.10: the
        market gap is a weaker claim on one employer than the firm's own lag.
    catch_up_cap : float
        Cap on the whole catch-up component. Default 0.03, i.e. three points, about the
        distance between the guideline's baseline and upper line in published sets
        (domain.md §1).
    bargaining_margin : float
        Additive margin of the opening ask over the target. Default 0.02: two points of
        room to concede.
    bargaining_margin_ratio : float
        Multiplicative alternative: the opening ask is
        ``target + max(bargaining_margin, bargaining_margin_ratio * target)``. Default 0
        (off), so only the additive margin applies.
    profit_share_limit : float
        Management's resistance point: the raise whose full annual cost, employer
        contributions included, equals this share of current profit. Default 0.10, a raise
        that takes a tenth of a year's profit. (For the reference scenario this puts
        management's resistance at 10% x 45e6 / (58.5e6 x (1 + 0.327 x 0.2694)) = 7.07%,
        employer contributions on the share of the 8% target inside the contribution base,
        and the predicted settlement at 2.58% + 0.5 x (7.07% - 2.58%) = 4.8%, near the 4.5%
        private reservation its author gave management.) A loss-making firm's resistance is
        the legal floor.
    union_power : float
        The union's weight in the asymmetric Nash solution (domain.md §7), 0 to 1. Default
        0.5, the symmetric Nash solution; a row's ``union_power`` column overrides it.
    slow_growth : float
        Benefit growth (profit growth, or productivity growth when profit growth is not
        available) below which a firm counts as having "slow benefit growth" and raises
        between the guideline's lower line and baseline. Default 0.02: profit that does not
        keep pace with moderate inflation is not rising in real terms.
    fast_growth : float
        Benefit growth at or above which a firm counts as fast-growing and may raise up to
        the upper line. Default 0.10.
    well_paid_ratio : float
        A firm whose average pay is at least this multiple of the local average wage counts
        as already well paid; its employees may get less than the baseline (regional
        riders, domain.md §1). Default 2.0, the example the riders give.
    adequacy_ratio : float
        Minimum wage over local average wage below which the minimum is inadequate.
        Default 0.40 (Employment Promotion Plan 2011-2015; the source speech).
    min_wage_gap_warning : float
        The lowest grade's countable pay less than this share above the monthly minimum is
        flagged as near the minimum. Default 0.05: regional minimums rose about 4% a year
        in the 2020s, so a 5% cushion is gone by the next adjustment (MOLSS Order No. 21,
        2004, Art. 10: at least every two years).
    no_raise_years : int
        Consecutive years without a raise from which a row is flagged. Default 2, the
        longest interval the minimum-wage rules allow between adjustments of the minimum
        itself (MOLSS Order No. 21, 2004, Art. 10).
    subsistence_ratio_max : float
        Subsistence allowance (低保) over the monthly minimum wage above which the two sit too
        close. Default 0.6: no national number exists (domain.md §3 asks only for "a suitable
        ratio"), and at 60% a full-time minimum-wage job adds little to what assistance pays.
    pay_ratio_max : float
        Best-paid managers' pay as a multiple of average front-line pay above which the brief
        flags executive pay. Default 8, a policy choice with no statutory source.
    pay_ratio_max_state : float
        The same for state enterprises, which are expected to restrain executive pay
        (domain.md §8). Default 5.
    """

    inflation_measure: Literal["forecast", "realised", "target"] = "forecast"
    productivity_measure: Literal["enterprise", "economy"] = "enterprise"
    catch_up_share: float = 0.25
    market_catch_up_share: float = 0.10
    catch_up_cap: float = 0.03
    bargaining_margin: float = 0.02
    bargaining_margin_ratio: float = 0.0
    profit_share_limit: float = 0.10
    union_power: float = 0.5
    slow_growth: float = 0.02
    fast_growth: float = 0.10
    well_paid_ratio: float = 2.0
    adequacy_ratio: float = 0.40
    min_wage_gap_warning: float = 0.05
    no_raise_years: int = 2
    subsistence_ratio_max: float = 0.6
    pay_ratio_max: float = 8.0
    pay_ratio_max_state: float = 5.0

    def __post_init__(self) -> None:
        _check_choice("inflation_measure", self.inflation_measure, INFLATION_MEASURES)
        _check_choice("productivity_measure", self.productivity_measure, PRODUCTIVITY_MEASURES)
        for name, (low, high) in _BOUNDS.items():
            _check_number(name, getattr(self, name), low, high)
        if self.slow_growth > self.fast_growth:
            raise ValueError(
                f"policy: slow_growth ({self.slow_growth:g}) must not exceed "
                f"fast_growth ({self.fast_growth:g})"
            )

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "Policy":
        """Build a policy from a mapping of overrides, validating names and types.

        Parameters
        ----------
        values : mapping of str to value
            Field names of :class:`Policy` and their values. Rates are fractions.

        Returns
        -------
        Policy
            The defaults with ``values`` applied.

        Raises
        ------
        ValueError
            For an unknown name (with a suggestion when one is close), a value of the wrong
            type, or a value out of range.
        """
        known = {f.name: f for f in fields(cls)}
        unknown = [key for key in values if key not in known]
        if unknown:
            raise ValueError("; ".join(_unknown_message(str(key), known) for key in unknown))
        converted = {key: _convert(key, value, known[key].type) for key, value in values.items()}
        return cls(**converted)


def _unknown_message(key: str, known: Mapping[str, Any]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"policy: unknown setting {key!r}{hint}; known settings: {', '.join(known)}"


def _convert(name: str, value: Any, annotation: Any) -> Any:
    """Check a value's type against a field's annotation (a string, from __future__)."""
    text = str(annotation)
    if text.startswith("Literal"):
        if not isinstance(value, str):
            raise ValueError(f"policy: {name} must be a word, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"policy: {name} must be a number, got {value!r}")
    if text == "int":
        if float(value) != int(value):
            raise ValueError(f"policy: {name} must be a whole number, got {value!r}")
        return int(value)
    return float(value)


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"policy: {name} must be one of {', '.join(choices)}; got {value!r}")


def _check_number(name: str, value: float, low: float, high: float) -> None:
    if not (isinstance(value, (int, float)) and not isinstance(value, bool)):
        raise ValueError(f"policy: {name} must be a number, got {value!r}")
    if math.isnan(value) or not low <= value <= high:
        raise ValueError(f"policy: {name} must lie between {low:g} and {high:g}, got {value!r}")
