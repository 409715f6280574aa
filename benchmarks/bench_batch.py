"""Benchmark batch scoring against PyArrow alone reading and writing the same file.

    python benchmarks/bench_batch.py                 # 1,000,000 rows
    python benchmarks/bench_batch.py --ten-million   # also 10,000,000 rows (about 2 GB of CSV)

For each size it writes a synthetic table (1% bad rows) as CSV and as Parquet, then times,
each in a fresh process:

* ``wagebargain``: ``run_batch`` CSV -> CSV and Parquet -> Parquet with the shipped region
  context, streamed in chunks;
* ``pyarrow``: the same file read and written back by PyArrow alone, whole (``read_csv`` +
  ``write_csv``; ``read_table`` + ``write_table``: multi-threaded, the file in memory), and
  streamed batch by batch (``open_csv`` with text columns + ``CSVWriter``;
  ``iter_batches`` + ``ParquetWriter``: bounded memory, like wagebargain).

It prints rows per second (the median of ``--repeat`` runs: the machine may be shared; the
JSON also holds every run's time), the highest peak RSS of those runs (from the OS,
``ru_maxrss``) and the ratio of wagebargain's time to PyArrow's. Targets: ratio <= 2 and
peak < 500 MB at 10M rows.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REGION = Path(__file__).resolve().parents[1] / "examples" / "region.yaml"

# Runs a snippet in a grandchild, so ru_maxrss of RUSAGE_CHILDREN is that process's alone.
# The snippet prints a JSON object of timings (seconds) as its last line.
_MEASURE = """
import json, resource, subprocess, sys
result = subprocess.run([sys.executable, "-c", sys.argv[1]], check=True, capture_output=True,
                        text=True)
timings = json.loads(result.stdout.strip().splitlines()[-1])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({**timings, "peak_mb": peak}))
"""

_WAGEBARGAIN = """
import json, time
from wagebargain.batch.engine import run_batch
from wagebargain.core.kernel import score
spent = [0.0]

def timed(columns, policy):  # the real kernel, timed
    start = time.perf_counter()
    result = score(columns, policy)
    spent[0] += time.perf_counter() - start
    return result

start = time.perf_counter()
run_batch({source!r}, {target!r}, context={context!r}, score=timed)
print(json.dumps({{"seconds": time.perf_counter() - start, "kernel": spent[0]}}))
"""

_PYARROW = {  # the whole file in memory (multi-threaded read), then written back
    "csv": """
import json, time
import pyarrow.csv as pacsv
start = time.perf_counter()
pacsv.write_csv(pacsv.read_csv({source!r}), {target!r})
print(json.dumps({{"seconds": time.perf_counter() - start}}))
""",
    "parquet": """
import json, time
import pyarrow.parquet as pq
start = time.perf_counter()
pq.write_table(pq.read_table({source!r}), {target!r})
print(json.dumps({{"seconds": time.perf_counter() - start}}))
""",
}

_PYARROW_STREAM = {  # batch by batch, bounded memory, as wagebargain reads and writes
    "csv": """
import json, time
import pyarrow as pa, pyarrow.csv as pacsv
start = time.perf_counter()
names = pacsv.open_csv({source!r}).schema.names
reader = pacsv.open_csv({source!r}, convert_options=pacsv.ConvertOptions(
    column_types={{n: pa.string() for n in names}}))
with pacsv.CSVWriter({target!r}, reader.schema) as writer:
    for batch in reader:
        writer.write_batch(batch)
print(json.dumps({{"seconds": time.perf_counter() - start}}))
""",
    "parquet": """
import json, time
import pyarrow.parquet as pq
start = time.perf_counter()
source = pq.ParquetFile({source!r})
with pq.ParquetWriter({target!r}, source.schema_arrow) as writer:
    for batch in source.iter_batches(batch_size=32768):
        writer.write_batch(batch)
