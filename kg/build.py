"""The main job as a plain Python API: reports in, graph files out.

>>> from kg.build import build
>>> summary = build([Path("seeds")], Path("exports"))   # doctest: +SKIP
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReportError
from .export.html import write_html
from .export.rdf import write_rdf
from .extract import extract
from .graph import build_graph, build_networkx
from .ingest import find_reports, read_report
from .records import Extraction, Resolution
from .resolve import resolve
from .vocab import DEFAULT_BASE


@dataclass
class BuildSummary:
    """What a build did, for the CLI's summary and for callers."""

    reports: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    metrics: int = 0
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_reports(paths: Iterable[Path], summary: BuildSummary,
                    progress: Callable[[Path], None] | None = None) -> list[Extraction]:
    """Read and extract every report; a report that cannot be read is skipped and listed."""
    extractions = []
    for path in paths:
        if progress:
            progress(path)
        try:
            report = read_report(path)
        except ReportError as e:
            summary.skipped.append((e.path, f"{e.reason} ({e.hint})"))
            continue
        extractions.append(extract(report))
        summary.reports.append(report.file_name)
    return extractions


def summarise(res: Resolution, summary: BuildSummary) -> None:
    summary.entities = Counter(e.label for e in res.entities.values())
    summary.facts = Counter(p for p in {(f.subject, f.predicate, f.object) for f in res.facts}
                            for p in [p[1]])
    summary.metrics = len(res.metrics)


def build(inputs: Iterable[Path], out_dir: Path, base: str = DEFAULT_BASE,
          progress: Callable[[Path], None] | None = None, html: bool = True,
          on_paths: Callable[[list[Path]], None] | None = None) -> BuildSummary:
    """Build the graph of the reports under ``inputs`` into ``out_dir`` (graph.ttl, graph.html)."""
    summary = BuildSummary()
    paths = list(find_reports(inputs))
    if on_paths:
        on_paths(paths)
    extractions = extract_reports(paths, summary, progress)
    res = resolve(extractions)
    summarise(res, summary)
    graph = build_graph(res, base)
    summary.triples = len(graph)
    out_dir = Path(out_dir)
    summary.outputs.append(write_rdf(graph, out_dir / "graph.ttl"))
    if html:
        summary.outputs.append(write_html(build_networkx(res, base), out_dir / "graph.html"))
    return summary
