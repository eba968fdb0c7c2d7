"""``kg validate``: check a graph file against the SHACL shapes (exit 0 / 1 / 2 like pySHACL)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import KGError
from ..validate import ValidationResult, validate_file
from ._util import app, err, out

DEFAULT_GRAPH = Path("exports/graph.ttl")


@app.command("validate")
def validate_cmd(
    graph: Annotated[Path, typer.Argument(help="Graph file (default: exports/graph.ttl).")] = DEFAULT_GRAPH,
    limit: Annotated[int, typer.Option("--limit", "-n", min=0, help="Show at most this many violations.")] = 50,
) -> None:
    """Validate GRAPH against ontology/shapes.ttl: exit 0 if it conforms, 1 if not, 2 on error."""
    try:
        result = validate_file(graph)
    except KGError as e:
        err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if result.conforms:
        out.print(f"{graph}: {result.summary()}", markup=False, highlight=False)
        return
    print_violations(result, limit)
    raise typer.Exit(1)


def print_violations(result: ValidationResult, limit: int = 50) -> None:
    """A table of the first ``limit`` violations, and how many there are in all."""
    shown = result.violations[:limit]
    table = Table(title=f"{len(result.violations)} SHACL violations"
                        + (f" (first {len(shown)} shown)" if len(shown) < len(result.violations) else ""))
    for col in ("focus node", "path", "message", "value"):
        table.add_column(col, overflow="fold")
    for v in shown:
        table.add_row(v.focus_label, v.path, v.message, v.value)
    out.print(table)
    out.print(result.summary(), markup=False, highlight=False)
