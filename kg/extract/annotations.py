"""The components' results as plain Python lists, kept in ``doc.user_data``.

The components write their results to ``doc.spans`` and ``doc._`` (the pipeline's output) and,
beside them, the same records as plain lists, which the later components and
:func:`kg.extract.extract_doc` read: iterating ``doc.spans`` creates a ``Span`` per span and
each ``span._.kg`` an accessor object, which cost them more than their own rules.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc

ENTITIES = ("kg", "entities")
FIGURES = ("kg", "figures")
RELATIONS = ("kg", "relations")
METRIC_SUBJECTS = ("kg", "metric_subjects")


class Entity(NamedTuple):
    """An entity span's label and ``._.kg``."""

    label: str
    kg: dict


def entities(doc: Doc) -> list[Entity]:
    """The entities of ``doc.spans["kg_entities"]``, in its order."""
    return doc.user_data.get(ENTITIES, [])


def figures(doc: Doc) -> list:
    """The :class:`~kg.extract.metrics_en.Figure` of each span of ``doc.spans["kg_metrics"]``."""
    return doc.user_data.get(FIGURES, [])


def relations(doc: Doc) -> list[tuple[dict | None, str, dict, str]]:
    """``doc._.kg_relations`` with each span's ``._.kg`` for the span."""
    return doc.user_data.get(RELATIONS, [])


def metric_subjects(doc: Doc) -> list[dict | None]:
    """``doc._.kg_metric_subjects`` with each span's ``._.kg`` for the span."""
    return doc.user_data.get(METRIC_SUBJECTS, [])

