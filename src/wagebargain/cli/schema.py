"""``wagebargain schema``: the JSON Schema of the scenario format."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from wagebargain.cli.common import emit, handles_errors


def scenario_schema_text() -> str:
    """The JSON Schema as committed under ``schema/scenario.schema.json``."""
    from wagebargain.scenario.models import Scenario

    schema = Scenario.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "wagebargain scenario"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@handles_errors
def schema(
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write to this file (atomically) instead of stdout."),
) -> None:
    """Print the JSON Schema of the scenario format (for editors and validators)."""
    emit(scenario_schema_text(), output)