print(json.dumps({{"seconds": time.perf_counter() - start}}))
""",
}


def measure(snippet: str, repeat: int) -> dict:
    """Medians of ``repeat`` fresh processes: seconds (timed inside, imports excluded) and
    any other timing, every run's seconds, and the highest peak RSS in MB of the runs."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _MEASURE, snippet], check=True,
                             capture_output=True, text=True)
        runs.append(json.loads(out.stdout))
    median = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    return {**median, "runs": [r["seconds"] for r in runs],
            "peak_mb": max(r["peak_mb"] for r in runs)}


def bench(rows: int, folder: Path, context: Path, repeat: int) -> list[dict]:
    """Generate ``rows`` synthetic rows and time both pipelines on CSV and Parquet."""
    from wagebargain.batch.synth import write_synthetic

    results = []
    for fmt in ("csv", "parquet"):
        source = folder / f"in_{rows}.{fmt}"
        start = time.perf_counter()
        write_synthetic(source, rows, seed=1, bad_share=0.01)
        generated = time.perf_counter() - start
        ours = measure(_WAGEBARGAIN.format(source=str(source), target=str(folder / f"out.{fmt}"),
                                           context=str(context)), repeat)
        copy = {"source": str(source), "target": str(folder / f"copy.{fmt}")}
        arrow = measure(_PYARROW[fmt].format(**copy), repeat)
        stream = measure(_PYARROW_STREAM[fmt].format(**copy), repeat)
        results.append({"rows": rows, "format": fmt, "generate_s": generated,
                        "input_mb": source.stat().st_size / 2**20,
                        "wagebargain_s": ours["seconds"], "wagebargain_runs": ours["runs"],
                        "kernel_s": ours["kernel"],
                        "wagebargain_peak_mb": ours["peak_mb"],
                        "pyarrow_s": arrow["seconds"], "pyarrow_runs": arrow["runs"],
                        "pyarrow_peak_mb": arrow["peak_mb"],
                        "pyarrow_stream_s": stream["seconds"],
                        "pyarrow_stream_peak_mb": stream["peak_mb"]})
        for path in folder.iterdir():
            path.unlink()
    return results


def report(results: list[dict]) -> str:
    """A plain-text table of the results (times in seconds, memory in MB)."""
    head = (f"{'rows':>11} {'format':<8} {'in MB':>6} {'rows/s':>9} {'wb s':>6} "
            f"{'kernel s':>8} {'wb peak':>7} {'arrow s':>7} {'peak':>5} {'ratio':>5} "
            f"{'stream s':>8} {'peak':>5} {'ratio':>5}")
    lines = [head]
    for r in results:
        lines.append(
            f"{r['rows']:>11,} {r['format']:<8} {r['input_mb']:>6.0f} "
            f"{r['rows'] / r['wagebargain_s']:>9,.0f} {r['wagebargain_s']:>6.2f} "
            f"{r['kernel_s']:>8.2f} {r['wagebargain_peak_mb']:>7.0f} "
            f"{r['pyarrow_s']:>7.2f} {r['pyarrow_peak_mb']:>5.0f} "
            f"{r['wagebargain_s'] / r['pyarrow_s']:>5.2f} {r['pyarrow_stream_s']:>8.2f} "
            f"{r['pyarrow_stream_peak_mb']:>5.0f} "
            f"{r['wagebargain_s'] / r['pyarrow_stream_s']:>5.2f}")
    lines.append("ratio = wagebargain time / PyArrow time (whole file; streamed in batches). "
                 "kernel s = time inside wagebargain.core.kernel.score.")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--ten-million", action="store_true", help="also run 10,000,000 rows")
    parser.add_argument("--context", type=Path, default=REGION)
    parser.add_argument("--dir", type=Path, default=None, help="scratch folder (default: temp)")
    parser.add_argument("--repeat", type=int, default=5,
                        help="runs per measurement; the median is reported")
    args = parser.parse_args()
    sizes = [args.rows] + ([10_000_000] if args.ten_million else [])
    with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
        results = [r for rows in sizes
                   for r in bench(rows, Path(scratch), args.context, args.repeat)]
    print(report(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
