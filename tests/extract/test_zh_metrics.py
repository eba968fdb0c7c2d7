"""Figures from Chinese sentences: scale words, units, counters, direction, approximation, period."""
import pytest

from kg.extract.zh import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def figures(nlp, text):
    doc = nlp(text)
    return [s._.kg for s in doc.spans["kg_metrics"]]


def only_figure(nlp, text):
    found = figures(nlp, text)
    assert len(found) == 1, [f.raw for f in found]
    return found[0]


@pytest.mark.parametrize("text, value, unit", [
    ("累计开展政治轮训199期。", 199, "count"),
    ("参训民辅警6.45万人次。", 64500, "count"),
    ("挽回经济损失81.4亿元。", 8_140_000_000, "CNY"),  # not ...000001
    ("发放帮扶金72.34万元。", 723400, "CNY"),
    ("挽回经济损失7800余万元。", 78000000, "CNY"),
    ("投入建设资金1.2亿元。", 120000000, "CNY"),
    ("累计接警1.2亿次。", 120000000, "count"),
    ("全市公安机关堡垒支部创建率达86%。", 86, "percent"),
    ("破案率同比上升3.2个百分点。", 3.2, "percentage_point"),
    ("建成业务技术用房5000平方米。", 5000, "square_metre"),
    ("抓获犯罪嫌疑人861名。", 861, "count"),
    ("3家单位被推荐为创建单位。", 3, "count"),
    ("创作系列廉政文化作品126部(幅)。", 126, "count"),
    ("全市已建成“枫桥式公安派出所”36个。", 36, "count"),      # after a quoted title
    ("“一网通办”率达93%。", 93, "percent"),                    # the rate of a programme
    ("在韩村、江城、颉庄3个乡镇实现全覆盖。", 3, "count"),       # after a list of places
])
def test_figure_value_and_unit(nlp, text, value, unit):
    fig = only_figure(nlp, text)
    assert (fig.value, fig.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, approximate", [
    ("挽回经济损失7800余万元。", True),
    ("举办各类文化活动60余场。", True),
    ("服务群众近3万人次。", True),
    ("接待群众1000人以上。", True),
    ("侦破案件520起。", False),
])
def test_figure_approximation(nlp, text, approximate):
    assert only_figure(nlp, text).approximate is approximate


@pytest.mark.parametrize("text, change", [
    ("刑事案件同比下降12.5%。", "decrease"),
    ("破案数同比上升8.1%。", "increase"),
    ("群众满意度同比提高2.3个百分点。", "increase"),
    ("全年侦破案件520起。", None),
])
def test_figure_change(nlp, text, change):
    assert only_figure(nlp, text).change == change


@pytest.mark.parametrize("text, period", [
    ("2024年,全市破获刑事案件300起。", "2024"),
    ("3年来,累计开展政治轮训199期。", "past 3 years"),
    ("累计开展政治轮训199期。", None),
])
def test_figure_period(nlp, text, period):
    assert only_figure(nlp, text).period == period


@pytest.mark.parametrize("text", [
    "1 以“抓党建”为统领 塑造绝对忠诚的政治品格",       # a heading number
    "在2024年鄂尔多斯市活动中获得第一名。",              # a year
    "3年来,民警队伍素质显著提升。",                      # a duration
    "夺得110接处警比武竞赛第一名。",                     # a hotline number
    "鄂尔多斯市公安局连续2年被评为先进单位。",           # consecutive years
    "围绕“1+12+N”“教学研练战”一体化体系开展训练。",       # a number inside a name
    "第3次全体会议召开。",                              # an ordinal
])
def test_non_figures(nlp, text):
    assert figures(nlp, text) == []


def test_indicator_names_what_was_counted(nlp):
    assert only_figure(nlp, "规范13项党内组织生活制度。").indicator == "规范党内组织生活制度"
