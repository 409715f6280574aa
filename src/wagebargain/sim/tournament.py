"""Round-robin tournaments of strategies, for classroom comparisons and research.

Every ordered pair of strategies (the first playing the union, the second management) meets
over many runs. All pairs face the same draws (common random numbers): the same reservation
points, drawn uniformly from ``reservation_ranges`` when given, and the same seeds. Pairs of
time-dependent strategies and hardliners on a single issue are played by the vectorised
engine (:mod:`wagebargain.sim.kernel`); the others one session at a time, optionally in
``workers`` processes.

References
----------
.. [1] Axelrod, R. (1984). *The Evolution of Cooperation*, ch. 2 (round-robin tournaments).
.. [2] Baarslag, T. et al. (2013). "Evaluating practical negotiating agents: results and
   analysis of the 2011 international competition". Artificial Intelligence 198, 73-103.
"""
from __future__ import annotations

import contextlib
import math
import secrets
import signal
from dataclasses import dataclass, replace
from typing import Any, Callable, Mapping, Optional, Sequence, Union

import numpy as np

from wagebargain.sim.kernel import RunOutcomes, concession_parameters, run_time_dependent
from wagebargain.sim.mechanism import FRESH_SEEDS, Session
from wagebargain.sim.negotiators import Negotiator
from wagebargain.sim.results import REASONS
from wagebargain.sim.setup import ROLES, Setup, SetupError
from wagebargain.sim.strategies import make_negotiator

StrategySpec = Union[str, tuple[str, Callable[[], Negotiator]]]
Strategies = Union[Sequence[StrategySpec], Mapping[str, Callable[[], Negotiator]]]


@dataclass(frozen=True)
class PairResult:
    """Summary of one ordered pair's runs. Means are over runs that ended with a settlement
    (agreed or awarded); NaN when there were none.

    Attributes
    ----------
    union_strategy, management_strategy : str
    engine : str
        ``"vectorised"`` or ``"loop"``.
    runs : int
    agreement_rate : float
        Share of runs settled by agreement.
    arbitration_rate : float
        Share of runs settled by an arbitration award.
    mean_rounds : float
        Mean round in which the talks ended (all runs).
    mean_settlement : dict
        Mean settlement per issue.
    mean_union_utility, mean_management_utility : float
        Net of strike costs.
    mean_advantage : float
        Mean of ``(u - du) - (v - dv)``: how much more of its utility scale the union
        player gained over its reservation point than the management player did.
    """

    union_strategy: str
    management_strategy: str
    engine: str
    runs: int
    agreement_rate: float
    arbitration_rate: float
    mean_rounds: float
    mean_settlement: dict[str, float]
    mean_union_utility: float
    mean_management_utility: float
    mean_advantage: float

    def to_row(self) -> dict[str, Any]:
        row = {k: v for k, v in self.__dict__.items() if k != "mean_settlement"}
        row.update({f"mean_{name}": value for name, value in self.mean_settlement.items()})
        return row


