"""The classroom bargaining simulator: setup, mechanism, negotiators, analysis, tournaments.

::

    from wagebargain.sim import Setup, Session, simulate, tournament, Human

    setup = Setup.from_mapping(scenario["simulation"], union_reservation=0.03,
                               union_target=0.06)
    result = simulate(setup, seed=1)               # bots from the setup's strategy names
    for state in Session(setup, union=Human(ask=input, tell=print, lang="zh")):
        ...                                        # one state per move
    table = tournament(setup, ["boulware", "linear", "conceder"], runs=10_000, seed=1,
                       progress=lambda done, total: ...)   # negotiations played so far

Pure code: no printing, no Rich, no file I/O.
"""
from wagebargain.sim.analysis import Analysis, TheoryPoint, analyse, fair_point
from wagebargain.sim.equilibrium import Rubinstein, Zeuthen
from wagebargain.sim.human import Human, OfferError, parse_offer
from wagebargain.sim.impasse import Arbitration, Impasse, NoImpasseRule, Strike
from wagebargain.sim.issues import RAISE, Issue, Offer, standard_package
from wagebargain.sim.mechanism import Session, simulate
from wagebargain.sim.negotiators import (Hardliner, Negotiator, RandomNegotiator,
                                         TimeDependent, TitForTat)
from wagebargain.sim.results import (REASONS, Outcome, SimulationResult, describe_event)
from wagebargain.sim.setup import ROLES, Setup, SetupError, SideSetup
from wagebargain.sim.state import (Accept, Counter, Event, Pair, Quit, Reject, Response,
                                   State, WalkOut)
from wagebargain.sim.strategies import STRATEGIES, make_negotiator
from wagebargain.sim.tournament import PairResult, TournamentResult, tournament

__all__ = [
    "Accept", "Analysis", "Arbitration", "Counter", "Event", "Hardliner", "Human", "Impasse",
    "Issue", "Negotiator", "NoImpasseRule", "Offer", "OfferError", "Outcome", "Pair",
    "PairResult", "Quit", "RAISE", "REASONS", "ROLES", "RandomNegotiator", "Reject", "Response", "Rubinstein",
    "STRATEGIES", "Session", "Setup", "SetupError", "SideSetup", "SimulationResult", "State",
    "Strike", "TheoryPoint", "TimeDependent", "TitForTat", "TournamentResult", "WalkOut",
    "Zeuthen", "analyse", "describe_event", "fair_point", "make_negotiator", "parse_offer",
    "simulate", "standard_package", "tournament",
]
