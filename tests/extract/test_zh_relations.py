"""Relations and figure subjects from Chinese sentences: verbs, name structure, topics, anaphors."""
import pytest

from kg.extract import extract


def zh(report_of, text):
    return extract(report_of(text, language="zh"))


def relations(report_of, text):
    return {(r.subject.text, r.predicate, r.object.text) for r in zh(report_of, text).relations}


@pytest.mark.parametrize("text, expected", [
    ("鄂尔多斯市公安局持续深化“校局合作”,取得实效。",
     ("鄂尔多斯市公安局", "launched", "校局合作")),
    ("鄂尔多斯市公安机关严格落实“第一议题”制度,构建“党委带头学、支部跟进学”三级联动机制。",
     ("鄂尔多斯市公安机关", "launched", "党委带头学、支部跟进学")),
    ("自治区公安厅部署开展全区公安机关“抓强整树”专项活动以来,鄂尔多斯市公安机关坚决贯彻落实。",
     ("自治区公安厅", "launched", "抓强整树")),
    ("“抓强整树”专项活动开展以来,鄂尔多斯市公安机关出台《强化队伍管理二十六项措施》。",
     ("鄂尔多斯市公安机关", "launched", "抓强整树")),
    ("“抓强整树”专项活动开展以来,鄂尔多斯市公安机关出台《强化队伍管理二十六项措施》。",
     ("鄂尔多斯市公安机关", "issued", "强化队伍管理二十六项措施")),
    ("鄂尔多斯市公安机关制定“第一责任人”责任清单。",
     ("鄂尔多斯市公安机关", "issued", "第一责任人")),
    ("鄂尔多斯市公安局留置看护中心“党员包联制”等经验得到推广。",
     ("鄂尔多斯市公安局留置看护中心", "launched", "党员包联制")),
    ("鄂尔多斯市公安局留置看护中心“党员包联制”等经验得到推广。",
     ("鄂尔多斯市公安局留置看护中心", "subOrganizationOf", "鄂尔多斯市公安局")),
    ("鄂尔多斯市公安局政务服务办被评为“全区推进政务服务工作先进集体”。",
     ("鄂尔多斯市公安局政务服务办", "received", "全区推进政务服务工作先进集体")),
    ("鄂尔多斯市公安局连续2年被评为“全市人才工作专项考核优秀单位”。",
     ("鄂尔多斯市公安局", "received", "全市人才工作专项考核优秀单位")),
    ("鄂尔多斯市公安机关成功推选全国“最美基层民警”朱元等先进典型。",
     ("朱元", "received", "最美基层民警")),
    ("鄂尔多斯市公安局召开会议。", ("鄂尔多斯市公安局", "locatedIn", "鄂尔多斯市")),
])
def test_relation_found(report_of, text, expected):
    assert expected in relations(report_of, text)


def test_anaphor_names_the_last_bureau(report_of):
    text = "鄂尔多斯市公安局围绕实战开展训练。同时,该局创新“信息化+实战+比武”模式。"
    assert ("鄂尔多斯市公安局", "launched", "信息化+实战+比武") in relations(report_of, text)


def test_topic_carries_to_the_next_sentence(report_of):
    text = "鄂尔多斯市公安机关倾力打造“暖城暖警”品牌。大力推动“团圆计划”,畅通就医渠道。"
    assert ("鄂尔多斯市公安机关", "launched", "团圆计划") in relations(report_of, text)


def test_page_break_inside_a_sentence_keeps_the_topic(report_of):
    text = "鄂尔多斯市公安局做强品牌,精心\n\n策划“典型风采录”发布先进典型事迹5期。"
    assert ("鄂尔多斯市公安局", "launched", "典型风采录") in relations(report_of, text)


@pytest.mark.parametrize("text, predicate", [
    ("鄂尔多斯市公安机关成功向“读懂暖城·德润北疆”工程推送3名一线民警事迹。", "launched"),  # a recipient
    ("鄂尔多斯市公安机关刚性执行“禁酒令”。", "issued"),                                  # enforced, not issued
    ("鄂尔多斯市公安机关推动《从优待警二十条措施》长效化。", "issued"),                    # applied, not issued
    ("鄂尔多斯市公安局培养民警,24名民警获评“优秀实习指导老师”。", "received"),              # officers, not the bureau
])
def test_relation_not_found(report_of, text, predicate):
    assert not [r for r in relations(report_of, text) if r[1] == predicate]


def test_agent_of_a_passive_award_is_not_the_receiver(report_of):
    text = "鄂尔多斯市毒品检验鉴定中心被公安部评为“全国公安机关先进集体”。"
    assert relations(report_of, text) >= {("鄂尔多斯市毒品检验鉴定中心", "received", "全国公安机关先进集体")}
    assert ("公安部", "received", "全国公安机关先进集体") not in relations(report_of, text)


def subjects(report_of, text):
    return {m.raw: m.subject.text if m.subject else None for m in zh(report_of, text).metrics}


@pytest.mark.parametrize("text, raw, subject", [
    ("鄂尔多斯市公安局做强乌兰牧骑品牌,举办各类文化活动60余场。", "60余场", "鄂尔多斯市公安局"),
    ("鄂尔多斯市公安机关充分释放实训基地效能。累计承办各级培训班180期。", "180期", "鄂尔多斯市公安机关"),
    ("鄂尔多斯市公安局加强建设,全市公安机关堡垒支部创建率达86%。", "86%", "全市公安机关"),
    ("鄂尔多斯市公安局围绕实战开展训练。同时,该局组织培训练兵982期。", "982期", "鄂尔多斯市公安局"),
])
def test_figure_subject(report_of, text, raw, subject):
    assert subjects(report_of, text)[raw] == subject


def test_new_paragraph_drops_the_topic(report_of):
    text = "鄂尔多斯市毒品检验鉴定中心通过评审。\n累计承办各级培训班180期。"
    assert subjects(report_of, text)["180期"] is None