@dataclass(frozen=True)
class TournamentResult:
    """All pairs of a tournament."""

    setup: Setup
    strategies: tuple[str, ...]
    runs: int
    seed: int
    reservation_ranges: Optional[dict[str, tuple[tuple[float, ...], tuple[float, ...]]]]
    pairs: tuple[PairResult, ...]

    def pair(self, union: str, management: str) -> PairResult:
        for p in self.pairs:
            if (p.union_strategy, p.management_strategy) == (union, management):
                return p
        raise KeyError((union, management))

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat dict per pair, for CSV or Parquet (NaN where undefined)."""
        return [p.to_row() for p in self.pairs]

    def to_dict(self) -> dict:
        def clean(row):
            return {k: None if isinstance(v, float) and not math.isfinite(v) else v
                    for k, v in row.items()}

        return {"version": 1, "setup": self.setup.to_dict(), "strategies": list(self.strategies),
                "runs": self.runs, "seed": self.seed,
                "reservation_ranges": None if self.reservation_ranges is None else {
                    role: [list(lo), list(hi)] for role, (lo, hi) in
                    self.reservation_ranges.items()},
                "pairs": [clean(row) for row in self.to_rows()]}


def _specs(strategies: Strategies) -> list[tuple[str, StrategySpec]]:
    items = list(strategies.items()) if isinstance(strategies, Mapping) else [
        (s, s) if isinstance(s, str) else (s[0], s[1]) for s in strategies]
    labels = [label for label, _ in items]
    if not items or len(set(labels)) != len(labels):
        raise SetupError("give at least one strategy, each name once")
    for label, spec in items:
        if isinstance(spec, str):
            make_negotiator(spec)  # raises SetupError for unknown names and human
    return items


def _build(spec: StrategySpec) -> Negotiator:
    return make_negotiator(spec) if isinstance(spec, str) else spec()


def _draw(setup: Setup, runs: int, seed: Optional[int], ranges) -> dict[str, np.ndarray]:
    """Reservation points, arbitrator draws and seeds shared by every pair."""
    rng = np.random.default_rng(seed)
    n = len(setup.issues)
    draws = {}
    for role in ROLES:
        side = setup.side(role)
        if ranges and role in ranges:
            lo, hi = (np.broadcast_to(np.asarray(x, dtype=float), (n,)) for x in ranges[role])
            points = rng.uniform(lo, hi, size=(runs, n))
            worse = setup.utilities(role, points) > setup.target_utility(role)
            points[worse] = side.target  # a reservation point beyond the target is the target
        else:
            points = np.tile(np.asarray(side.reservation, dtype=float), (runs, 1))
        draws[role] = points
    draws["z"] = rng.standard_normal((runs, n))
    draws["seeds"] = rng.integers(0, 2**63 - 1, size=runs)
    return draws


def _loop_pair(setup: Setup, union: StrategySpec, management: StrategySpec,
               draws: dict[str, np.ndarray]) -> RunOutcomes:
    """Play the runs of one pair one session at a time."""
    runs = len(draws["seeds"])
    n = len(setup.issues)
    out = {name: np.full(runs, np.nan) for name in ("uu", "mu", "du", "dm")}
    reason, rounds, weeks = (np.zeros(runs, dtype=int) for _ in range(3))
    settlement = np.full((runs, n), np.nan)
    for i in range(runs):
        points = {role: tuple(float(x) for x in draws[role][i]) for role in ROLES}
        run = setup if all(points[r] == setup.side(r).reservation for r in ROLES) else replace(
            setup, union=replace(setup.union, reservation=points["union"]),
            management=replace(setup.management, reservation=points["management"]))
        state = Session(run, _build(union), _build(management),
                        seed=int(draws["seeds"][i])).run()
        reason[i] = REASONS.index(state.reason)
        rounds[i], weeks[i] = state.round, state.strike_weeks
        out["du"][i] = run.reservation_utility("union")
        out["dm"][i] = run.reservation_utility("management")
        if state.agreement is not None:
            settlement[i] = state.agreement
            out["uu"][i], out["mu"][i] = state.utilities
    return RunOutcomes(reason.astype(np.int8), rounds, weeks, settlement, out["uu"], out["mu"],
                       out["du"], out["dm"])


def _loop_job(args) -> RunOutcomes:
    return _loop_pair(*args)


LOOP_CHUNK = 25
"""Runs per job of the pairs played session by session: small enough for a smooth progress
report and an even spread over the workers, large enough to keep the overhead low."""


class _Progress:
    """Counts negotiations played and passes ``(done, total)`` to the caller's callback."""

    def __init__(self, total: int, callback: Optional[Callable[[int, int], None]]):
        self.done, self.total, self.callback = 0, total, callback
        self(0)

    def __call__(self, played: int) -> None:
        self.done += played
        if self.callback is not None:
            self.callback(self.done, self.total)


@contextlib.contextmanager
def _pool(workers: Optional[int], jobs: int):
    """A process pool for the session-by-session jobs, or ``None`` to play them here.

    The workers ignore Ctrl-C (the main process handles it and cancels what is left), so an
    interrupted tournament prints no traceback from each worker.
    """
    if not (workers and workers > 1 and jobs > 1):
        yield None
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=min(workers, jobs), initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _finished(futures: dict, jobs: dict):
    """``(key, outcomes)`` of every job, as each finishes (in this process without a pool)."""
    if not futures:
        for key, args in jobs.items():
            yield key, _loop_job(args)
        return
    from concurrent.futures import as_completed

    for future in as_completed(futures):
        yield futures[future], future.result()


def _labels(pair) -> tuple[str, str]:
    (label_u, _), (label_m, _) = pair
    return label_u, label_m


def _slices(runs: int, size: int = LOOP_CHUNK) -> list[slice]:
    return [slice(start, min(start + size, runs)) for start in range(0, runs, size)]


def _part(draws: dict[str, np.ndarray], rows: slice) -> dict[str, np.ndarray]:
    return {name: values[rows] for name, values in draws.items()}


