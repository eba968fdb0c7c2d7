"""The Chinese pipeline: ``spacy.blank("zh")`` (character segmentation, no downloads) plus the
Chinese rule components, which write what :func:`kg.extract.extract_doc` reads."""
from __future__ import annotations

import re

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import entities_zh, metrics_zh, relations_zh  # noqa: F401  (registers the factories)
from .pipeline import MAX_LENGTH
from .sentences import doc_text

# A sentence ends after 。！？； (and the closing quotes that follow) and at a line break.
SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』)）]*|\n")


@Language.component("kg_sentences_zh", assigns=["token.is_sent_start"])
def sentences_zh(doc: Doc) -> Doc:
    """Sentence starts from the sentence-final punctuation and line breaks of the text.

    Found by one regex pass and set in one array write (setting ``token.is_sent_start`` one
    token at a time costs a pass over the document per sentence).
    """
    if not len(doc):
        return doc
    attrs = doc.to_array([IDX, IS_SPACE])
    idx, space = attrs[:, 0], attrs[:, 1]
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    ends = numpy.fromiter((m.end() for m in SENTENCE_END.finditer(doc_text(doc))), dtype="int64")
    for i in numpy.searchsorted(idx, ends):
        while i < len(doc) and space[i]:
            i += 1
        if i < len(doc):
            starts[i] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc


def pipeline() -> Language:
    nlp = spacy.blank("zh")
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("kg_sentences_zh")
    nlp.add_pipe("kg_entities_zh")
    nlp.add_pipe("kg_metrics_zh")
    nlp.add_pipe("kg_relations_zh")
    return nlp
