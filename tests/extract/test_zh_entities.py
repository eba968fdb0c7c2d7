"""Entity mentions from Chinese sentences: agencies, programmes, measures, places, persons, awards."""
import pytest

from kg.extract.zh import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


def mentions(nlp, text):
    """(label, surface text) -> span attributes, for every entity span of ``text``."""
    doc = nlp(text)
    return {(s.label_, text[s._.kg["start"]:s._.kg["end"]]): s._.kg for s in doc.spans["kg_entities"]}


def test_pipeline_is_blank_chinese(nlp):
    assert nlp.lang == "zh"
    assert "kg_entities_zh" in nlp.pipe_names


@pytest.mark.parametrize("text, name, expected", [
    ("鄂尔多斯市公安局召开党委会议。", "鄂尔多斯市公安局",
     {"place": "鄂尔多斯市", "level": "municipal", "head": "public security bureau", "rank": "bureau",
      "kind": "PublicSecurityBureau"}),
    ("准格尔旗公安局开展夜间巡逻。", "准格尔旗公安局", {"place": "准格尔旗", "level": "county", "rank": "bureau"}),
    ("内蒙古自治区公安厅召开会议。", "内蒙古自治区公安厅",
     {"place": "内蒙古自治区", "head": "public security department", "level": "provincial"}),
    ("鄂尔多斯市公安机关坚持把政治建设置于首位。", "鄂尔多斯市公安机关",
     {"place": "鄂尔多斯市", "head": "public security organs", "rank": "organs"}),
    ("3个项目获公安部表彰。", "公安部", {"head": "ministry of public security", "rank": "ministry"}),
    ("鄂尔多斯市车管所连续三届获评全国一等所。", "鄂尔多斯市车管所",
     {"head": "vehicle management office", "rank": "unit"}),
    ("鄂尔多斯市毒品检验鉴定中心通过评审。", "鄂尔多斯市毒品检验鉴定中心", {"head": "毒品检验鉴定中心", "rank": "unit"}),
    ("鄂尔多斯市直机关工委肯定并推广。", "鄂尔多斯市直机关工委", {"kind": "PartyCommittee", "rank": "committee"}),
    ("滨河路派出所民警深入社区。", "滨河路派出所", {"kind": "PoliceStation", "rank": "station"}),
    ("同时,刑侦支队破获一批案件。", "刑侦支队", {"rank": "unit"}),
    ("在市委、市政府的坚强领导下。", "市委", {"kind": "PartyCommittee", "rank": "committee"}),
    ("在区委、区政府的坚强领导下。", "区委", {"kind": "PartyCommittee", "head": "party committee"}),
    ("市公安局党委严格落实“第一议题”制度。", "市公安局党委",
     {"kind": "PartyCommittee", "short": "党委", "parent_span": (0, 4)}),
    ("保定市公安局竞秀分局扎实开展工作。", "保定市公安局竞秀分局",
     {"place": "竞秀", "rank": "branch", "head": "branch", "owner_span": (0, 6), "short": "竞秀分局"}),
    ("其中七星派出所荣获称号。", "七星派出所", {"place": None, "rank": "station"}),
])
def test_agency_name_parts(nlp, text, name, expected):
    found = mentions(nlp, text)[("Agency", name)]
    assert {k: found.get(k) for k in expected} == expected


def test_short_and_long_government_names_share_a_head(nlp):
    found = mentions(nlp, "来源:竞秀区人民政府。在区委、区政府的领导下。")
    assert found[("Agency", "区政府")]["head"] == found[("Agency", "竞秀区人民政府")]["head"]


@pytest.mark.parametrize("text, anaphor, antecedent", [
    ("先锋派出所打造“红色先锋”品牌,该所荣获“全国优秀公安基层单位”称号。", "该所", "先锋派出所"),
    ("保定市公安局竞秀分局召开会议。\n分局全面推行“一村一警务助理”机制。", "分局", "保定市公安局竞秀分局"),
])
def test_anaphor_points_at_the_agency_named_before(nlp, text, anaphor, antecedent):
    start, end = mentions(nlp, text)[("Agency", anaphor)]["antecedent_span"]
    assert text[start:end] == antecedent


