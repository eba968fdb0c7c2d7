"""Reading, extracting and resolving reports in worker processes, results back in input order.

A worker takes one batch of reports and returns, for each, a :class:`Done`: what the build
needs of the report and nothing more (its state-file text, its own N-Triples lines, its
entities' names), or the one-line reason it was skipped. Everything that costs time per report
happens in the worker; the caller merges the results in the order of the paths, so a build
with ``--jobs N`` (processes here, Dask workers in :mod:`kg.cluster`) gives the graph a
one-process build gives.
"""
from __future__ import annotations

import gc
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import E_INTERNAL, ReportError, display_path, fmt
from .records import Extraction, Report, Resolution
from .vocab import DEFAULT_BASE

_log = logging.getLogger(__name__)

BATCH = 4  # reports per task: small enough to balance, large enough to amortise the hand-off


@dataclass(frozen=True)
class Work:
    """What a worker needs to know besides the paths: the reading limit, the graph's base IRI,
    and whether the build keeps each report's evidence in memory (for the HTML viewer)."""

    max_mb: float | None = None
    base: str = DEFAULT_BASE
    detail: bool = False


@dataclass
class Done:
    """What became of one report: ``skipped`` = (shown path, reason), or

    ``report`` (its text dropped), ``state`` (the extraction as :mod:`kg.state` stores it),
    what the report alone adds to the graph (:func:`kg.graph.report_lines`): ``turtle``, the
    part about its own nodes (evidence, metrics: ``triples`` triples) written as Turtle
    already, and ``lines``, the N-Triples lines about nodes other reports speak of too;
    ``part`` (the report resolved on its own; evidence, facts and metrics only with
    ``Work.detail``), ``facts`` (its distinct facts), ``metrics`` (how many of its figures have
    a subject) and ``counts`` (mentions, relations, figures found)."""

    path: Path
    report: Report | None = None
    state: str | None = None
    turtle: bytes = b""
    triples: int = 0
    lines: list[str] = field(default_factory=list)
    part: Resolution | None = None
    facts: list[tuple[str, str, str]] = field(default_factory=list)
    metrics: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    skipped: tuple[str, str] | None = None
    notes: list[str] = field(default_factory=list)


def process_extraction(x: Extraction, work: Work, done: Done) -> Done:
    """Fill ``done`` with what the build needs of extraction ``x``."""
    from .export.oxi import turtle_block
    from .graph import own_lines, report_lines
    from .resolve import resolve_report
    from .state import dumps_extraction

    done.report = replace(x.report, text="")
    done.state = dumps_extraction(x)
    done.counts = {"mentions": len(x.mentions), "relations": len(x.relations), "metrics": len(x.metrics)}
    part = resolve_report(x)
    own, done.lines = own_lines(report_lines(part, work.base), work.base)
    done.turtle, done.triples = turtle_block(own, work.base), len(own)
    done.facts = sorted({(f.subject, f.predicate, f.object) for f in part.facts})
    done.metrics = len(part.metrics)
    part.reports = [done.report]
    if not work.detail:
        part.facts, part.metrics = [], []
        for ent in part.entities.values():
            ent.evidence = []
    done.part = part
    return done


@dataclass(frozen=True)
class Stored:
    """A report an earlier build extracted, taken from its state file instead of read again."""

    state_file: Path


def extract_one(path: Path | Stored, work: Work = Work(), report_id: str | None = None,
                extract: Callable[[Report], Extraction] | None = None) -> Done:
    """Read, extract and resolve one report; nothing it does raises (see :class:`Done`)."""
    from .ingest import read_report

    if isinstance(path, Stored):
        return from_state(path.state_file, work)
    if extract is None:
        from .extract import extract

    shown = display_path(path)
    done = Done(Path(path))
    report = None
    try:
        report = read_report(path, work.max_mb, warn=done.notes.append)
        if report_id is not None:
            report = replace(report, id=report_id)
        process_extraction(extract(report), work, done)
    except ReportError as e:
        done.report = None
        done.skipped = (e.display, f"{e.reason} ({e.hint})")
    except Exception as e:  # noqa: BLE001 - one report's crash must not lose the batch
        _log.debug("skipped %s", shown, exc_info=True)
        done.report = None
        stage = "reading" if report is None else "extraction"
        reason, hint = fmt(E_INTERNAL, stage=stage, error=one_line(e))
        done.skipped = (shown, f"{reason} ({hint})")
    return done


def from_state(state_file: Path, work: Work = Work()) -> Done:
    """A stored report's :class:`Done`; a state file an older agency-kg wrote gives a note and
    no report, one that cannot be read is skipped."""
    from .state import load_extraction

    done = Done(Path(state_file))
    try:
        x = load_extraction(state_file)
    except (OSError, ValueError, TypeError, KeyError) as e:
        done.skipped = (display_path(state_file), f"the stored extraction cannot be read ({one_line(e)}); "
                        "build its report again")
        return done
    if x is None:
        done.notes.append("kept by an older agency-kg; build its report again to bring it back into the graph")
        return done
    return process_extraction(x, work, done)


def extract_batch(paths: list[Path | Stored], work: Work = Work()) -> list[Done]:
    """One task: the reports of ``paths``, in order (the unit of work of processes and Dask)."""
    return [extract_one(p, work) for p in paths]


def one_line(e: BaseException) -> str:
    message = " ".join(str(e).split())[:200]
    return f"{type(e).__name__}: {message}" if message else type(e).__name__


def batches(paths: list, size: int = BATCH) -> list[list]:
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract_local(paths: Iterable[Path | Stored], jobs: int = 1, work: Work = Work(),
                  progress: Callable[[Path], None] | None = None,
                  extract: Callable[[Report], Extraction] | None = None) -> Iterator[Done]:
    """Each report's :class:`Done`, in the order of ``paths``, as soon as it and those before
    it are finished; ``jobs`` worker processes (1: in this process, with ``extract`` if given)."""
    paths = list(paths)
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            if progress:
                progress(p)
            yield extract_one(p, work, extract=extract)
        return
    import multiprocessing

    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        _warm()  # once, here: forked workers inherit the built pipelines instead of each building them
    context = multiprocessing.get_context("fork") if fork else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=None if fork else _warm) as pool:
        # a bounded window of tasks in flight: results stream out, memory stays flat
        todo = iter(batches(paths, BATCH))
        window = [pool.submit(extract_batch, b, work) for b in _take(todo, 4 * jobs)]
        while window:
            results = window.pop(0).result()
            window += [pool.submit(extract_batch, b, work) for b in _take(todo, 1)]
            for done in results:
                if progress:
                    progress(done.path)
                yield done


def _take(it: Iterator, n: int) -> list:
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def _warm() -> None:
    """Build the pipelines once per worker, before its first task."""
    from .extract import pipeline_for

    from .extract import extract

    # one small report per language also builds the patterns the components make on first use
    for lang, text in (("en", "The Ordos Municipal Public Security Bureau solved 12 cases."),
                       ("zh", "鄂尔多斯市公安局破获案件12起。")):
        pipeline_for(lang)
        try:
            extract(Report(id="warm", file_name="warm.txt", text=text, language=lang, checksum=""))
        except Exception:  # noqa: BLE001 - warming is an optimisation; a real report will say what fails
            _log.debug("warming the %s pipeline failed", lang, exc_info=True)
    # the pipelines live as long as the process: the garbage collector need not scan them again
    gc.freeze()
