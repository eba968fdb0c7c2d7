"""JSON-LD, compacted with the project's context (``kg/export/context.jsonld``, package data).

The context maps the prefixes ``kg:``, ``id:`` (the default instance base), ``rdfs:``,
``skos:``, ``prov:``, ``org:``, ``dcterms:``, ``unit:``, ``cur:``... so keys and IRIs read as
compact IRIs (``"rdfs:label"``, ``"@type": "kg:Agency"``, ``"@id": "id:agency/..."``); nodes
are sorted by ``@id`` so the file diffs well. The context is embedded in the
file, not referenced by URL, so the file parses offline; the same context is shipped for
users who want to compact their own documents with it.
"""
from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from .atomic import atomic_write


@cache
def context() -> dict:
    """The ``@context`` object of ``kg/export/context.jsonld``."""
    return json.loads(files(__package__).joinpath("context.jsonld").read_text("utf-8"))["@context"]


def write_jsonld(graph: Graph, path: Path) -> Path:
    """Write ``graph`` as compacted JSON-LD (context embedded) to ``path`` atomically."""
    ctx = dict(context())
    doc = json.loads(graph.serialize(format="json-ld", context=ctx, auto_compact=True))
    doc = _compact_ids(doc, sorted(((v, k) for k, v in ctx.items()), key=lambda kv: -len(kv[0])))
    if isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: str(node.get("@id", "")))
    with atomic_write(path) as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    return Path(path)


def _compact_ids(value, prefixes: list[tuple[str, str]]):
    """``"@id"`` values as compact IRIs (``id:agency/x``): rdflib compacts keys and types only."""
    if isinstance(value, list):
        return [_compact_ids(v, prefixes) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key == "@id" and isinstance(v, str):
            for ns, prefix in prefixes:
                if v.startswith(ns) and len(v) > len(ns) and not v[len(ns):].startswith("//"):
                    v = f"{prefix}:{v[len(ns):]}"
                    break
        out[key] = v if key == "@context" else _compact_ids(v, prefixes)
    return out
