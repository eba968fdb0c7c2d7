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
    # units named without their parent
    ("南宁市公安局召开会议。青秀分局深入推进“断卡”行动。", ("青秀分局", "subOrganizationOf", "南宁市公安局")),
    ("南宁市公安局召开会议。市出入境管理支队办理各类出入境证件42.6万本。",
     ("市出入境管理支队", "subOrganizationOf", "南宁市公安局")),
    ("保定市公安局竞秀分局召开会议。先锋派出所打造“红色先锋”品牌。",
     ("先锋派出所", "subOrganizationOf", "保定市公安局竞秀分局")),
    ("保定市公安局竞秀分局召开会议。", ("保定市公安局竞秀分局", "subOrganizationOf", "保定市公安局")),
    ("南宁市公安局召开会议。邕宁分局蒲庙派出所所长覃丽娟同志荣获“广西五一劳动奖章”。",
     ("邕宁分局", "subOrganizationOf", "南宁市公安局")),
    # party committees
    ("南宁市公安局召开会议。市公安局党委严格落实“第一议题”制度。", ("市公安局党委", "subOrganizationOf", "市公安局")),
    ("南宁市公安局召开会议。市公安局党委严格落实“第一议题”制度。", ("市公安局党委", "launched", "第一议题")),
    ("保定市公安局竞秀分局召开会议。\n分局党委研究制定了《竞秀分局百日行动实施方案》。",
     ("分局党委", "issued", "竞秀分局百日行动实施方案")),
    ("保定市公安局竞秀分局召开会议。\n分局党委研究制定了《竞秀分局百日行动实施方案》。",
     ("分局党委", "subOrganizationOf", "保定市公安局竞秀分局")),
    # coordinated agents, anaphors, role words, frames
    ("保定市公安局竞秀分局召开会议。\n分局与竞秀区人民检察院联合建立“侦诉协作”机制。",
     ("保定市公安局竞秀分局", "launched", "侦诉协作")),
    ("保定市公安局竞秀分局召开会议。\n分局与竞秀区人民检察院联合建立“侦诉协作”机制。",
     ("竞秀区人民检察院", "launched", "侦诉协作")),
    ("先锋派出所打造“红色先锋”社区警务品牌,该所荣获“全国优秀公安基层单位”称号。",
     ("先锋派出所", "received", "全国优秀公安基层单位")),
    ("保定市公安局竞秀分局召开会议。\n分局党委成立由局长刘建军同志任组长的工作专班。",
     ("刘建军", "memberOf", "保定市公安局竞秀分局")),
    ("2023年,南宁市公安局在市委的坚强领导下,以“能力作风建设年”活动为抓手,全力防风险。",
     ("南宁市公安局", "launched", "能力作风建设年")),
    ("南宁市公安局召开会议。全市公安机关深入开展“昆仑2023”“云剑-2023”等专项行动。",
     ("南宁市公安局", "launched", "云剑-2023")),
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


@pytest.mark.parametrize("text, relation", [
    # a centre may be anyone's
    ("鄂尔多斯市公安局召开会议。打造了侦查中心。", ("侦查中心", "subOrganizationOf", "鄂尔多斯市公安局")),
    # a police station belongs to a branch, not to a brigade named between them
    ("竞秀分局召开会议。经侦大队立案侦办案件。先锋派出所打造品牌。", ("先锋派出所", "subOrganizationOf", "经侦大队")),
    # a detachment is the city bureau's, not the branch's named before it
    ("南宁市公安局召开会议。江南分局打造品牌。市出入境管理支队办理证件。",
     ("市出入境管理支队", "subOrganizationOf", "江南分局")),
    # a target reached is no programme
    ("新市场派出所建成智慧安防小区54个,实现辖区发案“零增长”。", ("新市场派出所", "launched", "零增长")),
])
def test_relation_absent(report_of, text, relation):
    assert relation not in relations(report_of, text)


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
    ("南宁市公安局召开会议。全年网上办理事项186万件,“一网通办”率达93%。", "93%", "一网通办"),
    ("保定市公安局竞秀分局召开会议。\n分局与竞秀区人民检察院联合建立“侦诉协作”机制,全年移送起诉案件同比增长12%。",
     "12%", "保定市公安局竞秀分局"),
])
def test_figure_subject(report_of, text, raw, subject):
    assert subjects(report_of, text)[raw] == subject


@pytest.mark.parametrize("text, raw, subject", [
    ("保定市公安局竞秀分局召开会议。\n分局党委研究制定了方案。行动期间,共破获刑事案件432起。",
     "432起", "保定市公安局竞秀分局"),
    ("南宁市公安局召开会议。交警支队深化“一盔一带”行动。市公安局党委制定《意见》。群众满意率达99%。",
     "99%", "市公安局"),
])
def test_party_committee_hands_the_next_sentence_to_its_agency(report_of, text, raw, subject):
    assert subjects(report_of, text)[raw] == subject


def test_new_paragraph_drops_the_topic(report_of):
    text = "鄂尔多斯市毒品检验鉴定中心通过评审。\n累计承办各级培训班180期。"
    assert subjects(report_of, text)["180期"] is None


def test_subject_after_an_opener_in_its_clause(report_of):
    text = "南宁市公安局召开会议。此外青秀分局深入推进“断卡”行动。"
    assert ("青秀分局", "launched", "断卡") in relations(report_of, text)
