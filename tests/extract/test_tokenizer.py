"""The pipeline's tokenizer gives spaCy's default tokens, and remembers chunks through a text."""
import spacy

from kg.extract.pipeline import english
from kg.extract.tokenizer import CONFIG

TEXT = ("The Ordos Municipal Public Security Bureau's \"Thunder\" campaign (2024)\n"
        "cracked 1,234 cases,\ta year-on-year\u00a0increase of 12.5%.\n\n"
        "Don't  stop: e.g. U.S. dollars, Mr. Li's team, 3.5 billion yuan...\r\n"
        "Zhang Wei, director of the No. 2 Branch, said:\u2014 \"we will\" \\n done.")


def tokens(doc):
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.is_space, t.is_punct, t.like_num) for t in doc]


def test_tokens_are_spacys_defaults():
    default = spacy.blank("en")
    ours = spacy.blank("en", config=CONFIG)
    for text in (TEXT, TEXT * 3, TEXT.replace("\n", " "), "\n", "", "  \n\t "):
        assert tokens(ours(text)) == tokens(default(text))
    assert english().tokenizer.max_cache_size > default.tokenizer.max_cache_size


def test_chunks_after_a_line_break_are_remembered():
    """spaCy's default tokenizer remembers nothing of a text after its first line break: it
    splits those chunks again (asking its prefix rule) every time it meets them."""
    text = "First line\n" + " ".join(f"Bureau{i}x," for i in range(300))

    def prefix_calls_of_second_pass(tokenizer) -> int:
        calls = []
        search = tokenizer.prefix_search

        def counted(chunk):
            calls.append(chunk)
            return search(chunk)

        tokenizer.prefix_search = counted
        tokenizer(text)
        calls.clear()
        tokenizer(text)
        return len(calls)

    assert prefix_calls_of_second_pass(spacy.blank("en", config=CONFIG).tokenizer) == 0
    assert prefix_calls_of_second_pass(spacy.blank("en").tokenizer) >= 300
