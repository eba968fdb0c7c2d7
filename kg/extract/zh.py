"""The Chinese pipeline: ``spacy.blank("zh")`` (character segmentation, no downloads)."""
from __future__ import annotations

import spacy
from spacy.language import Language


def pipeline() -> Language:
    nlp = spacy.blank("zh")
    nlp.max_length = 20_000_000
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", "!", "?", ";"]})
    nlp.add_pipe("kg_line_breaks")
    return nlp
