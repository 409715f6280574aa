"""Start-up cost of ``wagebargain advise``: the whole command against its bare imports.

Times ``wagebargain advise REFERENCE --format json`` as a subprocess, several runs, against a
subprocess that only imports what any advise must load (typer, rich, pydantic, yaml, numpy,
scipy.optimize), the two run alternately; prints the medians of wall and CPU time and
their ratios. Target: ratio <= 1.3 on CPU time (exit status 1 above it); CPU time is judged
because wall time swings with the machine's load.

    .venv/bin/python benchmarks/bench_advise.py [--runs 9] [SCENARIO]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "examples" / "reference.yaml"
if not REFERENCE.exists():  # the shipped copy of the reference scenario
    REFERENCE = ROOT / "scenarios" / "hengda-auto-parts.yaml"
BASELINE = "import typer, rich, pydantic, yaml, numpy, scipy.optimize"
TARGET_RATIO = 1.3


def _timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, of the child) of one run, seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _medians(a: list[str], b: list[str], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, cpu) seconds of ``a`` and ``b``, run alternately after a warm-up each so
    that drifting machine load hits both alike."""
    # An installed package runs from bytecode that pip compiled; the warm-up writes it for this
    # source tree too, even where the shell sets PYTHONDONTWRITEBYTECODE (this machine does,
    # which would otherwise charge advise ~40 ms of compiling per run).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["NO_COLOR"] = "1"
    _timed(a, env), _timed(b, env)
    times: dict[str, list[tuple[float, float]]] = {"a": [], "b": []}
    for _ in range(runs):
        times["a"].append(_timed(a, env))
        times["b"].append(_timed(b, env))
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
            for k, v in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", nargs="?", type=Path, default=REFERENCE)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    python = sys.executable
    advise = [python, "-m", "wagebargain", "advise", str(args.scenario), "--format", "json"]
    medians = _medians([python, "-c", BASELINE], advise, args.runs)
    (bare_wall, bare_cpu), (full_wall, full_cpu) = medians["a"], medians["b"]
    print(f"imports only        : {bare_wall * 1000:7.1f} ms wall, {bare_cpu * 1000:7.1f} ms CPU")
    print(f"advise --format json: {full_wall * 1000:7.1f} ms wall, {full_cpu * 1000:7.1f} ms CPU")
    print(f"(medians of {args.runs} alternating runs)")
    ratio = full_cpu / bare_cpu
    print(f"ratio               : {full_wall / bare_wall:7.2f}x wall, {ratio:.2f}x CPU "
          f"(target <= {TARGET_RATIO}x) {'OK' if ratio <= TARGET_RATIO else 'SLOW'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
