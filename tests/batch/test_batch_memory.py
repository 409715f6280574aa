"""A million rows in bounded memory: the child process's peak RSS, as the OS reports it.

Bounded means the peak does not grow with the file: a 1M-row run may use at most
``GROWTH_MB`` more than a 50k-row run of the same shape (reading the million rows whole
would add well over 200 MB), and stays under the issue's 500 MB target. The absolute peak
alone varies by tens of MB from run to run with thread timing, so it is not the test.
About 12 s per format on two cores, so not marked slow (the bar is ~60 s).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wagebargain.batch.synth import write_synthetic

ROWS = 1_000_000
SMALL_ROWS = 50_000
LIMIT_MB = 500
GROWTH_MB = 120

# Runs the driver in a grandchild and reports that child's peak RSS (Linux: kilobytes), so
# other subprocesses of the test session cannot inflate the figure.
MEASURE = """
import json, resource, subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1]], check=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"maxrss_kb": usage.ru_maxrss}))
"""
DRIVER = """
from wagebargain.batch.engine import run_batch
summary = run_batch({input!r}, {output!r}, context={context!r})
assert summary.rows == {rows}, summary
"""


def peak_mb(tmp_path, region, source, target, rows):
    """Peak RSS in MB of a child process that scores a synthetic file of ``rows`` rows."""
    src = tmp_path / f"in{rows}.{source}"
    write_synthetic(src, rows, seed=1, bad_share=0.01)
    out = tmp_path / f"out{rows}.{target}"
    driver = DRIVER.format(input=str(src), output=str(out), context=str(region), rows=rows)
    result = subprocess.run([sys.executable, "-c", MEASURE, driver], capture_output=True,
                            text=True, check=True)
    assert out.stat().st_size > src.stat().st_size / 10
    return json.loads(result.stdout)["maxrss_kb"] / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KB is Linux's")
@pytest.mark.parametrize("source, target", [("csv", "csv"), ("parquet", "parquet")])
def test_million_rows_in_bounded_memory(tmp_path, region, source, target):
    small = peak_mb(tmp_path, region, source, target, SMALL_ROWS)
    large = peak_mb(tmp_path, region, source, target, ROWS)
    assert large < LIMIT_MB, f"peak RSS {large:.0f} MB"
    assert large - small < GROWTH_MB, f"peak RSS {small:.0f} MB at {SMALL_ROWS} rows, " \
                                      f"{large:.0f} MB at {ROWS}"
