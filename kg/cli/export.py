"""``kg export``: write an existing graph file in other formats."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import KGError
from ..export import FORMATS, export, parse_formats
from ..export.rdf import read_graph
from ._util import app, err, out

DEFAULT_GRAPH = Path("exports/graph.ttl")


@app.command("export")
def export_cmd(
    graph: Annotated[Path, typer.Argument(help="Graph file (default: exports/graph.ttl).")] = DEFAULT_GRAPH,
    formats: Annotated[list[str], typer.Option(
        "--format", "-f", help=f"Formats, comma-separated or repeated: {', '.join(FORMATS)}.")] = ["nt"],  # noqa: B006
    out_dir: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (default: beside GRAPH).")] = None,
) -> None:
    """Write GRAPH in each of the formats as OUT/<name><suffix>; exit 2 on an error."""
    try:
        names = parse_formats(formats)
        g = read_graph(graph)
        target = out_dir if out_dir is not None else graph.parent
        paths = export(g, target, names, stem=graph.stem)
    except KGError as e:
        err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    for path in paths:
        out.print(f"wrote {path}", markup=False, highlight=False)
