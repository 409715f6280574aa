"""Writing output files atomically: a temporary file in the same folder, renamed at the end."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator, Union


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
    ``path`` untouched, so no reader ever sees a half-written output.
    """
    path = Path(path)
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
