"""Writing output files atomically: a temporary file in the same folder, renamed at the end.

The rename replaces whatever the path named, so an output path that exists must be a
regular file: a folder is refused (:class:`IsADirectoryError`), and so is a device, FIFO or
socket (:class:`NotRegularFileError`), which the rename would silently replace with a plain
file (``-o /dev/stdout`` run as root replaced the device). Both are refused before anything
is written; write to a file and copy it, or let the command print to stdout.
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator, Union


class NotRegularFileError(OSError):
    """The output path is a device, FIFO or socket, which an atomic rename would replace."""


def check_output_path(path: Union[str, Path]) -> None:
    """Refuse an output path that exists and is not a regular file (symlinks followed).

    Raises
    ------
    IsADirectoryError
        When ``path`` is a folder.
    NotRegularFileError
        When ``path`` is a device, FIFO or socket.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:  # missing (to be created) or unreadable: opening the file will tell
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(errno.EINVAL, "it is not a regular file (a device, FIFO or "
                                  "socket would be replaced by the output); write to a file",
                                  str(path))


@contextlib.contextmanager
def reading(path: Union[str, Path], hint: str = "") -> Iterator[None]:
    """Turn the ways reading a file fails into a :class:`~wagebargain.errors.DataError`
    naming the file; ``hint`` follows the message for text that is not UTF-8."""
    from wagebargain.errors import DataError

    try:
        yield
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: this is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
                        f"{hint}") from None
    except OSError as exc:
        raise DataError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _default_mode(path: Path) -> int:
    """An existing file's permissions, else 0666 less the process umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_open(path: Union[str, Path], mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None) -> Iterator[IO]:
    """Open a temporary sibling of ``path``; rename it over ``path`` only on success.

    An exception (including Ctrl-C) removes the temporary file and leaves any existing
    ``path`` untouched, so no reader ever sees a half-written output. An existing ``path``
    that is not a regular file is refused first (:func:`check_output_path`). A symlink to
    an existing file is written through: that file is replaced and the link stays (a
    dangling link is replaced by the output).
    """
    path = Path(path)
    check_output_path(path)
    if path.is_symlink() and path.exists():
        path = Path(os.path.realpath(path))
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        # mkstemp creates the file 0600; give it the permissions a plain open() would.
        os.chmod(tmp, _default_mode(path))
        with os.fdopen(fd, mode, **({} if binary else {"encoding": encoding, "newline": newline})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Union[str, Path], text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    with atomic_open(path, "w") as handle:
        handle.write(text)
