"""``kg build``: reports in, graph files out."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from ..build import BuildSummary, build
from ..errors import KGError, display_path
from ..export import export, parse_formats
from ..export.rdf import read_graph
from ..parallel import default_jobs
from ..vocab import DEFAULT_BASE
from ._util import app, err, out

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUT = Path("exports")


@app.command("build")
def build_cmd(
    inputs: Annotated[list[Path] | None, typer.Argument(help="Report files or folders (default: seeds/).")] = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = DEFAULT_OUT,
    base: Annotated[str, typer.Option(help="Base IRI of the graph's instances.")] = DEFAULT_BASE,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write the HTML viewer.")] = True,
    fresh: Annotated[bool, typer.Option("--fresh", help="Ignore reports of earlier builds into OUT (default: add to them).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also print what was found in each report, and every warning.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes for extraction (0: one per core).")] = 1,
    scheduler: Annotated[str | None, typer.Option("--scheduler", envvar="KG_SCHEDULER", help="Extract on the Dask cluster at this scheduler address (tcp://host:8786); see docs/scale.md.")] = None,
    validate: Annotated[bool, typer.Option("--validate/--no-validate", help="Check the graph against the SHACL shapes (slow on large graphs).")] = True,
    formats: Annotated[list[str] | None, typer.Option("--format", "-f", help="Also write these formats: nt, nq, trig, jsonld, graphml, gexf, csv (comma-separated or repeated).")] = None,
) -> None:
    """Build the graph of INPUTS into OUT (graph.ttl, graph.html) and print a summary."""
    inputs = inputs or [DEFAULT_INPUT]
    try:
        extra_formats = [f for f in parse_formats(formats or []) if f != "ttl"]
    except KGError as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    missing = [p for p in inputs if not p.exists()]
    if missing:
        err.print(f"error: no such file or folder: {', '.join(map(display_path, missing))} (check the path)",
                  markup=False, highlight=False)
        raise typer.Exit(2)
    with Progress(console=err, transient=True, disable=quiet) as progress:
        task = progress.add_task("reading reports", total=None)

        def on_paths(paths):
            progress.update(task, total=len(paths))

        def step(path):
            progress.update(task, advance=1, description=escape(f"reading {display_path(path.name)}"))

        try:
            summary = build(inputs, out_dir, base=base, progress=step, html=html, on_paths=on_paths,
                            incremental=not fresh, jobs=jobs or default_jobs(), scheduler=scheduler,
                            validate=validate)
        except KGError as e:
            err.print(f"error: {e}", markup=False, highlight=False)
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err.print("interrupted: the previous outputs in OUT are unchanged", markup=False, highlight=False)
            raise typer.Exit(130) from None
    if extra_formats:
        summary.outputs += export(read_graph(out_dir / "graph.ttl"), out_dir, extra_formats)
    for path, reason in summary.skipped:
        err.print(f"warning: skipped {path}: {reason}", markup=False, highlight=False, soft_wrap=True)
    if not quiet:
        for line in summary.warnings[:None if verbose else 10]:
            err.print(f"warning: {line}", markup=False, highlight=False, soft_wrap=True)
        if len(summary.warnings) > 10 and not verbose:
            err.print(f"... and {len(summary.warnings) - 10} more warnings (--verbose lists them all)")
    if verbose and not quiet:
        for path, counts in summary.per_report:
            out.print(f"{path}: " + ", ".join(f"{n} {what}" for what, n in counts.items()),
                      markup=False, highlight=False, soft_wrap=True)
    if not quiet:
        print_summary(summary)
    if summary.skipped:
        raise typer.Exit(1)


def print_summary(summary: BuildSummary) -> None:
    table = Table(title=f"{len(summary.reports)} reports read, {len(summary.skipped)} skipped",
                  show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, n in sorted(summary.entities.items()):
        table.add_row(f"entities: {label}", str(n))
    for pred, n in sorted(summary.facts.items()):
        table.add_row(f"facts: {pred}", str(n))
    table.add_row("metrics", str(summary.metrics))
    table.add_row("triples", str(summary.triples))
    table.add_row("warnings", str(len(summary.skipped) + len(summary.warnings)))
    out.print(table)
    for path in summary.outputs:
        out.print(f"wrote {display_path(path)}", markup=False, highlight=False, soft_wrap=True)