@pytest.mark.parametrize("text", ["全市各分局开展行动。", "应该所有民警参加。", "分局全面推行机制。"])
def test_no_anaphor_without_an_antecedent(nlp, text):
    assert not [k for k in mentions(nlp, text) if k[0] == "Agency"]


@pytest.mark.parametrize("text", [
    "竞秀分局召开会议。推动市局、分局两级联动。",
    "竞秀分局召开会议。分局、派出所共同参与。",
])
def test_branch_as_a_kind_of_unit_is_no_anaphor(nlp, text):
    assert ("Agency", "分局") not in mentions(nlp, text)


def test_unit_of_a_bare_branch_is_a_unit_of_the_branch_named_before(nlp):
    text = "竞秀分局召开会议。\n分局党委研究制定了实施方案。"
    start, end = mentions(nlp, text)[("Agency", "分局党委")]["parent_span"]
    assert text[start:end] == "竞秀分局"


def test_level_word_stands_for_the_reports_region(nlp):
    text = "自治区公安厅部署开展专项活动,鄂尔多斯市公安局坚决落实。"
    found = mentions(nlp, text)[("Agency", "自治区公安厅")]
    assert found["place"] == "内蒙古" and found["head"] == "public security department"


def test_unit_named_after_its_parent(nlp):
    text = "鄂尔多斯市公安局留置看护中心的经验得到推广。"
    found = mentions(nlp, text)
    unit = found[("Agency", "鄂尔多斯市公安局留置看护中心")]
    assert unit["short"] == "留置看护中心"
    assert tuple(unit["parent_span"]) == (0, len("鄂尔多斯市公安局"))
    assert ("Agency", "鄂尔多斯市公安局") in found


def test_generic_city_organs_take_the_reports_city(nlp):
    text = "鄂尔多斯市公安局加强建设,全市公安机关堡垒支部创建率达86%。"
    found = mentions(nlp, text)[("Agency", "全市公安机关")]
    assert found["place"] == "鄂尔多斯市" and found["rank"] == "organs"


def test_generic_city_organs_without_a_named_city_are_the_context(nlp):
    found = mentions(nlp, "全市公安机关堡垒支部创建率达86%。")[("Agency", "全市公安机关")]
    assert found["collective"] is True


def test_former_name_in_brackets_is_an_alias(nlp):
    found = mentions(nlp, "与内蒙古警察学院(原内蒙古警察职业学院)深入合作。")
    assert found[("Agency", "内蒙古警察学院")]["alias"] == "内蒙古警察职业学院"
    assert ("Agency", "内蒙古警察职业学院") not in found
    assert ("Place", "内蒙古") not in found


@pytest.mark.parametrize("text, not_an_agency", [
    ("推动市旗两级公安机关“从严办”实体化运行。", "市旗两级公安机关"),
    ("打造了警务实战指挥中心、侦查中心等实战中心。", "实战中心"),
    ("部署开展全区公安机关专项活动。", "区公安机关"),
    ("全市已建成“枫桥式公安派出所”36个。", "枫桥式公安派出所"),   # a title, see test_award_found
    ("市委员会召开会议。", "市委"),
])
def test_generic_bodies_are_not_agencies(nlp, text, not_an_agency):
    assert ("Agency", not_an_agency) not in mentions(nlp, text)


