"""Atomic output files: all or nothing, with ordinary permissions."""
from __future__ import annotations

import os
import stat

import pytest

from wagebargain.fileio import (NotRegularFileError, atomic_open, check_output_path,
                                 write_text_atomic)


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


def test_folder_and_fifo_are_refused_and_left_alone(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        write_text_atomic(folder, "x")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError, match="not a regular file"):
        with atomic_open(fifo, "wb") as handle:
            handle.write(b"x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "folder"]


def test_symlink_to_a_regular_file_is_an_ordinary_output(tmp_path):
    (tmp_path / "real.txt").write_text("old", "utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    check_output_path(tmp_path / "link.txt")
    check_output_path(tmp_path / "missing.txt")


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    (tmp_path / "real.txt").write_text("old", "utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    write_text_atomic(tmp_path / "link.txt", "new")
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text("utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]
