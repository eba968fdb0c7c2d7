"""The spaCy pipelines: ``spacy.blank(lang)`` plus the project's own rule components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from . import entities_en, metrics_en, relations_en, sentences  # noqa: F401  (registers the factories)
from .tokenizer import CONFIG as TOKENIZER

MAX_LENGTH = 20_000_000


@cache
def english() -> Language:
    nlp = spacy.blank("en", config=TOKENIZER)  # spaCy's, its cache kept on (see .tokenizer)
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("kg_sentences")  # sentence ends and line breaks, without a Python step per token
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