@pytest.mark.parametrize("text, name, alias", [
    ("部署开展全区公安机关“抓强整树”专项活动。", "抓强整树", "抓强整树专项活动"),
    ("鄂尔多斯市公安机关倾力打造“暖城暖警”品牌。", "暖城暖警", "暖城暖警品牌"),
    ("构建“党委带头学、支部跟进学、全警同步学”三级联动机制。", "党委带头学、支部跟进学、全警同步学",
     "党委带头学、支部跟进学、全警同步学三级联动机制"),
    ("围绕“1+12+N”“教学研练战”一体化体系开展训练。", "1+12+N", "1+12+N教学研练战一体化体系"),
    ("大力推动“团圆计划”,畅通就医渠道。", "团圆计划", None),
    ("该局持续深化“校局合作”。", "校局合作", None),
    ("推行“零门槛”落户。", "零门槛", None),
    ("常态化开展涉密涉酒专项整治。", "涉密涉酒专项整治", None),
    ("建立困难民警辅警帮扶基金。", "困难民警辅警帮扶基金", None),
    ("公安政务“一门通办”“一窗通办”高效运行。", "一窗通办", None),
    ("深入开展“昆仑2023”“云剑-2023”等专项行动。", "云剑-2023", "云剑-2023专项行动"),
    ("深入开展“昆仑2023”“云剑-2023”等专项行动。", "昆仑2023", "昆仑2023专项行动"),
    ("以“能力作风建设年”活动为抓手,全力防风险。", "能力作风建设年", "能力作风建设年活动"),
    ("竞秀分局将以“平安竞秀”建设为统领。", "平安竞秀", "平安竞秀建设"),
    ("持续深化“枫桥式公安派出所”创建。", "枫桥式公安派出所", "枫桥式公安派出所创建"),
    ("深化“枫桥式公安派出所”创建活动。", "枫桥式公安派出所", "枫桥式公安派出所创建活动"),
    ("全年网上办理政务服务事项186万件,“一网通办”率达93%。", "一网通办", None),
    ("分局党委严格落实主体责任,深入开展主题教育。", "主题教育", None),
    ("在全区率先实现102项户籍业务“全域通办”。", "全域通办", None),
])
def test_programme_found(nlp, text, name, alias):
    found = mentions(nlp, text)[("Programme", name)]
    assert found.get("alias") == alias


@pytest.mark.parametrize("text", [
    "以“抓党建”为统领 塑造绝对忠诚的政治品格",
    "构建完善“面向实战、高效协同”的教育训练新格局。",
    "让“有困难找组织”成为全警第一选择。",
    "牢固树立“战斗力”标准。",
    "举办各类文化活动60余场。",
    "全市公安机关累计投入警力5.6万人次,实现“零事故、零差错”。",
    "新市场派出所建成智慧安防小区54个,实现辖区发案“零增长”。",
])
def test_slogans_and_descriptions_are_not_programmes(nlp, text):
    assert not [k for k in mentions(nlp, text) if k[0] == "Programme"]


@pytest.mark.parametrize("text, name", [
    ("推动《从优待警二十条措施》长效化。", "从优待警二十条措施"),
    ("出台《强化队伍管理二十六项措施》等内部管理制度。", "强化队伍管理二十六项措施"),
    ("制定“第一责任人”责任清单。", "第一责任人"),
    ("完善主体责任、监督责任、廉政风险“三项清单”。", "三项清单"),
    ("刚性执行“禁酒令”。", "禁酒令"),
    ("与落实公安机关政治工作行动计划一体谋划。", "公安机关政治工作行动计划"),
])
def test_measure_found(nlp, text, name):
    assert ("Measure", name) in mentions(nlp, text)


@pytest.mark.parametrize("text", [
    "原创歌曲《警花》等5部作品获国家级奖项。",
    "启动公安题材电影《誓死追踪》拍摄。",
    "制定防控措施764项。",
])
def test_titles_and_counted_nouns_are_not_measures(nlp, text):
    assert not [k for k in mentions(nlp, text) if k[0] == "Measure"]


@pytest.mark.parametrize("text, name", [
    ("为鄂尔多斯高质量发展贡献公安力量。", "鄂尔多斯"),
    ("在2024年鄂尔多斯市“向市民报告”活动中获得第一名。", "鄂尔多斯市"),
    ("准格尔旗地处黄河岸边。", "准格尔旗"),
    ("在大柳塔镇开展巡逻。", "大柳塔镇"),
    ("在城关镇、南关镇等5个乡镇推广。", "南关镇"),
    ("分局全面推行机制,在韩村、江城、颉庄3个乡镇实现全覆盖。", "韩村"),
    ("分局全面推行机制,在韩村、江城、颉庄3个乡镇实现全覆盖。", "颉庄"),
    ("覆盖东胜、康巴什2个区。", "东胜"),
])
def test_place_found(nlp, text, name):
    assert ("Place", name) in mentions(nlp, text)


