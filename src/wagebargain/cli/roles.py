"""``wagebargain roles FILE --out DIR``: confidential role sheets and the instructor's notes.

Writes six files (union brief, management brief, instructor notes; each as Markdown and as
self-contained HTML), each atomically, in English or Chinese (``--lang``; default: the
scenario's language). Existing files are never overwritten without
``--force``: nothing is written when one exists.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.advise import Lang
from wagebargain.cli.common import handles_errors
from wagebargain.cli.simulate import FIRM_HELP, load_classroom, nonempty_path


@handles_errors
def roles(
    file: Path = typer.Argument(..., help="The scenario file.", show_default=False),
    out: Path = typer.Option(..., "--out", help="Folder for the six files (created if "
                             "missing).", show_default=False, parser=nonempty_path,
                             metavar="DIR"),
    force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
    firm: Optional[str] = typer.Option(None, "--firm", show_default=False, help=FIRM_HELP),
    lang: Optional[Lang] = typer.Option(None, "--lang", "-l", show_default=False,
                                        help="Language of the sheets (default: the "
                                             "scenario's language)."),
) -> None:
    """Role sheets for a class: union brief, management brief, instructor notes."""
    from wagebargain.classroom.roles import file_names, role_files
    from wagebargain.errors import WagebargainError
    from wagebargain.fileio import write_text_atomic

    if out.exists() and not out.is_dir():
        raise WagebargainError(f"{out} is a file; --out needs a folder")
    existing = [out / name for name in file_names() if (out / name).exists()]
    if existing and not force:
        raise WagebargainError(f"{', '.join(map(str, existing))} already exist"
                               f"{'s' if len(existing) == 1 else ''}; pass --force to "
                               f"overwrite, or choose another --out folder")
    classroom = load_classroom(file, firm=firm, lang=lang.value if lang else None)
    files = role_files(classroom)
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            write_text_atomic(out / name, text)
            print(f"wrote {out / name}", file=sys.stderr)
    except OSError as exc:
        raise WagebargainError(f"cannot write to {out}: {exc.strerror}") from None
