"""The main job as a plain Python API: reports in, graph files out.

>>> from kg.build import build
>>> summary = build([Path("seeds")], Path("exports"))   # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from pathlib import Path

from .errors import display_path
from .export.html import write_html
from .export.oxi import write_lines
from .export.rdf import read_graph
from .export.sorted_lines import SortedBlocks, SortedLines
from .extract import extract
from .graph import build_networkx, nt_lines, slug
from .ingest import find_reports
from .parallel import Done, Stored, Work, extract_local, extract_one
from .records import Entity, Evidence, Report, Resolution
from .resolve import choose_names, finish, merge, merge_entity, place_hierarchy
from .state import load_processed, save_processed, save_state, stamp_processed, stored_reports
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
                    jobs: int = 1, scheduler=None, work: Work = Work()) -> Iterator[Done]:
    """Read, extract and resolve every report; a report that cannot be read is skipped and listed.

    Nothing one report does stops the batch: a file that cannot be read, and a crash while
    reading or extracting it, become an entry of ``summary.skipped`` (path, one-line reason).
    Warnings about reports that were still read go to ``summary.warnings``; what was found in
    each report to ``summary.per_report``.

    ``jobs`` worker processes, or the Dask cluster at ``scheduler``, do the work; the results
    come in the order of ``paths`` whatever finishes first, so they are those of a one-process
    run, and one at a time: memory grows with what the build keeps of each, not with the corpus.
    """
    ids: dict[str, Path] = {}
    for done in _work_on(list(paths), jobs, scheduler, work, progress):
        if done.report is not None:
            report = _unique_id(done.report, done.path, ids)
            if report.id != done.report.id:
                done = extract_one(done.path, work, report_id=report.id, extract=lambda r: extract(r))
        if done.skipped is not None or done.report is None:
            summary.skipped.append(done.skipped)
            continue
        shown = display_path(done.path)
        summary.warnings.extend(f"{shown}: {note}" for note in done.notes)
        summary.reports.append(done.report.file_name)
        summary.per_report.append((shown, done.counts))
        yield done


def _work_on(items: list[Path | Stored], jobs: int, scheduler, work: Work,
             progress: Callable[[Path], None] | None = None) -> Iterator[Done]:
    if scheduler is not None:
        from .cluster import extract_cluster

        return extract_cluster(items, scheduler, work, progress)
    # looked up at call time, so that kg.build.extract can be replaced (tests make it crash)
    return extract_local(items, jobs, work, progress, extract=lambda r: extract(r))


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


def validation_warnings(graph) -> list[str]:
    """What SHACL (ontology/shapes.ttl) finds wrong in the graph a build has written."""
    from .validate import validate_graph  # pySHACL is slow to import; only builds need it here

    result = validate_graph(graph)
    return [f"SHACL: {v.focus_label or v.focus} {v.path or ''}: {v.message}" for v in result.violations]


class EntityNames:
    """The entities of every report (names, name votes, kind; a place's first mention), merged
    as the reports come in. Past ``limit`` entities in memory they are spilled to an on-disk
    sort by key, and merged again one entity at a time once every report is in: memory does
    not grow with the number of distinct entities, and a corpus below the limit pays nothing."""

    def __init__(self, limit: int = 20_000):
        self.limit = limit
        self.entities: dict[str, Entity] = {}
        self.spilled = SortedLines(limit)
        self.spills = 0

    def add(self, part: Resolution) -> None:
        for ent in part.entities.values():
            merge_entity(self.entities, ent, evidence=False)
        if len(self.entities) >= self.limit:
            self._spill()

    def merged(self) -> Iterator[Entity]:
        """Each entity, merged from every report's part (:func:`kg.resolve.merge_entity`)."""
        if not self.spills:
            yield from self.entities.values()
            return
        self._spill()
        key, merged = None, {}
        for line in self.spilled.merged():
            this, _, rest = line.partition("\t")
            if this != key and merged:
                yield from merged.values()
                merged = {}
            key = this
            merge_entity(merged, _entity(json.loads(rest.partition("\t")[2])), evidence=False)
        yield from merged.values()

    def _spill(self) -> None:
        """Each entity as a line: its key, the spill's number (an entity's lines of two spills
        may be equal, and both count), the entity."""
        self.spills += 1
        self.spilled.add(f"{json.dumps(e.key, ensure_ascii=False)}\t{self.spills}\t{_entity_json(e)}"
                         for e in self.entities.values())
        self.entities = {}

    def close(self) -> None:
        self.spilled.close()


def _entity_json(e: Entity) -> str:
    return json.dumps({
        "key": e.key, "label": e.label, "names": {lang: sorted(n) for lang, n in e.names.items()},
        "kind": e.kind, "kind_report": e.kind_report,
        "votes": [[lang, text, n] for (lang, text), n in e.votes.items()],
        "quality": [[lang, text, q] for (lang, text), q in e.quality.items()],
        "first": asdict(e.first) if e.first is not None else None}, ensure_ascii=False)


def _entity(d: dict) -> Entity:
    return Entity(key=d["key"], label=d["label"], names={lang: set(n) for lang, n in d["names"].items()},
                  kind=d["kind"], kind_report=d["kind_report"],
                  votes={(lang, text): n for lang, text, n in d["votes"]},
                  quality={(lang, text): q for lang, text, q in d["quality"]},
                  first=Evidence(**d["first"]) if d["first"] else None)


def _batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


class _Graph:
    """The graph of a build as its reports come in. Each report's part goes to disk at once:
    the Turtle of its own nodes (evidence, metrics) to blocks written out in report order, its
    lines about shared nodes to an on-disk sort, its entities' names to :class:`EntityNames`
    (in memory up to a limit, then on disk too). What stays in memory is the list of reports
    (and, for the HTML viewer, each report's resolution)."""

    def __init__(self, out_dir: Path, processed: dict[str, tuple[str, str]], detail: bool):
        self.out_dir = out_dir
        self.processed = processed
        self.lines = SortedLines()
        self.saving = ThreadPoolExecutor(1, thread_name_prefix="kg-state")  # file I/O frees the GIL
        self.saved: list[Future] = []
        self.blocks = SortedBlocks()
        self.own_triples = 0
        self.entities = EntityNames()
        self.reports = Resolution()  # the reports and their agencies; entities are spilled
        self.labels: Counter = Counter()
        self.full = Resolution() if detail else None
        self.facts: dict[str, set[int]] = {}
        self.metrics = 0

    def save_state(self, done: Done) -> None:
        """Write the report's state file in the background, while the next reports come in."""
        self.saved.append(self.saving.submit(save_state, self.out_dir, done.report.id, done.state))
        if len(self.saved) > 64:
            self.saved.pop(0).result()

    def add(self, done: Done) -> None:
        part = done.part
        part.reports = [stamp_processed(done.report, self.processed)]
        self.lines.add(done.lines)
        self.blocks.add(slug(done.report.id), done.turtle)
        self.own_triples += done.triples
        self.reports.reports.extend(part.reports)
        self.reports.report_agency.update(part.report_agency)
        self.entities.add(part)
        if self.full is not None:
            merge(self.full, part)
        for fact in done.facts:
            self.facts.setdefault(fact[1], set()).add(hash(fact))
        self.metrics += done.metrics

    def write(self, path: Path, base: str) -> int:
        places: dict[str, Entity] = {}
        for chunk in _batched(self.entities.merged(), 10_000):
            names = Resolution(entities={e.key: choose_names(e) for e in chunk})
            self.labels.update(e.label for e in chunk)
            places.update((e.key, e) for e in chunk if e.label == "Place")
            self.lines.add(nt_lines(names, base))
        self.reports.facts = place_hierarchy(places)  # what only all reports together say
        self.lines.add(nt_lines(self.reports, base))
        for fact in self.reports.facts:
            self.facts.setdefault(fact.predicate, set()).add(hash((fact.subject, fact.predicate, fact.object)))
        for saved in self.saved:  # the state first: a graph never holds reports the state lacks
            saved.result()
        save_processed(self.out_dir, self.processed)
        return write_lines(self.lines.merged(), path, "ttl", base, blocks=self.blocks.merged()) + self.own_triples

    def summarise(self, summary: BuildSummary) -> None:
        summary.entities = self.labels
        summary.facts = Counter({p: len(ids) for p, ids in self.facts.items()})
        summary.metrics = self.metrics

    def close(self) -> None:
        self.saving.shutdown()
        self.lines.close()
        self.blocks.close()
        self.entities.close()


def build(inputs: Iterable[Path], out_dir: Path, base: str = DEFAULT_BASE,
          progress: Callable[[Path], None] | None = None, html: bool = True,
          on_paths: Callable[[list[Path]], None] | None = None,
          incremental: bool = True, jobs: int = 1, scheduler=None,
          validate: bool = True) -> BuildSummary:
    """Build the graph of the reports under ``inputs`` into ``out_dir`` (graph.ttl, graph.html).

    Incremental: the graph also holds the reports of earlier builds into ``out_dir`` (their
    extractions are kept in ``out_dir/.kg-state``); a report read again replaces its earlier
    self. ``incremental=False`` builds from ``inputs`` alone.

    ``jobs``: worker processes for reading, extraction and resolution; ``scheduler``: a Dask
    scheduler address (``tcp://host:8786``) or ``distributed.Client`` to work on instead.
    Either way the graph is the one-process graph. Reports stream through: each one's state is
    saved and its triples spilled to an on-disk sort as soon as it is done, so without the
    HTML viewer memory stays flat as the corpus grows. ``validate=False`` skips the SHACL check
    of the graph, which is skipped with a warning above ``VALIDATE_MAX_TRIPLES`` triples.
    """
    summary = BuildSummary()
    paths = list(find_reports(inputs))
    if on_paths:
        on_paths(paths)
    out_dir = Path(out_dir)
    stored = stored_reports(out_dir) if incremental else {}
    work = Work(base=base, detail=html)
    graph = _Graph(out_dir, load_processed(out_dir) if incremental else {}, detail=html)
    try:
        for done in extract_reports(paths, summary, progress, jobs, scheduler, work):
            graph.save_state(done)
            stored.pop(done.report.id, None)
            graph.add(done)
        # reports of earlier builds not read again, resolved from their state files
        for done in _work_on([Stored(p) for p in stored.values()], jobs, scheduler, work):
            summary.warnings.extend(f"{display_path(done.path)}: {note}" for note in done.notes)
            if done.skipped is not None:
                summary.warnings.append(": ".join(done.skipped))
            elif done.report is not None:
                graph.add(done)
        summary.triples = graph.write(out_dir / "graph.ttl", base)
        graph.summarise(summary)
    finally:
        graph.close()
    summary.outputs.append(out_dir / "graph.ttl")
    if validate and summary.triples > VALIDATE_MAX_TRIPLES:
        summary.warnings.append(
            f"SHACL validation skipped: {summary.triples:,} triples is more than "
            f"{VALIDATE_MAX_TRIPLES:,} (pySHACL holds the graph in memory several times); "
            f"check a sample of the reports with `kg build --validate`, or `kg validate` the graph")
    elif validate:
        summary.warnings += validation_warnings(read_graph(out_dir / "graph.ttl"))
    if html:
        summary.outputs.append(write_html(build_networkx(finish(graph.full), base), out_dir / "graph.html"))
    return summary
