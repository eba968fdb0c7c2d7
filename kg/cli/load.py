"""``kg load``: push a graph file into a triple store over the SPARQL 1.1 Graph Store Protocol."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import store as kgstore
from ..errors import StoreError
from ._util import app, err, out


@app.command("load")
def load_cmd(
    graph: Annotated[Path, typer.Argument(
        exists=True, dir_okay=False, help="The graph file (Turtle, N-Triples, RDF/XML...), e.g. exports/graph.ttl.")],
    endpoint: Annotated[str, typer.Option(
        help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store "
        "(credentials from KG_STORE_USER / KG_STORE_PASSWORD).")],
    graph_iri: Annotated[str | None, typer.Option(
        "--graph", help="IRI of the named graph to load into (default: the default graph).")] = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="Replace the graph's content (first batch PUT) instead of adding to it (POST).")] = False,
    batch_size: Annotated[int, typer.Option(
        min=1, help="Triples per request.")] = kgstore.BATCH_TRIPLES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Load GRAPH into the store at ENDPOINT and print how many triples were sent."""
    target = f"<{graph_iri}>" if graph_iri else "the default graph"

    def progress(n: int) -> None:
        if not quiet:
            err.print(f"sent {n} triples", highlight=False)

    try:
        summary = kgstore.push(graph, endpoint, graph_iri, replace=replace,
                               batch_size=batch_size, progress=progress)
    except StoreError as e:
        err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if not quiet:
        out.print(f"loaded {summary.triples} triples into {target} at {kgstore.safe_url(endpoint)} "
                  f"({summary.requests} request{'s' if summary.requests != 1 else ''}"
                  f"{', replacing its content' if replace else ''})", markup=False, highlight=False,
                  soft_wrap=True)
