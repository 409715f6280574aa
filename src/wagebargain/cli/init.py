"""``wagebargain init [PATH]``: write a commented starter scenario."""
from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import typer

from wagebargain.cli.common import handles_errors
from wagebargain.errors import WagebargainError


def starter_text() -> str:
    """The starter scenario shipped with the package."""
    return resources.files("wagebargain.scenario").joinpath("starter.yaml").read_text("utf-8")


@handles_errors
def init(
    path: Path = typer.Argument(Path("scenario.yaml"), help="Where to write the starter scenario."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter scenario that passes `check`."""
    from wagebargain.fileio import write_text_atomic

    if path.is_dir():
        raise WagebargainError(f"{path} is a folder; give a file name, such as "
                               f"{path / 'scenario.yaml'}")
    if path.is_symlink() and not path.exists() and not force:
        raise WagebargainError(f"{path} is a link to a missing file; pass --force to replace "
                               "the link with the starter")
    if path.exists() and not force:
        raise WagebargainError(f"{path} exists; pass --force to overwrite it")
    try:
        write_text_atomic(path, starter_text())
    except OSError as exc:
        raise WagebargainError(f"cannot write {path}: {exc.strerror}") from None
    print(f"wrote {path}; edit it, then run: wagebargain check {path}", file=sys.stderr)
