"""The main job as a plain Python API: reports in, graph files out.

>>> from kg.build import build
>>> summary = build([Path("seeds")], Path("exports"))   # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import display_path
from .export.html import write_html
from .export.oxi import write_triples
from .extract import extract
from .graph import build_graph, build_networkx, slug
from .ingest import find_reports
from .parallel import extract_local, extract_one
from .records import Extraction, Report, Resolution
from .resolve import resolve
from .state import load_extractions, save_extraction, stamp_processed
from .vocab import DEFAULT_BASE

_log = logging.getLogger(__name__)

VALIDATE_MAX_TRIPLES = 200_000  # above: SHACL would take minutes and gigabytes; the build says so


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
    per_report: list[tuple[str, dict[str, int]]] = field(default_factory=list)


def extract_reports(paths: Iterable[Path], summary: BuildSummary,
                    progress: Callable[[Path], None] | None = None,
                    max_mb: float | None = None, jobs: int = 1, scheduler=None,
                    on_extraction: Callable[[Extraction], None] | None = None,
                    keep_text: bool = True) -> list[Extraction]:
    """Read and extract every report; a report that cannot be read is skipped and listed.

    Nothing one report does stops the batch: a file that cannot be read, and a crash while
    reading or extracting it, become an entry of ``summary.skipped`` (path, one-line reason).
    Warnings about reports that were still read go to ``summary.warnings``; what was found in
    each report to ``summary.per_report``.

    ``jobs`` worker processes, or the Dask cluster at ``scheduler``, do the work; the results
    are taken in the order of ``paths`` whatever finishes first, so the extractions are those
    of a one-process run. ``on_extraction`` sees each extraction as soon as it is merged (the
    build saves it to the incremental state there); ``keep_text=False`` drops the report's text
    from the returned records (resolution and the graph do not need it), so memory grows with
    what was found, not with what was read.
    """
    paths = list(paths)
    if scheduler is not None:
        from .cluster import extract_cluster

        results = extract_cluster(paths, scheduler, max_mb, progress)
    else:
        # looked up at call time, so that kg.build.extract can be replaced (tests make it crash)
        results = extract_local(paths, jobs, max_mb, progress, extract=lambda r: extract(r))
    extractions = []
    ids: dict[str, Path] = {}
    for done in results:
        if done.report is not None:
            report = _unique_id(done.report, done.path, ids)
            if report.id != done.report.id and done.extraction is not None:
                done = extract_one(done.path, max_mb, report_id=report.id, extract=lambda r: extract(r))
        if done.skipped is not None or done.extraction is None:
            summary.skipped.append(done.skipped)
            continue
        extraction = done.extraction
        report = extraction.report
        shown = display_path(done.path)
        if on_extraction:
            on_extraction(extraction)
        if not keep_text:
            extraction.report = replace(extraction.report, text="")
        extractions.append(extraction)
        summary.warnings.extend(f"{shown}: {note}" for note in done.notes)
        summary.reports.append(report.file_name)
        summary.per_report.append((shown, {
            "mentions": len(extraction.mentions), "relations": len(extraction.relations),
            "metrics": len(extraction.metrics)}))
    return extractions


def _unique_id(report: Report, path: Path, ids: dict[str, Path]) -> Report:
    """``report`` with an identifier no other report of the batch has in the graph's IRIs
    (``a/report.txt`` and ``b/report.txt``, ``A.txt`` and ``a.txt``)."""
    key = slug(report.id)
    if key in ids:
        digest = hashlib.sha1(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:8]
        report = replace(report, id=f"{report.id}-{digest}")
        key = slug(report.id)
    ids[key] = path
    return report


def summarise(res: Resolution, summary: BuildSummary) -> None:
    summary.entities = Counter(e.label for e in res.entities.values())
    summary.facts = Counter(p for p in {(f.subject, f.predicate, f.object) for f in res.facts}
                            for p in [p[1]])
    summary.metrics = len(res.metrics)


def validation_warnings(graph) -> list[str]:
    """What SHACL (ontology/shapes.ttl) finds wrong in the graph a build is about to write."""
    from .validate import validate_graph  # pySHACL is slow to import; only builds need it here

    result = validate_graph(graph)
    return [f"SHACL: {v.focus_label or v.focus} {v.path or ''}: {v.message}" for v in result.violations]


def merge_with_previous(previous: dict[str, Extraction], extractions: list[Extraction]) -> list[Extraction]:
    """The earlier builds' extractions, updated with this build's, in report order."""
    merged = {**previous, **{x.report.id: x for x in extractions}}
    return [merged[k] for k in sorted(merged)]


def build(inputs: Iterable[Path], out_dir: Path, base: str = DEFAULT_BASE,
          progress: Callable[[Path], None] | None = None, html: bool = True,
          on_paths: Callable[[list[Path]], None] | None = None,
          incremental: bool = True, jobs: int = 1, scheduler=None,
          validate: bool = True) -> BuildSummary:
    """Build the graph of the reports under ``inputs`` into ``out_dir`` (graph.ttl, graph.html).

    Incremental: the graph also holds the reports of earlier builds into ``out_dir`` (their
    extractions are kept in ``out_dir/.kg-state``); a report read again replaces its earlier
    self. ``incremental=False`` builds from ``inputs`` alone.

    ``jobs``: worker processes for reading and extraction; ``scheduler``: a Dask scheduler
    address (``tcp://host:8786``) or ``distributed.Client`` to extract on instead. Either way
    the graph is the one-process graph. Each report's extraction is saved to the state as soon
    as it is done. ``validate=False`` skips the SHACL check of the graph, which is skipped with a warning
    above ``VALIDATE_MAX_TRIPLES`` triples (no rdflib graph is built then).
    """
    summary = BuildSummary()
    paths = list(find_reports(inputs))
    if on_paths:
        on_paths(paths)
    out_dir = Path(out_dir)
    previous = {x.report.id: x for x in load_extractions(out_dir)} if incremental else {}

    def keep(x: Extraction) -> None:
        stamp_processed(x, previous.get(x.report.id))
        save_extraction(out_dir, x)

    extractions = extract_reports(paths, summary, progress, jobs=jobs, scheduler=scheduler,
                                  on_extraction=keep, keep_text=False)
    res = resolve(merge_with_previous(previous, extractions))
    del extractions
    summarise(res, summary)
    summary.triples = write_triples(res, out_dir / "graph.ttl", "ttl", base)
    summary.outputs.append(out_dir / "graph.ttl")
    if validate and summary.triples > VALIDATE_MAX_TRIPLES:
        summary.warnings.append(
            f"SHACL validation skipped: {summary.triples:,} triples is more than "
            f"{VALIDATE_MAX_TRIPLES:,} (pySHACL holds the graph in memory several times); "
            f"check a sample of the reports with `kg build --validate`, or `kg validate` the graph")
    elif validate:
        summary.warnings += validation_warnings(build_graph(res, base))
    if html:
        summary.outputs.append(write_html(build_networkx(res, base), out_dir / "graph.html"))
    return summary
