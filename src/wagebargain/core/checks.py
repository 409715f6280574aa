"""Grade-level legal and policy checks on plain numbers.

Every check returns :class:`Check` records, one per subject checked, whether it passes
or not, so a brief can say both "below the minimum by 80 a month" and "clears the
minimum by 4%". Severities:

- ``"violation"``: breaks a rule in force now;
- ``"risk"``: will break a rule under the stated projection (next year's minimum), or
  misses a policy or guidance threshold a negotiator should raise;
- ``"note"``: passes, or compares something outside the enterprise's control (the
  regional minimum against the average wage) for information and argument.

``message_key`` is ``"<code>.ok"`` when a check passes and ``"<code>.<finding>"`` when
it does not; ``numbers`` carries every figure a renderer needs to write the message.
Thresholds that are *policy choices* are keyword arguments with documented defaults.

References
----------
domain.md §§1, 3, 4 and 8; the sources are cited on each function and in
:data:`SOURCES`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike

#: Paid days per month, (365 - 104) / 12 (劳社部发〔2008〕3号).
PAID_DAYS_PER_MONTH = 21.75
#: Normal working hours per day.
HOURS_PER_DAY = 8.0

SEVERITIES = ("violation", "risk", "note")

#: The legal or policy source of each check, by code.
SOURCES: Mapping[str, str] = {
    "minimum_wage": "MOLSS Order No. 21 (2004), Arts. 5 and 12; 劳社部发〔2008〕3号",
    "minimum_wage_next": "MOLSS Order No. 21 (2004), Arts. 10 and 12",
    "part_time_hourly": "MOLSS Order No. 21 (2004), Art. 5; Labour Contract Law (2007), Art. 72",
    "part_time_hourly_derived": "MOLSS Order No. 21 (2004), Art. 5; 劳社部发〔2008〕3号 (hourly = monthly / (21.75 x 8))",
    "pay_cycle_full_time": "Interim Provisions on Wage Payment (1994), Art. 7",
    "pay_cycle_part_time": "Labour Contract Law (2007), Art. 72",
    "part_time_hours": "Labour Contract Law (2007), Art. 68",
    "arrears": "Labour Contract Law (2007), Art. 85",
    "minimum_vs_average": "Employment Promotion Plan 2011-2015 (State Council, 2012)",
    "minimum_vs_median_eu": "Directive (EU) 2022/2041, Art. 5(4)",
    "minimum_vs_mean_eu": "Directive (EU) 2022/2041, Art. 5(4)",
    "subsistence_ratio": "no national ratio: 'a suitable ratio' below the minimum wage (policy choice)",
    "front_line_raise": "riders of regional wage guideline notices",
    "managers_without_front_line": "riders of regional wage guideline notices",
    "pay_ratio": "restraint of executive pay, especially in state enterprises (policy choice)",
    "piece_rate": "MOLSS Order No. 21 (2004), Art. 12",
    "piece_rate_next": "MOLSS Order No. 21 (2004), Arts. 10 and 12",
}


@dataclass(frozen=True)
class Check:
    """The outcome of one check for one subject.

    Attributes
    ----------
    code : str
        The check, e.g. ``"minimum_wage"`` (a key of :data:`SOURCES`).
    severity : {"violation", "risk", "note"}
        See the module docstring.
    message_key : str
        Stable identifier of the message, ``"<code>.ok"`` or ``"<code>.<finding>"``.
    numbers : mapping of str to float
        Named figures for the message (money/month unless the name says otherwise;
        ratios and margins are fractions).
    source : str
        The legal or policy source.
    subject : str
        The grade or role checked; ``""`` for enterprise- or region-level checks.
    """

    code: str
    severity: str
    message_key: str
    numbers: Mapping[str, float] = field(default_factory=dict, hash=False)
    source: str = ""
    subject: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")

    @property
    def is_problem(self) -> bool:
        """True for a violation or a risk."""
        return self.severity != "note"


def _check(
    code: str,
    failed: bool,
    severity: str,
    finding: str,
    numbers: Mapping[str, float],
    subject: str = "",
) -> Check:
    """One record: ``severity`` and ``code.finding`` if failed, else a note ``code.ok``."""
    return Check(
        code=code,
        severity=severity if failed else "note",
        message_key=f"{code}.{finding if failed else 'ok'}",
        numbers={name: float(value) for name, value in numbers.items()},
        source=SOURCES[code],
        subject=subject,
    )


MONEY_TOLERANCE = 1e-6
"""Money (per month or hour) below which a shortfall is float noise, not a finding."""


def _at_least(
    code: str, value: float, required: float, severity: str, finding: str,
    numbers: Mapping[str, float], subject: str = "",
) -> Check:
    """Fails when ``value < required`` by more than :data:`MONEY_TOLERANCE` (float noise: a
    raise computed to clear a minimum exactly must pass); adds the ``shortfall``."""
    short = required - value > MONEY_TOLERANCE
    numbers = {**numbers, "shortfall": max(0.0, required - value) if short else 0.0}
    return _check(code, short, severity, finding, numbers, subject)


def _per_subject(subjects: Sequence[str], *values: ArrayLike) -> list[np.ndarray]:
    """Broadcast each value to one float per subject."""
    n = len(subjects)
    try:
        return [np.broadcast_to(np.asarray(v, dtype=float), (n,)) for v in values]
    except ValueError:
        raise ValueError("each value must be a number or have one entry per subject") from None


def countable_pay(
    base_pay: ArrayLike,
    employee_contributions: ArrayLike = 0.0,
    excludes_employee_contributions: bool = False,
) -> np.ndarray:
    """Pay counted against the minimum wage, money/month.

    Base pay for normal hours; overtime pay, shift, night, temperature, underground and
    hazard allowances and statutory benefits are never counted, so do not include
    them. Where the region excludes the employee's own social-insurance and
    housing-fund contributions (e.g. Shanghai, Beijing), they are subtracted.

    ``base_pay`` and ``employee_contributions`` are money/month; the result is too.

    References
    ----------
    MOLSS Order No. 21 (2004), Art. 12 (domain.md §3).
    """
    base = np.asarray(base_pay, dtype=float)
    if not excludes_employee_contributions:
        return base
    return base - np.asarray(employee_contributions, dtype=float)


def hourly_equivalent(monthly: ArrayLike) -> np.ndarray:
    """Full-time hourly equivalent of monthly pay: ``monthly / (21.75 * 8)``.

    References
    ----------
    MOLSS notice 劳社部发〔2008〕3号: 21.75 paid days a month (domain.md §3).
    """
    return np.asarray(monthly, dtype=float) / (PAID_DAYS_PER_MONTH * HOURS_PER_DAY)


def minimum_wage_checks(
    grades: Sequence[str],
    countable: ArrayLike,
    minimum_monthly: float,
    *,
    raise_money: ArrayLike = 0.0,
    minimum_next: float | None = None,
) -> list[Check]:
    """Each full-time grade's countable pay against the monthly minimum, now and next.

    Parameters
    ----------
    grades : sequence of str
        Grade names.
    countable : array_like
        Countable pay per grade, money/month (:func:`countable_pay`).
    minimum_monthly : float
        The monthly minimum wage in force, money/month.
    raise_money : float or array_like, default 0
        The raise per worker, money/month, assumed to reach countable pay in full.
    minimum_next : float, optional
        The projected minimum at the next adjustment, money/month.

    Returns
    -------
    list of Check
        Per grade, ``minimum_wage`` (violation ``below`` now) with the shortfall, the
        margin ``countable / minimum - 1`` and the full-time ``hourly_equivalent``; and,
        when ``minimum_next`` is given, ``minimum_wage_next`` (risk ``below`` after the
        raise).

    References
    ----------
    MOLSS Order No. 21 (2004), Arts. 5, 10 and 12; 劳社部发〔2008〕3号 (domain.md §3).
    """
    pay, lift = _per_subject(grades, countable, raise_money)
    hourly = hourly_equivalent(pay)
    checks = []
    for i, grade in enumerate(grades):
        checks.append(_at_least("minimum_wage", pay[i], minimum_monthly, "violation", "below", {
            "countable": pay[i], "minimum": minimum_monthly,
            "margin": pay[i] / minimum_monthly - 1.0, "hourly_equivalent": hourly[i],
        }, grade))
        if minimum_next is not None:
            after = pay[i] + lift[i]
            checks.append(_at_least("minimum_wage_next", after, minimum_next, "risk", "below", {
                "countable_after": after, "minimum_next": minimum_next,
                "margin": after / minimum_next - 1.0,
            }, grade))
    return checks


def pay_cycle_check(days: float, *, part_time: bool = False, subject: str = "") -> Check:
    """Days between pay dates against the longest allowed: 31 full-time, 15 part-time.

    Returns ``pay_cycle_full_time`` or, with ``part_time=True``, ``pay_cycle_part_time``:
    a violation ``too_long`` above the limit. ``subject`` names the role or grade.

    References
    ----------
    Interim Provisions on Wage Payment (1994), Art. 7 (at least monthly); Labour
    Contract Law (2007), Art. 72 (part-time, at most 15 days) (domain.md §4).
    """
    code, limit = ("pay_cycle_part_time", 15) if part_time else ("pay_cycle_full_time", 31)
    return _check(code, days > limit, "violation", "too_long",
                  {"days": days, "limit_days": limit}, subject)


PART_TIME_WEEKLY_HOURS = 24.0
"""Part-time work: at most 4 hours a day and 24 a week with one employer (LCL Art. 68)."""


def part_time_hours_check(hours_per_week: float, subject: str = "") -> Check:
    """Weekly hours of a part-time role against the legal 24 (Labour Contract Law Art. 68).

    More hours than that make the job full-time in law, with a full-time contract, the
    monthly minimum wage and monthly pay.
    """
    return _check("part_time_hours", hours_per_week > PART_TIME_WEEKLY_HOURS, "violation",
                  "too_many", {"hours": hours_per_week, "limit_hours": PART_TIME_WEEKLY_HOURS},
                  subject)


def part_time_checks(
    roles: Sequence[str],
    hourly_pay: ArrayLike,
    hourly_minimum: float | None,
    pay_cycle_days: ArrayLike = 15.0,
    *,
    monthly_minimum: float | None = None,
) -> list[Check]:
    """Part-time roles: hourly pay against the hourly minimum, and the pay cycle.

    ``hourly_pay`` (money/hour) and ``pay_cycle_days`` are per role in ``roles``.
    Returns, per role, ``part_time_hourly`` (violation ``below`` the hourly minimum) and
    ``pay_cycle_part_time`` (violation ``too_long``, see :func:`pay_cycle_check`).

    When the region's hourly minimum is not known (``hourly_minimum`` None) but
    ``monthly_minimum`` is, the hourly floor is derived from it, monthly / (21.75 x 8)
    (:func:`hourly_equivalent`), and the check is ``part_time_hourly_derived`` (violation
    ``below``), its numbers carrying the ``monthly_minimum`` the figure comes from. A
    published part-time minimum is normally higher than this conversion (it adds employer
    contributions and a floating coefficient, domain.md §3), so pay under the derived floor is
    certainly under the real one, while pay above it may still be short.

    References
    ----------
    MOLSS Order No. 21 (2004), Art. 5; 劳社部发〔2008〕3号 (21.75 paid days a month);
    Labour Contract Law (2007), Arts. 68 and 72 (domain.md §§3-4).
    """
    pay, cycle = _per_subject(roles, hourly_pay, pay_cycle_days)
    derived = hourly_minimum is None
    if derived and monthly_minimum is None:
        raise ValueError("give hourly_minimum, or monthly_minimum to derive it from")
    code = "part_time_hourly_derived" if derived else "part_time_hourly"
    floor = float(hourly_equivalent(monthly_minimum)) if derived else float(hourly_minimum)
    extra = {"monthly_minimum": float(monthly_minimum)} if derived else {}
    checks = []
    for i, role in enumerate(roles):
        checks.append(_at_least(code, pay[i], floor, "violation", "below",
                                {"hourly_pay": pay[i], "hourly_minimum": floor, **extra}, role))
        checks.append(pay_cycle_check(cycle[i], part_time=True, subject=role))
    return checks


def arrears_check(arrears: float) -> Check:
    """Wages due and unpaid (money, total): any amount is a violation.

    References
    ----------
    Labour Contract Law (2007), Art. 85: payment order, and 50-100% compensation for
    late payment after an order to pay (domain.md §4).
    """
    return _check("arrears", arrears > 0, "violation", "unpaid", {"arrears": arrears})


def minimum_adequacy_checks(
    minimum_monthly: float,
    average_wage: float,
    *,
    median_wage: float | None = None,
    adequacy_ratio: float = 0.40,
    eu_median_share: float = 0.60,
    eu_mean_share: float = 0.50,
) -> list[Check]:
    """The regional minimum against the local average (and median) wage.

    The minimum is the region's, not the enterprise's doing, so every finding is a note:
    an argument for the negotiator, not a breach.

    Parameters
    ----------
    minimum_monthly : float
        The monthly minimum wage, money/month.
    average_wage : float
        Local average wage, money/month.
    median_wage : float, optional
        Local median wage, money/month.
    adequacy_ratio : float, default 0.40
        China's target share of the average wage (``Policy.adequacy_ratio``).
    eu_median_share, eu_mean_share : float, default 0.60 and 0.50
        The EU's indicative reference values.

    Returns
    -------
    list of Check
        ``minimum_vs_average`` (``below_target``), ``minimum_vs_mean_eu`` and, with a
        median, ``minimum_vs_median_eu`` (``below_reference``). Each carries the Kaitz
        ``ratio``, the ``reference`` share and the ``shortfall`` to it in money/month.

    References
    ----------
    Employment Promotion Plan 2011-2015 (40% of the local average wage); Directive (EU)
    2022/2041, Art. 5(4) (60% of the gross median, 50% of the gross average wage);
    ILO Minimum Wage Policy Guide (domain.md §3).
    """
    comparisons = [("minimum_vs_average", average_wage, adequacy_ratio, "below_target"),
                   ("minimum_vs_mean_eu", average_wage, eu_mean_share, "below_reference")]
    if median_wage is not None:
        comparisons.append(("minimum_vs_median_eu", median_wage, eu_median_share,
                            "below_reference"))
    return [
        _at_least(code, minimum_monthly, share * wage, "note", finding, {
            "minimum": minimum_monthly, "wage": wage, "ratio": minimum_monthly / wage,
            "reference": share,
        })
        for code, wage, share, finding in comparisons
    ]


def subsistence_ratio_check(
    subsistence_allowance: float, minimum_monthly: float, *, max_ratio: float = 0.6
) -> Check:
    """Subsistence allowance (低保) over the minimum wage, both money/month per person.

    Returns ``subsistence_ratio``: a risk ``too_close`` when the ratio exceeds
    ``max_ratio`` (*policy choice*, default 0.6: above it the minimum wage no longer
    keeps "a suitable ratio" above subsistence).

    References
    ----------
    domain.md §3: no national number exists; the scenario sets the threshold.
    """
    ratio = subsistence_allowance / minimum_monthly
    return _check("subsistence_ratio", ratio > max_ratio, "risk", "too_close", {
        "subsistence_allowance": subsistence_allowance, "minimum": minimum_monthly,
        "ratio": ratio, "threshold": max_ratio,
    })


def front_line_raise_checks(
    front_line_raise: float, average_raise: float, *, manager_raise: float | None = None
) -> list[Check]:
    """Guideline riders on front-line raises (all raises are fractions of pay).

    Returns ``front_line_raise``, a risk ``below_average`` when front-line workers get
    less than the enterprise average, and, with ``manager_raise``,
    ``managers_without_front_line``, a risk ``managers_raised`` when managers get a
    raise although front-line pay does not rise.

    References
    ----------
    Riders often found in the regional wage guideline notices (企业工资指导线) that
    accompany the guideline's three lines (domain.md §1).
    """
    checks = [_check("front_line_raise", front_line_raise < average_raise - 1e-12, "risk",
                     "below_average",
                     {"front_line_raise": front_line_raise, "average_raise": average_raise})]
    if manager_raise is not None:
        failed = front_line_raise <= 0 < manager_raise
        checks.append(_check("managers_without_front_line", failed, "risk", "managers_raised",
                             {"front_line_raise": front_line_raise,
                              "manager_raise": manager_raise}))
    return checks


def pay_ratio_check(
    manager_pay: float,
    front_line_pay: float,
    *,
    state_owned: bool = False,
    max_ratio: float = 8.0,
    max_ratio_state: float = 5.0,
) -> Check:
    """Managers' pay as a multiple of front-line pay (same concept and period).

    Returns ``pay_ratio``: a risk ``too_high`` above ``max_ratio`` (default 8), or above
    the stricter ``max_ratio_state`` (default 5) for a state-owned enterprise. Both
    limits are *policy choices*: no national number applies to every enterprise.

    References
    ----------
    domain.md §8: restraint of executive pay in state enterprises; executive-to-worker
    pay ratios surfaced for negotiators.
    """
    limit = max_ratio_state if state_owned else max_ratio
    ratio = manager_pay / front_line_pay
    return _check("pay_ratio", ratio > limit, "risk", "too_high", {
        "manager_pay": manager_pay, "front_line_pay": front_line_pay,
        "ratio": ratio, "limit": limit,
    })


def piece_rate_checks(
    subjects: Sequence[str],
    piece_rate: ArrayLike,
    quota: ArrayLike,
    minimum_monthly: float,
    *,
    employee_contributions: ArrayLike = 0.0,
    excludes_employee_contributions: bool = False,
    minimum_next: float | None = None,
    raise_rate: ArrayLike = 0.0,
) -> list[Check]:
    """Piece-rate pay earned at the quota against the minimum wage, now and next.

    ``piece_rate`` is money per piece and ``quota`` the labour quota (劳动定额) in pieces
    per month of normal hours, per job in ``subjects``. Pay at the quota is
    ``piece_rate * quota``; what counts against the minimum is that pay less the worker's own
    contributions where the region excludes them (:func:`countable_pay`).

    Parameters
    ----------
    subjects : sequence of str
        Job or grade names.
    piece_rate, quota : array_like
        Money per piece; pieces per normal month.
    minimum_monthly : float
        The monthly minimum in force, money/month.
    employee_contributions : array_like, default 0
        The worker's own social-insurance and housing-fund contributions, money/month.
    excludes_employee_contributions : bool, default False
        The region's rule (domain.md §3).
    minimum_next : float, optional
        The minimum expected at the next adjustment, money/month.
    raise_rate : array_like, default 0
        The planned raise of the piece rate, fraction, for the check against ``minimum_next``.

    Returns
    -------
    list of Check
        Per job, ``piece_rate`` (violation ``below`` when countable pay at the quota is under
        the minimum) and, with ``minimum_next``, ``piece_rate_next`` (risk ``below`` when
        countable pay at the quota after the raise is under the next minimum).

    References
    ----------
    MOLSS Order No. 21 (2004), Arts. 10 and 12: piece-rate and commission pay on a
    reasonable quota must meet the minimum (domain.md §3).
    """
    rate, pieces, own, lift = _per_subject(subjects, piece_rate, quota, employee_contributions,
                                           raise_rate)
    at_quota = rate * pieces
    countable = countable_pay(at_quota, own, excludes_employee_contributions)
    after = countable_pay(at_quota * (1.0 + lift), own, excludes_employee_contributions)
    checks = []
    for i, subject in enumerate(subjects):
        checks.append(_at_least("piece_rate", countable[i], minimum_monthly, "violation", "below", {
            "piece_rate": rate[i], "quota": pieces[i], "pay_at_quota": at_quota[i],
            "countable": countable[i], "minimum": minimum_monthly,
        }, subject))
        if minimum_next is not None:
            checks.append(_at_least("piece_rate_next", after[i], minimum_next, "risk", "below", {
                "piece_rate": rate[i], "quota": pieces[i], "raise_rate": lift[i],
                "countable_after": after[i], "minimum_next": minimum_next,
            }, subject))
    return checks
