"""``kg query``: answer a competency query (or any SPARQL query) over the graph.

Exit codes: 0 the query has answers (or ``ASK`` is true), 1 it has none (or ``ASK`` is
false), 2 a usage error (unknown query, bad syntax, missing graph, unreachable endpoint...).
"""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.table import Table

from .. import store as kgstore
from ..errors import StoreError
from ..store import Result, Term
from ..vocab import DEFAULT_BASE, PREFIXES
from ._util import app, err, out

DEFAULT_GRAPH = Path("exports/graph.ttl")
SHORT = {str(ns): prefix for prefix, ns in PREFIXES.items()} | {
    DEFAULT_BASE: "id", "http://www.w3.org/2001/XMLSchema#": "xsd",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf", "http://www.w3.org/2000/01/rdf-schema#": "rdfs"}


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("query")
def query_cmd(
    query: Annotated[str | None, typer.Argument(
        help="A query name from ontology/queries/ (see --list), a .rq file or a SPARQL query string.")] = None,
    graph: Annotated[Path | None, typer.Option(
        "--graph", "-g", dir_okay=False, help="Graph file to query (default: exports/graph.ttl); "
        "loaded once into an on-disk store cached beside it in .store/.")] = None,
    store_dir: Annotated[Path | None, typer.Option(
        "--store", file_okay=False, help="An Oxigraph store folder to query instead of a graph file.")] = None,
    endpoint: Annotated[str | None, typer.Option(
        help="A SPARQL endpoint URL to query instead (credentials from KG_STORE_USER / KG_STORE_PASSWORD).")] = None,
    default_graph: Annotated[str | None, typer.Option(
        "--default-graph", help="With --endpoint: the IRI of the graph to query (default-graph-uri).")] = None,
    params: Annotated[list[str] | None, typer.Option(
        "--param", "-p", help="NAME=VALUE: set the query's VALUES ?NAME (repeat for several values; * for any).")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Run QUERY and print its answers. Exit code 0: answers, 1: no answers, 2: error."""
    if list_queries:
        print_query_list()
        return
    if not query:
        _usage("give a QUERY (a name, a .rq file or a query string); `kg query --list` lists the names")
    if sum(x is not None for x in (graph, store_dir, endpoint)) > 1:
        _usage("give only one of --graph, --store and --endpoint")
    if default_graph and not endpoint:
        _usage("--default-graph goes with --endpoint")
    try:
        source, text = kgstore.resolve_query(query)
        text = kgstore.bind_params(text, kgstore.parse_params(params or []), source)
        if endpoint:
            result = kgstore.query_endpoint(endpoint, text, default_graph)
        elif store_dir:
            if not store_dir.is_dir():
                _usage(f"no such store folder: {store_dir} (check the path)")
            kgstore.check_syntax(text, source)
            result = kgstore.query_store(_open_store_dir(store_dir), text, source)
        else:
            kgstore.check_syntax(text, source)
            result = kgstore.query_graph(graph or DEFAULT_GRAPH, text, source)
    except StoreError as e:
        err.print(f"error: {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    {Format.table: print_table, Format.csv: print_csv, Format.json: print_json}[fmt](result)
    if not result:
        raise typer.Exit(1)


def _usage(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _open_store_dir(path: Path) -> ox.Store:
    try:
        return ox.Store.read_only(str(path))
    except OSError as e:
        raise StoreError(f"{path} is not an Oxigraph store: {e}") from e


def print_query_list() -> None:
    table = Table(show_header=True, title="Named queries (ontology/queries/)")
    table.add_column("name", no_wrap=True)
    table.add_column("question")
    table.add_column("parameters (default)")
    for name, q in kgstore.named_queries().items():
        table.add_row(name, q.question, ", ".join(f"{k} = {v}" for k, v in q.params.items()))
    out.print(table)


def short(term: Term | None) -> str:
    """A term as a person reads it: prefixed IRIs, literal values."""
    if term is None:
        return ""
    if term.kind == "uri":
        for ns, prefix in sorted(SHORT.items(), key=lambda kv: -len(kv[0])):
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    return term.value


def print_table(result: Result) -> None:
    if result.boolean is not None:
        out.print("yes" if result.boolean else "no")
        return
    n = len(result.rows)
    table = Table(show_header=True, caption=f"{n} row{'s' if n != 1 else ''}")
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows:
        table.add_row(*(short(t) for t in row), end_section=False)
    out.print(table, markup=False, highlight=False)


def print_csv(result: Result) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    if result.boolean is not None:
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else t.value for t in row])


def print_json(result: Result) -> None:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        data: dict = {"head": {}, "boolean": result.boolean}
    else:
        data = {"head": {"vars": result.variables}, "results": {"bindings": [
            {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
            for row in result.rows]}}
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _json_term(t: Term) -> dict:
    d = {"type": t.kind, "value": t.value}
    if t.lang:
        d["xml:lang"] = t.lang
    elif t.datatype:
        d["datatype"] = t.datatype
    return d
