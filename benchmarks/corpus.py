"""A synthetic corpus of agency work reports, seeded and reproducible, with its answer key.

English (the machine-translated register of the seeds) and Chinese reports of municipal and
county public security bureaus: the bureau named with its place and level, its branches and
police stations, quoted programmes with their heads ("Safe Campus" campaign, “平安校园”专项行动),
quoted and 《》-titled measures, figures in varied sentence forms (thousands separators,
million/billion and 万/亿, percentages, year-on-year changes, funding), and persons with roles.
Every entity and figure the generator writes is listed in the answer key, so the corpus can
score extraction at scale as well as time it.

    python benchmarks/corpus.py --reports 200 --out /tmp/corpus     # files + key.jsonl

The same ``seed`` and ``reports`` always give the same files, byte for byte.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract.lexicon import gazetteer

SURNAMES_EN = ["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
               "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"]
GIVEN_EN = ["Ming", "Wei", "Jun", "Hua", "Lei", "Qiang", "Jing", "Tao", "Bin", "Yong", "Hong",
            "Gang", "Ping", "Feng", "Dong", "Xin", "Jian", "Bo", "Yan", "Chao"]
SURNAMES_ZH = list("李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗")
GIVEN_ZH = ["明", "伟", "军", "华", "磊", "强", "静", "涛", "斌", "勇", "红", "刚", "平", "峰", "东",
            "新建", "建国", "志强", "海波", "晓东"]
ROLES_EN = ["director", "deputy director", "political commissar", "captain", "instructor"]
ROLES_ZH = ["局长", "副局长", "政委", "所长", "大队长"]
BRANCH_EN = ["Dongcheng", "Xicheng", "Binhe", "Nanshan", "Beiyuan", "Kaifa", "Xinhua", "Gulou",
             "Hongqi", "Jianshe", "Zhongshan", "Yingbin"]
BRANCH_ZH = ["东城", "西城", "滨河", "南山", "北苑", "开发区", "新华", "鼓楼", "红旗", "建设", "中山", "迎宾"]
PROGRAMME_EN = [("Safe Campus", "campaign"), ("Thunder", "operation"), ("Spring Breeze", "action"),
                ("Fengqiao Experience", "model"), ("Smart Policing", "project"),
                ("Clean Network", "campaign"), ("Hundred Days", "battle"), ("Warm Police", "project"),
                ("Sky Net", "action"), ("Guardian Home", "initiative"), ("Cloud Sword", "operation"),
                ("Blue Shield", "campaign")]
PROGRAMME_ZH = [("平安校园", "专项行动"), ("雷霆", "专项行动"), ("春风", "行动"), ("枫桥经验", "工程"),
                ("智慧警务", "工程"), ("净网", "专项行动"), ("百日攻坚", "行动"), ("暖警", "工程"),
                ("天网", "行动"), ("守护家园", "专项活动"), ("云剑", "专项行动"), ("蓝盾", "行动")]
MEASURE_EN = ["Implementation Measures for Grassroots Policing Reform",
              "Opinions on Strengthening Traffic Safety Management",
              "Measures for the Management of Auxiliary Police",
              "Implementation Plan for Optimising the Business Environment",
              "Regulations on Law Enforcement Supervision"]
MEASURE_ZH = ["关于深化基层警务改革的实施意见", "关于加强道路交通安全管理的意见", "辅警管理办法",
              "优化营商环境实施方案", "执法监督工作规定"]
FILLER_EN = [
    "Under the strong leadership of the Party Committee, the police of the whole city worked "
    "hard and made steady progress in every field of public security work.",
    "The grassroots foundation was further consolidated and the sense of security of the people "
    "was continuously improved.",
    "In accordance with the unified deployment of the higher authorities, all units closely "
    "focused on the main tasks and strengthened coordination and cooperation.",
    "The civilian police and auxiliary police kept in mind their original mission and served "
    "the people wholeheartedly.",
]
FILLER_ZH = [
    "在党委的坚强领导下，全市公安民警攻坚克难，各项公安工作稳步推进。",
    "基层基础进一步夯实，人民群众的安全感持续提升。",
    "各单位按照上级统一部署，紧紧围绕中心任务，加强协调配合。",
    "广大民辅警牢记初心使命，全心全意为人民服务。",
]


@dataclass
class Key:
    """The answer key of one report: what the generator wrote into it."""

    report: str
    language: str
    entities: list[tuple[str, str]] = field(default_factory=list)   # (label, surface form)
    metrics: list[tuple[float, str]] = field(default_factory=list)  # (value, unit)


def _places() -> tuple[list[dict], list[dict]]:
    """Prefectural cities (for bureaus) and counties/districts (for county bureaus)."""
    g = [e for e in gazetteer() if e.get("zh") and str(e.get("en", "")).isascii()]
    cities = [e for e in g if e.get("kind") == "city"] or g
    counties = [e for e in g if e.get("kind") in ("county", "district")] or g
    return cities, counties


def _number(rng: random.Random) -> tuple[float, str, str]:
    """A count of cases with its English and Chinese written forms."""
    n = rng.choice([rng.randint(12, 999), rng.randint(1000, 99999)])
    en = f"{n:,}"
    return float(n), en, str(n)


def _english(rng: random.Random, rid: str, city: dict, county: dict, paragraphs: int) -> tuple[str, Key]:
    key = Key(rid, "en")
    county_level = rng.random() < 0.3
    place = county["en"] if county_level else city["en"]
    level = "County" if county_level else "Municipal"
    bureau = f"{place} {level} Public Security Bureau"
    key.entities += [("Agency", bureau), ("Place", place)]
    out = [f"Work report of the {bureau}", ""]
    for _ in range(paragraphs):
        para = []
        kind = rng.randrange(6)
        if kind == 0:
            b = rng.choice(BRANCH_EN)
            branch = f"{b} Branch of the {bureau}"
            station = f"{rng.choice(BRANCH_EN)} Road Police Station"
            key.entities += [("Agency", branch), ("Agency", station)]
            para.append(f"Recently, the {branch} set up the {station}, which serves more than "
                        f"{rng.randint(2, 90)},000 residents.")
        elif kind == 1:
            name, head = rng.choice(PROGRAMME_EN)
            key.entities.append(("Programme", name))
            value, en, _ = _number(rng)
            pct = round(rng.uniform(1, 60), 1)
            verb = rng.choice(["increase", "decrease"])
            key.metrics += [(value, "count"), (pct, "percent")]
            para.append(f"Since the beginning of {rng.randint(2018, 2024)}, the {bureau} has launched "
                        f"the \"{name}\" {head}, cracked {en} criminal cases, a year-on-year "
                        f"{verb} of {pct}%.")
        elif kind == 2:
            measure = rng.choice(MEASURE_EN)
            key.entities.append(("Measure", measure))
            para.append(f"The {bureau} formulated and issued the \"{measure}\" to standardise law "
                        f"enforcement.")
        elif kind == 3:
            person = f"{rng.choice(SURNAMES_EN)} {rng.choice(GIVEN_EN)}"
            role = rng.choice(ROLES_EN)
            key.entities.append(("Person", person))
            para.append(f"{person}, {role} of the {bureau}, said that the police would continue "
                        f"to serve the people.")
        elif kind == 4:
            amount = round(rng.uniform(1.1, 99.9), 1)
            scale = rng.choice(["million", "billion"])
            mult = 1e6 if scale == "million" else 1e9
            key.metrics.append((round(amount * mult, 2), "CNY"))
            name, head = rng.choice(PROGRAMME_EN)
            key.entities.append(("Programme", name))
            para.append(f"The \"{name}\" {head} has a total investment of {amount} {scale} yuan.")
        else:
            value, en, _ = _number(rng)
            key.metrics.append((value, "count"))
            para.append(f"In {rng.randint(2018, 2024)}, the {bureau} investigated and "
                        f"dealt with {en} public security cases.")
        para.append(rng.choice(FILLER_EN))
        if rng.random() < 0.5:
            para.append(rng.choice(FILLER_EN))
        out.append(" ".join(para))
    return "\n".join(out) + "\n", key


def _chinese(rng: random.Random, rid: str, city: dict, county: dict, paragraphs: int) -> tuple[str, Key]:
    key = Key(rid, "zh")
    county_level = rng.random() < 0.3
    place = (county["zh"] + "县") if county_level else (city["zh"] + "市")
    bureau = f"{place}公安局"
    key.entities += [("Agency", bureau), ("Place", place)]
    out = [f"{bureau}工作总结", ""]
    for _ in range(paragraphs):
        para = []
        kind = rng.randrange(6)
        if kind == 0:
            b = rng.choice(BRANCH_ZH)
            branch = f"{bureau}{b}分局"
            station = f"{rng.choice(BRANCH_ZH)}派出所"
            key.entities += [("Agency", branch), ("Agency", station)]
            para.append(f"近日，{branch}设立{station}，服务辖区群众{rng.randint(2, 90)}万余人。")
        elif kind == 1:
            name, head = rng.choice(PROGRAMME_ZH)
            key.entities.append(("Programme", name))
            value, _, zh = _number(rng)
            pct = round(rng.uniform(1, 60), 1)
            verb = rng.choice(["上升", "下降"])
            key.metrics += [(value, "count"), (pct, "percent")]
            para.append(f"{rng.randint(2018, 2024)}年以来，{bureau}开展“{name}”{head}，破获刑事案件"
                        f"{zh}起，同比{verb}{pct}%。")
        elif kind == 2:
            measure = rng.choice(MEASURE_ZH)
            key.entities.append(("Measure", measure))
            para.append(f"该局研究出台《{measure}》，进一步规范执法行为。")
        elif kind == 3:
            person = rng.choice(SURNAMES_ZH) + rng.choice(GIVEN_ZH)
            role = rng.choice(ROLES_ZH)
            key.entities.append(("Person", person))
            para.append(f"{bureau}{role}{person}表示，将继续全心全意为人民服务。")
        elif kind == 4:
            amount = round(rng.uniform(1.1, 99.9), 1)
            scale = rng.choice(["万", "亿"])
            key.metrics.append((round(amount * (1e4 if scale == "万" else 1e8), 2), "CNY"))
            para.append(f"全年累计投入经费{amount}{scale}元，用于基层所队建设。")
        else:
            value, _, zh = _number(rng)
            key.metrics.append((value, "count"))
            para.append(f"{rng.randint(2018, 2024)}年，{bureau}共查处治安案件{zh}起。")
        para.append(rng.choice(FILLER_ZH))
        out.append("".join(para))
    return "\n".join(out) + "\n", key


def generate(reports: int, seed: int = 9, zh_share: float = 0.25, paragraphs: int = 40):
    """Yield ``(file name, text, key)`` for ``reports`` reports; the same arguments, the same corpus."""
    cities, counties = _places()
    for i in range(reports):
        rng = random.Random(f"{seed}:{i}")
        city, county = rng.choice(cities), rng.choice(counties)
        n = max(4, int(rng.gauss(paragraphs, paragraphs / 4)))
        if rng.random() < zh_share:
            name = f"zh_{i:06d}.txt"
            text, key = _chinese(rng, name[:-4], city, county, n)
        else:
            name = f"en_{i:06d}.txt"
            text, key = _english(rng, name[:-4], city, county, n)
        yield name, text, key


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
