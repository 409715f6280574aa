"""Atomic output files: all or nothing, with ordinary permissions."""
from __future__ import annotations

import os
import stat

import pytest

from wagebargain.fileio import atomic_open, write_text_atomic


def test_write_replaces_whole_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", "utf-8")
    write_text_atomic(target, "new")
    assert target.read_text("utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failure_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old", "utf-8")
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target) as handle:
            handle.write("half")
            raise KeyboardInterrupt
    assert target.read_text("utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_new_file_gets_umask_permissions_not_0600(tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "new.txt"
        write_text_atomic(target, "x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(umask)


def test_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "kept.txt"
    target.write_text("x", "utf-8")
    target.chmod(0o640)
    write_text_atomic(target, "y")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
