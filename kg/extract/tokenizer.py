"""spaCy's rule-based tokenizer for a language, with its cache kept working through a report.

spaCy's tokenizer remembers how it split each blank-separated chunk of text, and looks the
chunk up next time instead of splitting it again (ten times faster). But within one text it
stops remembering after the first chunk that a special case handles, and a line break is a
special case in spaCy's defaults: after a report's first paragraph break nothing more is
remembered, and a report corpus, whose vocabulary keeps growing, is split the slow way nearly
throughout. The special cases of a line break and a tab give the token that the ordinary
rules give, so this tokenizer leaves them out: the same tokens, and the cache holds every
chunk it has split. It also remembers more chunks than spaCy's 10,000,
enough for a few thousand reports' words.

Registered as ``agency_kg.Tokenizer.v1``: ``spacy.blank("en", config={"nlp": {"tokenizer":
{"@tokenizers": "agency_kg.Tokenizer.v1"}}})``.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy import util
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import registry

MAX_CACHE_SIZE = 200_000  # chunks; some 20 MB at most

CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "agency_kg.Tokenizer.v1"}}}


@registry.tokenizers("agency_kg.Tokenizer.v1")
def create_tokenizer(max_cache_size: int = MAX_CACHE_SIZE) -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer of ``nlp``'s language, without the whitespace special cases."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in (d.tokenizer_exceptions or {}).items() if not _plain_whitespace(k, v)},
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match,
            url_match=d.url_match,
            max_cache_size=max_cache_size,
        )

    return tokenizer_factory


def _plain_whitespace(chunk: str, tokens: list[dict]) -> bool:
    """A special case that makes whitespace one token and sets nothing else (not the no-break
    space, whose norm is a blank)."""
    return chunk.isspace() and tokens == [{ORTH: chunk}]
