"""A synthetic corpus of agency work reports, seeded and reproducible, with its answer key.

English (the machine-translated register of the seeds) and Chinese reports of municipal and
county public security bureaus: the bureau named with its place and level, its branches and
police stations, quoted programmes with their heads ("Safe Campus" campaign, “平安校园”专项行动),
quoted and 《》-titled measures, figures in varied sentence forms (thousands separators,
million/billion and 万/亿, percentages, year-on-year changes, funding), and persons with roles.
Every entity and figure the generator writes is listed in the answer key, so the corpus can
score extraction at scale as well as time it.

The vocabulary grows as real text does (Heaps' law, distinct words ~ K * N^beta): names of
persons, branches, roads, stations and communities are made of pinyin syllables (and Chinese
given-name characters), places come from the whole gazetteer, programme names and measure
titles are composed from word lists, and the sentences around the facts are composed from
phrase fragments of the genre (crime types, fraud, drugs, traffic, fire safety, community
policing, internet security, household registration, exit-entry, ...), drawn with Zipf weights
and a few focus topics per report. A corpus whose words repeat would keep spaCy's tokenizer
cache always warm and make the tokenizer reference unrealistically fast.

    python benchmarks/corpus.py --reports 200 --out /tmp/corpus     # files + key.jsonl

The same ``seed`` and ``reports`` always give the same files, byte for byte.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import re
from bisect import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import accumulate
from pathlib import Path

from kg.extract.lexicon import gazetteer


def _items(text: str) -> list[str]:
    """Items of a word list written one per line or separated by '|'."""
    return [s.strip() for line in text.strip().splitlines() for s in line.split("|") if s.strip()]


class _Pool:
    """Items drawn with Zipf weights, the first the most frequent, as words are in real text."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, items, s: float = 1.0):
        self.items = list(items)
        self.cum = list(accumulate(1.0 / (r + 1) ** s for r in range(len(self.items))))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random):
        return self.items[bisect(self.cum, rng.random() * self.total)]


def _words(text: str) -> list[str]:
    """Words separated by blanks, each once, in the order written."""
    return list(dict.fromkeys(text.split()))


def _pool(text: str, s: float = 1.0) -> _Pool:
    return _Pool(_items(text), s)


# --------------------------------------------------------------------------------------------
# Names: pinyin syllables and Chinese characters

SURNAMES_EN = _pool("""
Wang | Li | Zhang | Liu | Chen | Yang | Huang | Zhao | Wu | Zhou | Xu | Sun | Ma | Zhu | Hu | Guo
He | Gao | Lin | Luo | Zheng | Liang | Xie | Song | Tang | Han | Feng | Deng | Cao | Peng | Zeng
Xiao | Tian | Dong | Yuan | Pan | Jiang | Cai | Yu | Du | Ye | Cheng | Su | Wei | Ding | Ren | Shen
Yao | Lu | Cui | Zhong | Tan | Fan | Jin | Shi | Liao | Jia | Xia | Fu | Fang | Bai | Zou | Meng
Xiong | Qin | Qiu | Jiang | Yin | Xue | Duan | Lei | Hou | Long | Shi | Tao | Li | He | Gu | Mao
Hao | Gong | Shao | Wan | Qian | Yan | Tan | Dai | Mo | Kong | Tang | Wen | Kang | Niu | Fan | Ge
Xing | Qi | Yi | Qiao | Pang | Yan | Ni | Zhuang | Nie | Zhang | Lu | Yue | Zhai | Yin | Shen | Geng
Jiao | Yu | Zuo | Liu | Gan | Zhu | Bao | Ning | Shang | Fu | Shu | Ruan | Ke | Ji | Mei | Tong
""", 0.9)
GIVEN_SYLLABLES = _words("""
ming wei jun hua lei qiang jing tao bin yong hong gang ping feng dong xin jian bo yan chao hai
lin yu xiao li na fang min jie lan xia yun zhi guo rong hui qing ning kai peng fei long hao yi
chen rui xuan zi han yang shu lu ying jia wen tian le shan shun kang cheng de fu gui sheng zhong
guang wu bao quan liang song bai qiu mei xiu zhen yue chun dan ting yao lian juan xue xiang ke
ran yuan hang ze mao hong ru meng qi xu jun xing zhe wan yun bing jiao zhan kun lun tong yang
hong liu shi qian chang jin heng yu hui xian fan sen pei yu cong ao shuang jun di huan nan jing
""")
# the syllables of names of roads, stations, communities and branches ("Dongji", "Xinhua Road")
PLACE_SYL_1 = _words("""
bao chao dai deng fan gao guo han hao hou kai ke lai lang mao ning pan pei qiao rui sha
tang teng wei xia xiao xu yao ye ying you zeng zhen zhou zhuo zou
dong xi nan bei zhong xin hong jian hua guang ming he ping an xing sheng li ren min jie fang
chang chun yong feng fu yu wen qing nian shi da xiao gu jin yin tai long feng huang bai lu
shui shan he qiao yuan lin song liu tao hai bin jiang hu xiang yang jing kang le shun tong
yan tian mei cui lan zhu yun xiu wang jia zhang li chen zhao ma shuang san wu ba jiu qi
""")
PLACE_SYL_2 = _words("""
ao bei cun dai fang gui hai hang jun kai lang mao nan pai qi ren sha shi tan wa xiang ya yue zhai
zhan zheng
cheng zhuang ying tun guan gou he shan ping yuan qiao men lou tai po wan zhou jie li hu tang
kou bao ji yang hua xin ming an lin fu feng quan dian ling gang du shu pu zi jing chang hai
ning xing kang jia ze hong wang yu tian dong song yi
""")

