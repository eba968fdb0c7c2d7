"""The spaCy pipelines: ``spacy.blank(lang)`` plus the project's own rule components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import entities_en, metrics_en, relations_en, sentences  # noqa: F401  (registers the factories)

MAX_LENGTH = 20_000_000


@Language.component("kg_line_breaks", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: reports put headings and list items on lines of their own."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
    return doc


@cache
def english() -> Language:
    nlp = spacy.blank("en")
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("kg_sentences")  # = sentencizer + kg_line_breaks, without a Python step per token
    nlp.add_pipe("kg_entities")
    nlp.add_pipe("kg_metrics")
    nlp.add_pipe("kg_relations")
    return nlp


@cache
def chinese() -> Language:
    from .zh import pipeline

    return pipeline()


def pipeline_for(language: str) -> Language:
    """The pipeline for a report language: 'zh' or 'en' (the default)."""
    return chinese() if language == "zh" else english()
