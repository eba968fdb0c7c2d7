"""The components' results as plain Python lists, kept in ``doc.user_data``.

The components write their results to ``doc.spans`` and ``doc._`` (the pipeline's output) and,
beside them, the same records as plain lists, which the later components and
:func:`kg.extract.extract_doc` read: iterating ``doc.spans`` creates a ``Span`` per span and
each ``span._.kg`` an accessor object, which cost them more than their own rules.
"""
from __future__ import annotations

from typing import NamedTuple, Protocol

from spacy.tokens import Doc, Span, SpanGroup

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



class Indexed(Protocol):
    """An entity as the relation rules hold it: its ``._.kg`` and its index in the span group."""

    kg: dict
    index: int


def set_relations(doc: Doc, group: SpanGroup, relations: list[tuple[Indexed | None, str, Indexed | None, str]],
                  subjects: list[Indexed | None]) -> None:
    """Write the relations and the figures' subjects a relation component found, both as spans
    (``doc._.kg_relations``, ``doc._.kg_metric_subjects``, with the spans of ``group``) and as
    plain lists (:func:`relations`, :func:`metric_subjects`)."""
    made: dict[int, Span] = {}

    def span(e: Indexed | None) -> Span | None:
        if e is None:
            return None
        if e.index not in made:  # group[i] makes a new Span each time
            made[e.index] = group[e.index]
        return made[e.index]

    def kg(e: Indexed | None) -> dict | None:
        return None if e is None else e.kg

    doc._.kg_relations = [(span(s), p, span(o), rule) for s, p, o, rule in relations]
    doc._.kg_metric_subjects = [span(s) for s in subjects]
    doc.user_data[RELATIONS] = [(kg(s), p, kg(o), rule) for s, p, o, rule in relations]
    doc.user_data[METRIC_SUBJECTS] = [kg(s) for s in subjects]