SURNAMES_ZH = _pool("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖
贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 钱 严 覃
武 戴 莫 孔 汤 温 康 施 牛 樊 葛 邢 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧阳 耿 兰
""".replace(" ", "|"), 0.9)
# given-name characters; none of the characters that end a name for the extractor (和, 同, 荣 ...)
GIVEN_ZH = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉建国志海波晓东宁文斌亮成俊"
    "峰浩宇鑫龙林云春梅兰凤洁琳雪新立永健世德广金中福生山清利源瑞凯旭振佳嘉欣思雨婷璐颖慧"
    "博睿泽昊然子轩诚毅松柏秋光辰亚丹莉燕晶彬炜琦蕾薇坤鸿雁翔鹤宏伦昌盛鸣骏锋铭琪婕璇哲")
# characters of made-up names of stations, roads and communities (青春路派出所, 先锋社区)
PLACE_ZH_1 = list("东西南北中新红建华光明平安兴胜利人民解放长春永丰富裕文化青年朝阳向阳前进团结幸福"
                  "和谐育才五一滨江湖桥河山岭泉石金银丹桂翠柳杏花梨园")
PLACE_ZH_2 = list("城庄营屯关沟河山坪园桥门楼台坡湾洲街里湖塘岗峰湾林泉坝铺店集寨村苑庭")

ZH_NUMERALS = "一二三四五六七八九十"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _syllables(rng: random.Random, first: list[str], second: list[str]) -> str:
    """A name of two pinyin syllables, an apostrophe before a vowel ("Xi'an")."""
    a, b = rng.choice(first), rng.choice(second)
    return (a + ("'" if b[0] in "aeo" else "") + b).capitalize()


@cache
def _gazetteer_names() -> frozenset[str]:
    """Every English and Chinese name and variant in the gazetteer (lower-cased English)."""
    names = set()
    for e in gazetteer():
        names.add(str(e["en"]).lower())
        names.update(str(v).lower() for v in e.get("variants") or [])
        if e.get("zh"):
            names.add(e["zh"])
    return frozenset(names)


def _made_name(rng: random.Random) -> str:
    """A made-up two-syllable name that is no place of the gazetteer."""
    while True:
        name = _syllables(rng, PLACE_SYL_1, PLACE_SYL_2)
        if name.lower() not in _gazetteer_names():
            return name


def _made_name_zh(rng: random.Random) -> str:
    while True:
        name = rng.choice(PLACE_ZH_1) + rng.choice(PLACE_ZH_2)
        if name not in _gazetteer_names() and name[0] != name[1]:
            return name


def _person_en(rng: random.Random) -> str:
    while True:
        given = rng.choice(GIVEN_SYLLABLES)
        if rng.random() < 0.75:
            second = rng.choice(GIVEN_SYLLABLES)
            given += ("'" if second[0] in "aeo" else "") + second
        given = given.capitalize()
        if given.lower() not in _gazetteer_names():
            return f"{SURNAMES_EN(rng)} {given}"


def _person_zh(rng: random.Random) -> str:
    given = rng.choice(GIVEN_ZH) + (rng.choice(GIVEN_ZH) if rng.random() < 0.7 else "")
    return SURNAMES_ZH(rng) + given


# --------------------------------------------------------------------------------------------
# English: morphology

_PAST_IRREGULAR = {
    "build": "built", "hold": "held", "set": "set", "put": "put", "make": "made", "take": "taken",
    "find": "found", "break": "broken", "seize": "seized", "give": "given", "lead": "led",
    "send": "sent", "spend": "spent", "win": "won", "strike": "struck", "keep": "kept",
    "bring": "brought", "catch": "caught", "teach": "taught", "run": "run", "cut": "cut",
    "shut": "shut", "get": "got", "draw": "drawn", "write": "written", "know": "known",
    "see": "seen", "go": "gone", "do": "done", "lay": "laid", "pay": "paid", "show": "shown",
    "undertake": "undertaken", "grow": "grown", "rise": "risen", "fall": "fallen",
}
_SIMPLE_PAST = {"take": "took", "break": "broke", "give": "gave", "draw": "drew", "write": "wrote",
                "know": "knew", "see": "saw", "go": "went", "do": "did", "show": "showed",
                "undertake": "undertook", "grow": "grew", "rise": "rose", "fall": "fell"}
_DOUBLING = {"stop", "plan", "control", "ban", "patrol", "commit", "submit", "drop", "step", "map",
             "scan", "net", "level", "label", "model", "signal", "travel", "cancel", "equip",
             "transfer", "refer", "permit", "trap", "grab", "rob", "top", "dig", "pin", "fulfil",
             "propel", "compel", "dispel", "get", "run", "set", "put", "cut", "shut", "win"}


def _first(verb: str) -> tuple[str, str]:
    head, _, rest = verb.partition(" ")
    return head, (" " + rest if rest else "")


def past(verb: str) -> str:
    """Simple past of a verb or phrasal verb ("crack down on" -> "cracked down on")."""
    v, rest = _first(verb)
    if v in _SIMPLE_PAST:
        return _SIMPLE_PAST[v] + rest
    if v in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[v] + rest
    return _regular_ed(v) + rest


def participle(verb: str) -> str:
    v, rest = _first(verb)
    if v in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[v] + rest
    return _regular_ed(v) + rest


def _regular_ed(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    if v in _DOUBLING:
        return v + v[-1] + "ed"
    return v + "ed"


def gerund(verb: str) -> str:
    v, rest = _first(verb)
    if v.endswith("ie"):
        v = v[:-2] + "y"
    elif v.endswith("e") and not v.endswith(("ee", "ye", "oe")) and v != "be":
        v = v[:-1]
    elif v in _DOUBLING:
        v += v[-1]
    return v + "ing" + rest


def third(verb: str) -> str:
    v, rest = _first(verb)
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return v + "es" + rest
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies" + rest
    return v + "s" + rest


def plural(noun: str) -> str:
    words = noun.split(" ")
    w = words[-1]
    if w.endswith(("s", "sh", "ch", "x", "z")):
        w += "es"
    elif w.endswith("y") and w[-2] not in "aeiou":
        w = w[:-1] + "ies"
    else:
        w += "s"
    return " ".join(words[:-1] + [w])


_SLOT = re.compile(r"\{([^{}]+)\}")
_NOT_PRENOMINAL = {"the", "of", "in", "by", "for", "among", "on", "without", "under", "with", "to",
                   "into", "against", "at", "from", "and"}


def _compoundable(topic: str) -> bool:
    """Whether a topic can stand before a noun ("drunk driving governance")."""
    return not any(w in _NOT_PRENOMINAL for w in topic.split()[:-1]) and not topic.startswith("the ")


_PROCESS_WORDS = ("management", "governance", "administration", "reform", "work", "policing",
                  "registration", "building", "supervision", "services", "control", "handling")


def _bare(topic: str) -> str:
    return topic[4:] if topic.startswith("the ") else topic


def and_list(items: list[str], comma: str = ", ", last: str = " and ") -> str:
    """"a, b and c" (a、b和c)."""
    return items[0] if len(items) == 1 else comma.join(items[:-1]) + last + items[-1]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_SMALL = {"of", "and", "the", "for", "in", "on", "to", "a", "an", "with", "by", "at", "or"}


def title(s: str) -> str:
    """Title case of a phrase, small words lower-cased, hyphenated parts each capitalised."""
    out = []
    for i, w in enumerate(s.split()):
        if i and w in _SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


# --------------------------------------------------------------------------------------------
# English: the genre's vocabulary, by topic

@dataclass
class _Area:
    """One field of public security work: what is fought or served, what is counted, where."""

    topics: _Pool          # noun phrases ("telecom network fraud")
    crimes: _Pool | None   # the topics that are fought ("crack down on telecom network fraud")
    counted: list          # (verb, plural noun phrase, low, high): "cracked 1,234 fraud cases"
    venues: _Pool          # plural places ("rural markets")
    people: _Pool          # plural groups of people ("elderly people")
    title: list[str]       # title-case topics for measure titles and headings


def _area(topics: str, counted: str, venues: str, people: str) -> _Area:
    rows = []
    for line in _items(counted):
        verb, noun, lo, hi = (x.strip() for x in line.split(";"))
        rows.append((verb, noun, int(lo), int(hi)))
    marked = _items(topics)
    t = [x.lstrip("!") for x in marked]
    crimes = [x[1:] for x in marked if x.startswith("!")]
    return _Area(_Pool(t, 0.8), _Pool(crimes, 0.8) if crimes else None, rows, _pool(venues, 0.8),
                 _pool(people, 0.8), [title(x) for x in t])


AREAS_EN: dict[str, _Area] = {
    "fraud": _area(
        """!telecom network fraud | !telecom and internet fraud crimes | !online fraud | !brushing fraud
        !investment and wealth management fraud | !fake customer service fraud | !online loan fraud
        !fraud by impersonating police officers | !part-time job scams | !online dating scams
        !phishing text messages | !money laundering for fraud gangs | !the illegal trade in phone cards
        !illegal payment settlement | !fraud against the elderly | !cross-border fraud""",
        """crack; telecom network fraud cases; 30; 4000 | arrest; fraud suspects; 20; 3000
        destroy; fraud gangs; 3; 150 | dissuade; potential victims; 100; 90000
        intercept; fraudulent calls; 500; 600000 | block; phishing websites; 50; 80000
        clean up; abnormal phone cards; 200; 60000 | freeze; bank accounts involved in fraud; 50; 20000
        push; early-warning messages; 1000; 900000 | visit; households at risk of fraud; 100; 60000
        hold; anti-fraud lectures; 10; 3000 | return; stolen funds to victims; 10; 900""",
        """banks | communities | campuses | enterprises | rural markets | express delivery outlets
        telecom business halls | villages | construction sites | nursing homes""",
        """elderly people | college students | retirees | small business owners | job seekers
        bank employees | parents of students | women""",
    ),
    "drugs": _area(
        """!drug trafficking | !drug-related crimes | synthetic drugs | !the planting of poppies
        precursor chemicals | !drug abuse among young people | !the smuggling of drugs
        !new psychoactive substances | drug addicts in the community | cannabis grown in secret
        !drug use in entertainment venues | !drug-driving""",
        """crack; drug-related criminal cases; 10; 900 | arrest; drug suspects; 10; 1200
        seize; packets of drugs; 2; 900 | investigate; drug users; 20; 3000
        uproot; illegally planted poppy plants; 100; 90000 | inspect; entertainment venues; 20; 4000
        test; hair samples of key persons; 50; 20000 | help; drug addicts to rehabilitate; 10; 900
        hold; drug prevention classes; 10; 2000""",
        """entertainment venues | rental houses | logistics parks | chemical enterprises | border villages
        schools | hotels | bathhouses | farmland""",
        """drug addicts | young people | students | rehabilitated persons | the families of addicts
        logistics workers | chemical practitioners""",
    ),
    "traffic": _area(
        """road traffic safety | !drunk driving | !driving under the influence of alcohol | !speeding
        overloaded trucks | electric bicycles | school bus safety | traffic congestion
        motorcycles without licence plates | !illegal parking | hidden dangers on rural roads
        trucks carrying dangerous goods | !fatigue driving | !red-light running | helmet wearing
        expressway safety | !illegal passenger transport""",
        """investigate; traffic violations; 1000; 900000 | investigate; cases of drunk driving; 50; 9000
        seize; overloaded trucks; 30; 9000 | rectify; road hazards; 20; 5000
        inspect; school buses; 20; 3000 | register; electric bicycles; 1000; 900000
        handle; road traffic accidents; 100; 90000 | detain; unlicensed vehicles; 20; 20000
        install; traffic signal lights; 10; 2000 | issue; driving licences; 1000; 300000
        remove; illegally parked vehicles; 100; 90000 | set up; temporary checkpoints; 5; 600""",
        """intersections | expressways | rural roads | national highways | school zones | bus stations
        parking lots | urban roads | mountain roads | tunnels""",
        """drivers | riders of electric bicycles | pedestrians | truck drivers | students | villagers
        motorcyclists | bus drivers | new drivers""",
    ),
    "fire": _area(
        """fire safety | !fire hazards | !electric bicycles charging indoors | high-rise buildings
        fire escapes | the storage of flammable goods | !illegal use of gas | old residential areas
        warehouses and factories | small places | fire-fighting facilities | forest fires""",
        """inspect; public places; 50; 20000 | rectify; fire hazards; 50; 30000
        hold; fire drills; 10; 5000 | seal up; unsafe premises; 5; 900
        train; fire safety administrators; 50; 20000 | replace; fire extinguishers; 100; 90000
        punish; units in violation; 5; 3000""",
        """shopping malls | hotels | hospitals | warehouses | residential communities | factories
        schools | markets | kindergartens | rental houses""",
        """residents | property managers | business owners | students | elderly people | workers
        volunteer firefighters""",
    ),
    "community": _area(
        """community policing | grid management | conflicts and disputes | neighbourhood disputes
        rural governance | the Fengqiao Experience in the new era | joint defence by the masses
        community patrols | volunteers for public security | the care of left-behind children
        elderly people living alone | key persons in the community | petitions and complaints
        family disputes | land disputes | wage arrears of migrant workers""",
        """mediate; conflicts and disputes; 100; 50000 | visit; households; 500; 900000
        organize; volunteers; 100; 90000 | carry out; patrols; 100; 90000
        investigate; hidden dangers; 100; 50000 | set up; mediation rooms; 5; 900
        help; elderly people living alone; 20; 9000 | resolve; petitions; 20; 5000
        install; smart door locks; 50; 20000 | settle; wage disputes; 10; 3000""",
        """communities | villages | residential quarters | rural markets | neighbourhoods | townships
        streets | industrial parks | scenic spots | university towns""",
        """residents | villagers | grid members | volunteers | elderly people | left-behind children
        migrant workers | community cadres | property managers | security guards""",
    ),
    "cyber": _area(
        """internet security | !cybercrime | !the infringement of citizens' personal information
        !online gambling | !online rumours | !hacking | !illegal websites | network security
        data security | critical information infrastructure | !online pornography
        !internet water armies | !illegal live streaming | !online fraud apps | !cyber violence""",
        """crack; cybercrime cases; 20; 3000 | close; illegal websites; 20; 20000
        delete; harmful messages; 100; 300000 | inspect; network operators; 20; 5000
        fix; security loopholes; 10; 9000 | punish; online rumour-mongers; 5; 900
        arrest; hackers; 3; 300 | protect; key information systems; 5; 2000""",
        """internet cafes | data centres | online platforms | schools | enterprises | government websites
        hotels | live-streaming bases""",
        """netizens | minors | network operators | internet users | students | programmers | streamers""",
    ),
    "household": _area(
        """household registration | resident identity cards | residence permits
        the settlement of talents | the registration of newborns | online handling of services
        one-window services | cross-provincial handling of services | certificates issued for the masses
        the management of the floating population | household registration reform""",
        """handle; household registration services; 1000; 900000 | issue; resident identity cards; 1000; 900000
        issue; residence permits; 500; 200000 | register; newborns; 100; 90000
        settle; talents; 100; 90000 | handle; services online; 1000; 900000
        cancel; duplicate household registrations; 10; 5000 | provide; door-to-door services; 50; 30000""",
        """service halls | police stations | townships | communities | hospitals | universities
        enterprises | nursing homes""",
        """applicants | new residents | students | elderly people | disabled people | migrant workers
        talents | newborns and their parents""",
    ),
    "exit_entry": _area(
        """exit-entry administration | ordinary passports | two-way travel permits
        !foreigners working illegally | !illegal border crossings | border control
        the management of foreigners | permits for travel abroad | stowaways""",
        """issue; exit-entry documents; 1000; 900000 | inspect; foreigners; 50; 20000
        investigate; cases of illegal exit and entry; 5; 900 | handle; visa extensions; 50; 30000
        arrest; stowaways; 3; 500 | check; hotels accommodating foreigners; 20; 5000""",
        """ports | border areas | hotels | universities | enterprises employing foreigners
        service windows""",
        """foreigners | applicants | overseas Chinese | exporters | students abroad | tourists""",
    ),
    "economic": _area(
        """!economic crimes | !illegal fund-raising | !pyramid selling | !contract fraud
        !the counterfeiting of trademarks | !tax-related crimes | !money laundering
        !illegal lending | !crimes against enterprises | !the embezzlement of company funds
        !counterfeit money | !illegal foreign exchange trading""",
        """crack; economic crime cases; 10; 900 | arrest; economic crime suspects; 10; 900
        recover; losses for enterprises; 5; 500 | investigate; pyramid selling organizations; 2; 90
        visit; enterprises; 50; 20000 | seize; counterfeit products; 100; 90000""",
        """enterprises | industrial parks | banks | markets | shopping malls | chambers of commerce
        investment companies""",
        """entrepreneurs | investors | employees | depositors | merchants | shareholders""",
    ),
    "gangs": _area(
        """!gang-related crimes | !criminal gangs and evil forces | !the protective umbrellas of gangs
        !organized crime | !illegal mining | !forced transactions | !violent debt collection
        !market monopolies by gangs | the infiltration of gangs into grassroots organizations""",
        """destroy; criminal gangs; 2; 90 | arrest; gang members; 10; 2000
        seize; assets involved in gangs; 5; 900 | crack; cases involving gangs; 10; 900
        receive; clues reported by the masses; 50; 20000 | rectify; industries; 3; 90""",
        """markets | construction sites | transport hubs | mining areas | villages | ports""",
        """gang members | witnesses | whistleblowers | merchants | village cadres | victims""",
    ),
    "theft": _area(
        """!theft of electric bicycles | !burglary | !pickpocketing | !robbery and snatching
        !theft of cables | !theft of cattle and sheep | !theft of farm machinery | fraud and theft
        !theft in residential areas | !theft on public transport | !property crimes""",
        """crack; theft cases; 50; 9000 | arrest; thieves; 20; 3000
        recover; stolen electric bicycles; 20; 9000 | return; stolen goods to owners; 50; 20000
        destroy; theft gangs; 3; 200 | install; anti-theft devices; 100; 90000""",
        """residential areas | buses | subway stations | bus stations | markets | farms | parking lots
        construction sites""",
        """victims | passengers | residents | farmers | car owners | shop owners""",
    ),
    "campus": _area(
        """campus safety | !juvenile delinquency | !school bullying | the safety of students
        the prevention of drowning | the protection of minors | traffic around schools
        the rule-of-law education of students | campus security guards""",
        """inspect; schools and kindergartens; 20; 9000 | give; rule-of-law lectures; 10; 5000
        train; campus security guards; 20; 9000 | set up; police posts near schools; 5; 900
        help; troubled teenagers; 10; 3000 | patrol; campuses; 50; 30000""",
        """schools | kindergartens | colleges | training institutions | school gates | dormitories""",
        """students | teachers | parents | security guards | headmasters | minors""",
    ),
    "stability": _area(
        """social stability | major security tasks | large-scale events | public order
        emergency response | mass incidents | !terrorism | the security of important targets
        the safety of festivals | public order in scenic spots | !extreme cases""",
        """deploy; police officers; 100; 20000 | complete; security tasks; 10; 900
        secure; large-scale events; 10; 3000 | inspect; key targets; 20; 9000
        handle; emergencies; 10; 9000 | answer; emergency calls; 1000; 900000""",
        """squares | stadiums | scenic spots | railway stations | airports | hospitals | schools
        exhibition halls""",
        """tourists | spectators | citizens | passengers | visitors | participants""",
    ),
    "team": _area(
        """team building | strict discipline of the police | political education | police integrity
        the professional ability of the police | the care of police officers | party building
        the management of auxiliary police | practical training | the health of police officers
        law enforcement supervision | the quality of case handling""",
        """train; police officers; 100; 20000 | hold; training courses; 5; 900
        commend; advanced collectives; 5; 900 | recruit; auxiliary police officers; 10; 3000
        correct; problems of law enforcement; 10; 900 | review; case files; 100; 30000
        hold; party lectures; 5; 900 | organize; physical examinations; 100; 20000""",
        """police stations | training bases | party branches | detachments | brigades | police academies""",
        """police officers | auxiliary police officers | young police officers | party members
        retired police officers | police families | instructors""",
    ),
    "tech": _area(
        """smart policing | big data | video surveillance | intelligent command
        information technology | the integration of data | face recognition | police cloud
        the internet of things | digital governance | mobile policing""",
        """install; high-definition cameras; 100; 90000 | build; smart communities; 10; 3000
        connect; video channels; 100; 90000 | develop; application models; 5; 900
        collect; pieces of data; 10000; 900000 | push; early warnings; 100; 90000""",
        """communities | command centres | checkpoints | intersections | campuses | hospitals | data centres""",
        """technicians | analysts | police officers | engineers | residents""",
    ),
    "services": _area(
        """services for the people | the business environment | convenience services
        services for enterprises | public security administrative services | handling at one window
        complaints of the masses | the efficiency of approval | certificates for enterprises
        the protection of private enterprises""",
        """handle; administrative approvals; 100; 90000 | answer; calls for help; 1000; 900000
        help; enterprises; 10; 9000 | resolve; problems of the masses; 100; 90000
        provide; appointment services; 50; 30000 | reduce; certificates; 5; 300""",
        """service halls | enterprises | communities | industrial parks | villages | service windows""",
        """enterprises | citizens | entrepreneurs | investors | the masses | applicants""",
    ),
}
# more of each field: merged into the lists above (a topic marked "!" is fought)
_MORE_EN = {
    "fraud": ("!fake refund scams | !rebate scams in online shopping | !sextortion | !fake police calls | !loan account cancellation scams "
              "| !fraud in the name of pensions | !ticket scams | !fake charity fundraising | !scams in online games | the anti-fraud app",
              "install; anti-fraud apps; 1000; 900000 | recover; cases of fraud money; 5; 900 | identify; money mules; 10; 3000",
              "shopping centres | pension offices | post offices | lottery shops", "online shoppers | gamers | pensioners | migrant workers"),
    "drugs": ("!drug dens | !the abuse of laughing gas | !the online sale of drugs | !drug couriers | drug rehabilitation in the community "
              "| !the smuggling of drugs across the border | drug-free communities",
              "dismantle; drug dens; 2; 200 | seize; cylinders of laughing gas; 10; 9000 | intercept; drug parcels; 5; 900",
              "express depots | karaoke rooms | bars | border ports", "couriers | bar staff | hotel staff | rehabilitated youths"),
    "traffic": ("!the illegal modification of vehicles | !truck overloading | !driving without a licence | !motorcycle racing at night "
                "| accident-prone sections | traffic signals | road traffic congestion | the safety of rural passenger transport "
                "| !unlicensed electric tricycles | !occupying emergency lanes",
                "tow; vehicles; 100; 90000 | remove; hazards at accident-prone sections; 10; 3000 | deduct; points from drivers; 1000; 900000"
                " | check; vehicles at checkpoints; 1000; 900000 | persuade; riders without helmets; 100; 90000",
                "toll stations | service areas | railway crossings | village roads | bridges", "couriers | delivery riders | taxi drivers | elderly riders"),
    "fire": ("!fireworks sold without permits | the fire safety of tall buildings | fire safety in rural areas | !blocked fire lanes "
             "| !flying wires for charging | fire safety in the Spring Festival",
             "clear; blocked fire lanes; 10; 9000 | remove; flying wires; 50; 20000 | confiscate; illegal fireworks; 10; 9000",
             "nursing homes | internet cafes | markets | farmhouses | temples", "landlords | tenants | caretakers | monks"),
    "community": ("!noise disputes | the safety of the elderly | neighbourhood watch | red armband volunteers | village rules and conventions "
                  "| the rule of law in villages | the return of released prisoners | mental patients in the community",
                  "register; released prisoners; 5; 900 | help; mental patients; 5; 900 | hold; mediation meetings; 10; 9000",
                  "tea houses | courtyards | village squares | ancestral halls | old residential compounds",
                  "red armband volunteers | retired cadres | village heads | building chiefs | mediators"),
    "cyber": ("!the sale of personal data | !cyber attacks on enterprises | !fake apps | !online harassment | the security of apps "
              "| !illegal crawlers | !online extortion | the cleaning up of the online environment",
              "investigate; apps; 20; 9000 | notify; enterprises of risks; 10; 9000 | remove; illegal apps; 10; 9000",
              "app stores | cloud platforms | game companies | data brokers", "app developers | bloggers | gamers | webmasters"),
    "household": ("the registration of non-local residents | the correction of household information | identity cards for the elderly "
                  "| the online issuance of certificates | the household registration of returned overseas Chinese",
                  "correct; errors in household records; 10; 9000 | issue; temporary identity cards; 100; 90000",
                  "township halls | village committees | hospitals for newborns", "newborns | returned students | veterans"),
    "exit_entry": ("electronic permits | the entry of foreign businessmen | port visas | the exit of key persons",
                   "issue; port visas; 10; 9000 | handle; permits for business travel; 100; 90000",
                   "airports | border crossings | free trade zones", "businessmen | foreign students | crew members"),
    "economic": ("!financial fraud | !the forgery of invoices | !insurance fraud | !telecom subsidy fraud | !intellectual property crimes "
                 "| !bank card crimes | the recovery of stolen money",
                 "seize; forged invoices; 100; 90000 | freeze; assets; 5; 900 | help; investors recover losses; 10; 9000",
                 "invoice agencies | insurance companies | e-commerce platforms | pawnshops", "taxpayers | policyholders | inventors"),
    "gangs": ("!rural bullies | !loan sharks | !sand and gravel gangs | !transport gangs | !extortion of merchants",
              "seize; vehicles of gangs; 5; 900 | arrest; fugitive gang members; 2; 300",
              "river beaches | bus terminals | wholesale markets | sand quarries", "village bullies | debt collectors | sand miners"),
    "theft": ("!theft of manhole covers | !theft of crops | !theft from vehicles | !theft of batteries | !shoplifting "
              "| !theft at construction sites | the recovery of stolen goods",
              "recover; stolen batteries; 10; 9000 | solve; theft cases from vehicles; 10; 3000",
              "supermarkets | warehouses | villages | farmland | loading yards", "farmers | drivers | store keepers | site managers"),
    "campus": ("!drug use among students | !online fraud targeting students | the safety of school buses | the psychological health of students "
               "| vice-principals for the rule of law | campus fire safety | !campus loans",
               "appoint; vice-principals for the rule of law; 5; 900 | hold; safety classes; 10; 9000",
               "school canteens | dormitories | playgrounds | school buses", "vice-principals | school doctors | canteen staff"),
    "stability": ("the security of the college entrance examination | the safety of concerts | crowd control | the safety of marathons "
                  "| the security of trade fairs | the celebrations of festivals | !disturbances at hospitals",
                  "escort; test papers; 10; 9000 | deploy; drones for security; 5; 900 | divert; crowds; 1000; 900000",
                  "concert halls | marathon routes | convention centres | pedestrian streets", "runners | fans | exhibitors | pilgrims"),
    "team": ("the mental health of the police | the heroic deeds of police officers | police uniforms and badges | the police museum "
             "| the training of new recruits | the families of fallen police officers | the clean government culture",
             "visit; families of fallen police officers; 5; 900 | hold; shooting training sessions; 5; 900 | train; new recruits; 10; 3000",
             "shooting ranges | police gymnasiums | police museums | canteens", "new recruits | police veterans | police families"),
    "tech": ("drones for policing | the police big data centre | smart checkpoints | the integration of video resources "
             "| algorithms | 5G policing | artificial intelligence | blockchain evidence",
             "deploy; patrol drones; 5; 900 | integrate; data resources; 10; 9000 | build; smart checkpoints; 5; 900",
             "control rooms | server rooms | smart streets", "data analysts | drone pilots | software engineers"),
    "services": ("services for the elderly | appointments in advance | services on weekends | the reduction of certificates "
                 "| services for veterans | a service hotline | the evaluation of services by the masses",
                 "answer; calls on the service hotline; 1000; 900000 | handle; services on weekends; 100; 90000",
                 "service centres | bank halls | rural service points", "veterans | pensioners | disabled people | entrepreneurs"),
}
for _name, (_t, _c, _v, _p) in _MORE_EN.items():
    _a = AREAS_EN[_name]
    _more = _area(_t, _c, _v, _p)
    _marked = [("!" + x if _a.crimes and x in _a.crimes.items else x) for x in _a.topics.items]
    _marked += [("!" + x if _more.crimes and x in _more.crimes.items else x) for x in _more.topics.items]
    AREAS_EN[_name] = _area(" | ".join(_marked),
                            " | ".join(f"{v}; {n}; {lo}; {hi}" for v, n, lo, hi in _a.counted + _more.counted),
                            " | ".join(_a.venues.items + _more.venues.items), " | ".join(_a.people.items + _more.people.items))
AREA_NAMES = list(AREAS_EN)

ADVERBS = _pool("""
further | continuously | comprehensively | vigorously | effectively | steadily | actively | firmly
fully | strictly | deeply | solidly | constantly | resolutely | precisely | systematically
significantly | gradually | proactively | earnestly | thoroughly | promptly | jointly | persistently
substantially | decisively | rigorously | carefully | intensively | practically | scientifically
efficiently | flexibly | accurately | consistently | quickly | seriously | boldly | concretely
timely | orderly | tirelessly | meticulously | patiently | diligently | conscientiously | wholeheartedly
comprehensively | selflessly | courageously | skilfully | openly | fairly | impartially | transparently
sincerely | warmly | humbly | vividly | creatively | cooperatively | collectively | rapidly | swiftly
""")
# verbs of the work itself ("strengthened the prevention and control of ...") and verbs of
# the fight against what is fought ("cracked down on telecom network fraud")
# hyphenated modifiers of the register ("gang-related", "village-level", "data-driven")
COMPOUNDS = _pool("""
fraud-related | drug-related | gang-related | gun-related | gambling-related | foreign-related | tax-related
case-related | minor-related | security-related | traffic-related | fire-related | cyber-related
community-based | grid-based | data-based | evidence-based | village-based | campus-based | station-based
people-oriented | problem-oriented | result-oriented | goal-oriented | service-oriented | practice-oriented
village-level | township-level | county-level | city-level | province-level | street-level | unit-level
city-wide | county-wide | province-wide | society-wide | industry-wide | region-wide | police-wide
data-driven | technology-driven | demand-driven | innovation-driven | intelligence-led | party-led
people-centred | user-friendly | crime-free | drug-free | accident-free | zero-tolerance | zero-distance
door-to-door | face-to-face | point-to-point | end-to-end | one-stop | one-to-one | all-weather | all-round
round-the-clock | high-pressure | high-risk | high-incidence | high-frequency | high-quality | high-standard
low-carbon | low-income | long-standing | long-pending | well-known | hard-won | hands-on | on-site
in-depth | large-scale | small-scale | medium-sized | full-time | part-time | short-term | mid-term
cross-border | cross-regional | cross-departmental | cross-provincial | multi-departmental | multi-level
multi-channel | multi-party | multi-dimensional | self-service | self-inspection | self-correction
non-emergency | non-local | non-standard | re-examination | post-event | pre-event | mid-event
""", 0.7)
WORK_VERBS = _pool("""
strengthen | improve | promote | deepen | consolidate | optimize | standardize | implement | enhance
advance | carry out | refine | expand | innovate | tighten | upgrade | integrate | coordinate
perfect | reinforce | accelerate | step up | push forward | roll out | streamline | develop | support
extend | intensify | unify | simplify | focus on | explore | organize | deploy | build | establish
do a good job in | make solid progress in | give full play to | make up for the shortcomings of
put into practice | lay a solid foundation for | cultivate | reshape | activate | safeguard
bolster | uphold | fortify | revamp | overhaul | institutionalize | digitize | solidify | harmonize
systematize | modernize | rationalize | coordinate the work of | supervise the implementation of
follow up | sum up | review | evaluate | assess | inspect | audit | track | monitor | benchmark
""", 0.9)
CRIME_VERBS = _pool("""
crack down on | combat | curb | prevent | strike hard at | rectify | punish | tackle | eliminate
guard against | investigate and punish | hit hard at | contain | clean up | root out
severely punish | fight against | dismantle the networks of | cut off the chains of | deter
stamp out | suppress | smash | uproot | dry up the sources of | destroy the dens of | expose
""", 0.9)
ADJECTIVES = _pool("""
key | grassroots | comprehensive | long-term | effective | normalized | scientific | standardized
professional | intelligent | precise | multi-level | three-dimensional | whole-chain | closed-loop
all-round | fundamental | solid | strong | new | major | potential | hidden | prominent | serious
social | public | rural | urban | basic | modern | practical | efficient | sound | unified
coordinated | dynamic | systematic | institutional | special | regular | daily | front-line
cross-regional | sustainable | targeted | overall | stable | typical | outstanding
refined | intensive | extensive | rigorous | transparent | impartial | fair | open | convenient | accessible
responsive | agile | resilient | robust | reliable | accurate | rapid | quick | flexible | diversified
integrated | collaborative | interactive | digital | smart | visual | mobile | online | offline | hybrid
preventive | proactive | reactive | remedial | corrective | punitive | deterrent | supportive | protective
""", 0.9)
# nouns of processes ("the prevention and control of X", "X governance") and abstract nouns
PROC_NOUNS = _pool("""
prevention and control | governance | management | supervision | rectification | investigation
prevention | publicity | early warning | research and judgment | source governance | monitoring
comprehensive governance | inspection | control | risk assessment
joint prevention | normalized management | precise prevention | hidden danger investigation
traceability | accountability | evaluation | verification | certification | registration | filing
approval | review | follow-up | feedback | reporting | notification | disposal | handling | tracking
""", 0.9)
ABS_NOUNS = _pool("""
mechanism | system | capability | level | foundation | pattern | situation | network | responsibility
efficiency | guarantee | coordination | linkage | platform | model | process | quality
order | environment | awareness | defence line | chain | team | work style | discipline | culture
brand | atmosphere | ability to respond | allocation of police forces | support | deterrence | force
synergy | closed loop | database | service | efforts | security | strength | barrier
foothold | yardstick | benchmark | cornerstone | backbone | lifeline | bottom line | red line | blind spot
weak link | shortcoming | bottleneck | loophole | breakthrough | highlight | landmark | framework | matrix
dashboard | hub | node | interface | channel | gateway | window | ecosystem | landscape | paradigm
""", 0.9)
OPENINGS = _pool("""
Since the beginning of this year | In the past year | Throughout the year | At the same time
In addition | On this basis | In recent years | Over the past year | During the reporting period
Meanwhile | Moreover | To this end | In practice | Next | Going forward | As a result
Since the launch of the work | Under the unified deployment of the higher authorities
In accordance with the requirements of the higher authorities | With the support of all parties
Looking back on the past year | Taking stock of the work | Standing at a new starting point
In the face of new challenges | With the care of the leadership | Over the past twelve months
Despite the heavy workload | Amid the complex situation | At the beginning of the year
""", 0.8)
SUBJECTS = _pool("""
the police | police officers | the civilian and auxiliary police | grassroots police stations
all police categories | community police officers | front-line police officers | the police of the whole city
all units | the special task force | the police force | party members among the police
""", 0.9)
GOALS = _pool("""
maintain social stability | safeguard the safety of the people's lives and property
create a safe and stable social environment | improve the people's sense of gain, happiness and security
serve high-quality economic and social development | keep the overall social situation stable
prevent and resolve major risks | build a higher level of safe construction
make the people feel safer | protect the legitimate rights and interests of the masses
escort economic and social development | win the trust of the people
achieve a win-win situation of security and development | lay a solid foundation for long-term stability
hand in a satisfactory answer sheet to the people | guard the peace of every household
keep the lights of thousands of homes shining | let the masses sleep soundly at night
make the streets safer for children and the elderly | polish the golden signboard of safety
""", 0.8)
RESULTS = _pool("""
remarkable results have been achieved | the situation has been effectively curbed
the people have given high praise | the work has been fully recognized by the higher authorities
the number of cases has continued to decline | the foundation has been further consolidated
the ability to fight crime has been significantly improved | a good social effect has been achieved
the satisfaction of the masses has risen steadily | no major incidents have occurred
the experience has been promoted throughout the province | the work has entered a new stage
the figures speak for themselves | the effect exceeded expectations | the masses applauded
letters of thanks poured in | the practice was reported by the national media | the goal was met ahead of schedule
""", 0.8)
INTRANSITIVE = _pool("""
improved steadily | continued to improve | declined significantly | remained stable | kept improving
was further optimized | was effectively guaranteed | reached a new level | showed a good trend
was greatly enhanced | took on a new look | was basically completed
""")
HEADING_VERBS = _pool("""
strengthen | build | deepen | consolidate | tighten | innovate | promote | forge | focus on
adhere to | optimize | improve | create | upgrade | refine
""")
ROLES_EN = _pool("""
director | deputy director | political commissar | captain | instructor | deputy captain
secretary of the party committee and director | head | community police officer | police officer
chief | deputy political commissar | station chief | section chief
""", 0.8)
SPEECH = _pool("""
said | pointed out | stressed | introduced | noted | emphasized | told the reporter
""")
QUOTES = _pool("""
The trust of the masses is our greatest honour | A small case for us is a big matter for the people
We would rather run a hundred times than let the masses run once | Every call for help deserves an answer
Prevention is always better than cure | Our duty is written on every street and every doorstep
We will keep the people's safety in mind at all times | Every case is a test for us
Only by going deep into the masses can we solve their problems | There is no end to the work of safety
The satisfaction of the masses is the standard of our work | We must never let up
Safety is the greatest livelihood of the people | The police station is the first line of defence
We will answer every call of the masses | Technology makes our work more precise
""", 0.7)
SOURCES_EN = _pool("""
Police Network | Daily | Evening News | Legal Daily | Public Security News | Police Affairs
Rule of Law Times | Peace News | Police Release | Safe City Weekly
""")
UNITS_EN = _pool("""
Criminal Investigation Detachment | Traffic Police Detachment | Cyber Security Detachment
Economic Investigation Detachment | Anti-drug Detachment | Special Police Detachment
Public Security Management Detachment | Exit-Entry Administration Detachment | Legal Detachment
Technical Investigation Detachment | Criminal Investigation Brigade | Traffic Police Brigade
Anti-Fraud Center | Command Center | Police Support Detachment | Patrol Detachment
Food and Drug Environmental Crime Investigation Detachment | Supervision Detachment
""", 0.8)
UNITS_COUNTY_EN = _pool("""
Criminal Investigation Brigade | Traffic Police Brigade | Public Security Brigade
Anti-drug Brigade | Economic Investigation Brigade | Cyber Security Brigade | Patrol Brigade
Special Police Brigade | Legal Brigade | Command Center | Anti-Fraud Center
""", 0.8)
ZONES_EN = ["High-tech Zone", "Economic Development Zone", "Economic and Technological Development Zone",
            "Port Area", "New Area", "Airport Economic Zone", "Railway Station Area", "Bonded Zone"]

# programme names: "Safe Campus", "Thunder 2023", "three visits and three checks"
PROG_A = _pool("""
Safe | Clean | Smart | Warm | Bright | Iron | Golden | Green | Spring | Summer | Autumn | Winter
Thunder | Kunlun | Tianshan | Snow | Cloud | Sky | Red | Blue | Peaceful | Harmonious | Sunshine
Guardian | Pioneer | Vanguard | Eagle | Falcon | Dragon | Sharp | Heavenly | Night | Star | Jade
Silver | Swift | Steel | Loyal | Happy | Ten Thousand | Hundred Days | Thousand Households | Yellow River
""", 0.7)
PROG_B = _pool("""
Campus | Network | Community | Home | Road | Village | Border | Shield | Sword | Net | Breeze
Guard | Harbour | Bridge | Escort | Light | Wings | Lighthouse | Path | Gate | Wall | Patrol | Hawk
Fist | Blade | Eye | Heart | Companion | Butler | Homeland | Lane | Family | Spring | Sentinel
""", 0.7)
PROG_HEADS = _pool("""
campaign | special action | operation | action | project | initiative | model | mechanism | brand
special rectification | battle | activity | crackdown | reform | working mechanism | special campaign
""", 0.8)
COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand"]
PROG_ACTS = _pool("""
visit | check | review | service | patrol | lesson | guarantee | inspection | reminder | talk
evaluation | call | defence | network | room | team | post | door | heart | card | file | line
""")
INDUSTRIES = _pool("""
Logistics | Trading | Chemical | Mining | Construction | Textile | Food | Technology | Real Estate
Auto Parts | Pharmaceutical | Electronics | Furniture | Printing | Catering | Property Management
Agricultural | Animal Husbandry | Energy | Cement | Steel | Paper | Brewery | Dairy | Tea | Seed
Machinery | Garment | Plastics | Glass | Ceramics | New Materials | Photovoltaic | Packaging
""", 0.6)
# the details of the work, the long tail of the genre's vocabulary: things seized, facilities
# and equipment, activities and materials, places of business, occupations
SEIZED = _pool("""
controlled knives | guns | rounds of ammunition | detonators | packs of explosives
cartons of counterfeit cigarettes | bottles of fake liquor | boxes of counterfeit medicines
mobile phones | bank cards | SIM cards | computers | cat pools | GoIP devices | boxes of fireworks
wild animals | logs of precious timber | sand dredgers | boxes of smuggled frozen products
counterfeit banknotes | gambling machines | forged certificates | fake licence plates | electric batons
crossbows | air guns | drones | pinhole cameras | pseudo base stations | electronic scales
sets of drug paraphernalia | barrels of precursor chemicals | counterfeit handbags | pairs of fake sneakers
barrels of refined oil | fishing nets | electric fishing devices | birds | turtles | pangolin scales
ivory products | bags of counterfeit fertilizer | bags of fake seeds | boxes of expired food
cylinders of liquefied gas | motorcycles | stolen cars | tricycles | batteries | copper cables
bundles of cash | gold bars | jade bracelets | watches | laptops | tablets | router devices
""", 0.6)
FACILITIES = _pool("""
smart kiosks | self-service terminals | emergency call boxes | one-click alarm buttons
electronic fences | vehicle checkpoints | speed cameras | traffic signal lights | guardrails
speed bumps | warning signs | charging piles | fire hydrants | smoke detectors | sprinkler systems
evacuation signs | access control systems | licence plate recognition cameras | face capture cameras
panoramic cameras | patrol cars | police motorcycles | patrol drones | body cameras
law enforcement recorders | breathalyzers | stab-proof vests | riot shields | steel forks
fire extinguishers | first-aid kits | defibrillators | loudspeakers | searchlights | reflective vests
electronic screens | bulletin boards | rest stations | warm-up points | mediation rooms
interrogation rooms | evidence lockers | case-handling areas | waiting areas | reading corners
canteens | dormitories | gymnasiums | laundry rooms | psychological counselling rooms | clinics
""", 0.6)
ACTIVITIES = _pool("""
lectures | forums | exhibitions | knowledge contests | open days | drills | seminars | symposiums
home visits | short videos | live broadcasts | micro-films | posters | leaflets | brochures | banners
WeChat articles | text messages | radio programmes | summer camps | essay competitions
speech contests | skills competitions | sports meetings | book clubs | film screenings | quizzes
street performances | cartoon booklets | comic strips | puppet shows | songs | sitcoms | podcasts
""", 0.6)
BUSINESSES = _pool("""
karaoke bars | massage parlours | chess and card rooms | pawnshops | second-hand phone shops
scrap recycling stations | gas stations | farmers' markets | supermarkets | pharmacies | clinics
hostels | homestays | internet bars | dance halls | bathhouses | logistics companies
express delivery companies | car rental companies | driving schools | repair shops | printing shops
chemical plants | mines | quarries | reservoirs | rivers | ponds | railway crossings | bridges
viaducts | underpasses | overpasses | parks | night markets | food streets | bars | cinemas | gyms
fishing grounds | orchards | tea gardens | greenhouses | livestock markets | slaughterhouses
beauty salons | tutoring centres | hotels | restaurants | teahouses | breweries | cement plants
""", 0.6)
OCCUPATIONS = _pool("""
couriers | taxi drivers | delivery riders | sanitation workers | shopkeepers | landlords | tenants
security guards | pharmacists | bank tellers | doctors | nurses | teachers | retirees | fishermen
herdsmen | miners | truck drivers | cleaners | cooks | barbers | electricians | plumbers | builders
farmers | fruit growers | tea farmers | drivers | journalists | lawyers | accountants | engineers
volunteers | students | pensioners | hawkers | street vendors | waiters | bus conductors
""", 0.6)
DETAIL_ADJ = _pool("""
timely | meticulous | heartwarming | unremitting | arduous | complicated | severe | grim | sudden
frequent | scattered | hidden | remote | mountainous | crowded | busy | noisy | narrow | dilapidated
old | newly built | brand-new | temporary | mobile | portable | round-the-clock | all-weather
heavy | light | small | large | elderly | young | disabled | anxious | grateful | relieved
""", 0.8)
INCIDENTS = _pool("""
his motorcycle had been pushed into a ditch | someone had dumped garbage at his door | a drunk man was lying on the road
a swarm of wild boars had damaged her crops | her grandson had not come home from school | sparks were flying from a power line
a stranger had offered her a job abroad | a gas cylinder was leaking in the kitchen | a horse had run onto the highway
his tractor had overturned in the field | a woman was standing on the railing of a bridge | a pipe had burst in the basement
someone had been selling fake medicine at the market | a flock of sheep was blocking the national highway
his electric tricycle had been stolen | her bank card had been used by someone else
his wallet was lost in a taxi | her elderly father had gone missing | a stranger was following her
his car had been scratched | water was leaking from the floor above | a neighbour was making noise
someone had sent her a suspicious link | her son had been cheated in an online game
his shop had been broken into | a child was trapped in a lift | a dog had bitten a child
a truck had broken down on the road | smoke was coming out of a warehouse | a man had fallen into the river
his cattle had gone missing | her phone had been snatched | a fight had broken out in a restaurant
""", 0.6)
TIMES = _pool("""
On the morning of | On the afternoon of | On the evening of | On the night of | In the early morning of
At noon on | In the early hours of | At dusk on
""")
# more of the long tail: parts of buildings and grounds, goods of fake and shoddy products,
# verbs and adjectives of narration, kinds of weather and time, tools and documents
THINGS = _pool("""
lift | staircase | corridor | basement | rooftop | balcony | courtyard | gate | fence | wall | window
door lock | parking garage | bicycle shed | boiler room | distribution box | gas pipe | water tank
sewer | manhole cover | street lamp | billboard | awning | scaffolding | crane | tower crane | canteen
storeroom | cellar | attic | warehouse shelf | loading bay | guard booth | ticket office | waiting hall
platform | underground passage | footbridge | culvert | embankment | dam | sluice gate | pumping station
substation | signal tower | transformer | oil tank | chimney | kiln | greenhouse shed | cattle pen
pigsty | haystack | threshing ground | grain store | cold store | freezer | container | trailer
""", 0.5)
GOODS = _pool("""
honey | tea | rice | cooking oil | milk powder | liquor | beef | mutton | seafood | cosmetics
health products | pesticides | veterinary drugs | seeds | fertilizer | baby formula | mooncakes
bottled water | cigarettes | wine | herbal medicine | dried fruit | frozen meat | eggs | noodles
vinegar | soy sauce | bird's nests | ginseng | cordyceps | sea cucumbers | walnuts | jujubes
mushrooms | sausages | dumplings | lamb skewers | spices | sugar | salt | flour | corn | soybeans
cotton | wool | leather shoes | down jackets | electric wires | helmets | tyres | spare parts
building materials | steel bars | cement | paint | glass | solar panels | batteries | phone chargers
""", 0.5)
STORY_VERBS = _pool("""
searched | waited | patrolled | queued | walked | climbed | waded | crawled | shouted | knocked
ran | drove | rode | rowed | dug | pushed | pulled | lifted | carried | comforted | persuaded
explained | listened | recorded | photographed | measured | compared | traced | followed | guarded
stayed | watched | checked | questioned | interviewed | telephoned | visited | returned | reported
""", 0.5)
SCENE_ADJ = _pool("""
muddy | slippery | icy | steep | dark | narrow | remote | deserted | crowded | dilapidated | winding
flooded | collapsed | smoky | freezing | scorching | windy | foggy | rainy | snowy | dusty | noisy
quiet | empty | abandoned | unfinished | half-built | rented | shared | locked | broken | rusty
""", 0.5)
DOCUMENTS = _pool("""
files | ledgers | lists | reports | certificates | permits | licences | forms | notices
letters of commitment | responsibility statements | rectification notices | warning letters
inspection records | case files | statistical tables | work logs | minutes of meetings | contracts
receipts | invoices | bank statements | chat records | call records | delivery slips | tickets
""", 0.5)
# incidents as the reports tell them, each with its own words: {slot} draws from the
# scenario's lists (a digit at the end of a slot's name gives a second draw of the same list),
# {who}, {when}, {venue}, {road}, {P} and the figures {count:lo:hi} and {money} from the report
STORIES = {
    "missing": dict(
        ill="Alzheimer's disease | dementia | memory loss | poor eyesight | hearing loss | a heart condition | diabetes | a fever",
        found="in a cornfield | under a bridge | at a bus stop | in an abandoned factory | beside a reservoir | on a mountain road "
              "| in a wheat field | in a tea garden | behind a warehouse | in a bamboo forest | near a railway track | in a ditch "
              "| on a riverbank | in a sheepfold | at a construction site | in an orchard",
        kin="son | daughter | grandson | granddaughter | wife | husband | nephew | neighbour",
        sentences=[
            "{when}, {who} received a call from the {kin} of an old man suffering from {ill}, who had gone missing near {venue}.",
            "The police searched {found} and {found2}, and finally found the old man {found3} in the early hours.",
            "Wrapped in a police coat, the trembling old man was sent back to his {kin}, who was moved to tears.",
            "{P} and his colleagues walked all night with flashlights, calling out the old man's name along {road}.",
        ]),
    "child": dict(
        place="a shopping mall | a crowded square | a temple fair | a night market | an amusement park | a scenic spot "
              "| a supermarket | a railway station | a bus terminal | a flower show | a lantern festival",
        child="boy | girl",
        item="a toy car | a lollipop | a balloon | a schoolbag | a kite | a teddy bear | a plastic sword | a picture book",
        sentences=[
            "{when}, a crying {child} holding {item} was found alone in {place}, and the patrol team of {who} was called.",
            "Using the police video network, the officers located the {child}'s mother within half an hour in {place2}.",
            "The police bought the {child} some bread and milk and played with {item} until the parents arrived.",
        ]),
    "weather": dict(
        weather="heavy rain | a rainstorm | a flash flood | a blizzard | heavy snow | a typhoon | a landslide | a mudslide "
                "| a hailstorm | a cold wave | dense fog | freezing rain | a sandstorm",
        trapped="villagers | drivers | passengers | tourists | students | workers | herdsmen | fishermen",
        tool="rubber boats | ropes | shovels | life jackets | tractors | snow chains | ladders | stretchers | chainsaws",
        sentences=[
            "{when}, {weather} hit {venue}, trapping {count:5:900} {trapped} and cutting off {road}.",
            "Carrying {tool} and {tool2}, the police waded through knee-deep water and evacuated the {trapped} to a school gymnasium.",
            "The rescue lasted {hours} hours; the police delivered instant noodles, blankets and drinking water to the {trapped}.",
            "{P} carried an elderly woman on his back across the torrent, and the video was widely shared online.",
        ]),
    "fraud": dict(
        method="posing as a customer service agent | claiming to be a police officer | promising high returns on investment "
               "| offering part-time jobs of brushing orders | selling cheap game equipment | pretending to be her boss "
               "| offering loans without collateral | claiming that her parcel had been lost | pretending to be a dating partner "
               "| offering to cancel a student loan account | selling fake concert tickets | recommending a stock-trading group",
        victim="a retired teacher | a college student | a young mother | a shop owner | an accountant | a delivery rider "
               "| a factory worker | a nurse | an elderly farmer | a newly married woman",
        sentences=[
            "{when}, the anti-fraud early-warning system found that {victim} in {venue} was being cheated by a swindler {method}.",
            "{who} rushed to the bank and stopped the victim from transferring {money}, just as the transfer was about to be made.",
            "At first the victim refused to believe the police; {P} patiently explained the tricks of swindlers {method}.",
            "The swindlers had used {count:2:40} bank cards and {count:2:30} mobile phones to transfer the money abroad.",
        ]),
    "fire": dict(
        cause="an electric bicycle battery | overloaded wires | a gas leak | an unattended stove | a cigarette butt "
              "| an overheated heater | a short circuit | burning straw | a faulty charger | fireworks",
        floor="second | third | fifth | sixth | eighth | eleventh | seventeenth | top",
        sentences=[
            "{when}, a fire caused by {cause} broke out on the {floor} floor of a residential building near {road}.",
            "Covering their mouths with wet towels, the police broke into the smoke-filled corridor and led the residents out.",
            "The investigation found that the fire was caused by {cause}, and the owner was given an administrative warning.",
        ]),
    "dispute": dict(
        cause="a boundary wall | noise at night | a debt between relatives | parking spaces | a pet dog | water leakage "
              "| the inheritance of a house | the rent of a shop | a fish pond | the wages of workers | a land contract "
              "| a car scratch | a broken window | the division of an orchard",
        sentences=[
            "{when}, neighbours in {venue} quarrelled over {cause}, and the dispute had lasted for {years} years.",
            "{who} visited both sides {times} times, explaining the law and reasoning with them over tea.",
            "In the end both sides shook hands and signed a mediation agreement at the police station.",
        ]),
    "lost": dict(
        item="a wallet | a handbag | an identity card | a laptop | a gold necklace | a passport | a suitcase | a hearing aid "
             "| medical records | a red envelope | a bag of medicine | a violin | a camera | a set of keys | graduation certificates",
        vehicle="a taxi | a bus | a shared bicycle | a train | a subway car | a tricycle | a coach",
        sentences=[
            "{when}, a student from another province left {item} in {vehicle} and asked {who} for help.",
            "After checking the routes of {vehicle}, the police found {item} within {hours} hours and returned it to its owner.",
            "The owner said that what had been lost was very important to the family, and thanked the police again and again.",
        ]),
    "accident": dict(
        vehicle="a heavy truck | a tanker | a minibus | a school bus | an electric tricycle | a motorcycle | a tractor "
                "| a sedan | a van | a coach | a concrete mixer | a dump truck | a pickup truck",
        cause="a tyre blowout | brake failure | fatigue driving | speeding on a wet road | a sudden lane change "
              "| a collision with a fallen rock | a skid on black ice | overtaking on a curve | drunk driving",
        sentences=[
            "{when}, {vehicle} overturned on {road} because of {cause}, and several passengers were trapped.",
            "{who} set up warning cones, diverted the traffic and pulled the injured out of the wreckage before the ambulance arrived.",
            "The road was reopened {hours} hours later, and the driver responsible for {cause} was detained.",
            "Investigators measured the skid marks and retrieved the dashcam footage of {vehicle2} that had passed by.",
        ]),
    "exam": dict(
        trouble="had left her admission ticket at home | had gone to the wrong examination site | was stuck in a traffic jam "
                "| had lost his identity card | had overslept | had a nosebleed on the way | had fainted from the heat",
        sentences=[
            "{when}, during the college entrance examination, a candidate {trouble}, and {who} was asked for help.",
            "With sirens on, the patrol car took the candidate through {road} and arrived {minutes} minutes before the bell.",
            "For the examination, the police escorted the test papers, kept the surroundings quiet and banned honking near schools.",
        ]),
    "cattle": dict(
        animal="cattle | sheep | horses | donkeys | pigs | goats | yaks | camels | mules",
        sentences=[
            "{when}, a herdsman in {venue} reported that his {animal} had been driven away from the pasture at night.",
            "Following the hoof prints over the {scene} hills, {who} tracked the thieves to a slaughterhouse in the next county.",
            "All the stolen {animal} were returned, and the herdsmen set up night watches in turn with the police.",
        ],
        scene="muddy | snowy | windswept | barren | rolling | rocky | grassy"),
    "river": dict(
        water="a reservoir | a river | a pond | a canal | a fish pond | a lake | a drainage ditch | a quarry pit",
        sentences=[
            "{when}, a teenager swimming in {water} near {venue} was swept away, and {who} jumped into the water without hesitation.",
            "Grabbing a fishing net and a bamboo pole, the officers pulled the boy ashore and gave him first aid until he began to breathe.",
            "Since then, warning signs and lifebuoys have been placed around {water2}, and volunteers patrol the banks in summer.",
        ]),
    "health_scam": dict(
        product="magnetic mattresses | health tea | enzyme drinks | hydrogen water cups | far-infrared blankets "
                "| ginseng capsules | deep-sea fish oil | miracle insoles | longevity pills",
        sentences=[
            "{when}, a group claiming to give free lectures on health sold {product} to elderly people in {venue} at sky-high prices.",
            "{who} went to the lecture hall, seized the {product} and stopped the elderly from paying {money}.",
            "Many of the elderly had signed up after receiving free eggs, rice and cooking oil at the door of the hall.",
        ]),
}
STORY_POOLS = {name: {k: _pool(v, 0.5) for k, v in d.items() if k != "sentences"} for name, d in STORIES.items()}
STORY_NAMES = list(STORIES)

# measure titles: {task} is a gerund phrase ("strengthening road traffic safety management"),
# {subject} a noun phrase ("residence permits"); the whole title is title-cased
MEASURE_TASK_FORMS = _pool("""
opinions on {task} | implementation plan for {task} | notice on further {task}
implementation rules for {task} | several measures on {task} | guiding opinions on {task}
three-year action plan for {task} | implementation measures for {task} | provisions on {task}
work plan for {task} | interim measures for {task}
""", 0.5)
MEASURE_SUBJECT_FORMS = _pool("""
measures for the management of {subject} | regulations on {subject}
work plan for the special rectification of {subject} | interim measures for the supervision of {subject}
rules for the assessment of {subject} work | {subject} management measures
""", 0.5)
MEASURE_VERBS = _pool("""
strengthening | improving | promoting | deepening | standardizing | optimizing | regulating
advancing | consolidating | innovating | implementing | refining
""")
MEASURE_CRIME_VERBS = _pool("""
preventing and combating | cracking down on | punishing | preventing | combating | rectifying
""")
# awards: "National Model Police Station", "Advanced Collective"
AWARDS_EN = _pool("""
National Model Police Station | Advanced Collective | Fengqiao-style Police Station
National Advanced Collective of Public Security | Model Unit of Safe Construction
Civilized Unit | Advanced Unit of Anti-drug Work | Excellent Unit of Traffic Management
National Excellent Grassroots Police Station | Pacesetter | Red Flag Police Station
""", 0.8)
AWARD_LEVELS = _pool("""
National | Provincial | Municipal | Regional
""")


# --------------------------------------------------------------------------------------------
# Chinese: the genre's vocabulary, by topic

@dataclass
class _AreaZh:
    topics: _Pool          # 电信网络诈骗
    counted: list          # (verb, noun, counter, low, high): 破获电诈案件1234起
    venues: _Pool
    people: _Pool


def _area_zh(topics: str, counted: str, venues: str, people: str) -> _AreaZh:
    rows = []
    for line in _items(counted):
        verb, noun, counter, lo, hi = (x.strip() for x in line.split(";"))
        rows.append((verb, noun, counter, int(lo), int(hi)))
    return _AreaZh(_pool(topics, 0.8), rows, _pool(venues, 0.8), _pool(people, 0.8))


AREAS_ZH: dict[str, _AreaZh] = {
    "fraud": _area_zh(
        "电信网络诈骗 | 养老诈骗 | 刷单返利诈骗 | 虚假投资理财诈骗 | 冒充客服诈骗 | 网络贷款诈骗 | 冒充公检法诈骗 | "
        "涉诈两卡 | 跨境赌博 | 洗钱犯罪 | 帮助信息网络犯罪活动",
        "破获; 电信网络诈骗案件; 起; 30; 4000 | 抓获; 涉诈犯罪嫌疑人; 名; 20; 3000 | 打掉; 诈骗团伙; 个; 3; 150 | "
        "劝阻; 潜在受害群众; 人次; 100; 90000 | 拦截; 诈骗电话; 个; 500; 600000 | 封堵; 涉诈网址; 个; 50; 80000 | "
        "清理; 异常电话卡; 张; 200; 60000 | 冻结; 涉诈银行账户; 个; 50; 20000 | 推送; 预警信息; 条; 1000; 900000 | "
        "开展; 反诈宣传活动; 场; 10; 3000",
        "银行网点 | 社区 | 校园 | 企业 | 农村集市 | 快递网点 | 营业厅 | 养老机构 | 工地",
        "老年人 | 大学生 | 退休职工 | 个体工商户 | 求职人员 | 银行工作人员 | 学生家长 | 妇女",
    ),
    "drugs": _area_zh(
        "毒品犯罪 | 涉毒违法犯罪 | 合成毒品 | 非法种植罂粟 | 易制毒化学品 | 青少年吸毒 | 走私毒品 | 新精神活性物质 | "
        "社区戒毒 | 毒驾",
        "破获; 毒品刑事案件; 起; 10; 900 | 抓获; 涉毒犯罪嫌疑人; 名; 10; 1200 | "
        "查处; 吸毒人员; 名; 20; 3000 | 铲除; 非法种植罂粟; 株; 100; 90000 | 检查; 娱乐场所; 家; 20; 4000 | "
        "开展; 毛发检测; 人次; 50; 20000 | 举办; 禁毒宣传课; 场; 10; 2000",
        "娱乐场所 | 出租屋 | 物流园区 | 化工企业 | 边境村寨 | 学校 | 宾馆 | 洗浴场所",
        "吸毒人员 | 青少年 | 学生 | 戒毒康复人员 | 物流从业人员 | 化工从业人员",
    ),
    "traffic": _area_zh(
        "道路交通安全 | 酒驾醉驾 | 超速行驶 | 超载超限 | 电动自行车 | 校车安全 | 交通拥堵 | 无牌摩托车 | 违法停车 | "
        "农村道路隐患 | 危化品运输车辆 | 疲劳驾驶 | 闯红灯 | 头盔佩戴 | 高速公路安全 | 非法营运",
        "查处; 交通违法行为; 起; 1000; 900000 | 查处; 酒驾醉驾; 起; 50; 9000 | 查扣; 超载货车; 辆; 30; 9000 | "
        "整改; 道路安全隐患; 处; 20; 5000 | 检查; 校车; 辆; 20; 3000 | 登记上牌; 电动自行车; 辆; 1000; 900000 | "
        "处理; 道路交通事故; 起; 100; 90000 | 暂扣; 无牌无证车辆; 辆; 20; 20000 | 设置; 临时执勤点; 个; 5; 600",
        "路口 | 高速公路 | 农村道路 | 国省道 | 学校周边 | 客运站 | 停车场 | 城市道路 | 山区道路 | 隧道",
        "驾驶人 | 电动自行车骑行人 | 行人 | 货车司机 | 学生 | 村民 | 摩托车驾驶人 | 客车司机",
    ),
    "fire": _area_zh(
        "消防安全 | 火灾隐患 | 电动自行车室内充电 | 高层建筑 | 消防通道 | 易燃易爆物品 | 违规用气 | 老旧小区 | "
        "仓储厂房 | 九小场所 | 消防设施 | 森林防火",
        "检查; 公共场所; 家; 50; 20000 | 整改; 火灾隐患; 处; 50; 30000 | 组织; 消防演练; 场; 10; 5000 | "
        "查封; 不具备安全条件场所; 处; 5; 900 | 培训; 消防安全管理人; 名; 50; 20000 | 更换; 灭火器; 具; 100; 90000",
        "商场 | 宾馆 | 医院 | 仓库 | 居民小区 | 工厂 | 学校 | 市场 | 幼儿园 | 出租屋",
        "居民 | 物业人员 | 经营业主 | 学生 | 老年人 | 工人 | 志愿消防员",
    ),
    "community": _area_zh(
        "社区警务 | 网格化管理 | 矛盾纠纷 | 邻里纠纷 | 乡村治理 | 新时代枫桥经验 | 群防群治 | 社区巡逻 | 平安志愿者 | "
        "留守儿童关爱 | 独居老人 | 重点人员 | 信访问题 | 家庭纠纷 | 土地纠纷 | 农民工欠薪",
        "排查化解; 矛盾纠纷; 起; 100; 50000 | 走访; 群众; 户; 500; 900000 | 发动; 平安志愿者; 名; 100; 90000 | "
        "开展; 巡逻; 次; 100; 90000 | 排查; 安全隐患; 处; 100; 50000 | 建立; 调解室; 个; 5; 900 | "
        "帮扶; 独居老人; 名; 20; 9000 | 化解; 信访积案; 件; 20; 5000 | 安装; 智能门锁; 套; 50; 20000",
        "社区 | 村组 | 居民小区 | 农贸市场 | 街巷 | 乡镇 | 工业园区 | 景区 | 大学城",
        "居民 | 村民 | 网格员 | 志愿者 | 老年人 | 留守儿童 | 外来务工人员 | 社区干部 | 物业人员 | 保安员",
    ),
    "cyber": _area_zh(
        "网络安全 | 网络犯罪 | 侵犯公民个人信息 | 网络赌博 | 网络谣言 | 黑客攻击 | 非法网站 | 数据安全 | "
        "关键信息基础设施 | 网络淫秽色情 | 网络水军 | 违规直播 | 网络暴力",
        "侦破; 网络犯罪案件; 起; 20; 3000 | 关停; 违法网站; 个; 20; 20000 | 清理; 有害信息; 条; 100; 300000 | "
        "检查; 网络运营单位; 家; 20; 5000 | 整改; 安全漏洞; 个; 10; 9000 | 查处; 网络造谣人员; 名; 5; 900",
        "网吧 | 数据中心 | 网络平台 | 学校 | 企业 | 政府网站 | 直播基地",
        "网民 | 未成年人 | 网络运营者 | 学生 | 主播",
    ),
    "household": _area_zh(
        "户籍管理 | 居民身份证 | 居住证 | 人才落户 | 新生儿登记 | 网上办理 | 一窗通办 | 跨省通办 | 流动人口管理 | "
        "户籍制度改革",
        "办理; 户籍业务; 笔; 1000; 900000 | 办理; 居民身份证; 张; 1000; 900000 | 签发; 居住证; 张; 500; 200000 | "
        "办理; 新生儿入户; 人; 100; 90000 | 办理; 人才落户; 人; 100; 90000 | 注销; 重复户口; 个; 10; 5000 | "
        "提供; 上门服务; 次; 50; 30000",
        "办证大厅 | 派出所窗口 | 乡镇 | 社区 | 医院 | 高校 | 企业 | 养老院",
        "办事群众 | 新市民 | 学生 | 老年人 | 残疾人 | 外来务工人员 | 人才",
    ),
    "exit_entry": _area_zh(
        "出入境管理 | 普通护照 | 往来港澳通行证 | 外国人非法就业 | 非法出入境 | 边境管控 | 外国人管理",
        "签发; 出入境证件; 本; 1000; 900000 | 检查; 外国人; 人次; 50; 20000 | 查处; 非法出入境案件; 起; 5; 900 | "
        "办理; 签证延期; 件; 50; 30000 | 抓获; 偷渡人员; 名; 3; 500",
        "口岸 | 边境地区 | 宾馆 | 高校 | 外资企业 | 服务窗口",
        "外国人 | 申请人 | 华侨 | 出口企业人员 | 留学生 | 游客",
    ),
    "economic": _area_zh(
        "经济犯罪 | 非法集资 | 传销 | 合同诈骗 | 假冒注册商标 | 涉税犯罪 | 洗钱 | 非法放贷 | 侵害企业犯罪 | "
        "职务侵占 | 假币犯罪",
        "破获; 经济犯罪案件; 起; 10; 900 | 抓获; 经济犯罪嫌疑人; 名; 10; 900 | 打掉; 传销组织; 个; 2; 90 | "
        "走访; 企业; 家; 50; 20000 | 查扣; 假冒伪劣产品; 件; 100; 90000",
        "企业 | 工业园区 | 银行 | 市场 | 商场 | 商会 | 投资公司",
        "企业家 | 投资人 | 职工 | 储户 | 商户 | 股东",
    ),
    "gangs": _area_zh(
        "涉黑涉恶犯罪 | 黑恶势力 | 黑恶势力保护伞 | 有组织犯罪 | 非法采矿 | 强迫交易 | 暴力催收 | 行业垄断",
        "打掉; 涉黑涉恶团伙; 个; 2; 90 | 抓获; 涉黑涉恶人员; 名; 10; 2000 | 查扣; 涉案资产; 宗; 5; 900 | "
        "破获; 涉黑涉恶案件; 起; 10; 900 | 受理; 群众举报线索; 条; 50; 20000",
        "市场 | 工地 | 交通枢纽 | 矿区 | 村庄 | 港口",
        "黑恶势力成员 | 证人 | 举报人 | 商户 | 村干部 | 受害人",
    ),
    "theft": _area_zh(
        "盗窃电动自行车 | 入室盗窃 | 扒窃 | 抢劫抢夺 | 盗窃电缆 | 盗窃牛羊 | 盗窃农机具 | 小区盗窃 | 侵财犯罪",
        "破获; 盗窃案件; 起; 50; 9000 | 抓获; 盗窃嫌疑人; 名; 20; 3000 | 追回; 被盗电动自行车; 辆; 20; 9000 | "
        "返还; 被盗财物; 件; 50; 20000 | 打掉; 盗窃团伙; 个; 3; 200",
        "居民小区 | 公交车 | 地铁站 | 汽车站 | 市场 | 养殖场 | 停车场 | 工地",
        "受害群众 | 乘客 | 居民 | 农户 | 车主 | 店主",
    ),
    "campus": _area_zh(
        "校园安全 | 未成年人违法犯罪 | 校园欺凌 | 学生安全 | 防溺水 | 未成年人保护 | 校园周边交通 | 法治教育",
        "检查; 中小学校和幼儿园; 所; 20; 9000 | 开展; 法治讲座; 场; 10; 5000 | 培训; 校园保安; 名; 20; 9000 | "
        "设立; 护学岗; 个; 5; 900 | 帮教; 问题青少年; 名; 10; 3000",
        "学校 | 幼儿园 | 高校 | 培训机构 | 校门口 | 宿舍",
        "学生 | 教师 | 家长 | 保安 | 校长 | 未成年人",
    ),
    "stability": _area_zh(
        "社会稳定 | 重大安保任务 | 大型活动 | 公共秩序 | 应急处置 | 群体性事件 | 暴恐犯罪 | 重要目标安全 | "
        "节假日安全 | 景区秩序 | 个人极端案事件",
        "投入; 警力; 人次; 100; 20000 | 圆满完成; 安保任务; 项; 10; 900 | 保障; 大型活动; 场; 10; 3000 | "
        "检查; 重点目标; 处; 20; 9000 | 处置; 突发事件; 起; 10; 9000 | 接报; 警情; 起; 1000; 900000",
        "广场 | 体育场馆 | 景区 | 火车站 | 机场 | 医院 | 学校 | 会展中心",
        "游客 | 观众 | 市民 | 旅客 | 参会人员",
    ),
    "team": _area_zh(
        "队伍建设 | 从严治警 | 政治建设 | 廉政建设 | 执法能力 | 从优待警 | 党建工作 | 辅警管理 | 实战练兵 | "
        "民警身心健康 | 执法监督 | 案件质量",
        "培训; 民警; 人次; 100; 20000 | 举办; 培训班; 期; 5; 900 | 表彰; 先进集体; 个; 5; 900 | "
        "招录; 辅警; 名; 10; 3000 | 整改; 执法问题; 个; 10; 900 | 评查; 案卷; 份; 100; 30000 | "
        "组织; 健康体检; 人次; 100; 20000",
        "派出所 | 训练基地 | 党支部 | 支部 | 警营 | 警校",
        "民警 | 辅警 | 青年民警 | 党员 | 退休民警 | 警属 | 教官",
    ),
    "tech": _area_zh(
        "智慧警务 | 大数据 | 视频监控 | 智能指挥 | 信息化建设 | 数据融合 | 人脸识别 | 警务云 | 物联网 | 数字治理 | "
        "移动警务",
        "安装; 高清摄像头; 个; 100; 90000 | 建成; 智慧小区; 个; 10; 3000 | 接入; 视频点位; 路; 100; 90000 | "
        "研发; 应用模型; 个; 5; 900 | 推送; 预警信息; 条; 100; 90000",
        "社区 | 检查站 | 路口 | 校园 | 医院 | 机房",
        "技术人员 | 研判人员 | 民警 | 工程师 | 居民",
    ),
    "services": _area_zh(
        "便民服务 | 营商环境 | 服务企业 | 公安政务服务 | 一窗通办 | 群众投诉 | 审批效率 | 民营企业保护",
        "办理; 行政审批事项; 件; 100; 90000 | 接听; 求助电话; 个; 1000; 900000 | 帮助; 企业; 家; 10; 9000 | "
        "解决; 群众急难愁盼问题; 个; 100; 90000 | 提供; 预约服务; 次; 50; 30000",
        "办事大厅 | 企业 | 社区 | 工业园区 | 村组 | 服务窗口",
        "企业 | 市民 | 企业家 | 投资者 | 人民群众 | 办事群众",
    ),
}

ZH_OPENINGS = _pool("""
今年以来 | 一年来 | 全年 | 与此同时 | 此外 | 在此基础上 | 近年来 | 下一步 | 工作中 | 同时 | 为此
按照上级统一部署 | 在上级公安机关的指导下 | 在各方的大力支持下 | 针对新形势新任务
""", 0.8)
ZH_SUBJECTS = _pool("""
广大民辅警 | 各警种 | 基层所队 | 社区民警 | 全警 | 一线民警 | 党员民警 | 各部门 | 民警辅警 | 专案组
""", 0.9)
ZH_VERBS = _pool("""
深化 | 强化 | 推进 | 完善 | 健全 | 落实 | 加强 | 提升 | 优化 | 规范 | 夯实 | 拓展 | 创新 | 巩固 | 压实 | 聚焦
统筹 | 严格 | 持续 | 扎实 | 全面 | 着力 | 积极 | 主动 | 稳步 | 加快 | 狠抓 | 突出 | 细化 | 筑牢
""", 0.9)
ZH_ADV = _pool("""
进一步 | 持续 | 全面 | 扎实 | 不断 | 切实 | 大力 | 深入 | 有效 | 稳步 | 着力 | 全力 | 坚决 | 积极
""")
ZH_MODS = _pool("""
基层 | 社会 | 治安 | 群众 | 公共 | 网络 | 重点 | 源头 | 智慧 | 数字 | 综合 | 常态化 | 精细化 | 专业化 | 立体化
实战化 | 信息化 | 规范化 | 一体化 | 多元 | 全链条 | 全方位 | 长效 | 闭环 | 联动
""", 0.9)
ZH_NOUNS = _pool("""
机制 | 体系 | 能力 | 水平 | 基础 | 格局 | 防线 | 责任 | 队伍 | 效能 | 质效 | 举措 | 平台 | 网络 | 模式
流程 | 标准 | 环境 | 秩序 | 意识 | 合力 | 短板 | 底线 | 根基 | 屏障 | 链条 | 阵地 | 氛围 | 作风
""", 0.9)
ZH_GOALS = _pool("""
切实维护社会大局稳定 | 全力保障人民群众生命财产安全 | 为经济社会高质量发展保驾护航 | 不断提升群众安全感和满意度
营造安全稳定的社会环境 | 守护一方平安 | 以高水平安全服务高质量发展 | 让人民群众的获得感成色更足
有效防范化解各类风险隐患 | 推动平安建设再上新台阶 | 筑牢社会治安防线 | 更好地服务群众
""", 0.8)
ZH_RESULTS = _pool("""
取得明显成效 | 群众满意度不断提升 | 社会治安持续稳定 | 发案数明显下降 | 得到上级充分肯定 | 形成了良好社会效应
经验做法在全省推广 | 工作迈上新台阶 | 实现了良好开局 | 打出了声威 | 赢得了群众点赞 | 各项指标位居前列
""", 0.8)
ZH_HEAD_VERBS = _pool("""
严打犯罪 | 夯实基层 | 深化改革 | 服务发展 | 从严治警 | 科技强警 | 守护平安 | 护航发展 | 强化管控 | 优化服务
聚焦主业 | 凝心铸魂 | 砥砺前行 | 攻坚克难 | 守正创新
""")
ZH_ROLES = _pool("""
局长 | 副局长 | 政委 | 所长 | 副所长 | 教导员 | 大队长 | 支队长 | 主任 | 社区民警 | 民警 | 队长
""", 0.8)
ZH_SPEECH = _pool("""
表示 | 介绍 | 指出 | 强调 | 说
""")
ZH_UNITS = _pool("""
刑侦支队 | 交警支队 | 网安支队 | 经侦支队 | 禁毒支队 | 特警支队 | 治安支队 | 出入境管理支队 | 法制支队
技侦支队 | 反诈中心 | 指挥中心 | 巡特警支队 | 食药环侦支队 | 警务保障中心
""", 0.8)
ZH_UNITS_COUNTY = _pool("""
刑侦大队 | 交警大队 | 治安大队 | 禁毒大队 | 经侦大队 | 网安大队 | 巡特警大队 | 法制大队 | 反诈中心 | 指挥中心
""", 0.8)
ZH_ZONES = ["高新区", "经济开发区", "经济技术开发区", "港区", "新区", "空港经济区", "综合保税区"]
ZH_PROG_A = _pool("""
平安 | 净网 | 雷霆 | 春风 | 护航 | 利剑 | 清源 | 断卡 | 蓝盾 | 天网 | 守护 | 暖心 | 织网 | 砺剑 | 亮剑 | 金盾
铁拳 | 昆仑 | 云剑 | 夏夜 | 百日 | 护校 | 安居 | 畅通 | 清风 | 春雷 | 猎狐 | 飓风 | 长安 | 护苗 | 秋风 | 冬季
""", 0.7)
ZH_PROG_B = _pool("""
校园 | 家园 | 行动 | 护航 | 守护 | 攻坚 | 利剑 | 清源 | 先锋 | 卫士 | 之光 | 驿站 | 管家 | 夜巡 | 工程 | 铁骑
邻里 | 便民 | 为民 | 护企 | 护学 | 清朗 | 蓝天 | 雷霆 | 风暴 | 安宁
""", 0.7)
ZH_PROG_HEADS = _pool("""
专项行动 | 行动 | 专项整治 | 工程 | 品牌 | 机制 | 模式 | 专项活动 | 攻坚战 | 活动 | 改革 | 工作法
""", 0.8)
ZH_MEASURE_FORMS = [
    "关于{v}{t}工作的实施意见", "关于进一步{v}{t}的通知", "{t}管理办法", "{t}工作实施方案", "关于{v}{t}的若干措施",
    "{t}专项整治行动方案", "{t}三年行动计划", "关于{v}{t}的指导意见", "{t}工作规定", "{t}考核细则",
]
ZH_MEASURE_VERBS = _pool("""
加强 | 深化 | 推进 | 规范 | 优化 | 完善 | 强化 | 做好 | 创新 | 健全
""")
ZH_AWARDS = _pool("""
全国优秀公安基层单位 | 枫桥式公安派出所 | 全国公安系统先进集体 | 全省公安机关先进集体 | 平安建设先进单位 | 文明单位
禁毒工作先进集体 | 人民满意派出所 | 一级派出所 | 模范公安局
""", 0.8)


# the long tail of the Chinese reports: things seized (with their counters), facilities,
# places of business, occupations, goods, incidents
ZH_SEIZED = [tuple(x.split(":")) for x in _words("""
管制刀具:把 仿真枪:支 子弹:发 雷管:枚 炸药:包 假烟:条 假酒:瓶 假药:盒 手机:部 银行卡:张 电话卡:张 电脑:台
猫池:台 烟花爆竹:箱 野生动物:只 赌博机:台 伪造证件:本 假车牌:副 电警棍:根 弩:把 无人机:架 针孔摄像头:个
伪基站:套 电子秤:台 吸毒工具:套 制毒原料:桶 电鱼器具:套 过期食品:箱 液化气罐:个 电缆:卷 摩托车:辆
假币:张 象牙制品:件 穿山甲鳞片:袋 冻品:箱 成品油:桶 采砂船:艘 珍贵木材:根 假化肥:袋 劣质种子:袋
""")]
ZH_FACILITIES = _pool("""
智能警务亭 | 自助终端 | 一键报警柱 | 电子围栏 | 治安卡口 | 测速设备 | 交通信号灯 | 护栏 | 减速带 | 警示标志 | 充电桩
消火栓 | 烟感报警器 | 喷淋系统 | 门禁系统 | 人脸抓拍机 | 高空瞭望摄像机 | 巡逻车 | 执法记录仪 | 酒精测试仪 | 防刺服
防暴盾牌 | 钢叉 | 灭火器 | 急救箱 | 除颤仪 | 扩音器 | 探照灯 | 反光背心 | 电子显示屏 | 宣传栏 | 爱心驿站 | 调解室
""", 0.6)
ZH_BUSINESSES = _pool("""
歌厅 | 按摩店 | 棋牌室 | 典当行 | 二手手机店 | 废品收购站 | 加油站 | 农贸市场 | 超市 | 药店 | 诊所 | 旅馆 | 民宿 | 网吧
歌舞厅 | 洗浴中心 | 物流公司 | 快递网点 | 汽车租赁公司 | 驾校 | 修理厂 | 印刷厂 | 化工厂 | 矿山 | 采石场 | 水库 | 河道
鱼塘 | 铁路道口 | 桥梁 | 地下通道 | 公园 | 夜市 | 美食街 | 酒吧 | 影院 | 健身房 | 果园 | 茶园 | 大棚 | 牲畜交易市场
屠宰场 | 美容院 | 培训机构 | 酒店 | 餐馆 | 茶楼 | 水泥厂 | 砖厂 | 养殖场 | 建筑工地 | 出租屋 | 寄递企业
""", 0.6)
ZH_OCCUPATIONS = _pool("""
快递员 | 出租车司机 | 外卖骑手 | 环卫工人 | 店主 | 房东 | 租户 | 保安 | 药剂师 | 银行柜员 | 医生 | 护士 | 教师
退休人员 | 渔民 | 牧民 | 矿工 | 货车司机 | 保洁员 | 厨师 | 理发师 | 电工 | 建筑工人 | 农民 | 果农 | 茶农 | 网约车司机
志愿者 | 楼栋长 | 物业人员 | 商户 | 摊贩 | 服务员 | 公交司机 | 律师 | 会计 | 工程师 | 村医 | 乡贤
""", 0.6)
ZH_GOODS = _pool("""
蜂蜜 | 茶叶 | 大米 | 食用油 | 奶粉 | 白酒 | 牛肉 | 羊肉 | 海鲜 | 化妆品 | 保健品 | 农药 | 兽药 | 种子 | 化肥 | 月饼
瓶装水 | 香烟 | 葡萄酒 | 中药材 | 干果 | 冻肉 | 鸡蛋 | 面条 | 醋 | 酱油 | 燕窝 | 人参 | 虫草 | 海参 | 核桃 | 红枣
蘑菇 | 香肠 | 调味品 | 面粉 | 玉米 | 大豆 | 棉花 | 羊毛 | 皮鞋 | 羽绒服 | 电线 | 头盔 | 轮胎 | 汽车配件 | 建材 | 钢筋
""", 0.6)
ZH_INDUSTRIES = _pool("""
物流 | 商贸 | 化工 | 矿业 | 建筑 | 纺织 | 食品 | 科技 | 房地产 | 汽配 | 医药 | 电子 | 家具 | 印务 | 餐饮 | 物业
农业 | 畜牧 | 能源 | 建材 | 钢铁 | 造纸 | 酿酒 | 乳业 | 茶业 | 种业 | 机械 | 服装 | 塑料 | 玻璃 | 陶瓷 | 光伏
""", 0.6)
ZH_STORIES = {
    "missing": dict(
        ill="阿尔茨海默病 | 老年痴呆 | 高血压 | 听力障碍 | 糖尿病 | 心脏病",
        found="玉米地里 | 桥洞下 | 公交站台 | 废弃厂房内 | 水库边 | 山路旁 | 麦田里 | 茶园中 | 铁路旁 | 河堤上 | 竹林里 | 工地旁",
        sentences=["{when}，{station}民警{P}接到群众求助，称{venue}一名患有{ill}的老人走失。",
                   "民警沿{road}连夜搜寻，最终在{found}找到老人，并将其安全送回家中。",
                   "老人家属专程送来锦旗，感谢民警的辛勤付出。"]),
    "fraud": dict(
        method="冒充客服 | 冒充公检法 | 刷单返利 | 虚假投资理财 | 网络贷款 | 冒充领导 | 网络游戏交易 | 虚假征信 | 网络交友",
        victim="退休教师 | 大学生 | 年轻妈妈 | 个体店主 | 企业会计 | 外卖骑手 | 工厂职工 | 护士 | 农民",
        sentences=["{when}，{centre}预警发现{venue}一名{victim}正遭遇{method}类诈骗。",
                   "民警{P}立即赶赴银行网点，成功阻止其向骗子转账{money}。",
                   "起初当事人并不相信，民警耐心讲解{method}类诈骗的套路，最终使其幡然醒悟。"]),
    "weather": dict(
        weather="强降雨 | 暴雨 | 山洪 | 暴雪 | 台风 | 山体滑坡 | 泥石流 | 冰雹 | 寒潮 | 大雾 | 冻雨 | 沙尘暴",
        tool="橡皮艇 | 救生绳 | 铁锹 | 救生衣 | 拖拉机 | 防滑链 | 梯子 | 担架 | 油锯",
        sentences=["{when}，受{weather}影响，{venue}{count:5:900:名}群众被困。",
                   "民警携带{tool}、{tool2}等装备赶赴现场，连续奋战{n}小时，将被困群众全部转移至安全地带。",
                   "民警背起一位行动不便的老人蹚过齐膝深的积水，相关视频在网上广泛传播。"]),
    "dispute": dict(
        cause="宅基地边界 | 夜间噪音 | 亲戚间借款 | 停车位 | 宠物狗 | 楼上漏水 | 房屋继承 | 商铺租金 | 鱼塘承包 | 工人工资 | 土地承包",
        sentences=["{venue}两户村民因{cause}问题发生纠纷，矛盾持续{n}年之久。",
                   "民警{P}先后{n2}次上门调解，释法明理，最终促成双方握手言和。",
                   "双方当场签订调解协议，并向派出所赠送了锦旗。"]),
    "lost": dict(
        item="钱包 | 手提包 | 身份证 | 笔记本电脑 | 金项链 | 护照 | 行李箱 | 助听器 | 病历资料 | 红包 | 药品 | 相机 | 毕业证书",
        vehicle="出租车 | 公交车 | 共享单车 | 火车 | 地铁 | 三轮车 | 长途客车",
        sentences=["{when}，一名外地游客将{item}遗落在{vehicle}上，随即向民警求助。",
                   "民警通过调取沿途监控，{n}小时内帮助其找回{item}。",
                   "失主连声道谢，称失物对其一家非常重要。"]),
}
ZH_STORY_POOLS = {k: {x: _pool(v, 0.5) for x, v in d.items() if x != "sentences"} for k, d in ZH_STORIES.items()}
ZH_STORY_NAMES = list(ZH_STORIES)

# --------------------------------------------------------------------------------------------
# The answer key and the writer

@dataclass
class Key:
    """The answer key of one report: what the generator wrote into it."""

    report: str
    language: str
    entities: list[tuple[str, str]] = field(default_factory=list)   # (label, surface form)
    metrics: list[tuple[float, str]] = field(default_factory=list)  # (value, unit)


@cache
def _places() -> tuple[list[dict], list[dict]]:
    """Prefectural cities (for bureaus) and counties, banners and county-level cities (for
    county bureaus), each with a Chinese name; sorted, so the choice does not hang on load order."""
    g = [e for e in gazetteer() if e.get("zh") and e.get("en")]
    cities = sorted((e for e in g if e.get("kind") == "city"), key=lambda e: (e["en"], e["zh"])) or g
    counties = sorted((e for e in g if e.get("kind") in ("county", "banner", "county_city")),
                      key=lambda e: (e["en"], e["zh"])) or g
    return cities, counties


@cache
def _geography() -> tuple[dict, dict, dict]:
    """Districts by their city, places by English name, and counties by their city."""
    districts: dict[str, list[dict]] = {}
    counties: dict[str, list[dict]] = {}
    by_name: dict[str, dict] = {}
    for e in sorted(gazetteer(), key=lambda e: (str(e.get("en")), str(e.get("zh")))):
        by_name.setdefault(e["en"], e)
        if not e.get("zh"):
            continue
        if e.get("kind") == "district":
            districts.setdefault(e.get("parent"), []).append(e)
        elif e.get("kind") in ("county", "banner", "county_city"):
            counties.setdefault(e.get("parent"), []).append(e)
    return districts, counties, by_name


@cache
def _provinces() -> list[dict]:
    return sorted((e for e in gazetteer() if e.get("kind") in ("province", "autonomous_region", "municipality")),
                  key=lambda e: e["en"])


def _dec(x: Decimal | int) -> float:
    return float(Decimal(x))


def _loguniform(rng: random.Random, lo: int, hi: int) -> int:
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi + 1))))


class _Writer:
    """One report being written: its random source, its answer key, its paragraphs."""

    def __init__(self, rng: random.Random, key: Key):
        self.rng = rng
        self.key = key

    def ent(self, label: str, text: str) -> str:
        self.key.entities.append((label, text))
        return text

    def fig(self, value: float, unit: str) -> None:
        self.key.metrics.append((value, unit))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return seq(self.rng) if isinstance(seq, _Pool) else self.rng.choice(seq)


# --------------------------------------------------------------------------------------------
# English reports

class _English(_Writer):
    def __init__(self, rng: random.Random, rid: str, city: dict, county: dict):
        super().__init__(rng, Key(rid, "en"))
        districts, counties, by_name = _geography()
        self.county_level = rng.random() < 0.3
        self.city = city
        if self.county_level:
            kind = county.get("kind")
            self.level = {"banner": "Banner", "county_city": "City"}.get(kind, "County")
            self.place = county["en"]
            self.place_surface = f"{self.place} {self.level}"     # the Place as the text names it
            parent = by_name.get(county.get("parent"))
            self.parent_city = parent if parent and parent.get("kind") == "city" else None
            self.districts = []
            self.neighbours = [c for c in counties.get(county.get("parent"), []) if c["en"] != self.place]
        else:
            self.level = "Municipal"
            self.place = self.place_surface = city["en"]
            self.parent_city = None
            self.districts = districts.get(city["en"], [])
            self.neighbours = counties.get(city["en"], [])
        above = self.parent_city if self.county_level else city
        self.province = by_name.get(above.get("parent")) if above else None
        self.bureau = f"{self.place} {self.level} Public Security Bureau"
        self.ent("Agency", self.bureau)
        self.ent("Place", self.place_surface)
        self.branches: list[str] = []      # short names ("Dongji Branch") of branches named so far
        self.stations: list[str] = []
        self.units: list[str] = []
        self.persons: list[str] = []
        self.year = rng.randint(2019, 2024)
        # the report's focus: three or four fields of work, most of what it says is about them
        self.focus = rng.sample(AREA_NAMES, rng.randint(3, 4))

    # ---- references to agencies, each added to the key as written

    def bureau_ref(self, start: bool = False) -> str:
        """The bureau, by its full name or a generic form ("the bureau", "the Municipal Bureau")."""
        r = self.rng.random()
        if r < 0.45:
            return ("The " if start else "the ") + self.ent("Agency", self.bureau)
        if r < 0.75:
            return self.ent("Agency", "The bureau" if start else "the bureau")
        if self.level == "Municipal":
            form = self.pick(["the Municipal Public Security Bureau", "the Municipal Bureau",
                              "the city's public security organs", "the municipal public security organs"])
            return self.ent("Agency", cap(form) if start else form)
        surface = f"{self.level} Public Security Bureau"
        return ("The " if start else "the ") + self.ent("Agency", surface)

    def area(self) -> _Area:
        name = self.rng.choice(self.focus) if self.chance(0.7) else self.rng.choice(AREA_NAMES)
        return AREAS_EN[name]

    def branch(self) -> tuple[str, str]:
        """A branch of the bureau: (its full name, its short name), both in the key."""
        rng = self.rng
        r = rng.random()
        if self.county_level:
            # a county bureau has police stations rather than branches
            return self.station(full=True), ""
        if r < 0.65 and self.districts:
            d = rng.choice(self.districts)
            short = f"{d['en']} Branch"
            place = d["en"]
        elif r < 0.85:
            short = f"{rng.choice(ZONES_EN)} Branch"
            place = None
        else:
            short = f"{_made_name(rng)} Branch"
            place = None
        full = f"{short} of the {self.bureau}"
        if place:
            self.ent("Place", place)
        self.branches.append(short)
        return self.ent("Agency", full), short

    def station(self, full: bool = False) -> str:
        rng = self.rng
        name = _made_name(rng)
        kind = rng.random()
        if kind < 0.45:
            short = f"{name} Police Station"
        elif kind < 0.7:
            short = f"{name} Road Police Station"
        elif kind < 0.85:
            short = f"{name} Street Police Station"
        else:
            short = f"{name} Town Police Station"
            self.ent("Place", f"{name} Town")
        self.stations.append(short)
        if full:
            return self.ent("Agency", f"{short} of the {self.bureau}")
        return self.ent("Agency", short)

    def unit(self) -> str:
        """A detachment, brigade or centre of the bureau, by its full name."""
        name = self.pick(UNITS_EN if self.level == "Municipal" else UNITS_COUNTY_EN)
        self.units.append(name)
        return self.ent("Agency", f"{name} of the {self.bureau}")

    def known_agency(self, start: bool = False) -> str:
        """An agency named before in the report, by its short name, or the bureau."""
        the = "The " if start else "the "
        options = []
        if self.branches:
            options.append(lambda: the + self.ent("Agency", self.rng.choice(self.branches)))
        if self.stations:
            options.append(lambda: the + self.ent("Agency", self.rng.choice(self.stations)))
        if self.units:
            options.append(lambda: the + self.ent("Agency", self.rng.choice(self.units)))
        if options and self.chance(0.5):
            return self.rng.choice(options)()
        return self.bureau_ref(start)

    def person(self) -> str:
        if self.persons and self.chance(0.15):
            return self.ent("Person", self.rng.choice(self.persons))
        p = _person_en(self.rng)
        self.persons.append(p)
        return self.ent("Person", p)

    # ---- figures

    def count(self, lo: int, hi: int, approx_ok: bool = True) -> str:
        """A count as written ("1,234", "more than 3,400", "12.6 thousand"), in the key."""
        rng = self.rng
        n = _loguniform(rng, lo, hi)
        prefix = ""
        if approx_ok and rng.random() < 0.3:
            prefix = self.pick(["more than ", "nearly ", "over ", "about ", "a total of ", "some "])
            if n >= 100 and prefix != "a total of ":
                digits = len(str(n)) - 2
                n = round(n, -digits) or n
        if n >= 1_000_000 and rng.random() < 0.8:
            m = Decimal(n).scaleb(-6).quantize(Decimal("0.01")).normalize()
            self.fig(_dec(m * 1_000_000), "count")
            return f"{prefix}{m:f} million"
        if n >= 10_000 and rng.random() < 0.04:
            t = Decimal(n).scaleb(-4).quantize(Decimal("0.01")).normalize()
            self.fig(_dec(t * 10_000), "count")
            return f"{prefix}{t:f} ten thousand"
        self.fig(float(n), "count")
        return f"{prefix}{n:,}"

    def percent_value(self, lo: float = 0.5, hi: float = 60.0) -> tuple[str, Decimal]:
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            d = Decimal(rng.randint(max(1, int(lo)), int(hi)))
        elif r < 0.25:
            d = Decimal(rng.randint(int(lo * 100), int(hi * 100))).scaleb(-2)
        else:
            d = Decimal(rng.randint(int(lo * 10), int(hi * 10))).scaleb(-1)
        form = rng.random()
        sign = "%" if form < 0.7 else (" percent" if form < 0.95 else " per cent")
        return f"{d:f}{sign}", d

    def percent(self, lo: float = 0.5, hi: float = 60.0) -> str:
        s, d = self.percent_value(lo, hi)
        self.fig(_dec(d), "percent")
        return s

    def change(self, what: str = "number") -> str:
        """A year-on-year change as a clause after a figure: ", an increase of 12.5% year-on-year"."""
        rng = self.rng
        up = rng.random() < 0.5
        p = self.percent(0.3, 95.0 if up else 60.0)
        noun = "increase" if up else self.pick(["decrease", "decline", "drop"])
        verb = self.pick(["increased", "rose", "grew"] if up else ["decreased", "dropped", "fell", "declined"])
        basis = self.pick(["year-on-year", "year on year", "compared with the same period last year",
                           "over the previous year", "compared with last year"])
        form = rng.randrange(5)
        if form == 0:
            return f", an {noun} of {p} {basis}" if noun[0] in "aeiou" else f", a {noun} of {p} {basis}"
        if form == 1:
            return f", a year-on-year {noun} of {p}"
        if form == 2:
            return f", {'up' if up else 'down'} {p} year on year"
        if form == 3:
            return f", which {verb} by {p} {basis}"
        return f"; the {what} {verb} by {p} {basis}"

    def points(self) -> str:
        d = Decimal(self.rng.randint(1, 150)).scaleb(-1)
        self.fig(_dec(d), "percentage_point")
        return f"{d:f} percentage point{'' if d == 1 else 's'}"

    def money(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            amount = Decimal(rng.randint(11, 9999)).scaleb(-rng.choice([1, 2])).normalize()
            self.fig(_dec(amount * 1_000_000), "CNY")
            return f"{amount:f} million yuan"
        if r < 0.6:
            amount = Decimal(rng.randint(11, 999)).scaleb(-1).normalize()
            self.fig(_dec(amount * 1_000_000_000), "CNY")
            return f"{amount:f} billion yuan"
        if r < 0.82:
            n = _loguniform(rng, 200, 990_000)
            n = round(n, -2) if n > 10_000 else n
            self.fig(float(n), "CNY")
            return f"{n:,} yuan"
        if r < 0.92:
            amount = Decimal(rng.randint(101, 99999)).scaleb(-2).normalize()
            self.fig(_dec(amount * 10_000), "CNY")
            return f"{amount:f} ten thousand yuan"
        if r < 0.96:
            amount = Decimal(rng.randint(11, 999)).scaleb(-2).normalize()
            self.fig(_dec(amount * 100_000_000), "CNY")
            return f"{amount:f} hundred million yuan"
        amount = Decimal(rng.randint(11, 9999)).scaleb(-1).normalize()
        self.fig(_dec(amount * 1_000_000), "CNY")
        return f"RMB {amount:f} million"

    def date(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return f"in {rng.choice(MONTHS)}"
        if r < 0.7:
            return f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}"
        if r < 0.85:
            return f"in {rng.choice(MONTHS)} {self.year}"
        return f"on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {self.year}"

    def period(self) -> str:
        rng = self.rng
        return self.pick([
            "Since the beginning of this year", f"In {self.year}", "Throughout the year",
            f"From January to {rng.choice(MONTHS[2:])}", f"Since the beginning of {self.year}",
            "Over the past year", "During the campaign", f"As of the end of {rng.choice(MONTHS[3:])}",
            f"In the first half of {self.year}", "In the past three years", "Last year",
        ])

    # ---- names of programmes, measures and awards

    def programme(self) -> tuple[str, str]:
        """A quoted programme name and its head: ("Safe Campus", "campaign")."""
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            name = f"{self.pick(PROG_A)} {self.pick(PROG_B)}"
        elif r < 0.75:
            name = f"{self.pick(PROG_A)} {self.pick(PROG_B)} {self.year}"
        elif r < 0.85:
            name = f"{self.pick(PROG_A)} {self.year}"
        else:
            # "three visits and three checks", "one village and one police officer"
            a = rng.choice(COUNT_WORDS[:5])
            b = a if rng.random() < 0.6 else rng.choice(COUNT_WORDS[:5])
            x, y = rng.sample(PROG_ACTS.items, 2)
            name = f"{a} {x if a == 'one' else plural(x)} and {b} {y if b == 'one' else plural(y)}"
        return self.ent("Programme", name), self.pick(PROG_HEADS)

    def measure(self) -> str:
        """A measure title ("Opinions on Strengthening Road Traffic Safety Management")."""
        rng = self.rng
        a = self.area()
        if rng.random() < 0.6:
            if a.crimes and rng.random() < 0.5:
                task = f"{self.pick(MEASURE_CRIME_VERBS)} {_bare(self.pick(a.crimes))}"
            else:
                task = f"{self.pick(MEASURE_VERBS)} {self.compound(a)}"
            text = self.pick(MEASURE_TASK_FORMS).format(task=task)
        else:
            form = self.pick(MEASURE_SUBJECT_FORMS)
            topic = self.pick(a.topics)
            while form.startswith("{") and not _compoundable(topic):
                form = self.pick(MEASURE_SUBJECT_FORMS)
            text = form.format(subject=_bare(topic))
        return self.ent("Measure", title(text))

    def compound(self, a: _Area) -> str:
        """A topic and a process noun: "road traffic safety management", "the governance of X"."""
        topic = self.pick(a.topics)
        if topic.endswith(_PROCESS_WORDS):
            return topic
        if _compoundable(topic):
            return f"{topic} {self.pick(PROC_NOUNS)}"
        return f"the {self.pick(PROC_NOUNS)} of {_bare(topic)}"

    def award(self) -> str:
        name = self.pick(AWARDS_EN)
        if self.chance(0.3) and not name.startswith("National"):
            name = f"{self.pick(AWARD_LEVELS)} {name}"
        return self.ent("Award", name)

    # ---- noun phrases of running text (no entities in them)

    def adj(self) -> str:
        return self.pick(COMPOUNDS) if self.rng.random() < 0.25 else self.pick(ADJECTIVES)

    def np(self, area: _Area | None = None) -> str:
        """A noun phrase of the work in a field ("the prevention and control of drunk driving")."""
        rng = self.rng
        a = area or self.area()
        r = rng.random()
        if r < 0.3:
            return f"the {self.pick(PROC_NOUNS)} of {self.pick(a.topics)}"
        if r < 0.45:
            return f"the {self.adj()} {self.pick(ABS_NOUNS)} of {self.compound(a)}"
        if r < 0.6:
            return self.compound(a)
        if r < 0.72:
            return f"the {self.pick(PROC_NOUNS)} of {self.pick(a.topics)} in {self.where(a)}"
        if r < 0.82 and a.crimes:
            return f"the {self.pick(ABS_NOUNS)} for {gerund(self.pick(CRIME_VERBS))} {self.pick(a.crimes)}"
        if r < 0.92:
            noun = self.pick(ABS_NOUNS)
            return f"the {self.adj()} {noun}" if rng.random() < 0.6 else f"{self.adj()} {plural(noun)}"
        return f"the {self.pick(['safety', 'rights and interests', 'sense of security', 'needs'])} of {self.pick(a.people)}"

    def did(self, a: _Area, form=past) -> str:
        """A counted result: "arrested 1,234 fraud suspects" (the verb in ``form``)."""
        verb, noun, lo, hi = self.rng.choice(a.counted)
        return f"{form(verb)} {self.count(lo, hi)} {noun}"

    def vp(self, a: _Area, form=None) -> str:
        """A verb and its object, the verb in ``form`` (past, gerund, participle; else the base)."""
        if a.crimes and self.rng.random() < 0.4:
            verb, obj = self.pick(CRIME_VERBS), self.pick(a.crimes)
            if self.rng.random() < 0.3:
                obj += f" in {self.where(a)}"
        else:
            verb, obj = self.pick(WORK_VERBS), self.np(a)
        return f"{form(verb) if form else verb} {obj}"

    def subject(self, start: bool = False) -> str:
        if self.chance(0.15):
            return self.bureau_ref(start)
        s = self.pick(SUBJECTS)
        return cap(s) if start else s

    def filler(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(16)
        if f == 0:
            return (f"{self.pick(OPENINGS)}, {self.subject()} {self.pick(ADVERBS)} {self.vp(a, past)}"
                    f", {self.vp(a, gerund)}.")
        if f == 1:
            return (f"{self.subject(True)} {self.vp(a, past)} and {self.vp(a, past)}"
                    f", so as to {self.pick(GOALS)}.")
        if f == 2:
            return (f"In view of {self.pick(a.topics)}, {self.subject()} {self.vp(a, past)}"
                    f" in {self.where(a)} and {self.pick(a.venues)}.")
        if f == 3:
            return (f"{cap(self.np(a))} was {self.pick(ADVERBS)} {participle(self.pick(WORK_VERBS))}, and the "
                    f"{self.pick(PROC_NOUNS)} of {self.pick(a.topics)} {self.pick(INTRANSITIVE)}.")
        if f == 4:
            return (f"We will {self.pick(ADVERBS)} {self.vp(a)}, {self.vp(a)} and {self.vp(a)}, "
                    f"and strive to {self.pick(GOALS)}.")
        if f == 5:
            n = self.number_word(2, 9)
            return (f"Focusing on {self.pick(a.topics)}, {self.subject()} organized {n} rounds of "
                    f"{self.pick(['publicity', 'inspections', 'rectification', 'training', 'visits', 'drills'])} "
                    f"in {self.where(a)}, covering {self.pick(a.people)} and {self.pick(a.people)}.")
        if f == 6:
            return (f"{cap(self.pick(a.people))} in {self.where(a)} generally reported that their sense "
                    f"of security had {self.pick(['improved', 'increased', 'been enhanced', 'grown stronger'])}.")
        if f == 7:
            return (f"{cap(self.vp(a, gerund))} is an {self.pick(['important', 'effective', 'essential'])} "
                    f"{self.pick(['guarantee', 'means', 'way', 'measure', 'step'])} for "
                    f"{self.vp(a, gerund)}.")
        if f == 8:
            return (f"{self.subject(True)} insisted on {self.vp(a, gerund)} and "
                    f"{self.vp(a, gerund)}, and {self.pick(RESULTS)}.")
        if f == 9:
            return (f"On the one hand, {self.subject()} {self.vp(a, past)}; on the other "
                    f"hand, {self.subject()} {self.vp(a, past)}.")
        if f == 10:
            return (f"First, {self.vp(a)}; second, {self.vp(a)}; "
                    f"third, {self.vp(a)}.")
        if f == 11:
            return (f"{self.subject(True)} took {self.np(a)} as the "
                    f"{self.pick(['starting point', 'breakthrough', 'main line', 'key task', 'focus'])}, and made "
                    f"every effort to {self.pick(GOALS)}.")
        if f == 12:
            return (f"In the face of {self.pick(['the complex situation of', 'new problems in', 'the rising trend of', 'the changes in'])} "
                    f"{self.pick(a.topics)}, {self.subject()} {self.pick(ADVERBS)} {self.vp(a, past)}"
                    f".")
        if f == 13:
            return (f"With {self.pick(a.people)} as the {self.pick(['focus', 'target', 'main body', 'priority'])}, "
                    f"{self.subject()} {self.vp(a, past)} and {self.pick(RESULTS)}.")
        if f == 14:
            return (f"The {self.pick(PROC_NOUNS)} of {self.pick(a.topics)} {self.pick(INTRANSITIVE)}, and "
                    f"{self.pick(RESULTS)}.")
        return (f"{self.pick(OPENINGS)}, {self.pick(a.people)} and {self.pick(a.people)} were "
                f"{self.pick(['mobilized', 'organized', 'encouraged', 'invited'])} to take part in "
                f"{self.np(a)}, and {self.pick(RESULTS)}.")

    def heading(self) -> str:
        a = self.area()
        r = self.rng.random()
        if r < 0.3 and a.crimes:
            return f"{cap(self.pick(CRIME_VERBS))} {self.pick(a.crimes)} and {self.pick(GOALS)}"
        if r < 0.6:
            return f"{cap(self.pick(HEADING_VERBS))} {self.np(a)}"
        if r < 0.8:
            return cap(f"{self.vp(a)} and {self.vp(a)}")
        return cap(f"{self.adj()} {_bare(self.pick(a.topics))}")

    # ---- facts: each writes entities and figures and lists them in the key

    def fact(self) -> str:
        kinds = [self.fact_units, self.fact_programme, self.fact_measure, self.fact_person,
                 self.fact_money, self.fact_cases, self.fact_services, self.fact_rate,
                 self.fact_award, self.fact_places, self.fact_story, self.fact_seizure,
                 self.fact_facilities, self.fact_pursuit, self.fact_commend]
        weights = [12, 16, 8, 11, 7, 15, 9, 7, 3, 5, 13, 5, 6, 8, 4]
        return self.rng.choices(kinds, weights)[0]()

    def fact_units(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(6)
        if f == 0:
            # a county bureau sets up its police stations itself
            branch = self.ent("Agency", self.bureau) if self.county_level else self.branch()[0]
            station = self.station()
            return (f"{cap(self.date())}, the {branch} set up the {station}, which serves "
                    f"{self.count(2000, 90000)} residents.")
        if f == 1:
            unit = self.unit()
            verb, noun, lo, hi = rng.choice(a.counted)
            return f"The {unit} {past(verb)} {self.count(lo, hi)} {noun}{self.change() if self.chance(0.4) else ''}."
        if f == 2:
            station = self.station()
            verb, noun, lo, hi = rng.choice(a.counted)
            return (f"{self.period()}, the {station} has {participle(verb)} {self.count(lo, hi)} {noun} "
                    f"and {self.did(a, participle)}.")
        if f == 3:
            branch, short = self.branch()
            verb, noun, lo, hi = rng.choice(a.counted)
            return (f"The {branch} {self.vp(a, past)}, and {past(verb)} "
                    f"{self.count(lo, hi)} {noun}.")
        if f == 4:
            station = self.station(full=True)
            return (f"The {station} {past(self.pick(['build', 'set up', 'establish', 'open']))} "
                    f"{self.count(2, 60, False)} {self.pick(['police offices', 'community police rooms', 'service points', 'patrol posts'])} "
                    f"in {self.where(a)}.")
        # several units working together
        names = [self.unit(), self.station()]
        if self.branches:
            names.append(self.ent("Agency", rng.choice(self.branches)))
        rng.shuffle(names)
        verb, noun, lo, hi = rng.choice(a.counted)
        listed = ", the ".join(names[:-1]) + " and the " + names[-1]
        return (f"The {listed} worked together to {self.vp(a)}, and "
                f"{past(verb)} {self.count(lo, hi)} {noun}.")

    def fact_programme(self) -> str:
        rng = self.rng
        a = self.area()
        name, head = self.programme()
        verb, noun, lo, hi = rng.choice(a.counted)
        f = rng.randrange(8)
        if f == 0:
            return (f"{self.period()}, {self.bureau_ref()} has {participle(self.pick(['launch', 'carry out', 'implement', 'deploy']))} "
                    f"the \"{name}\" {head}, {past(verb)} {self.count(lo, hi)} {noun}{self.change()}.")
        if f == 1:
            return (f"Since the launch of the \"{name}\" {head}, {self.count(lo, hi)} {noun} have been "
                    f"{participle(verb)}{self.change() if self.chance(0.5) else ''}.")
        if f == 2:
            return (f"During the \"{name}\" {head}, {self.known_agency()} {past(verb)} {self.count(lo, hi)} "
                    f"{noun} and {self.did(a, past)}.")
        if f == 3:
            return (f"The \"{name}\" {head} was {participle(self.pick(['carry out', 'implement', 'promote']))} "
                    f"in depth throughout the {'city' if self.level == 'Municipal' else 'county'}, focusing on "
                    f"{self.pick(a.topics)} and {self.pick(a.topics)}.")
        if f == 4:
            return (f"Relying on the \"{name}\" {head}, {self.subject()} {past(verb)} {self.count(lo, hi)} {noun}.")
        if f == 5:
            return (f"{self.known_agency(True)} {past(self.pick(['launch', 'build', 'create', 'implement', 'promote']))} "
                    f"the \"{name}\" {head} {self.date()}, and {self.count(lo, hi)} {noun} were "
                    f"{participle(verb)} within {self.pick(COUNT_WORDS[1:9])} months.")
        if f == 6:
            return (f"Through the \"{name}\" {head}, {self.pick(a.people)} in {self.count(5, 900)} "
                    f"{self.pick(a.venues)} were covered, and {self.count(lo, hi)} {noun} were {participle(verb)}.")
        return (f"{self.bureau_ref(True)} {past(self.pick(['innovate', 'promote', 'deepen']))} the "
                f"\"{name}\" {head} to {self.vp(a)}.")

    def fact_measure(self) -> str:
        rng = self.rng
        a = self.area()
        m = self.measure()
        f = rng.randrange(6)
        if f == 0:
            return (f"{self.bureau_ref(True)} {past(self.pick(['formulate and issue', 'issue', 'revise', 'draft', 'introduce']))} "
                    f"the \"{m}\" to {self.pick(['standardize', 'regulate', 'strengthen', 'improve'])} {self.np(a)}.")
        if f == 1:
            return (f"In accordance with the \"{m}\", {self.subject()} {self.vp(a, past)}.")
        if f == 2:
            return (f"The \"{m}\" was {participle(self.pick(['issue', 'promulgate', 'revise', 'print and distribute']))} "
                    f"{self.date()}, {self.pick(['clarifying', 'specifying', 'refining'])} {self.count(5, 60, False)} "
                    f"{self.pick(['measures', 'tasks', 'responsibilities', 'requirements', 'standards'])}.")
        if f == 3:
            return (f"{cap(self.date())}, {self.bureau_ref()} {past(self.pick(['issue', 'formulate', 'compile']))} the "
                    f"\"{m}\", and each auxiliary police officer receives an allowance of {self.money_small()} a month.")
        if f == 4:
            return (f"To implement the \"{m}\", {self.subject()} {self.vp(a, past)} and "
                    f"{self.pick(RESULTS)}.")
        m2 = self.measure()
        return (f"{self.bureau_ref(True)} {past(self.pick(['formulate', 'issue', 'introduce']))} the \"{m}\" and the "
                f"\"{m2}\", forming a {self.pick(ADJECTIVES)} {self.pick(ABS_NOUNS)} of {self.compound(a)}.")

    def money_small(self) -> str:
        n = self.rng.randint(2, 60) * 50
        self.fig(float(n), "CNY")
        return f"{n:,} yuan"

    def fact_person(self) -> str:
        rng = self.rng
        a = self.area()
        p = self.person()
        role = self.pick(ROLES_EN)
        f = rng.randrange(7)
        if role in ("community police officer", "police officer", "station chief", "instructor"):
            where = self.station() if not self.stations or self.chance(0.5) else self.ent("Agency", rng.choice(self.stations))
        elif role in ("captain", "deputy captain"):
            where = self.unit()
        else:
            where = None
        org = f"the {where}" if where else self.bureau_ref()
        if f == 0:
            return (f"{p}, {role} of {org}, said that {self.subject()} would {self.pick(ADVERBS)} "
                    f"{self.vp(a)}.")
        if f == 1:
            return f"\"{self.pick(QUOTES)},\" {self.pick(SPEECH)} {p}, {role} of {org}."
        if f == 2:
            verb, noun, lo, hi = rng.choice(a.counted)
            return (f"{cap(role)} {p} of {org} has {participle(verb)} {self.count(lo, hi)} {noun} "
                    f"{self.pick(['since he took office', 'in the past year', 'over the years', 'this year'])}.")
        if f == 3:
            return (f"Under the leadership of {p}, {role} of {org}, {self.subject()} "
                    f"{self.vp(a, past)}.")
        if f == 4:
            return (f"The picture shows {p}, {role} of {org}, "
                    f"{gerund(self.pick(['give', 'explain', 'conduct', 'carry out']))} "
                    f"{self.pick(['a lecture on', 'publicity on', 'an inspection of', 'training on'])} "
                    f"{self.pick(a.topics)} in {self.where(a)}.")
        if f == 5:
            p2 = self.person()
            return (f"{p}, {role} of {org}, and {p2}, {self.pick(ROLES_EN)} of {self.bureau_ref()}, "
                    f"{past(self.pick(['attend', 'preside over', 'address']))} the meeting.")
        return (f"{p}, {role} of {org}, {self.pick(['led', 'headed', 'took'])} a team to "
                f"{self.pick(a.venues)} to {self.vp(a)}.")

    def fact_money(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(7)
        if f == 0:
            name, head = self.programme()
            return f"The \"{name}\" {head} has a total investment of {self.money()}."
        if f == 1:
            return (f"{self.period()}, {self.subject()} recovered economic losses of {self.money()} "
                    f"for {self.pick(a.people)}.")
        if f == 2:
            return (f"{self.known_agency(True)} froze {self.money()} of funds involved in "
                    f"{self.pick(a.topics)} and returned {self.money()} to victims.")
        if f == 3:
            return (f"A total of {self.money()} was invested in the construction of "
                    f"{self.count(3, 300, False)} {self.pick(['police stations', 'police offices', 'training bases', 'smart communities', 'checkpoints'])}.")
        if f == 4:
            return f"The amount involved in the cases reached {self.money()}{self.change('amount')}."
        if f == 5:
            return (f"The new building of {self.station(full=True)} covers an area of "
                    f"{self.area_m2()}, with an investment of {self.money()}.")
        return (f"{self.bureau_ref(True)} won financial support of {self.money()} from the "
                f"{'municipal' if self.level == 'Municipal' else 'county'} finance for {self.np(a)}.")

    def area_m2(self) -> str:
        n = _loguniform(self.rng, 80, 60000)
        self.fig(float(n), "square_metre")
        return f"{n:,} {self.pick(['square meters', 'square metres'])}"

    def fact_cases(self) -> str:
        rng = self.rng
        a = self.area()
        verb, noun, lo, hi = rng.choice(a.counted)
        f = rng.randrange(7)
        if f == 0:
            return (f"{self.period()}, {self.bureau_ref()} {past(verb)} {self.count(lo, hi)} {noun}"
                    f"{self.change()}.")
        if f == 1:
            v2, n2, lo2, hi2 = rng.choice(a.counted)
            return (f"{self.period()}, {self.subject()} {past(verb)} {self.count(lo, hi)} {noun} and "
                    f"{past(v2)} {self.count(lo2, hi2)} {n2}.")
        if f == 2:
            return (f"A total of {self.count(lo, hi, False)} {noun} were {participle(verb)}{self.change()}.")
        if f == 3:
            return (f"The number of {noun} {self.pick(['decreased', 'dropped', 'fell'])} by {self.percent()} "
                    f"year-on-year, and the number of {rng.choice(a.counted)[1]} "
                    f"{self.pick(['increased', 'rose'])} by {self.percent()}.")
        if f == 4:
            return (f"{self.known_agency(True)} {past(verb)} {self.count(lo, hi)} {noun}, including "
                    f"{self.count(2, max(3, lo))} {self.pick(['major cases', 'cases supervised by the Ministry', 'cross-border cases', 'long-pending cases', 'cases involving minors'])}.")
        if f == 5:
            return (f"In {self.pick(MONTHS)} alone, {self.count(lo, max(lo + 1, hi // 10))} {noun} were "
                    f"{participle(verb)}, and {self.count(5, 900)} {self.pick(['suspects', 'persons', 'vehicles', 'households'])} "
                    f"were {self.pick(['checked', 'dealt with', 'registered', 'visited'])}.")
        return (f"{self.pick(['Cases', 'Reported cases', 'Incidents', 'Police reports'])} of {self.pick(a.topics)} "
                f"{self.pick(['fell', 'dropped', 'declined'])} by {self.percent()} year-on-year, "
                f"the {self.pick(['lowest', 'best'])} level in {self.pick(COUNT_WORDS[2:9])} years.")

    def fact_services(self) -> str:
        rng = self.rng
        a = AREAS_EN[rng.choice(["household", "exit_entry", "services", "traffic", "tech", "community"])]
        verb, noun, lo, hi = rng.choice(a.counted)
        f = rng.randrange(5)
        if f == 0:
            return (f"{self.period()}, {self.subject()} {past(verb)} {self.count(lo, hi)} {noun} for "
                    f"{self.pick(a.people)}{self.change() if self.chance(0.4) else ''}.")
        if f == 1:
            return (f"The number of {self.pick(['registered electric bicycles', 'registered motor vehicles', 'permanent residents', 'online service users', 'registered drivers'])} "
                    f"in the {'city' if self.level == 'Municipal' else 'county'} has exceeded "
                    f"{self.count_millions()}.")
        if f == 2:
            return (f"{self.known_agency(True)} {past(verb)} {self.count(lo, hi)} {noun} in "
                    f"{self.pick(a.venues)}, and the waiting time was shortened by {self.percent(5, 70)}.")
        if f == 3:
            return (f"{cap(self.count(lo, hi))} {noun} were {participle(verb)} online, accounting for "
                    f"{self.percent(20, 99)} of the total.")
        return (f"{self.subject(True)} {past(verb)} {self.count(lo, hi)} {noun} and {self.did(a, past)}.")

    def count_millions(self) -> str:
        d = Decimal(self.rng.randint(11, 99)).scaleb(-1).normalize()
        self.fig(_dec(d * 1_000_000), "count")
        return f"{d:f} million"

    def fact_rate(self) -> str:
        rng = self.rng
        f = rng.randrange(5)
        rate = self.pick(["the people's sense of security", "the satisfaction rate of the masses",
                          "the clearance rate of criminal cases", "the success rate of mediation",
                          "the helmet wearing rate of electric bicycle riders",
                          "the online handling rate of household registration services",
                          "the coverage rate of video surveillance", "the clearance rate of homicide cases",
                          "the rate of cases recovered", "the satisfaction rate of police services"])
        if f == 0:
            return f"{cap(rate)} reached {self.percent(80, 99.9)}, an increase of {self.points()} over the previous year."
        if f == 1:
            return f"{self.period()}, {rate} was {self.percent(80, 99.9)}, {self.pick(['up', 'down'])} {self.points()} year on year."
        if f == 2:
            return f"{cap(rate)} stood at {self.percent(70, 99.9)}, ranking first in the province."
        if f == 3:
            return (f"{cap(rate)} rose from {self.percent(50, 80)} to {self.percent(80, 99.9)}.")
        return (f"According to a survey, {rate} in the {'city' if self.level == 'Municipal' else 'county'} "
                f"reached {self.percent(80, 99.9)}.")

    def fact_award(self) -> str:
        rng = self.rng
        f = rng.randrange(4)
        if f == 0:
            return f"The {self.station()} was rated as a \"{self.award()}\" {self.date()}."
        if f == 1:
            return f"{self.known_agency(True)} was awarded the title of \"{self.award()}\"."
        if f == 2:
            p = self.person()
            title_ = self.pick(['Most Beautiful Police Officer', 'Model Police Officer', 'Excellent People Police',
                                'Top Ten Police Officers', 'Outstanding Community Police Officer'])
            return (f"{p}, {self.pick(ROLES_EN)} of {self.bureau_ref()}, won the title of "
                    f"\"{self.ent('Award', title_)}\".")
        return (f"{self.bureau_ref(True)} was named a \"{self.award()}\" by the "
                f"{self.ent('Agency', 'Ministry of Public Security')}.")

    def fact_places(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(4)
        if f == 0 and self.neighbours:
            c = rng.choice(self.neighbours)
            kind = {"banner": "Banner", "county_city": "City"}.get(c.get("kind"), "County")
            place = self.ent("Place", f"{c['en']} {kind}")
            return (f"{self.bureau_ref(True)} and the police of {place} {past(self.pick(['sign', 'establish', 'set up']))} "
                    f"a {self.pick(['cooperation agreement', 'joint defence mechanism', 'linkage mechanism'])} "
                    f"on {self.pick(a.topics)}.")
        if f == 1 and self.province:
            prov = self.province
            suffix = {"province": " Province", "autonomous_region": " Autonomous Region"}.get(prov.get("kind"), "")
            place = self.ent("Place", prov["en"] + suffix)
            return (f"The {self.pick(['practice', 'experience', 'model'])} of {self.bureau_ref()} was "
                    f"{self.pick(['promoted', 'introduced', 'reported'])} throughout {place}.")
        if f == 2 and not self.county_level:
            place = self.ent("Place", self.place)
            return (f"To build a {self.pick(['safe', 'harmonious', 'rule-of-law'])} {place}, {self.subject()} "
                    f"{self.vp(a, past)}.")
        if self.parent_city:
            # the county's bureau works under its city's bureau
            parent = self.ent("Agency", f"{self.parent_city['en']} Municipal Public Security Bureau")
            self.ent("Place", self.parent_city["en"])
            return (f"Under the guidance of the {parent}, {self.bureau_ref()} "
                    f"{self.vp(a, past)}.")
        name = self.ent("Place", f"{_made_name(rng)} Town")
        return (f"In {name}, {self.subject()} {self.vp(a, past)} and "
                f"{self.did(a, past)}.")

    def number_word(self, lo: int, hi: int) -> str:
        """A count written as a word ("nine" rounds, "three" times), in the key."""
        n = self.rng.randint(lo, hi)
        self.fig(float(n), "count")
        return COUNT_WORDS[n - 1]

    def venue(self) -> str:
        """A named place of the report's ground ("Dazhuang Village of Leying Town"); a town in the key."""
        rng = self.rng
        kind = self.pick(["Village", "Community", "Road", "Street", "Village", "Industrial Park", "Square", "business"])
        if kind == "business":
            return self.business()
        if kind == "Village" and rng.random() < 0.4:
            # a village named after its families: Wangjiazhuang, Lijiagou
            family = f"{SURNAMES_EN(rng)}{self.pick(['jia', 'jia', 'zhuang', ''])}" \
                     f"{self.pick(['zhuang', 'cun', 'wan', 'gou', 'tun', 'ying', 'zhai', 'ping', 'wa', 'po', 'dian'])}"
            name = f"{family if family.lower() not in _gazetteer_names() else _made_name(rng)} Village"
        else:
            name = f"{_made_name(rng)} {kind}"
        if kind == "Village" and rng.random() < 0.5:
            town = self.ent("Place", f"{_made_name(rng)} {self.pick(['Town', 'Township'])}")
            return f"{name} of {town}"
        return name

    def business(self) -> str:
        """A named business ("the Hengda Logistics Company"): no entity of the key."""
        return (f"the {_made_name(self.rng)} {self.pick(INDUSTRIES)} "
                f"{self.pick(['Company', 'Co., Ltd.', 'Factory', 'Plant', 'Group', 'Cooperative', 'Store'])}")

    def where(self, a: _Area) -> str:
        """Where something happens: a kind of place ("rural markets") or a named one."""
        return self.venue() if self.rng.random() < 0.3 else self.pick(a.venues)

    def fact_story(self) -> str:
        """An incident as the reports tell it (see STORIES): two or three sentences."""
        rng = self.rng
        name = rng.choice(STORY_NAMES)
        pools = STORY_POOLS[name]
        sentences = STORIES[name]["sentences"]
        chosen = [sentences[0]] + sorted(rng.sample(sentences[1:], min(len(sentences) - 1, rng.randint(1, 2))),
                                         key=sentences.index)
        slots: dict[str, str] = {}
        person: list[str] = []

        def who() -> str:
            station = self.station() if not self.stations or self.chance(0.5) else \
                self.ent("Agency", rng.choice(self.stations))
            role = self.pick(["police officer", "community police officer", "auxiliary police officer",
                              "instructor", "station chief"])
            return f"{role} {the_person()} of the {station}"

        def the_person() -> str:
            if not person:
                person.append(self.person())
            return person[0]

        def fill(m) -> str:
            key = m.group(1)
            if key.startswith("count:"):
                _, lo, hi = key.split(":")
                return self.count(int(lo), int(hi))
            if key == "money":
                return self.money()
            if key in slots:
                return slots[key]
            if key == "who":
                value = who()
            elif key == "P":
                value = the_person()
            elif key == "when":
                value = f"{self.pick(TIMES)} {rng.choice(MONTHS)} {rng.randint(1, 28)}"
            elif key == "venue":
                value = self.venue()
            elif key == "road":
                value = f"{_made_name(rng)} Road"
            elif key == "times":
                value = self.number_word(2, 9)
            elif key in ("hours", "years", "minutes"):
                value = self.pick(COUNT_WORDS[1:9])
            else:
                value = pools[key.rstrip("0123456789")](rng)
            slots[key] = value
            return value

        return " ".join(cap(_SLOT.sub(fill, t)) for t in chosen)

    def far_place(self) -> str:
        """A place elsewhere in the country, as a pursuit names it ("Dongguan, Guangdong"), in the key."""
        rng = self.rng
        cities, counties = _places()
        _, _, by_name = _geography()
        r = rng.random()
        if r < 0.55:
            c = rng.choice(cities)
            prov = by_name.get(c.get("parent"))
            if prov and prov.get("kind") in ("province", "autonomous_region") and rng.random() < 0.5:
                suffix = {"province": " Province", "autonomous_region": " Autonomous Region"}[prov["kind"]]
                sep = self.pick([", ", " of ", " in "])
                return self.ent("Place", c["en"]) + sep + self.ent("Place", prov["en"] + (suffix if rng.random() < 0.5 else ""))
            return self.ent("Place", c["en"])
        if r < 0.8:
            c = rng.choice(counties)
            kind = {"banner": "Banner", "county_city": "City"}.get(c.get("kind"), "County")
            return self.ent("Place", f"{c['en']} {kind}")
        prov = rng.choice([e for e in _provinces()])
        suffix = {"province": " Province", "autonomous_region": " Autonomous Region"}.get(prov["kind"], "")
        return self.ent("Place", prov["en"] + suffix)

    def fact_pursuit(self) -> str:
        rng = self.rng
        places = [self.far_place() for _ in range(rng.randint(1, 3))]
        listed = and_list(places)
        f = rng.randrange(4)
        if f == 0:
            return (f"Tracing the clues, the task force of {self.known_agency()} travelled to {listed}, and arrested "
                    f"{self.count(2, 300)} suspects.")
        if f == 1:
            return (f"The suspects, who had fled to {listed}, were arrested after {self.pick(COUNT_WORDS[1:9])} months "
                    f"of {self.pick(['pursuit', 'investigation', 'tracking', 'surveillance'])}.")
        if f == 2:
            return (f"The gang, with members in {listed}, had cheated {self.count(20, 9000)} victims out of "
                    f"{self.money()}.")
        return (f"{self.known_agency(True)} sent {self.count(5, 300, False)} police officers to {listed} to "
                f"{self.pick(['learn from the experience of', 'exchange views with', 'assist'])} the local police.")

    def fact_commend(self) -> str:
        """Persons named together: commended officers, a leading group, a team."""
        rng = self.rng
        names = [self.person() for _ in range(rng.randint(3, 6))]
        names = list(dict.fromkeys(names))
        listed = and_list(names)
        f = rng.randrange(4)
        if f == 0:
            return (f"Police officers {listed} were awarded {self.pick(['second-class', 'third-class'])} merits for "
                    f"their work in {self.pick(self.area().topics)}.")
        if f == 1:
            return (f"Police officers {listed} set up a {self.pick(['studio', 'workshop', 'volunteer team', 'service team'])} "
                    f"for {self.pick(self.area().topics)} in {self.venue()}.")
        if f == 2:
            return (f"{listed} of {self.known_agency()} worked day and night on "
                    f"{self.pick(self.area().topics)}.")
        return (f"At the commendation meeting, {listed} shared their stories of {self.pick(self.area().topics)} "
                f"in {self.venue()}.")

    def fact_seizure(self) -> str:
        rng = self.rng
        items = rng.sample(SEIZED.items, 3)
        counts = [self.count(2, 9000) for _ in range(rng.randint(2, 3))]
        listed = [f"{c} {i}" for c, i in zip(counts, items)]
        listed = and_list(listed)
        f = rng.randrange(3)
        if f == 0:
            return f"{self.period()}, {self.known_agency()} seized {listed}."
        if f == 1:
            return (f"In the {self.pick(['joint operation', 'special inspection', 'night-time raid', 'centralized clean-up'])} "
                    f"of {self.pick(BUSINESSES)}, the police seized {listed}.")
        return f"A total of {listed} were {self.pick(['seized', 'confiscated', 'destroyed in public', 'handed over'])} {self.date()}."

    def fact_facilities(self) -> str:
        rng = self.rng
        f = rng.randrange(4)
        if f == 0:
            station = self.station() if not self.stations or self.chance(0.5) else self.ent("Agency", rng.choice(self.stations))
            a, b, c = rng.sample(FACILITIES.items, 3)
            return (f"The {station} is equipped with {a}, {b} and {c}, and has set up "
                    f"{self.count(2, 300, False)} {self.pick(FACILITIES)} in {self.venue()}.")
        if f == 1:
            return (f"{cap(self.count(10, 90000))} {self.pick(FACILITIES)} were installed in "
                    f"{self.pick(BUSINESSES)}, {self.pick(BUSINESSES)} and {self.pick(BUSINESSES)}.")
        if f == 2:
            a, b = rng.sample(ACTIVITIES.items, 2)
            return (f"{self.subject(True)} held {self.count(3, 3000)} {a} and produced {self.count(3, 900)} {b}, "
                    f"reaching {self.count(100, 900000)} {self.pick(OCCUPATIONS)} and {self.pick(OCCUPATIONS)}.")
        a, b, c = rng.sample(OCCUPATIONS.items, 3)
        return (f"{cap(self.count(20, 20000))} {a}, {b} and {c} were recruited as "
                f"{self.pick(['information officers', 'safety supervisors', 'volunteers for public security', 'anti-fraud propagandists', 'traffic persuaders'])} "
                f"in {self.venue()}.")

    def detail(self) -> str:
        """A sentence of running text about things and people, no figures in it."""
        rng = self.rng
        a = self.area()
        f = rng.randrange(9)
        if f == 0:
            x, y = rng.sample(FACILITIES.items, 2)
            return (f"{cap(self.pick(DETAIL_ADJ))} {x} and {y} were set up in {self.pick(BUSINESSES)}, "
                    f"{self.pick(BUSINESSES)} and {self.venue()}.")
        if f == 1:
            x, y = rng.sample(OCCUPATIONS.items, 2)
            return (f"{cap(x)} and {y} were invited to {self.pick(ACTIVITIES)} on {self.pick(a.topics)}, and "
                    f"{self.pick(ACTIVITIES)} and {self.pick(ACTIVITIES)} were distributed in {self.pick(BUSINESSES)}.")
        if f == 2:
            return (f"The police visited {self.pick(BUSINESSES)}, {self.pick(BUSINESSES)} and {self.pick(BUSINESSES)} "
                    f"one by one, checking {self.pick(FACILITIES)} and reminding {self.pick(OCCUPATIONS)} of "
                    f"{self.pick(a.topics)}.")
        if f == 3:
            return (f"In {self.venue()}, {self.pick(DETAIL_ADJ)} {self.pick(OCCUPATIONS)} and {self.pick(OCCUPATIONS)} "
                    f"joined the {self.pick(['night patrols', 'red armband teams', 'mediation teams', 'safety committees'])}.")
        if f == 4:
            return (f"Items such as {self.pick(SEIZED)}, {self.pick(SEIZED)} and {self.pick(SEIZED)} were listed as key "
                    f"targets of {self.pick(['inspection', 'control', 'supervision', 'rectification'])} in {self.pick(BUSINESSES)}.")
        if f == 5:
            x, y, z = rng.sample(THINGS.items, 3)
            return (f"The police checked the {x}, {y} and {z} of {self.pick(BUSINESSES)} one by one, and "
                    f"ordered the owners to rectify the {self.pick(SCENE_ADJ)} {self.pick(THINGS)} at once.")
        if f == 6:
            x, y = rng.sample(GOODS.items, 2)
            return (f"Fake {x} and shoddy {y} sold in {self.pick(BUSINESSES)} were a focus of the "
                    f"{self.pick(['joint inspections', 'special rectification', 'market checks', 'night raids'])}, "
                    f"and {self.pick(DOCUMENTS)} and {self.pick(DOCUMENTS)} were checked.")
        if f == 7:
            v = rng.sample(STORY_VERBS.items, 3)
            return (f"On the {self.pick(SCENE_ADJ)} and {self.pick(SCENE_ADJ)} roads of {self.venue()}, the officers "
                    f"{v[0]}, {v[1]} and {v[2]} from dawn till dusk.")
        return (f"{cap(self.pick(OCCUPATIONS))} who sell {self.pick(GOODS)} and {self.pick(GOODS)} in "
                f"{self.pick(BUSINESSES)} were asked to keep {self.pick(DOCUMENTS)} and {self.pick(DOCUMENTS)}.")

    # ---- the report

    def header(self) -> list[str]:
        rng = self.rng
        a = self.area()
        slogan = (f"{cap(self.pick(HEADING_VERBS))} {self.pick(a.topics)} and "
                  f"{self.pick(GOALS)}")
        lines = [slogan, ""]
        r = rng.random()
        date = f"{self.year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if r < 0.4:
            lines += [f"{self.pick(SOURCES_EN)} Updated on {date}", ""]
        elif r < 0.7:
            lines += [f"Author: {self.pick(SOURCES_EN)} Time: {date.replace('-', '.')}", ""]
        else:
            lines += [f"{self.pick(SOURCES_EN)} {date} Reporter {self.person()} Correspondent {self.person()}", ""]
        lines += [f"Summary of the work of the {self.ent('Agency', self.bureau)} in {self.year}.", ""]
        return lines

    def write(self, paragraphs: int) -> str:
        rng = self.rng
        out = self.header()
        section = 0
        for i in range(paragraphs):
            if i % rng.randint(4, 7) == 0:
                section += 1
                numbering = self.pick([f"{section:02d}", f"{section}", ""])
                if numbering:
                    out.append(numbering)
                out.append(self.heading())
            para = []
            if rng.random() < 0.1:
                para.append(self.filler())
            para.append(self.fact())
            if rng.random() < 0.2:
                para.append(self.fact())
            para.append(self.detail() if rng.random() < 0.55 else self.filler())
            out.append(" ".join(para))
        if rng.random() < 0.5:
            out.append(f"Editor: {self.person()}")
        return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Chinese reports

class _Chinese(_Writer):
    def __init__(self, rng: random.Random, rid: str, city: dict, county: dict):
        super().__init__(rng, Key(rid, "zh"))
        districts, counties, by_name = _geography()
        self.county_level = rng.random() < 0.3
        if self.county_level:
            suffix = {"banner": "旗", "county_city": "市"}.get(county.get("kind"), "县")
            self.place = county["zh"] + suffix
            self.short = suffix             # 县公安局, 旗公安局
            parent = by_name.get(county.get("parent"))
            self.parent_city = parent if parent and parent.get("kind") == "city" and parent.get("zh") else None
            self.districts = []
            self.neighbours = [c for c in counties.get(county.get("parent"), []) if c["zh"] != county["zh"]]
        else:
            self.place = city["zh"] + "市"
            self.short = "市"
            self.parent_city = None
            self.districts = districts.get(city["en"], [])
            self.neighbours = counties.get(city["en"], [])
        self.bureau = f"{self.place}公安局"
        self.ent("Agency", self.bureau)
        self.ent("Place", self.place)
        self.branches: list[str] = []
        self.stations: list[str] = []
        self.units: list[str] = []
        self.persons: list[str] = []
        self.year = rng.randint(2019, 2024)
        self.focus = rng.sample(AREA_NAMES, rng.randint(3, 4))

    def area(self) -> _AreaZh:
        name = self.rng.choice(self.focus) if self.chance(0.7) else self.rng.choice(AREA_NAMES)
        return AREAS_ZH[name]

    def bureau_ref(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return self.ent("Agency", self.bureau)
        if r < 0.75:
            return "该局"        # an anaphor: stands for the bureau, no surface form of its own
        return self.ent("Agency", f"{self.short}公安局")

    def branch(self) -> str:
        """A branch by its full name (鄂尔多斯市公安局康巴什分局), in the key."""
        rng = self.rng
        if self.county_level:
            return self.station(full=True)
        r = rng.random()
        if r < 0.7 and self.districts:
            d = rng.choice(self.districts)
            short = f"{d['zh']}分局"
            self.ent("Place", d["zh"])
        elif r < 0.9:
            short = f"{rng.choice(ZH_ZONES)}分局"
        else:
            short = f"{_made_name_zh(rng)}分局"
        self.branches.append(short)
        return self.ent("Agency", f"{self.bureau}{short}")

    def station(self, full: bool = False) -> str:
        rng = self.rng
        name = _made_name_zh(rng)
        short = f"{name}{self.pick(['', '', '路', '街'])}派出所"
        self.stations.append(short)
        return self.ent("Agency", f"{self.bureau}{short}" if full else short)

    def unit(self) -> str:
        name = self.pick(ZH_UNITS if not self.county_level else ZH_UNITS_COUNTY)
        self.units.append(name)
        return self.ent("Agency", f"{self.bureau}{name}")

    def known_agency(self) -> str:
        options = [lst for lst in (self.branches, self.stations) if lst]
        if options and self.chance(0.5):
            return self.ent("Agency", self.rng.choice(self.rng.choice(options)))
        return self.bureau_ref()

    def person(self) -> str:
        if self.persons and self.chance(0.15):
            return self.ent("Person", self.rng.choice(self.persons))
        p = _person_zh(self.rng)
        self.persons.append(p)
        return self.ent("Person", p)

    # ---- figures

    def count(self, lo: int, hi: int, counter: str, approx_ok: bool = True) -> str:
        rng = self.rng
        n = _loguniform(rng, lo, hi)
        approx = approx_ok and rng.random() < 0.3
        if n >= 10_000 and rng.random() < 0.6:
            w = Decimal(n).scaleb(-4).quantize(Decimal("0.01")).normalize()
            self.fig(_dec(w * 10_000), "count")
            text = f"{w:f}万"
            return (f"{text}余{counter}" if approx and counter in ("人", "名", "户", "起", "件", "次") else
                    (f"近{text}{counter}" if approx else f"{text}{counter}"))
        if approx and n >= 100:
            n = round(n, -(len(str(n)) - 2)) or n
            self.fig(float(n), "count")
            return self.pick([f"{n}余{counter}", f"近{n}{counter}", f"超{n}{counter}"])
        self.fig(float(n), "count")
        return f"{n}{counter}"

    def percent(self, lo: float = 0.5, hi: float = 60.0) -> str:
        rng = self.rng
        d = (Decimal(rng.randint(int(lo * 10), int(hi * 10))).scaleb(-1) if rng.random() < 0.85
             else Decimal(rng.randint(max(1, int(lo)), int(hi))))
        self.fig(_dec(d), "percent")
        return f"{d:f}%"

    def change(self) -> str:
        up = self.chance(0.5)
        word = self.pick(["上升", "增长", "提高"] if up else ["下降", "减少"])
        p = self.percent(0.3, 95.0 if up else 60.0)
        return self.pick([f"，同比{word}{p}", f"，同比{word}{p}", f"，较去年同期{word}{p}"])

    def points(self) -> str:
        d = Decimal(self.rng.randint(1, 150)).scaleb(-1)
        self.fig(_dec(d), "percentage_point")
        return f"{d:f}个百分点"

    def money(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            amount = Decimal(rng.randint(11, 99999)).scaleb(-rng.choice([0, 1, 2])).normalize()
            self.fig(_dec(amount * 10_000), "CNY")
            return f"{amount:f}万元"
        if r < 0.8:
            amount = Decimal(rng.randint(11, 999)).scaleb(-rng.choice([1, 2])).normalize()
            self.fig(_dec(amount * 100_000_000), "CNY")
            return f"{amount:f}亿元"
        n = _loguniform(rng, 200, 9999)
        self.fig(float(n), "CNY")
        return f"{n}元"

    def date(self) -> str:
        rng = self.rng
        return self.pick([f"{rng.randint(1, 12)}月", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                          f"{self.year}年{rng.randint(1, 12)}月", "近日", "日前"])

    def period(self) -> str:
        rng = self.rng
        return self.pick([f"{self.year}年", "今年以来", "全年", f"1至{rng.randint(3, 11)}月", "一年来",
                          f"{self.year}年以来", "行动期间", f"截至{rng.randint(3, 12)}月底", "近三年来"])

    def programme(self) -> tuple[str, str]:
        rng = self.rng
        r = rng.random()
        if r < 0.55:
            a, b = self.pick(ZH_PROG_A), self.pick(ZH_PROG_B)
            name = a + (b if b != a else "先锋")
        elif r < 0.8:
            name = f"{self.pick(ZH_PROG_A)}{self.year}"
        else:
            n1, n2 = rng.choice(ZH_NUMERALS[:5]), rng.choice(ZH_NUMERALS[:5])
            name = f"{n1}{self.pick(['访', '查', '评', '联', '防', '清'])}{n2}{self.pick(['送', '解', '治', '护', '帮', '警'])}"
        return self.ent("Programme", name), self.pick(ZH_PROG_HEADS)

    def measure(self) -> str:
        a = self.area()
        topic = self.pick(a.topics).replace("“", "").replace("”", "")
        text = self.rng.choice(ZH_MEASURE_FORMS).format(v=self.pick(ZH_MEASURE_VERBS), t=topic)
        return self.ent("Measure", text)

    # ---- running text

    def np(self, a: _AreaZh) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"{self.pick(a.topics)}{self.pick(ZH_NOUNS)}"
        if r < 0.7:
            return f"{self.pick(ZH_MODS)}{self.pick(ZH_NOUNS)}"
        return f"{self.pick(a.venues)}{self.pick(a.topics)}{self.pick(['治理', '防控', '整治', '管理', '宣传'])}"

    def filler(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(10)
        if f == 0:
            return (f"{self.pick(ZH_OPENINGS)}，{self.pick(ZH_SUBJECTS)}{self.pick(ZH_ADV)}{self.pick(ZH_VERBS)}"
                    f"{self.np(a)}，{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_GOALS)}。")
        if f == 1:
            return (f"针对{self.pick(a.topics)}问题，{self.pick(ZH_SUBJECTS)}深入{self.pick(a.venues)}、"
                    f"{self.pick(a.venues)}，{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_RESULTS)}。")
        if f == 2:
            return (f"坚持{self.pick(ZH_MODS)}{self.pick(ZH_NOUNS)}与{self.pick(ZH_MODS)}{self.pick(ZH_NOUNS)}相结合，"
                    f"{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_GOALS)}。")
        if f == 3:
            return (f"{self.pick(a.people)}纷纷表示，{self.pick(a.venues)}的治安环境明显改善，"
                    f"安全感进一步增强。")
        if f == 4:
            return (f"下一步，将{self.pick(ZH_ADV)}{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_VERBS)}"
                    f"{self.np(a)}，{self.pick(ZH_GOALS)}。")
        if f == 5:
            return (f"{self.pick(ZH_OPENINGS)}，围绕{self.pick(a.topics)}，组织开展"
                    f"{self.pick(['集中宣传', '专项检查', '联合整治', '实战演练', '入户走访'])}"
                    f"{rng.choice(ZH_NUMERALS[1:9])}轮，覆盖{self.pick(a.people)}和{self.pick(a.people)}。")
        if f == 6:
            return (f"{self.pick(a.topics)}{self.pick(ZH_NOUNS)}{self.pick(ZH_ADV)}完善，"
                    f"{self.pick(ZH_MODS)}{self.pick(ZH_NOUNS)}{self.pick(['明显增强', '不断提升', '持续巩固', '更加稳固'])}。")
        if f == 7:
            return (f"一是{self.pick(ZH_VERBS)}{self.np(a)}；二是{self.pick(ZH_VERBS)}{self.np(a)}；"
                    f"三是{self.pick(ZH_VERBS)}{self.np(a)}。")
        if f == 8:
            return (f"以{self.pick(a.people)}为重点，{self.pick(ZH_SUBJECTS)}{self.pick(ZH_VERBS)}"
                    f"{self.np(a)}，{self.pick(ZH_RESULTS)}。")
        return (f"{self.pick(ZH_SUBJECTS)}始终把{self.pick(a.topics)}作为{self.pick(['重中之重', '重要抓手', '主攻方向', '突破口'])}，"
                f"{self.pick(ZH_ADV)}{self.pick(ZH_VERBS)}{self.np(a)}。")

    def fact(self) -> str:
        kinds = [self.fact_units, self.fact_programme, self.fact_measure, self.fact_person,
                 self.fact_money, self.fact_cases, self.fact_rate, self.fact_award, self.fact_story,
                 self.fact_seizure, self.fact_pursuit, self.fact_commend]
        weights = [13, 17, 9, 11, 8, 20, 8, 3, 10, 5, 5, 3]
        return self.rng.choices(kinds, weights)[0]()

    def fact_units(self) -> str:
        rng = self.rng
        a = self.area()
        verb, noun, counter, lo, hi = rng.choice(a.counted)
        f = rng.randrange(5)
        if f == 0:
            branch = self.ent("Agency", self.bureau) if self.county_level else self.branch()
            station = self.station()
            return f"{self.date()}，{branch}设立{station}，服务辖区群众{self.count(2000, 900000, '人')}。"
        if f == 1:
            unit = self.unit()
            return f"{self.period()}，{unit}共{verb}{noun}{self.count(lo, hi, counter)}{self.change() if self.chance(0.4) else ''}。"
        if f == 2:
            station = self.station()
            v2, n2, c2, lo2, hi2 = rng.choice(a.counted)
            return f"{self.period()}，{station}{verb}{noun}{self.count(lo, hi, counter)}，{v2}{n2}{self.count(lo2, hi2, c2)}。"
        if f == 3:
            branch = self.branch()
            return (f"{branch}{self.pick(ZH_ADV)}{self.pick(ZH_VERBS)}{self.np(a)}，{verb}{noun}"
                    f"{self.count(lo, hi, counter)}。")
        names = [self.unit(), self.station()]
        return (f"{names[0]}与{names[1]}联合开展{self.pick(a.topics)}整治，{verb}{noun}"
                f"{self.count(lo, hi, counter)}。")

    def fact_programme(self) -> str:
        rng = self.rng
        a = self.area()
        name, head = self.programme()
        verb, noun, counter, lo, hi = rng.choice(a.counted)
        f = rng.randrange(6)
        if f == 0:
            return (f"{self.period()}，{self.bureau_ref()}{self.pick(['开展', '深入开展', '组织开展', '部署开展'])}"
                    f"“{name}”{head}，{verb}{noun}{self.count(lo, hi, counter)}{self.change()}。")
        if f == 1:
            return f"“{name}”{head}开展以来，共{verb}{noun}{self.count(lo, hi, counter)}{self.change() if self.chance(0.5) else ''}。"
        if f == 2:
            return (f"{self.known_agency()}{self.pick(['打造', '推出', '创新推出', '建立'])}“{name}”{head}，"
                    f"{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_RESULTS)}。")
        if f == 3:
            v2, n2, c2, lo2, hi2 = rng.choice(a.counted)
            return (f"在“{name}”{head}中，{self.known_agency()}{verb}{noun}{self.count(lo, hi, counter)}，"
                    f"{v2}{n2}{self.count(lo2, hi2, c2)}。")
        if f == 4:
            return (f"依托“{name}”{head}，{self.pick(ZH_SUBJECTS)}深入{self.pick(a.venues)}{verb}{noun}"
                    f"{self.count(lo, hi, counter)}。")
        return (f"{self.bureau_ref()}{self.pick(['持续深化', '全面推行', '大力推进'])}“{name}”{head}，"
                f"覆盖{self.pick(a.venues)}{self.count(5, 900, '个')}。")

    def fact_measure(self) -> str:
        rng = self.rng
        a = self.area()
        m = self.measure()
        f = rng.randrange(5)
        if f == 0:
            return f"{self.bureau_ref()}研究出台《{m}》，进一步规范{self.np(a)}。"
        if f == 1:
            return f"{self.date()}，{self.bureau_ref()}{self.pick(['印发', '制定', '修订'])}《{m}》，明确{self.count(5, 60, '项', False)}重点任务。"
        if f == 2:
            return f"严格落实《{m}》，{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_RESULTS)}。"
        if f == 3:
            n = rng.randint(2, 60) * 50
            self.fig(float(n), "CNY")
            return f"{self.bureau_ref()}制定《{m}》，为每名辅警每月发放补贴{n}元。"
        m2 = self.measure()
        return f"{self.bureau_ref()}先后出台《{m}》《{m2}》，形成{self.pick(ZH_MODS)}{self.pick(ZH_NOUNS)}。"

    def fact_person(self) -> str:
        rng = self.rng
        a = self.area()
        p = self.person()
        role = self.pick(ZH_ROLES)
        if role in ("所长", "副所长", "教导员", "社区民警", "民警"):
            org = self.station(full=self.chance(0.3)) if not self.stations or self.chance(0.5) else \
                self.ent("Agency", rng.choice(self.stations))
        elif role in ("大队长", "支队长", "队长", "主任"):
            org = self.unit()
        else:
            org = self.bureau_ref() if self.chance(0.6) else ""
            org = "" if org == "该局" else org
        f = rng.randrange(5)
        if f == 0:
            return f"{org}{role}{p}{self.pick(ZH_SPEECH)}，将{self.pick(ZH_ADV)}{self.pick(ZH_VERBS)}{self.np(a)}，{self.pick(ZH_GOALS)}。"
        if f == 1:
            return f"{org}成立由{role}{p}同志任组长的工作专班，抽调精干警力{self.count(10, 900, '名', False)}，{self.pick(ZH_VERBS)}{self.np(a)}。"
        if f == 2:
            verb, noun, counter, lo, hi = rng.choice(a.counted)
            return f"{org}{role}{p}带领{self.pick(['队员', '民警', '专班'])}深入{self.pick(a.venues)}，{verb}{noun}{self.count(lo, hi, counter)}。"
        if f == 3:
            return f"“{self.pick(['群众的事再小也是大事', '安全是最大的民生', '每一起案件都是考验', '我们要把群众放在心上'])}。”{org}{role}{p}说。"
        p2 = self.person()
        return f"{org}{role}{p}、{self.pick(ZH_ROLES)}{p2}出席会议并讲话。"

    def fact_money(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(5)
        if f == 0:
            return f"全年累计投入经费{self.money()}，用于{self.pick(['基层所队建设', '智慧警务建设', '执法办案场所建设', '装备更新'])}。"
        if f == 1:
            return f"{self.period()}，为群众挽回经济损失{self.money()}{self.change() if self.chance(0.3) else ''}。"
        if f == 2:
            return f"{self.known_agency()}冻结涉案资金{self.money()}，返还受害群众{self.money()}。"
        if f == 3:
            name, head = self.programme()
            return f"“{name}”{head}总投资{self.money()}，{self.pick(ZH_VERBS)}{self.np(a)}。"
        return f"涉案金额达{self.money()}，{self.pick(ZH_RESULTS)}。"

    def fact_cases(self) -> str:
        rng = self.rng
        a = self.area()
        verb, noun, counter, lo, hi = rng.choice(a.counted)
        f = rng.randrange(5)
        if f == 0:
            return f"{self.period()}，{self.bureau_ref()}共{verb}{noun}{self.count(lo, hi, counter)}{self.change()}。"
        if f == 1:
            v2, n2, c2, lo2, hi2 = rng.choice(a.counted)
            return f"{self.period()}，全{self.short}共{verb}{noun}{self.count(lo, hi, counter)}，{v2}{n2}{self.count(lo2, hi2, c2)}。"
        if f == 2:
            return f"{self.pick(a.topics)}案件发案数{self.change()[1:]}，{self.pick(ZH_RESULTS)}。"
        if f == 3:
            return f"{self.known_agency()}{verb}{noun}{self.count(lo, hi, counter)}，其中{self.pick(['重大案件', '部督案件', '跨境案件', '积案'])}{self.count(2, max(3, lo), '起', False)}。"
        return f"仅{rng.randint(1, 12)}月份，就{verb}{noun}{self.count(lo, max(lo + 1, hi // 10), counter)}。"

    def fact_rate(self) -> str:
        rate = self.pick(["群众安全感", "群众满意度", "刑事案件破案率", "矛盾纠纷化解率", "电动自行车骑乘人员头盔佩戴率",
                          "户籍业务网上办理率", "视频监控覆盖率", "命案破案率", "追赃挽损率"])
        f = self.rng.randrange(3)
        if f == 0:
            return f"{rate}达{self.percent(80, 99.9)}，同比提升{self.points()}。"
        if f == 1:
            return f"{self.period()}，全{self.short}{rate}为{self.percent(80, 99.9)}，位居全省前列。"
        return f"{rate}由{self.percent(50, 80)}提高到{self.percent(80, 99.9)}。"

    def fact_award(self) -> str:
        f = self.rng.randrange(3)
        if f == 0:
            return f"{self.station()}荣获“{self.ent('Award', self.pick(ZH_AWARDS))}”称号。"
        if f == 1:
            return f"{self.bureau_ref()}被评为“{self.ent('Award', self.pick(ZH_AWARDS))}”。"
        return f"{self.known_agency()}获评“{self.ent('Award', self.pick(ZH_AWARDS))}”。"

    def venue(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            return f"{SURNAMES_ZH(rng)[0]}家{self.pick(['庄', '村', '湾', '沟', '屯', '营', '寨', '坪'])}村"
        if r < 0.4:
            return f"{_made_name_zh(rng)}{self.pick(['村', '社区', '小区'])}"
        if r < 0.55:
            return f"{_made_name_zh(rng)}{self.pick(['路', '街'])}"
        if r < 0.7:
            return f"{_made_name_zh(rng)}{self.pick(ZH_INDUSTRIES)}{self.pick(['有限公司', '厂', '合作社', '集团'])}"
        return self.pick(self.area().venues)

    def far_place(self) -> str:
        rng = self.rng
        cities, counties = _places()
        _, _, by_name = _geography()
        if rng.random() < 0.6:
            c = rng.choice(cities)
            prov = by_name.get(c.get("parent"))
            city = self.ent("Place", c["zh"] + "市")
            if prov and prov.get("zh") and prov.get("kind") == "province" and rng.random() < 0.5:
                return self.ent("Place", prov["zh"] + "省") + city
            return city
        c = rng.choice(counties)
        suffix = {"banner": "旗", "county_city": "市"}.get(c.get("kind"), "县")
        return self.ent("Place", c["zh"] + suffix)

    def fact_story(self) -> str:
        rng = self.rng
        name = rng.choice(ZH_STORY_NAMES)
        pools = ZH_STORY_POOLS[name]
        sentences = ZH_STORIES[name]["sentences"]
        chosen = [sentences[0]] + sorted(rng.sample(sentences[1:], rng.randint(1, len(sentences) - 1)), key=sentences.index)
        slots: dict[str, str] = {}

        def fill(m) -> str:
            key = m.group(1)
            if key.startswith("count:"):
                _, lo, hi, counter = key.split(":")
                return self.count(int(lo), int(hi), counter)
            if key == "money":
                return self.money()
            if key in slots:
                return slots[key]
            if key == "P":
                value = self.person()
            elif key == "station":
                value = self.station() if not self.stations or self.chance(0.5) else \
                    self.ent("Agency", rng.choice(self.stations))
            elif key == "centre":
                value = self.ent("Agency", "反诈中心")
            elif key == "when":
                value = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日{self.pick(['', '晚', '凌晨', '上午', '下午', '傍晚'])}"
            elif key == "venue":
                value = self.venue()
            elif key == "road":
                value = f"{_made_name_zh(rng)}路"
            elif key.startswith("n"):
                value = rng.choice(ZH_NUMERALS[1:9])
            else:
                value = pools[key.rstrip("0123456789")](rng)
            slots[key] = value
            return value

        return "".join(_SLOT.sub(fill, t) for t in chosen)

    def fact_seizure(self) -> str:
        rng = self.rng
        items = rng.sample(ZH_SEIZED, rng.randint(2, 3))
        listed = "、".join(f"{item}{self.count(2, 9000, counter)}" for item, counter in items[:-1])
        item, counter = items[-1]
        listed += f"和{item}{self.count(2, 9000, counter)}"
        return f"{self.period()}，{self.known_agency()}共查获{listed}。"

    def fact_pursuit(self) -> str:
        rng = self.rng
        places = [self.far_place() for _ in range(rng.randint(1, 3))]
        listed = and_list(places, "、", "和")
        if rng.random() < 0.5:
            return f"专案组先后奔赴{listed}等地，抓获犯罪嫌疑人{self.count(2, 300, '名')}。"
        return f"该团伙成员分布在{listed}，共骗取{self.count(20, 9000, '名')}群众{self.money()}。"

    def fact_commend(self) -> str:
        rng = self.rng
        names = list(dict.fromkeys(self.person() for _ in range(rng.randint(3, 5))))
        listed = "、".join(names)
        award = self.ent("Award", f"个人{self.pick(['二等功', '三等功'])}")
        return f"民警{listed}荣获{award}。"

    def detail(self) -> str:
        rng = self.rng
        a = self.area()
        f = rng.randrange(5)
        if f == 0:
            x, y, z = rng.sample(ZH_BUSINESSES.items, 3)
            return f"民警逐一检查{x}、{y}和{z}的{self.pick(ZH_FACILITIES)}，督促{self.pick(ZH_OCCUPATIONS)}落实安全责任。"
        if f == 1:
            x, y = rng.sample(ZH_OCCUPATIONS.items, 2)
            return f"在{self.venue()}，{x}、{y}自发加入{self.pick(['红袖标', '平安志愿者', '义务巡逻', '邻里守望'])}队伍。"
        if f == 2:
            x, y = rng.sample(ZH_GOODS.items, 2)
            return f"假冒{x}、劣质{y}等商品成为{self.pick(['联合检查', '专项整治', '市场巡查'])}的重点。"
        if f == 3:
            x, y, z = rng.sample(ZH_FACILITIES.items, 3)
            return f"{x}、{y}和{z}已在{self.pick(ZH_BUSINESSES)}和{self.venue()}全面铺开。"
        return f"民警走进{self.venue()}，为{self.pick(a.people)}讲解{self.pick(a.topics)}防范知识。"

    def heading(self, n: int) -> str:
        a = self.area()
        num = ZH_NUMERALS[(n - 1) % 10]
        return f"{num}、{self.pick(ZH_HEAD_VERBS)}，{self.pick(ZH_VERBS)}{self.np(a)}"

    def write(self, paragraphs: int) -> str:
        rng = self.rng
        out = [f"{self.bureau}{self.year}年工作总结", ""]
        if rng.random() < 0.5:
            out += [f"来源：{self.ent('Agency', self.place + '人民政府')} 发布时间：{self.year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
        section = 0
        for i in range(paragraphs):
            if i % rng.randint(4, 7) == 0:
                section += 1
                out.append(self.heading(section))
            para = []
            if rng.random() < 0.3:
                para.append(self.filler())
            para.append(self.fact())
            if rng.random() < 0.3:
                para.append(self.fact())
            para.append(self.detail() if rng.random() < 0.4 else self.filler())
            out.append("".join(para))
        return "\n".join(out) + "\n"


def generate(reports: int, seed: int = 9, zh_share: float = 0.25, paragraphs: int = 40):
    """Yield ``(file name, text, key)`` for ``reports`` reports; the same arguments, the same corpus."""
    cities, counties = _places()
    for i in range(reports):
        rng = random.Random(f"{seed}:{i}")
        city, county = rng.choice(cities), rng.choice(counties)
        n = max(4, int(rng.gauss(paragraphs, paragraphs / 4)))
        if rng.random() < zh_share:
            name = f"zh_{i:06d}.txt"
            w = _Chinese(rng, name[:-4], city, county)
        else:
            name = f"en_{i:06d}.txt"
            w = _English(rng, name[:-4], city, county)
        text = w.write(n)
        yield name, text, w.key


def write_corpus(out: Path, reports: int, seed: int = 9, **kw) -> list[Path]:
    """Write the corpus to ``out`` (one file per report, ``key.jsonl`` beside); the paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with open(out / "key.jsonl", "w", encoding="utf-8") as keys:
        for name, text, key in generate(reports, seed, **kw):
            (out / name).write_text(text, encoding="utf-8")
            paths.append(out / name)
            keys.write(json.dumps(key.__dict__, ensure_ascii=False) + "\n")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=200)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    paths = write_corpus(args.out, args.reports, args.seed)
    print(f"wrote {len(paths)} reports and key.jsonl to {args.out}")


if __name__ == "__main__":
    main()
