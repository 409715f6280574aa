"""A million rows in bounded memory: the child process's peak RSS, as the OS reports it.

About 12 s per format on two cores, so not marked slow (the bar is ~60 s).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wagebargain.batch.synth import write_synthetic

ROWS = 1_000_000
LIMIT_MB = 400

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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in KB is Linux's")
@pytest.mark.parametrize("source, target", [("csv", "csv"), ("parquet", "parquet")])
def test_million_rows_in_bounded_memory(tmp_path, region, source, target):
    src = tmp_path / f"in.{source}"
    write_synthetic(src, ROWS, seed=1, bad_share=0.01)
    out = tmp_path / f"out.{target}"
    driver = DRIVER.format(input=str(src), output=str(out), context=str(region), rows=ROWS)
    result = subprocess.run([sys.executable, "-c", MEASURE, driver], capture_output=True,
                            text=True, check=True)
    peak_mb = json.loads(result.stdout)["maxrss_kb"] / 1024
    assert peak_mb < LIMIT_MB, f"peak RSS {peak_mb:.0f} MB"
    assert out.stat().st_size > src.stat().st_size / 10
