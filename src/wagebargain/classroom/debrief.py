"""A class's settlements, read from CSV, scored for each side and ranked.

The results file has a header row and one row per team (a union group and a management group
that negotiated together)::

    team,raise,rounds
    Team A,4.2%,7
    Team B,none,10

``team`` names the pair; ``raise`` is the settlement (``4.2%`` or ``0.042``; ``none`` when the
team did not agree); ``rounds`` (optional) is the round they settled in. For a package
scenario each issue has its own column, named like the scenario's issues (``raise``,
``lump_sum``, ...). Other columns are ignored, with a warning.

Each settlement is scored against the simulator setup of the scenario (the same reservation
points the role sheets give the teams): each side's surplus over its reservation point (in
percentage points for a raise, in utility for a package), where it lies against the zone of
agreement, its distance from the Nash point and, for a package, how much joint value it left
off the Pareto frontier. A team without agreement gets both reservation points (surplus 0).

A row that cannot be read (no team, text where the raise should be, negative rounds, more
cells than the header, ...) is reported with its line number and left out; the other rows are
still scored. A row may have fewer cells than the header (a missing ``rounds``), but not more:
an extra cell is most often a number written with a thousands comma (``1,000``), which would
otherwise shift every later column. A header that names a column twice, or a file with no
team rows, is refused outright.
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from typing import Any, Optional, Sequence

NO_AGREEMENT = frozenset({"none", "no", "no deal", "no agreement", "-", "—"})
INSIDE, BELOW_UNION, BEYOND_MANAGEMENT, OUTSIDE_BOTH, NO_DEAL = (
    "inside zone", "under union limit", "over management limit", "outside both limits",
    "no agreement")
_TOL = 1e-9


@dataclass(frozen=True)
class RowProblem:
    """A row that could not be scored: its line in the file and what is wrong."""

    line: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True)
class Settlement:
    """One team's row: its settlement (``None`` without agreement) and rounds."""

    line: int
    team: str
    offer: Optional[tuple[float, ...]]
    rounds: Optional[int]


@dataclass(frozen=True)
class TeamScore:
    """A team's settlement scored for both sides.

    ``*_surplus`` are utilities over the reservation point; ``*_points`` the same in
    percentage points of raise (single issue only, else NaN). ``versus_nash`` is the
    settlement minus the Nash point (points of raise, or union utility for a package);
    ``frontier_gap`` the joint utility lost against the frontier (0 for one issue).
    """

    team: str
    line: int
    offer: Optional[tuple[float, ...]]
    rounds: Optional[int]
    union_utility: float
    management_utility: float
    union_surplus: float
    management_surplus: float
    union_points: float
    management_points: float
    position: str
    versus_nash: float
    frontier_gap: float
    union_rank: int = 0
    management_rank: int = 0

    def to_dict(self, setup: Any) -> dict[str, Any]:
        def clean(x: Any) -> Any:
            return None if isinstance(x, float) and not math.isfinite(x) else x

        return {k: clean(v) for k, v in {
            "team": self.team, "line": self.line, "settlement": setup.as_mapping(self.offer),
            "rounds": self.rounds, "union_utility": self.union_utility,
            "management_utility": self.management_utility,
            "union_surplus": self.union_surplus, "management_surplus": self.management_surplus,
            "union_surplus_points": self.union_points,
            "management_surplus_points": self.management_points, "position": self.position,
            "versus_nash": self.versus_nash, "frontier_gap": self.frontier_gap,
            "union_rank": self.union_rank, "management_rank": self.management_rank}.items()}