def _summary(setup: Setup, labels: tuple[str, str], engine: str,
             runs: RunOutcomes) -> PairResult:
    settled = runs.settled
    count = len(runs.reason)

    def mean(x: np.ndarray) -> float:
        return float(np.mean(x[settled])) if settled.any() else math.nan

    advantage = ((runs.union_utility - runs.union_reservation)
                 - (runs.management_utility - runs.management_reservation))
    return PairResult(
        union_strategy=labels[0], management_strategy=labels[1], engine=engine, runs=count,
        agreement_rate=float(np.mean(runs.reason == REASONS.index("accepted"))),
        arbitration_rate=float(np.mean(runs.reason == REASONS.index("arbitration"))),
        mean_rounds=float(np.mean(runs.rounds)),
        mean_settlement={issue.name: mean(runs.settlement[:, i])
                         for i, issue in enumerate(setup.issues)},
        mean_union_utility=mean(runs.union_utility),
        mean_management_utility=mean(runs.management_utility),
        mean_advantage=mean(advantage))


def tournament(setup: Setup, strategies: Strategies, runs: int = 1000,
               seed: Optional[int] = None,
               reservation_ranges: Optional[Mapping[str, tuple[Any, Any]]] = None,
               workers: Optional[int] = None,
               progress: Optional[Callable[[int, int], None]] = None) -> TournamentResult:
    """Play every ordered pair of strategies over many runs.

    Parameters
    ----------
    setup : Setup
        The bargain; its strategy names are ignored.
    strategies : sequence of names or (label, factory) pairs, or mapping label -> factory
        Names from :data:`STRATEGIES` (not ``human``). Custom factories must be picklable
        (a class, or :func:`functools.partial` of one) when ``workers`` is used.
    runs : int, default 1000
        Negotiations per pair.
    seed : int, optional
        Seed of all draws; the same seed gives the same result. Without one, a fresh seed
        below one million is drawn (as :class:`~wagebargain.sim.Session` does) and kept in
        the result's ``seed``, so every tournament can be replayed.
    reservation_ranges : mapping, optional
        ``{"union": (lo, hi), "management": (lo, hi)}``: draw each run's reservation
        points uniformly (a value or one per issue for ``lo`` and ``hi``). A drawn point
        beyond the side's target is replaced by the target.
    workers : int, optional
        Processes for the pairs played session by session (default: in this process).
    progress : callable, optional
        ``progress(done, total)`` with the negotiations played so far and in all
        (``runs`` x pairs): once with ``done = 0`` before the first, then as pairs and
        parts of pairs finish, last with ``done == total``. Called in this process.

    Returns
    -------
    TournamentResult
    """
    if isinstance(runs, bool) or not isinstance(runs, int) or runs < 1:
        raise SetupError(f"runs must be a whole number >= 1, got {runs!r}")
    if reservation_ranges is not None:
        unknown = set(reservation_ranges) - set(ROLES)
        if unknown:
            raise SetupError(f"reservation_ranges: unknown side {', '.join(sorted(unknown))}")
    specs = _specs(strategies)
    if seed is None:
        seed = secrets.randbelow(FRESH_SEEDS)
    draws = _draw(setup, runs, seed, reservation_ranges)
    pairs = [(a, b) for a in specs for b in specs]
    report = _Progress(len(pairs) * runs, progress)
    vectorised, looped = [], []
    for i, ((_, spec_u), (_, spec_m)) in enumerate(pairs):
        union, management = _build(spec_u), _build(spec_m)
        fast = setup.single_issue and concession_parameters(union) and concession_parameters(
            management)
        (vectorised if fast else looped).append((i, union, management))
    jobs = {(i, k): (setup, pairs[i][0][1], pairs[i][1][1], _part(draws, rows))
            for i, _, _ in looped for k, rows in enumerate(_slices(runs))}
    parts: dict[tuple[int, int], RunOutcomes] = {}
    results: dict[int, PairResult] = {}
    with _pool(workers, len(jobs)) as pool:
        futures = {pool.submit(_loop_job, args): key for key, args in jobs.items()} if pool \
            else {}
        for i, union, management in vectorised:  # while the workers play the others
            outcome = run_time_dependent(setup, union, management, draws["union"],
                                         draws["management"], draws["z"])
            results[i] = _summary(setup, _labels(pairs[i]), "vectorised", outcome)
            report(runs)
        for key, part in _finished(futures, jobs):
            parts[key] = part
            report(len(part.reason))
    for i, _, _ in looped:
        played = [parts[key] for key in sorted(key for key in parts if key[0] == i)]
        results[i] = _summary(setup, _labels(pairs[i]), "loop", RunOutcomes.concat(played))
    ranges = None if reservation_ranges is None else {
        role: tuple(tuple(float(x) for x in np.atleast_1d(v)) for v in bounds)
        for role, bounds in reservation_ranges.items()}
    return TournamentResult(setup, tuple(label for label, _ in specs), runs, seed, ranges,
                            tuple(results[i] for i in range(len(pairs))))
