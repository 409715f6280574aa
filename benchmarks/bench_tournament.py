"""Benchmark the simulator's tournament engines.

    python benchmarks/bench_tournament.py                  # 100,000 negotiations per case
    python benchmarks/bench_tournament.py --runs 1000000 --loop-runs 4000 --workers 2

Cases, each timed in a fresh process (best of ``--repeat``):

* ``vectorised``: a round robin of the time-dependent strategies (boulware, linear,
  conceder, hardliner: 16 ordered pairs) on a single raise issue with final-offer
  arbitration and reservation points drawn per run, ``--runs`` negotiations in all, at 10
  and at 100 rounds. Target: at least 100,000 negotiations per second.
* ``loop``: tit-for-tat, Zeuthen, Rubinstein and random (16 pairs) played session by
  session, ``--loop-runs`` negotiations in all, at 10 and 100 rounds.

It prints negotiations per second, the process's peak RSS (``ru_maxrss``) and the RSS after
imports, so the tournament's own memory is the difference.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

_CASE = """
import json, resource, time
from wagebargain.sim import Arbitration, Setup, SideSetup, tournament

def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

names = {names!r}
setup = Setup(SideSetup("linear", 0.03, 0.06, 0.97), SideSetup("linear", 0.045, 0.01, 0.95),
              rounds={rounds}, impasse=Arbitration())
ranges = {{"union": (0.0, 0.05), "management": (0.02, 0.08)}}
per_pair = max(1, {total} // len(names) ** 2)
tournament(setup, names, runs=min(per_pair, 50), seed=0, reservation_ranges=ranges)  # warm up
base = rss_mb()
best = float("inf")
for _ in range({repeat}):
    start = time.perf_counter()
    result = tournament(setup, names, runs=per_pair, seed=1, reservation_ranges=ranges,
                        workers={workers})
    best = min(best, time.perf_counter() - start)
count = per_pair * len(names) ** 2
print(json.dumps({{"count": count, "seconds": best, "per_second": count / best,
                  "peak_mb": rss_mb(), "base_mb": base,
                  "engines": sorted({{p.engine for p in result.pairs}})}}))
"""

VECTORISED = ["boulware", "linear", "conceder", "hardliner"]
LOOP = ["tit-for-tat", "zeuthen", "rubinstein", "random"]


def run_case(names: list[str], rounds: int, total: int, repeat: int, workers) -> dict:
    code = _CASE.format(names=names, rounds=rounds, total=total, repeat=repeat,
                        workers=workers)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100_000,
                        help="negotiations per vectorised case (default 100,000)")
    parser.add_argument("--loop-runs", type=int, default=2_000,
                        help="negotiations per loop case at 10 rounds (a fifth at 100 rounds)")
    parser.add_argument("--repeat", type=int, default=3, help="timed repeats, best kept")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes for the loop-based pairs")
    args = parser.parse_args()

    print(f"{'engine':<11} {'rounds':>6} {'negotiations':>12} {'seconds':>8} "
          f"{'per second':>12} {'peak MB':>8} {'after imports':>13}")
    cases = [("vectorised", VECTORISED, rounds, args.runs, None) for rounds in (10, 100)]
    cases += [("loop", LOOP, 10, args.loop_runs, args.workers),
              ("loop", LOOP, 100, max(16, args.loop_runs // 5), args.workers)]
    for label, names, rounds, total, workers in cases:
        r = run_case(names, rounds, total, args.repeat if label == "vectorised" else 1, workers)
        print(f"{label:<11} {rounds:>6} {r['count']:>12,} {r['seconds']:>8.3f} "
              f"{r['per_second']:>12,.0f} {r['peak_mb']:>8.0f} {r['base_mb']:>13.0f}")


if __name__ == "__main__":
    main()