@dataclass(frozen=True)
class Debrief:
    """The class's scores (best for the union first), the theory and the rows left out."""

    classroom: Any
    analysis: Any
    scores: tuple[TeamScore, ...]
    problems: tuple[RowProblem, ...]
    warnings: tuple[str, ...] = ()

    @property
    def agreements(self) -> tuple[TeamScore, ...]:
        return tuple(s for s in self.scores if s.offer is not None)

    def mean_settlement(self) -> Optional[tuple[float, ...]]:
        deals = self.agreements
        if not deals:
            return None
        return tuple(sum(s.offer[i] for s in deals) / len(deals)
                     for i in range(len(deals[0].offer)))

    def to_dict(self) -> dict[str, Any]:
        setup = self.classroom.setup
        deals = self.agreements
        return {"teams": len(self.scores), "agreements": len(deals),
                "inside_zone": sum(s.position == INSIDE for s in deals),
                "mean_settlement": setup.as_mapping(self.mean_settlement()),
                "scores": [s.to_dict(setup) for s in self.scores],
                "problems": [p.to_dict() for p in self.problems],
                "warnings": list(self.warnings), "theory": self.analysis.to_dict()}


def _rounds(text: str) -> Optional[int]:
    if text == "":
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"rounds must be a whole number, got '{text}'") from None
    if not value.is_integer() or value < 0:
        raise ValueError(f"rounds must be a whole number of 0 or more, got '{text}'")
    return int(value)


def _offer(cells: dict[str, str], setup: Any) -> Optional[tuple[float, ...]]:
    names = [issue.name for issue in setup.issues]
    texts = [cells.get(name, "") for name in names]
    none = [t.casefold() in NO_AGREEMENT for t in texts]
    if all(none):
        return None
    values = []
    for issue, text, is_none in zip(setup.issues, texts, none):
        if text == "" or is_none:
            raise ValueError(f"{issue.name} is missing; write the settlement (like "
                             f"{'5% or 0.05' if issue.is_rate else '800'})"
                             + (", or none when the team did not agree" if setup.single_issue
                                else ", or none in every issue column when the team did not "
                                     "agree"))
        value = issue.parse(text)
        if not issue.contains(value):
            raise ValueError(f"{issue.name} {issue.format(value)} lies outside "
                             f"{issue.format(issue.low)} to {issue.format(issue.high)}")
        values.append(value)
    return tuple(values)


def read_results(text: str, setup: Any, source: str = "results"
                 ) -> tuple[list[Settlement], list[RowProblem], list[str]]:
    """Parse a results CSV against a setup's issues (``source`` names the file in messages).

    Returns
    -------
    settlements, problems, warnings
        The rows read, the rows left out (with their line numbers), and notes on the header.

    Raises
    ------
    DataError
        When the header lacks ``team`` or an issue column: no row can be scored.
    """
    from wagebargain.errors import DataError

    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except StopIteration:
        raise DataError(f"{source}: the file is empty; it needs a header row "
                        "(team,raise,rounds) and one row per team") from None
    except csv.Error as exc:
        raise DataError(f"{source}:1: {exc}") from None
    twice = sorted({h for h in header if h and header.count(h) > 1})
    if twice:
        where = "; ".join(f"'{h}' is columns "
                          + " and ".join(str(j + 1) for j, x in enumerate(header) if x == h)
                          for h in twice)
        raise DataError(f"{source}:1: the header names a column twice ({where}); keep one "
                        f"column of each name")
    names = [issue.name.casefold() for issue in setup.issues]
    missing = [c for c in ("team", *names) if c not in header]
    if missing:
        raise DataError(f"{source}:1: the header has no {', '.join(missing)} column"
                        f"{'s' if len(missing) > 1 else ''}; it needs team, "
                        f"{', '.join(names)} and optionally rounds")
    known = {"team", "rounds", *names}
    warnings = [f"{source}:1: ignoring the column '{h}'" for h in header if h and h not in known]
    rows, problems, seen = [], [], {}
    line = reader.line_num + 1
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(RowProblem(line, str(exc)))
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in raw):
            continue
        if any(cell.strip() for cell in raw[len(header):]):
            problems.append(RowProblem(start, _too_many(raw, header)))
            continue
        cells = {h: (raw[j].strip() if j < len(raw) else "") for j, h in enumerate(header)}
        cells = {issue.name: cells.get(issue.name.casefold(), "") for issue in setup.issues} | {
            "team": cells.get("team", ""), "rounds": cells.get("rounds", "")}
        team = cells["team"]
        try:
            if not team:
                raise ValueError("team is missing")
            if team in seen:
                raise ValueError(f"team '{team}' appears twice (first on line {seen[team]})")
            offer = _offer(cells, setup)
            rounds = _rounds(cells["rounds"])
        except ValueError as exc:
            problems.append(RowProblem(start, str(exc)))
            continue
        seen[team] = start
        rows.append(Settlement(start, team, offer, rounds))
    if not rows and not problems:
        raise DataError(f"no settlements in {source}: it has a header but no team rows")
    return rows, problems, warnings


