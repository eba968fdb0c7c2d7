"""The prefiltered patterns find exactly what their full patterns find."""
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.entities_en import _patterns

WORDS = ["Ordos", "Municipal", "Public", "Security", "Bureau", "Branch", "Police", "Station",
         "of", "the", "Kangbashi", "Project", "Award", "Xining", "City", "Dong'an", "County",
         "Detachment", "Legal", "Brigade", "Town", "\n", ",", "Team", "National", "provincial-level"]


def spans(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_anchored_patterns_match_their_full_patterns(words):
    text = " ".join(words)
    p = _patterns()
    for name in ("agency", "typed_place", "title_programme", "award_head"):
        pattern = p[name]
        assert spans(pattern, text) == spans(pattern.full, text), name
