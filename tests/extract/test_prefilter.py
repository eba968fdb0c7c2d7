"""The prefiltered patterns find exactly what their full patterns find, in ASCII texts and others."""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract.entities_en import ANAPHOR, _patterns
from kg.extract.metrics_en import _patterns as metric_patterns
from kg.extract.prefilter import Prefiltered

WORDS = ["Ordos", "Municipal", "Public", "Security", "Bureau", "Branch", "Police", "Station",
         "of", "the", "Kangbashi", "Project", "Award", "Xining", "City", "Dong'an", "County",
         "Detachment", "Legal", "Brigade", "Town", "\n", ",", "Team", "National", "provincial-level",
         "Lüliang", "Ürümqi", "Dong’an", "Ébano"]


def spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
@example(["Ürümqi", "Award"])
def test_anchored_patterns_match_their_full_patterns(words):
    text = " ".join(words)
    p = _patterns()
    for name in ("agency", "typed_place", "title_programme", "award_head"):
        pattern = p[name]
        assert spans(pattern, text) == spans(pattern.full, text), name


# words the word-list patterns start or go on with, in either case, and letters that match
# others only ignoring case (İ is i, ſ is s, K is k) for the scan of non-ASCII texts
LOWER_WORDS = ["the", "The", "bureau", "city's", "municipal", "issued", "Issued", "and", "formulated",
               "a", "list", "public", "security", "organs", "province", "party", "committee",
               "police", "station", "Police", "Station", "branch", "of", "three", "Twenty-one",
               "percent", "0", "5", "12.5%", "2024", "launched", "İssued", "ſtation", "Kangbashi",
               "\u212aangbashi", "ıssued", "launched",
               "“", "’s", "-", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + LOWER_WORDS), max_size=40), st.sampled_from([" ", "  ", "\t", "-", ""]))
def test_prefiltered_patterns_match_their_full_patterns(words, blank):
    text = blank.join(words)
    for p in (_patterns(), metric_patterns()):
        for name, pattern in p.items():
            if isinstance(pattern, Prefiltered):
                assert spans(pattern, text) == spans(pattern.full, text), name
                assert spans(pattern, text[3:]) == spans(pattern.full, text[3:]), name
    assert spans(ANAPHOR, text) == spans(ANAPHOR.full, text)