@pytest.mark.parametrize("text", [
    "深入推进平安建设,民警互助同心。",      # county names that are words need their suffix
    "推进城乡一体化和乡村振兴。",            # 城乡 is no town
    "各乡镇派出所联合行动。",
    "其中七星派出所荣获称号。",              # a station is named after a street, not a county
    "在贫困乡开展帮扶。",                    # a kind of township, not one
    "在韩村、江城5个乡镇推广。",              # the count does not fit the list
])
def test_no_place(nlp, text):
    assert not [k for k in mentions(nlp, text) if k[0] == "Place"]


@pytest.mark.parametrize("text, name", [
    ("成功推选全国“最美基层民警”朱元、“全国公安机关成绩突出青年民警”满都呼等先进典型。", "朱元"),
    ("成功推选全国“最美基层民警”朱元、“全国公安机关成绩突出青年民警”满都呼等先进典型。", "满都呼"),
    ("社区民警张伟在巡逻中救下落水群众。", "张伟"),
    ("李明同志荣获二等功。", "李明"),
    ("保山市公安局副局长孙磊表示，将继续全心全意为人民服务。", "孙磊"),
    ("派出所所长徐志强指出，要守护一方平安。", "徐志强"),
])
def test_person_found(nlp, text, name):
    assert ("Person", name) in mentions(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("鄂尔多斯市公安局获评第一批市直“创建北疆模范机关先进单位”。", "创建北疆模范机关先进单位"),
    ("8名同志荣获全区“最美警察”“最美辅警”。", "最美辅警"),
    ("成功推选全国“最美基层民警”朱元等先进典型。", "最美基层民警"),
    ("鄂尔多斯市车管所连续三届获评全国一等所,并获得好评。", "全国一等所"),
    ("警示教育片荣获全区廉洁文化新媒体作品一等奖。", "全区廉洁文化新媒体作品一等奖"),
    ("全市已建成“枫桥式公安派出所”36个。", "枫桥式公安派出所"),
    ("七星派出所荣获公安部“枫桥式公安派出所”称号。", "枫桥式公安派出所"),
])
def test_award_found(nlp, text, name):
    assert ("Award", name) in mentions(nlp, text)


def test_unspecific_prize_is_not_an_award(nlp):
    assert not [k for k in mentions(nlp, "35部作品获自治区级奖项。") if k[0] == "Award"]


@pytest.mark.parametrize("text, bureau", [
    ("2021年，保山市公安局共查处治安案件7210起。", "保山市公安局"),   # 查处 is a verb, not a 处
    ("市公安局共破获刑事案件915起。", "市公安局"),
])
def test_verb_after_an_agency_is_no_unit_of_it(nlp, text, bureau):
    assert [k[1] for k in mentions(nlp, text) if k[0] == "Agency"] == [bureau]


@pytest.mark.parametrize("text, names", [
    ("民警胡然蕾、王琳飞、罗雨、王静彬荣获个人二等功。", {"胡然蕾", "王琳飞", "罗雨", "王静彬"}),
    ("民警王明、李刚等人参加培训。", {"王明", "李刚"}),
    ("民警王明、治安大队负责同志参加。", {"王明"}),
])
def test_names_listed_after_a_role_word_are_persons(nlp, text, names):
    assert {t for label, t in mentions(nlp, text) if label == "Person"} == names


@pytest.mark.parametrize("text", ["民警在某洗浴中心查获涉赌人员。", "在市会展中心举办宣传活动。",
                                  "在鄂尔多斯市会展中心举办活动。"])
def test_venues_named_center_are_no_agencies(nlp, text):
    assert not [t for label, t in mentions(nlp, text) if label == "Agency"]
