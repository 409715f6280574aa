"""Many negotiations at once: the vectorised engine for time-dependent negotiators.

Time-dependent negotiators and hardliners make offers that depend only on the offer number
and their own reservation point, so all runs of a pair can be played together: each side's
offers form a ``(runs, rounds)`` array of candidate indices (the same ones
:class:`~wagebargain.sim.negotiators.TimeDependent` proposes), and the responder accepts at
the first move where the offer is at least as good as its own next offer (or, at the last
move, as its last). The per-negotiation :class:`~wagebargain.sim.mechanism.Session` gives
the same outcomes; a test checks it. Single issue only. Both sides offer in every round, so
at the deadline each has a final offer on the table and the arbitrator chooses between the
two (:func:`~wagebargain.sim.impasse.by_default` never applies: no walk-outs here).

References
----------
.. [1] Faratin, P., Sierra, C. & Jennings, N. R. (1998). "Negotiation decision functions for
   autonomous agents". Robotics and Autonomous Systems 24(3-4), 159-182.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from wagebargain.core.theory import nash_split
from wagebargain.sim.concession import concession_schedule
from wagebargain.sim.impasse import Arbitration, final_offer_award
from wagebargain.sim.negotiators import Hardliner, Negotiator, TimeDependent
from wagebargain.sim.results import REASONS
from wagebargain.sim.setup import Setup

ACCEPTED, ARBITRATION, DEADLINE = (REASONS.index(r) for r in ("accepted", "arbitration",
                                                               "deadline"))
CHUNK = 8192  # runs per block: bounds memory at about 40 bytes x runs x rounds


@dataclass(frozen=True)
class RunOutcomes:
    """Per-run results of many negotiations of one pair of strategies.

    Attributes
    ----------
    reason : ndarray of int
        Index into :data:`wagebargain.sim.results.REASONS`.
    rounds, strike_weeks : ndarray of int
    settlement : ndarray, shape (runs, n_issues)
        NaN where there is no contract.
    union_utility, management_utility : ndarray
        Utilities of the settlement net of strike costs (NaN without a contract).
    union_reservation, management_reservation : ndarray
        The runs' reservation utilities.
    ideal : ndarray, shape (runs, n_issues), optional
        The arbitrator's ideal awards (vectorised engine under arbitration).
    """

    reason: np.ndarray
    rounds: np.ndarray
    strike_weeks: np.ndarray
    settlement: np.ndarray
    union_utility: np.ndarray
    management_utility: np.ndarray
    union_reservation: np.ndarray
    management_reservation: np.ndarray
    ideal: Optional[np.ndarray] = None

    @property
    def settled(self) -> np.ndarray:
        return ~np.isnan(self.settlement[:, 0])

    @classmethod
    def concat(cls, parts: Sequence["RunOutcomes"]) -> "RunOutcomes":
        fields = cls.__dataclass_fields__
        return cls(**{name: None if getattr(parts[0], name) is None else np.concatenate(
            [getattr(p, name) for p in parts]) for name in fields})


def concession_parameters(negotiator: Negotiator) -> Optional[tuple[float, float, bool]]:
    """``(exponent, k, hard)`` of a negotiator the kernel can play, else ``None``."""
    if type(negotiator) in (TimeDependent, Hardliner):
        return negotiator.exponent, negotiator.k, negotiator.hard
    return None


def run_time_dependent(setup: Setup, union: Negotiator, management: Negotiator,
                       union_reservation: np.ndarray, management_reservation: np.ndarray,
                       z: Optional[np.ndarray] = None, chunk: int = CHUNK) -> RunOutcomes:
    """Play many single-issue negotiations between two time-dependent negotiators.

    Parameters
    ----------
    setup : Setup
        The single-issue setup; its reservation points are replaced run by run.
    union, management : TimeDependent or Hardliner
    union_reservation, management_reservation : ndarray, shape (runs, 1)
        Each run's reservation points.
    z : ndarray, shape (runs, 1), optional
        Standard normal draws for the arbitrator's ideal award (0 when omitted).
    chunk : int
        Runs per block.

    Returns
    -------
    RunOutcomes
    """
    if not setup.single_issue:
        raise ValueError("the vectorised engine plays single-issue setups only")
    params = [concession_parameters(n) for n in (union, management)]
    if None in params:
        raise ValueError("the vectorised engine plays time-dependent negotiators and hardliners")
    runs = len(union_reservation)
    z = np.zeros((runs, 1)) if z is None else np.asarray(z, dtype=float).reshape(runs, 1)
    parts = [_block(setup, params, np.asarray(union_reservation)[i:i + chunk],
                    np.asarray(management_reservation)[i:i + chunk], z[i:i + chunk])
             for i in range(0, runs, chunk)]
    return RunOutcomes.concat(parts)


def _block(setup: Setup, params, union_res: np.ndarray, management_res: np.ndarray,
           z: np.ndarray) -> RunOutcomes:
    space = setup.space
    runs = union_res.shape[0]
    rounds, total = setup.rounds, setup.total_rounds
    du = setup.utilities("union", union_res)
    dm = setup.utilities("management", management_res)
    indices = {}
    for role, d, (exponent, k, hard) in (("union", du, params[0]), ("management", dm, params[1])):
        levels = concession_schedule(d, setup.target_utility(role), rounds=rounds,
                                     strike_rounds=setup.strike_rounds, exponent=exponent, k=k,
                                     strike_cost=setup.side(role).strike_cost, hard=hard)
        indices[role] = space.index_for(role, levels)
    iu, im = indices["union"], indices["management"]
    after = np.minimum(np.arange(1, total + 1), total - 1)  # the responder's next offer
    if setup.first_mover == "union":
        first, second = iu, im
        accept_first, accept_second = iu <= im, im >= iu[:, after]
    else:
        first, second = im, iu
        accept_first, accept_second = im >= iu, iu <= im[:, after]
    accept = np.empty((runs, 2 * total), dtype=bool)
    accept[:, 0::2] = accept_first
    accept[:, 1::2] = accept_second
    agreed = accept.any(axis=1)
    step = accept.argmax(axis=1)
    number = step // 2
    rows = np.arange(runs)
    index = np.where(step % 2 == 0, first[rows, number], second[rows, number])
    values = space.candidates[index, 0]
    rounds_used = np.where(agreed, number + 1, total)
    weeks = np.maximum(rounds_used - rounds, 0)
    settlement = np.where(agreed, values, np.nan)
    reason = np.where(agreed, ACCEPTED, DEADLINE)
    ideal = None
    if isinstance(setup.impasse, Arbitration):
        rule = setup.impasse
        finals = space.candidates[iu[:, -1], 0], space.candidates[im[:, -1], 0]
        if rule.fair is not None:
            fair = np.full(runs, rule.fair[0])
        else:
            u_fair = nash_split(1.0, du, dm, setup.union_power)[0]
            fair = np.interp(u_fair, space.vertex_u, space.vertices[:, 0])
        ideal = rule.ideal_from(fair[:, None], setup.lows, setup.highs, z)
        union_wins = final_offer_award(setup.normalise(finals[0][:, None]),
                                       setup.normalise(finals[1][:, None]),
                                       setup.normalise(ideal))
        settlement = np.where(agreed, values, np.where(union_wins, *finals))
        reason = np.where(agreed, ACCEPTED, ARBITRATION)
    settlement = settlement[:, None]
    return RunOutcomes(
        reason=reason.astype(np.int8), rounds=rounds_used, strike_weeks=weeks,
        settlement=settlement,
        union_utility=setup.utilities("union", settlement) - weeks * setup.union.strike_cost,
        management_utility=(setup.utilities("management", settlement)
                            - weeks * setup.management.strike_cost),
        union_reservation=du, management_reservation=dm, ideal=ideal)
