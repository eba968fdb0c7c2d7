"""The build state kept beside the exports, so that builds can be incremental.

Each report's extraction is stored as one JSON file under ``<out>/.kg-state/``, named by the
report's id. A later ``kg build new_report.txt --out <out>`` loads the stored extractions,
replaces those of reports it reads again (same id) and resolves everything together, so
building reports one by one gives the same graph as building them at once, and re-running on
the same report changes nothing. When each report was processed is kept apart, in
``processed.jsonl`` (id, checksum, time), so that a worker can write a report's state without
knowing the build's.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from .export.atomic import atomic_write
from .records import Evidence, Extraction, Mention, MetricMention, RelationMention, Report

STATE_DIR = ".kg-state"
FORMAT_VERSION = 2
PROCESSED = "processed.jsonl"


def state_dir(out_dir: Path) -> Path:
    return Path(out_dir) / STATE_DIR


def save_state(out_dir: Path, report_id: str, text: str) -> None:
    """Store a report's state text (:func:`dumps_extraction`, made where it was extracted).
    Without fsync (one per report costs more than the write): a state file a power cut
    damages is named in the next build's warnings, and its report has to be built again."""
    with atomic_write(state_dir(out_dir) / f"{report_id}.json", durable=False) as f:
        f.write(text)


def dumps_extraction(x: Extraction) -> str:
    """The state file's text for ``x``: its records as JSON objects, a relation's or figure's
    mention as its index in ``mentions``."""
    mentions = {id(m): i for i, m in enumerate(x.mentions)}
    data = {
        "version": FORMAT_VERSION,
        "report": x.report,
        "mentions": x.mentions,
        "relations": [{"subject": _ref(r.subject, mentions), "predicate": r.predicate,
                       "object": _ref(r.object, mentions), "evidence": r.evidence}
                      for r in x.relations],
        "metrics": [dict(vars(m), subject=_ref(m.subject, mentions)) for m in x.metrics],
        "context": _ref(x.context_agency, mentions),
    }
    # the C encoder walks the records, asking ``vars`` for each one's fields: no Python
    # recursion over every value (dumps, not dump, which runs the Python encoder)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=vars)


def _ref(m: Mention | None, index: dict[int, int]) -> int | Mention | None:
    """A mention of the extraction as its index; one that is not in it (none should be) as itself."""
    if m is None:
        return None
    return index.get(id(m), m)


def stored_reports(out_dir: Path) -> dict[str, Path]:
    """The state file of each report an earlier build into ``out_dir`` extracted, by report id."""
    folder = state_dir(out_dir)
    if not folder.is_dir():
        return {}
    return {path.stem: path for path in sorted(folder.glob("*.json"))}


def load_extraction(path: Path) -> Extraction | None:
    """A stored extraction; None if an older version of agency-kg wrote it."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return _extraction(data) if data.get("version") == FORMAT_VERSION else None


def _mention(d: dict) -> Mention:
    return Mention(**dict(d, evidence=Evidence(**d["evidence"])))


def _extraction(data: dict) -> Extraction:
    mentions = [_mention(m) for m in data["mentions"]]

    def deref(ref):
        if ref is None:
            return None
        return mentions[ref] if isinstance(ref, int) else _mention(ref)

    relations = [RelationMention(deref(r["subject"]), r["predicate"], deref(r["object"]),
                                 Evidence(**r["evidence"])) for r in data["relations"]]
    metrics = [MetricMention(**dict(m, evidence=Evidence(**m["evidence"]), subject=deref(m["subject"])))
               for m in data["metrics"]]
    return Extraction(Report(**data["report"]), mentions, relations, metrics, deref(data["context"]))


def processing_time() -> str:
    """Now, in UTC to the second, or ``SOURCE_DATE_EPOCH`` where set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def load_processed(out_dir: Path) -> dict[str, tuple[str, str]]:
    """When earlier builds processed each report: id -> (checksum, time)."""
    path = state_dir(out_dir) / PROCESSED
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        report_id, checksum, when = json.loads(line)
        out[report_id] = (checksum, when)
    return out


def save_processed(out_dir: Path, processed: dict[str, tuple[str, str]]) -> None:
    with atomic_write(state_dir(out_dir) / PROCESSED) as f:
        f.writelines(json.dumps([k, *processed[k]], ensure_ascii=False) + "\n" for k in sorted(processed))


def stamp_processed(report: Report, processed: dict[str, tuple[str, str]]) -> Report:
    """``report`` with the time it was processed, which ``processed`` then records. A report an
    earlier build read with the same bytes keeps that time, so rebuilding an unchanged corpus
    leaves graph.ttl byte-identical."""
    earlier = processed.get(report.id)
    when = earlier[1] if earlier and earlier[0] == report.checksum else processing_time()
    processed[report.id] = (report.checksum, when)
    return replace(report, processed_at=when)
