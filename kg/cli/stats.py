"""``kg stats``: statistics of a graph file, as tables and as stats.json beside it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import KGError
from ..export.atomic import atomic_write
from ..export.rdf import read_graph
from ..stats import graph_stats
from ._util import app, err, out

DEFAULT_GRAPH = Path("exports/graph.ttl")


@app.command("stats")
def stats_cmd(
    graph: Annotated[Path, typer.Argument(help="Graph file (default: exports/graph.ttl).")] = DEFAULT_GRAPH,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many entities to rank.")] = 10,
    json_out: Annotated[Path | None, typer.Option("--json", help="Where to write the JSON (default: stats.json beside GRAPH).")] = None,
) -> None:
    """Print counts, the most connected agencies and programmes, components and shared entities."""
    try:
        stats = graph_stats(read_graph(graph), top=top)
    except KGError as e:
        err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    target = json_out if json_out is not None else graph.parent / "stats.json"
    with atomic_write(target) as f:
        json.dump(stats, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print_stats(stats)
    out.print(f"wrote {target}", markup=False, highlight=False)


def _counts(title: str, counts: dict) -> Table:
    table = Table(title=title)
    table.add_column(title.split()[-1])
    table.add_column("count", justify="right")
    for name, n in counts.items():
        table.add_row(name, str(n))
    return table


def print_stats(stats: dict) -> None:
    out.print(_counts("triples by class", stats["classes"]))
    out.print(_counts("triples by predicate", stats["predicates"]))
    for key, title in (("top_agencies", "most connected agencies"), ("top_programmes", "most connected programmes")):
        table = Table(title=title)
        for col, justify in (("label", "left"), ("degree", "right"), ("betweenness", "right")):
            table.add_column(col, justify=justify)
        for e in stats[key]:
            table.add_row(e["label"], str(e["degree"]), f"{e['betweenness']:.4f}")
        out.print(table)
    c = stats["components"]
    out.print(f"{stats['entities']} entities, {stats['relations']} relations; {c['count']} connected "
              f"components (largest: {', '.join(map(str, c['largest']))}; {c['isolated']} isolated)",
              markup=False, highlight=False, soft_wrap=True)
    table = Table(title=f"{len(stats['shared_entities'])} entities shared by several reports")
    table.add_column("entity")
    table.add_column("reports")
    for e in stats["shared_entities"]:
        table.add_row(e["label"], ", ".join(e["reports"]))
    out.print(table)