def _too_many(raw: Sequence[str], header: Sequence[str]) -> str:
    """The message of a row with more cells than the header (the usual cause: a number
    written with a thousands comma, ``1,000``, which CSV reads as two cells)."""
    message = f"{len(raw)} cells, the header has {len(header)}"
    if any(cell.strip().isdigit() and len(cell.strip()) == 3 for cell in raw[1:]):
        message += ("; write numbers without a thousands comma (1000, not 1,000) or put the "
                    "cell in quotes")
    return message


def _ranks(values: Sequence[float]) -> list[int]:
    """Competition ranks, highest value first (1, 2, 2, 4)."""
    return [1 + sum(other > value + _TOL for other in values) for value in values]


def _position(u: float, v: float, du: float, dm: float) -> str:
    below, beyond = u < du - _TOL, v < dm - _TOL
    if below and beyond:
        return OUTSIDE_BOTH
    return BELOW_UNION if below else BEYOND_MANAGEMENT if beyond else INSIDE


def score(classroom: Any, settlements: Sequence[Settlement],
          problems: Sequence[RowProblem] = (), warnings: Sequence[str] = ()) -> Debrief:
    """Score each settlement for both sides and rank the teams (see the module docstring)."""
    from wagebargain.sim import analyse

    setup = classroom.setup
    analysis = analyse(setup)
    du, dm = setup.reservation_utility("union"), setup.reservation_utility("management")
    nash = analysis.nash
    single = setup.single_issue
    scores = []
    for row in settlements:
        if row.offer is None:
            scores.append(TeamScore(row.team, row.line, None, row.rounds, du, dm, 0.0, 0.0,
                                    0.0 if single else math.nan, 0.0 if single else math.nan,
                                    NO_DEAL, math.nan, 0.0))
            continue
        u, v = setup.utility("union", row.offer), setup.utility("management", row.offer)
        frontier = setup.space.package_at(u)
        gap = max(0.0, setup.utility("management", frontier) - v)
        if nash is None:
            versus = math.nan
        elif single:
            versus = row.offer[0] - nash.offer[0]
        else:
            versus = u - nash.union
        points = ((row.offer[0] - setup.union.reservation[0],
                   setup.management.reservation[0] - row.offer[0]) if single
                  else (math.nan, math.nan))
        scores.append(TeamScore(row.team, row.line, row.offer, row.rounds, u, v, u - du, v - dm,
                                *points, _position(u, v, du, dm), versus, gap))
    union_ranks = _ranks([s.union_surplus for s in scores])
    management_ranks = _ranks([s.management_surplus for s in scores])
    from dataclasses import replace

    ranked = [replace(s, union_rank=a, management_rank=b)
              for s, a, b in zip(scores, union_ranks, management_ranks)]
    ranked.sort(key=lambda s: (s.union_rank, s.management_rank, s.line))
    return Debrief(classroom, analysis, tuple(ranked), tuple(problems), tuple(warnings))


def debrief(classroom: Any, text: str, source: str = "results") -> Debrief:
    """Read and score a results CSV (the text of the file named ``source``)."""
    rows, problems, warnings = read_results(text, classroom.setup, source)
    return score(classroom, rows, problems, warnings)
