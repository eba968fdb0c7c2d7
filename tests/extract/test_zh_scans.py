"""The Chinese patterns tried only where a match can start find exactly what ``finditer`` finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import entities_zh, metrics_zh
from kg.extract.prefilter import finditer_at

PIECES = ["鄂尔多斯", "市", "公安局", "内蒙古", "自治区", "南宁", "青秀", "区", "分局", "派出所",
          "蒲庙", "镇", "街道", "乡", "韩村", "、", "江城", "颉庄", "3", "个", "乡镇", "王", "建军",
          "同志", "警官", "欧阳", "李", "，", "。", "\n", "在", "等", "12", "１２", "3.5", "万元", "亿",
          "+", "A", "起", "%", "余", "；", "：", "约", "名", "年来", "2024年", "覆盖", "东胜", "第",
          "1,234", "人次", "韩村、江城、颉庄3个乡镇", "东胜、康巴什2个区", "王建军同志"]

SCANNED = {"place": "place_starts", "place_agency": "place_starts", "town": "town_starts",
           "place_list": "place_list_starts", "person_after_role": "person_after_role_starts"}


def matches(found):
    return [(m.span(), m.groups()) for m in found]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_entity_scans_find_what_the_patterns_find(pieces):
    text = "".join(pieces)
    p = entities_zh._patterns()
    for name, starts in SCANNED.items():
        found = finditer_at(p[name], text, p[starts](text))
        assert matches(found) == matches(p[name].finditer(text)), name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_numbers_are_found_as_the_pattern_finds_them(pieces):
    text = "".join(pieces)
    p = metrics_zh._patterns()
    assert matches(metrics_zh._numbers(text, p)) == matches(p["number"].finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 80), st.integers(0, 80))
def test_last_mark_is_found_as_by_rfind(pieces, start, end):
    text = "".join(pieces)
    start, end = min(start, len(text)), min(max(start, end), len(text))
    for marks, up_to_mark in ((metrics_zh.CLAUSE_PUNCT, metrics_zh.UP_TO_CLAUSE_MARK),
                              (metrics_zh.SENTENCE_PUNCT, metrics_zh.UP_TO_SENTENCE_MARK)):
        last = max(text.rfind(ch, start, end) for ch in marks)
        assert metrics_zh._after_last_mark(up_to_mark, text, start, end) == (last + 1 if last >= 0 else start)
