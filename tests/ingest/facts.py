"""What a set of reports says, without offsets: for comparing the same report in two formats."""
from __future__ import annotations

from kg.extract import extract
from kg.records import Report
from kg.resolve import resolve


def facts_of(*reports: Report) -> dict[str, set]:
    res = resolve([extract(r) for r in reports])
    return {
        "entities": {(e.label, frozenset((lang, frozenset(n)) for lang, n in e.names.items()))
                     for e in res.entities.values()},
        "relations": {(f.subject, f.predicate, f.object) for f in res.facts},
        "metrics": {(m.subject, m.value, m.unit, m.indicator) for m in res.metrics},
    }
