"""Entity mentions in Chinese reports: agencies, places, programmes, measures, persons, awards.

The ``kg_entities_zh`` component works on the characters of the text (``spacy.blank("zh")``
segments into characters): it finds candidate spans with patterns built from the word lists in
``data/*_zh.yaml``, keeps the best non-overlapping ones and writes them to
``doc.spans["kg_entities"]`` with the same ``._.kg`` attributes as the English component, so
that :func:`kg.extract.extract_doc` reads both alike. Agencies get a canonical English ``head``
(公安局 -> "public security bureau") so that resolution gives 鄂尔多斯市公安局 and the Ordos
Municipal Public Security Bureau of an English report one key. Anaphors (该局, 该所, a bare 分局
opening a clause) are agency spans with an ``antecedent_span``: the last agency before them whose
name ends with their head, which :func:`kg.extract.extract_doc` reads as that agency.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .entities_en import Candidate, EntityFinder
from .sentences import doc_text
from .lexicon import gazetteer, load, place_index, plain_alternation as _alt, trie_regex, zh_place_entry, zh_place_index
from .prefilter import NameStarts, StartsBefore, finditer_at
from .regex_cache import compile_cached

CJK = "\u4e00-\u9fff"
CLAUSE_PUNCT = ",，;；。！？!?：:\n"
QUOTE_CHAIN = re.compile(r"(?:“[^“”\n]{1,40}”)+")
ONE_QUOTE = re.compile(r"“([^“”\n]{1,40})”")
TITLE = re.compile(r"《([^《》\n]{2,60})》")
MAX_QUOTED = 25  # a longer quotation is a sentence, not a name
GIVEN_NAME = range(1, 3)  # characters of a name after the surname
TOWN_NAME = range(2, 4)  # characters of a town's name before its suffix (蒲庙镇)
LISTED_NAME = range(2, 7)  # characters of a listed place before its 、 (韩村、江城)
# candidates of a lower tier win overlaps; within a tier the longer one wins
TIER = {"quoted": 0, "agency": 1, "cue": 2, "person": 3, "place": 4}
LEVEL_OF_KIND = {"province": "provincial", "autonomous_region": "provincial",
                 "municipality": "provincial", "sar": "provincial", "city": "municipal",
                 "league": "prefectural", "prefecture": "prefectural"}


def _repeat(widths: range) -> str:
    """The quantifier of ``widths``: range(2, 4) -> {2,3}."""
    return f"{{{widths[0]},{widths[-1]}}}"


@cache
def _patterns() -> dict:
    ag, pl, ini, pe = (load(n) for n in ("agencies_zh", "places_zh", "initiatives_zh", "persons_zh"))
    heads = {h["zh"]: h for h in ag["heads"]}
    stop = ag["stop_chars"]
    qual = rf"(?:(?![{re.escape(stop)}])[{CJK}])"
    places = trie_regex(zh_place_index())
    suffix = _alt(pl["suffixes"])
    levels = _alt(ag["levels"])
    head_alt = _alt(heads)
    unit_heads = [h for h, v in heads.items() if v.get("unit")]
    name = rf"(?:{_alt(pe['surnames'])})[{CJK}]{_repeat(GIVEN_NAME)}?"
    surname_widths = [len(s) for s in pe["surnames"]]
    name_widths = range(min(surname_widths) + GIVEN_NAME[0], max(surname_widths) + GIVEN_NAME[-1] + 1)
    name_end = re.escape(pe["name_end"])
    return {
        "heads": heads,
        "boundary": set(stop) - set("全该本各两其此级个家名项"),
        "levels": ag["levels"],
        "not_levels": tuple(ag["not_levels"]),
        "place_agency": compile_cached(
            rf"(?P<place>{places})(?P<suffix>{suffix})?(?P<qual>{qual}{{0,10}}?)(?P<head>{head_alt})"),
        "level_agency": compile_cached(rf"(?P<level>{levels})(?P<qual>{qual}{{0,8}}?)(?P<head>{head_alt})"),
        "child": compile_cached(rf"(?P<qual>{qual}{{1,10}}?)(?P<head>{_alt(unit_heads)})"),
        "attached": compile_cached(_alt(h for h, v in heads.items() if v.get("attached"))),
        "level_committee": compile_cached(
            rf"(?P<level>{levels}){re.escape(ag['level_committee']['zh'])}"
            rf"(?![{re.escape(ag['level_committee']['not_before'])}])"),
        "level_committee_info": ag["level_committee"],
        "bare_anaphor": compile_cached(_alt(ag["bare_anaphors"])),
        "anaphors": ag["anaphors"],
        "anaphor_re": compile_cached(_alt(ag["anaphors"])),
        "ends_with_head": compile_cached(rf"(?:{_alt(h for h in heads if len(h) > 1)})$"),
        "any_head": compile_cached(_alt(h for h in heads if len(h) > 1)),
        "unit_head": compile_cached(_alt(h for h in unit_heads if not heads[h].get("anchored"))),
        "qual_run": compile_cached(rf"{qual}+$"),
        "fixed": compile_cached(_alt(f["zh"] for f in ag["fixed"])),
        "fixed_info": {f["zh"]: f for f in ag["fixed"]},
        "collective": compile_cached(rf"({_alt(ag['collective_prefixes'])})({_alt(ag['collective_heads'])})"),
        "collective_levels": ag["collective_prefixes"],
        "former": compile_cached(rf"[(（](?:{_alt(ag['former_name_markers'])})?"),
        "verbs": compile_cached(_alt(ag["name_verbs"])),
        "venue": compile_cached(_alt(ag["venue_words"])),
        "verb_end": compile_cached(rf"(?:{_alt(ag['name_verbs'])})$"),
        "generic_quals": set(ag["generic_qualifiers"]),
        "place": compile_cached(rf"(?P<place>{places})(?P<suffix>{suffix})?"),
        "place_starts": NameStarts(zh_place_index()),
        "bare_kinds": set(pl["bare_kinds"]),
        "kind_suffixes": pl["kind_suffixes"],
        "kinds": _zh_kinds(),
        "bare_stop": set(pl["bare_stop"]),
        "town": compile_cached(
            rf"(?P<name>(?:(?![{re.escape(stop)}])[{CJK}]){_repeat(TOWN_NAME)}?)(?P<suffix>{_alt(pl['town_suffixes'])})"),
        "town_starts": StartsBefore(pl["town_suffixes"], TOWN_NAME),
        "town_stop": set(pl["town_stop"]),
        "place_list": compile_cached(
            rf"((?:[{CJK}]{_repeat(LISTED_NAME)}、)+[{CJK}]{{2,4}}?)等?(\d+|[一二三四五六七八九十两])个"
            rf"(?:{_alt(pl['list_kinds'])})"),
        "place_list_starts": StartsBefore(["、"], LISTED_NAME),
        "prog_after": compile_cached(
            rf"[{CJK}]{{0,6}}?({_alt(ini['programme_heads'] + ini['measure_quoted'])})"),
        "prog_endings": tuple(ini["programme_endings"]),
        "measure_quoted": tuple(ini["measure_quoted"]),
        "prog_cue": compile_cached(_alt(ini["programme_cues"])),
        "goal_cue": compile_cached(rf"(?:{_alt(ini['goal_cues'])})$"),
        "goal_starts": tuple(ini["goal_starts"]),
        "prog_names": compile_cached(_alt(ini["programme_names"])),
        "rate_after": tuple(ini["programme_rate_after"]),
        "title_cue": compile_cached(_alt(ini["title_cues"])),
        "title_marks": compile_cached(_alt(ini["title_marks"])),
        "slogan_before": compile_cached(rf"(?:{_alt(ini['slogan_before'])})$"),
        "slogan_after": compile_cached(_alt(ini["slogan_after"])),
        "generic_starts": tuple(ini["generic_starts"]),
        "prog_unquoted": compile_cached(_alt(ini["programme_heads_unquoted"])),
        "measure_endings": tuple(ini["measure_endings"]),
        "measure_cue": compile_cached(_alt(ini["measure_cues"])),
        "measure_unquoted": compile_cached(_alt(ini["measure_heads_unquoted"])),
        "measure_min": ini["measure_min_chars"],
        "award_cue": compile_cached(_alt(ini["award_cues"])),
        "award_head": compile_cached(_alt(ini["award_heads"])),
        "award_after": compile_cached(rf"[{CJK}]{{0,6}}?(?:{_alt(ini['award_heads'] + ['奖'])})"),
        "award_title_endings": tuple(ini["award_title_endings"]),
        "run": compile_cached(rf"[{CJK}·]{{2,20}}"),
        "award_run": compile_cached(rf"[{CJK}0-9A-Za-z·]{{2,24}}"),
        "not_names": set(pe["not_names"]),
        "person_after_award": compile_cached(rf"([{CJK}]{{2,4}}?)(?=[{name_end}])"),
        "person_role": compile_cached(rf"(?:{_alt(pe['roles_before'])})({name})(?=[{name_end}]|{_alt(pe['words_after_name'])})"),
        # 民警胡然蕾、王琳飞、罗雨荣获: the names listed after the first one a role word names
        "person_listed": compile_cached(rf"、({name})(?=[{name_end}]|{_alt(pe['words_after_name'])})"),
        "person_after_role": compile_cached(rf"(?<![{CJK}])({name})(?:{_alt(pe['roles_after'])})"),
        "person_after_role_starts": StartsBefore(pe["roles_after"], name_widths),
    }


def _zh_kinds() -> dict[str, set[str]]:
    """Chinese place name -> the kinds of the gazetteer entries of that name (吉林: province, city)."""
    kinds: dict[str, set[str]] = {}
    for entry in gazetteer():
        if entry.get("zh"):
            kinds.setdefault(entry["zh"], set()).add(entry.get("kind"))
    return kinds


def _place_ok(name: str, suffix: str, p: dict) -> bool:
    """A gazetteer name with a suffix its kind takes (准格尔旗), or a major name alone (鄂尔多斯)."""
    kinds = p["kinds"].get(name, set())
    if suffix:
        return any(suffix in p["kind_suffixes"].get(k, ()) for k in kinds)
    return bool(kinds & p["bare_kinds"]) and name not in p["bare_stop"]


def find_candidates(text: str) -> list[Candidate]:
    """All candidate entity spans in ``text``, overlapping; :func:`select` chooses among them."""
    p = _patterns()
    place_starts = p["place_starts"](text)
    agencies = _agencies(text, place_starts, p)
    found = [*agencies, *_collectives(text, agencies, p), *_quoted(text, p), *_titled(text, p),
             *_cue_led(text, p), *_named_programmes(text, p), *_unquoted_awards(text, p),
             *_places(text, place_starts, p),
             *_towns(text, p), *_listed_places(text, p)]
    found += list(_persons(text, found, p))
    return found


def select(candidates: list[Candidate], text: str = "") -> list[Candidate]:
    """Keep the best non-overlapping candidates (by tier, then longest), plus named parents;
    resolve the anaphors among them against ``text``."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # the taken extents, sorted and non-overlapping
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (c.priority, -(_extent(c)[1] - _extent(c)[0]), c.start)):
        s, e = _extent(c)
        i = bisect_right(starts, s)
        if (i == 0 or ends[i - 1] <= s) and (i == len(starts) or starts[i] >= e):
            chosen.append(c)
            starts.insert(i, s)
            ends.insert(i, e)
    by_span = {(c.start, c.end): c for c in candidates if c.label == "Agency" and not c.attrs.get("anaphor")}
    kept = {id(c) for c in chosen}
    for c in list(chosen):
        while (span := c.attrs.get("parent_span") or c.attrs.get("owner_span")) and tuple(span) in by_span:
            c = by_span[tuple(span)]
            if id(c) not in kept:
                kept.add(id(c))
                chosen.append(c)
    return _resolve_anaphors(sorted(chosen, key=lambda c: (c.start, -c.length)), candidates, text)


def _resolve_anaphors(chosen: list[Candidate], candidates: list[Candidate], text: str) -> list[Candidate]:
    """An anaphor (该所, a bare 分局) points at the last agency before it whose name ends with its
    head (``antecedent_span``); a unit of an anaphor (分局党委) becomes a unit of that agency.
    Anaphors with no such agency are dropped."""
    named: list[Candidate] = []
    chosen_ids = {id(c) for c in chosen}
    antecedent: dict[tuple[int, int], tuple[int, int] | None] = {}
    anaphor_at: dict[tuple[int, int], Candidate] = {}
    for c in sorted(candidates, key=lambda c: (c.start, -c.length)):
        if c.label != "Agency":
            continue
        if c.attrs.get("anaphor") is None:
            if id(c) in chosen_ids:
                named.append(c)
            continue
        ending = c.attrs["anaphor"]
        a = next((a for a in reversed(named) if a.end <= c.start and a.attrs.get("anaphor") is None
                  and text[a.start:a.end].endswith(ending)), None)
        antecedent[(c.start, c.end)] = (a.start, a.end) if a else None
        anaphor_at[(c.start, c.end)] = c
    out = []
    for c in chosen:
        if c.attrs.get("anaphor") is not None:
            target = antecedent.get((c.start, c.end))
            if target is not None:
                c.attrs = dict(c.attrs, antecedent_span=target)
                out.append(c)
            continue
        parent = tuple(c.attrs.get("parent_span") or ())
        if parent in antecedent:  # 分局党委: the committee of the branch 分局 stands for
            c.attrs = {k: v for k, v in c.attrs.items() if k not in ("parent_span", "short")}
            if antecedent[parent] is not None:
                c.attrs["parent_span"] = antecedent[parent]
                c.attrs["short"] = c.attrs.get("head")
                # the 分局 of 分局党委 stays, nested, as a mention of the branch (局长… looks for it)
                ana = anaphor_at[parent]
                ana.attrs = dict(ana.attrs, antecedent_span=antecedent[parent])
                out.append(ana)
        out.append(c)
    return sorted(out, key=lambda c: (c.start, -c.length))


def _extent(c: Candidate) -> tuple[int, int]:
    return c.attrs.get("extent") or (c.start, c.end)


def _candidate(start: int, end: int, label: str, rule: str, tier: str, **attrs) -> Candidate:
    return Candidate(start, end, label, rule, attrs, priority=TIER[tier])


# --------------------------------------------------------------------------- agencies

def _agencies(text: str, place_starts: list[int], p: dict) -> list[Candidate]:
    found: list[Candidate] = []
    for m in p["fixed"].finditer(text):
        info = p["fixed_info"][m.group(0)]
        found.append(_candidate(m.start(), m.end(), "Agency", "agency.zh.fixed", "agency",
                                kind=info["kind"], rank=info["rank"], head=info["en"]))
    for m in finditer_at(p["place_agency"], text, place_starts):
        c = _place_agency(text, m, p)
        if c is not None:
            found.append(c)
    home = _home_places(found)
    for m in p["level_agency"].finditer(text):
        c = _level_agency(text, m, home, p)
        if c is not None:
            found.append(c)
    found += list(_level_committees(text, home, p))
    found += list(_unanchored_units(text, p))
    found += list(_anaphors(text, p))
    found += list(_children(text, found, p))
    found += list(_owned_units(text, found))
    return _former_names(text, found, p)


def _head_attrs(qual: str, head: str, p: dict) -> dict:
    """kind, rank and head of a name: the English head when the name is the head alone."""
    info = p["heads"][head]
    return {"kind": info["kind"], "rank": info["rank"], "head": info["en"] if not qual else qual + head}


def _bad_qualifier(qual: str, p: dict, head: str = "") -> bool:
    """A verb in the qualifiers, or across them and the head (共查处: 查处 is no 处), makes
    the run a clause, not a name; a venue's word (洗浴中心) a business, not an agency."""
    return bool(p["verbs"].search(qual + head) or p["venue"].search(qual))


def _weak_head(qual: str, head: str) -> bool:
    """A one-character head (处, 办, 局) after one qualifier character is a word (地处), not a name."""
    return len(head) == 1 and len(qual) < 2


def _place_agency(text: str, m: re.Match, p: dict) -> Candidate | None:
    """鄂尔多斯市公安局, 鄂尔多斯市直机关工委, 内蒙古警察学院: a gazetteer place before the head."""
    place, suffix, qual, head = m.group("place"), m.group("suffix") or "", m.group("qual"), m.group("head")
    entry = zh_place_index()[place]
    if not _place_ok(place, suffix, p) and (suffix or qual):
        return None  # 会同市场…; a county's bare name only right before a head (东胜公安分局)
    if _bad_qualifier(qual, p, head) or (not suffix and place in p["bare_stop"]) or _weak_head(qual, head):
        return None
    if not suffix and not qual and p["heads"][head]["rank"] == "station" \
            and not (p["kinds"].get(place, set()) & p["bare_kinds"]):
        # 七星派出所: a station is named after a street or a village, not after a county
        return _candidate(m.start(), m.end(), "Agency", "agency.zh.unit", "agency",
                          **_head_attrs(place, head, p))
    level = p["levels"].get(suffix) or LEVEL_OF_KIND.get(entry.get("kind"), "county")
    inner = p["place"].match(qual)
    if inner and inner.group("suffix") and _place_ok(inner.group("place"), inner.group("suffix"), p):
        # 呼和浩特市赛罕区人民法院: the innermost place names the agency's jurisdiction
        place, suffix, qual = inner.group("place"), inner.group("suffix"), qual[inner.end():]
        level = p["levels"].get(suffix, "county")
    attrs = _head_attrs(qual, head, p)
    return _candidate(m.start(), m.end(), "Agency", "agency.zh.place", "agency",
                      place=place + suffix, level=level, **attrs)


def _home_places(agencies: list[Candidate]) -> dict[str, str]:
    """The report's most-named place of each level (for 市公安局, 自治区公安厅, 全市…)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in agencies:
        if c.attrs.get("place") and c.attrs.get("level"):
            votes[c.attrs["level"]][c.attrs["place"]] += 1
    home = {level: v.most_common(1)[0][0] for level, v in votes.items()}
    city = home.get("municipal") or home.get("prefectural")
    if city and "provincial" not in home:
        entry = zh_place_entry(city)
        parent = place_index().get(str(entry.get("parent", "")).lower()) if entry else None
        if parent and parent.get("zh"):
            home["provincial"] = parent["zh"]
    return home


def _at_boundary(text: str, start: int, p: dict) -> bool:
    """True where a name may start: after a non-Chinese character, a particle or a verb."""
    if start == 0:
        return True
    prev = text[start - 1]
    if not ("\u4e00" <= prev <= "\u9fff") or prev in p["boundary"]:
        return True
    return bool(p["verb_end"].search(text, max(0, start - 6), start))


def _level_agency(text: str, m: re.Match, home: dict, p: dict) -> Candidate | None:
    """自治区公安厅, 市公安局: a level word stands for the report's place of that level."""
    qual, head = m.group("qual"), m.group("head")
    if text.startswith(p["not_levels"], m.start()):
        return None
    if not _at_boundary(text, m.start(), p) or _bad_qualifier(qual, p, head) or _weak_head(qual, head):
        return None
    level = p["levels"][m.group("level")]
    attrs = _head_attrs(qual, head, p)
    place = home.get(level)
    extra = {"place": place} if place else {}
    return _candidate(m.start(), m.end(), "Agency", "agency.zh.level", "agency",
                      level=level, **extra, **attrs)


def _level_committees(text: str, home: dict, p: dict) -> Iterator[Candidate]:
    """市委, 区委: the party committee of the report's place of that level."""
    info = p["level_committee_info"]
    for m in p["level_committee"].finditer(text):
        if text.startswith(p["not_levels"], m.start()) or not _at_boundary(text, m.start(), p):
            continue
        level = p["levels"][m.group("level")]
        extra = {"place": home[level]} if home.get(level) else {}
        yield _candidate(m.start(), m.end(), "Agency", "agency.zh.level_committee", "agency", level=level,
                         kind=info["kind"], rank=info["rank"], head=info["en"], **extra)


def _anaphors(text: str, p: dict) -> Iterator[Candidate]:
    """该局, 该所, and a bare 分局 opening a clause: they stand for an agency named before (see
    :func:`_resolve_anaphors`); a bare head may also be the parent of a unit (分局党委)."""
    for m in p["anaphor_re"].finditer(text):
        if not _at_boundary(text, m.start(), p):
            continue  # 应该所有
        yield _candidate(m.start(), m.end(), "Agency", "agency.zh.anaphor", "agency",
                         anaphor=p["anaphors"][m.group(0)])
    for m in p["bare_anaphor"].finditer(text):
        prev, nxt = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if prev and ("\u4e00" <= prev <= "\u9fff" and prev not in "与和及由在对向将同" or prev in "、/"):
            continue  # 青秀分局, 各分局, 市局、分局: part of a name or a generic plural
        if nxt in ("、", "/", "两", "级"):
            continue  # 分局、派出所, 分局两级: the kind of unit, not one branch
        head = m.group(0)
        yield _candidate(m.start(), m.end(), "Agency", "agency.zh.anaphor", "agency", anaphor=head,
                         **_head_attrs("", head, p))


def _unanchored_units(text: str, p: dict) -> Iterator[Candidate]:
    """侦查中心, 刑侦支队, 车管所: a unit head after a few qualifier characters at a boundary."""
    for m in p["unit_head"].finditer(text):
        head = m.group(0)
        run = p["qual_run"].search(text, max(0, m.start() - 14), m.start())
        qual = run.group(0) if run else ""
        start = m.start() - len(qual)
        cut = max((v.end() for v in p["verbs"].finditer(qual)), default=0)
        if not cut and qual[:1] in "局所厅" and text[start - 1:start] in ("该", "本", "我"):
            cut = 1  # 该局治安管理大队: a unit of the bureau the anaphor stands for
        qual, start = qual[cut:], start + cut
        if not qual and p["heads"][head].get("bare"):
            yield _candidate(m.start(), m.end(), "Agency", "agency.zh.bare", "agency",
                             **_head_attrs("", head, p))
            continue
        if not 2 <= len(qual) <= 8 or qual in p["generic_quals"] or p["venue"].search(qual) \
                or not (cut or _at_boundary(text, start, p)):
            continue
        if p["fixed"].search(qual) or p["any_head"].search(qual):
            continue  # a unit named after its parent agency: see _children
        if text[max(0, start - 1):start] == "等":
            continue
        yield _candidate(start, m.end(), "Agency", "agency.zh.unit", "agency", **_head_attrs(qual, head, p))


def _children(text: str, parents: list[Candidate], p: dict) -> Iterator[Candidate]:
    """鄂尔多斯市公安局留置看护中心: a unit named right after its parent agency."""
    for c in parents:
        if c.attrs.get("rank") not in ("bureau", "ministry", "branch", "organs"):
            continue
        m = p["child"].match(text, c.end)
        if m is None or _bad_qualifier(m.group("qual"), p, m.group("head")) or _weak_head(m.group("qual"), m.group("head")):
            m = p["attached"].match(text, c.end)  # 市公安局党委: a committee right after its agency
            if m is None:
                continue
            attrs = _head_attrs("", m.group(0), p)
            attrs["head"] = m.group(0)  # keyed under its parent, not as a committee of its own
            yield _candidate(c.start, m.end(), "Agency", "agency.zh.child", "agency",
                             parent_span=(c.start, c.end), short=m.group(0), **attrs)
            continue
        attrs = _head_attrs(m.group("qual"), m.group("head"), p)
        yield _candidate(c.start, m.end(), "Agency", "agency.zh.child", "agency",
                         parent_span=(c.start, c.end), short=text[c.end:m.end()], **attrs)


def _owned_units(text: str, agencies: list[Candidate]) -> Iterator[Candidate]:
    """保定市公安局竞秀分局: a bureau, then a unit named after its own place. The whole is the unit
    (keyed as the unit named alone is: 竞秀分局), owned by the bureau (``owner_span``)."""
    by_start: dict[int, list[Candidate]] = {}
    for c in agencies:
        if c.rule == "agency.zh.place" and c.attrs.get("rank") in ("branch", "station", "unit"):
            by_start.setdefault(c.start, []).append(c)
    for c in agencies:
        if c.attrs.get("rank") != "bureau" or c.attrs.get("anaphor"):
            continue
        for unit in by_start.get(c.end, []):
            yield _candidate(c.start, unit.end, "Agency", "agency.zh.owned", "agency",
                             owner_span=(c.start, c.end), short=text[unit.start:unit.end],
                             **{k: v for k, v in unit.attrs.items() if k != "extent"})


def _former_names(text: str, agencies: list[Candidate], p: dict) -> list[Candidate]:
    """内蒙古警察学院(原内蒙古警察职业学院): the bracketed name is an alias, not another agency."""
    by_start: dict[int, list[Candidate]] = {}
    for c in agencies:
        by_start.setdefault(c.start, []).append(c)
    dropped: set[int] = set()
    for c in agencies:
        m = p["former"].match(text, c.end)
        if not m:
            continue
        for inner in by_start.get(m.end(), []):
            if text[inner.end:inner.end + 1] in ")）":
                c.attrs["alias"] = text[inner.start:inner.end]
                c.attrs["extent"] = (c.start, inner.end + 1)
                dropped.add(id(inner))
    return [c for c in agencies if id(c) not in dropped]


def _collectives(text: str, agencies: list[Candidate], p: dict) -> Iterator[Candidate]:
    """全市公安机关: the public security organs of the report's city."""
    home = _home_places(agencies)
    for m in p["collective"].finditer(text):
        place = home.get(p["collective_levels"][m.group(1)])
        attrs = _head_attrs("", m.group(2), p)
        if place:
            yield _candidate(m.start(), m.end(), "Agency", "agency.zh.collective", "agency",
                             place=place, level=p["collective_levels"][m.group(1)], **attrs)
        else:
            yield _candidate(m.start(), m.end(), "Agency", "agency.zh.collective", "agency",
                             collective=True, **attrs)


# --------------------------------------------------------------------------- programmes, measures, awards

def _clause_before(text: str, pos: int, width: int = 24) -> str:
    """The text of the clause before ``pos`` (at most ``width`` characters)."""
    before = text[max(0, pos - width):pos]
    cut = max(before.rfind(ch) for ch in CLAUSE_PUNCT)
    return before[cut + 1:]


def _cue_gap(text: str, pos: int, cue_re: re.Pattern, width: int = 24) -> int | None:
    """Characters between the last cue of the clause before ``pos`` and ``pos``; None if no cue."""
    before = _clause_before(text, pos, width)
    ends = [m.end() for m in cue_re.finditer(before)]
    return len(before) - ends[-1] if ends else None


def _quoted(text: str, p: dict) -> Iterator[Candidate]:
    for chain in QUOTE_CHAIN.finditer(text):
        quotes = list(ONE_QUOTE.finditer(chain.group(0)))
        names = [q.group(1).strip() for q in quotes]
        if any(len(n) > MAX_QUOTED or re.search(r"[,，;；。！？!?]", n) for n in names):
            continue
        s, e = chain.start(), chain.end()
        after = p["prog_after"].match(text, e)
        if p["slogan_before"].search(text, max(0, s - 3), s) and not after:
            continue  # 以“抓党建”为统领; but 以“能力作风建设年”活动为抓手 names a programme
        award_gap = _cue_gap(text, s, p["award_cue"], 20)
        if award_gap is not None and award_gap <= 12 or text.startswith(("称号", "荣誉称号"), e):
            suffix = p["award_after"].match(text, e)
            if suffix and len(quotes) == 1:  # 全国“119”消防奖: the honour goes on after the quote
                start = s + quotes[0].start(1)
                yield _candidate(start, start + len(names[0]), "Award", "award.zh.quoted_cue", "quoted",
                                 alias=names[0] + suffix.group(0), extent=(s, suffix.end()))
            else:
                yield from _chain(chain, quotes, "Award", "award.zh.quoted_cue")
            continue
        if after:
            head = after.group(1)
            label = "Measure" if head in p["measure_quoted"] else "Programme"
            if len(quotes) > 1 and text.startswith("等", e):
                # “昆仑2023”“云剑-2023”等专项行动: each quote is one programme of that kind
                for i, (q, name) in enumerate(zip(quotes, names)):
                    start = s + q.start(1)
                    end = after.end() if i == len(quotes) - 1 else s + q.end()
                    yield _candidate(start, start + len(q.group(1)), label, f"{label.lower()}.zh.quoted_list_head",
                                     "quoted", alias=name + head, extent=(s + q.start(), end))
                continue
            first = quotes[0]
            start = s + first.start(1)
            name = "".join(names) + text[e:after.end()]
            yield _candidate(start, start + len(first.group(1)), label, f"{label.lower()}.zh.quoted_head",
                             "quoted", alias=name, extent=(s, after.end()))
            continue
        last = names[-1]
        if last.endswith(p["award_title_endings"]) and p["person_after_award"].match(text, e):
            yield from _chain(chain, quotes, "Award", "award.zh.quoted_person")
            continue
        if len(quotes) == 1 and text.startswith(p["rate_after"], e):
            start = s + quotes[0].start(1)  # “一网通办”率达93%: a programme measured by its rate
            yield _candidate(start, start + len(names[0]), "Programme", "programme.zh.quoted_rate", "quoted",
                             extent=(s, e))
            continue
        if p["slogan_after"].match(text, e):
            continue
        cue_gap = _cue_gap(text, s, p["prog_cue"])
        if cue_gap is not None and p["goal_cue"].search(text, max(0, s - cue_gap - 4), s - cue_gap) \
                and names[0].startswith(p["goal_starts"]):
            cue_gap = None  # 实现“零事故、零差错”: a target reached, not a programme run
        title_gap = _cue_gap(text, s, p["title_cue"])
        for q, name in zip(quotes, names):
            start = s + q.start(1)
            if p["ends_with_head"].search(name):
                if title_gap is not None and title_gap <= 8 and p["title_marks"].search(name):
                    # 已建成“枫桥式公安派出所”36个: a title the stations earn, not a station
                    yield _candidate(start, start + len(q.group(1)), "Award", "award.zh.quoted_title", "quoted",
                                     extent=(s + q.start(), s + q.end()))
                continue  # “从严办”, “数智车管所”: the name of a body, not of a programme
            if name.endswith(p["measure_quoted"]):
                label, rule = "Measure", "measure.zh.quoted_ending"
            elif name.endswith(p["prog_endings"]):
                label, rule = "Programme", "programme.zh.quoted_ending"
            elif cue_gap is not None and cue_gap <= 14:
                label, rule = "Programme", "programme.zh.quoted_cue"
            elif len(quotes) > 1:
                label, rule = "Programme", "programme.zh.quoted_list"
            else:
                continue
            yield _candidate(start, start + len(q.group(1)), label, rule, "quoted",
                             extent=(s + q.start(), s + q.end()))


def _chain(chain: re.Match, quotes: list[re.Match], label: str, rule: str) -> Iterator[Candidate]:
    for q in quotes:
        start = chain.start() + q.start(1)
        yield _candidate(start, start + len(q.group(1)), label, rule, "quoted",
                         extent=(chain.start() + q.start(), chain.start() + q.end()))


def _titled(text: str, p: dict) -> Iterator[Candidate]:
    """《从优待警二十条措施》: a titled name ending like a measure (not a song or a film)."""
    for m in TITLE.finditer(text):
        if m.group(1).endswith(p["measure_endings"]):
            yield _candidate(m.start(1), m.end(1), "Measure", "measure.zh.titled", "quoted",
                             extent=(m.start(), m.end()))


def _cue_led(text: str, p: dict) -> Iterator[Candidate]:
    """开展涉密涉酒专项整治, 落实公安机关政治工作行动计划: an unquoted name after a cue verb."""
    for cue_re, head_re, label, min_len in ((p["prog_cue"], p["prog_unquoted"], "Programme", 4),
                                            (p["measure_cue"], p["measure_unquoted"], "Measure", p["measure_min"])):
        for cue in cue_re.finditer(text):
            run = p["run"].match(text, cue.end())
            if not run:
                continue
            head = next((h for h in head_re.finditer(run.group(0)) if h.start() >= 2), None)
            if head is None:
                continue
            name = run.group(0)[:head.end()]
            end = cue.end() + len(name)
            if (len(name) < min_len or name.startswith(p["generic_starts"])
                    or p["verbs"].search(name[:head.start()]) or re.match(r"\d", text[end:end + 1])):
                continue
            yield _candidate(cue.end(), end, label, f"{label.lower()}.zh.cue", "cue")


def _named_programmes(text: str, p: dict) -> Iterator[Candidate]:
    """主题教育, 扫黑除恶专项斗争: national campaigns named without quotes or cue."""
    for m in p["prog_names"].finditer(text):
        yield _candidate(m.start(), m.end(), "Programme", "programme.zh.named", "cue")


def _unquoted_awards(text: str, p: dict) -> Iterator[Candidate]:
    """荣获全区廉洁文化新媒体作品一等奖, 获评全国一等所: an unquoted honour after an award cue."""
    for cue in p["award_cue"].finditer(text):
        run = p["award_run"].match(text, cue.end())
        if not run:
            continue
        head = next(iter(p["award_head"].finditer(run.group(0))), None)
        if head is None or head.end() < 4:
            continue
        yield _candidate(cue.end(), cue.end() + head.end(), "Award", "award.zh.cue", "cue")


# --------------------------------------------------------------------------- places, persons

def _places(text: str, place_starts: list[int], p: dict) -> Iterator[Candidate]:
    for m in finditer_at(p["place"], text, place_starts):
        if not _place_ok(m.group("place"), m.group("suffix") or "", p):
            continue
        yield _candidate(m.start(), m.end(), "Place", "place.zh.gazetteer", "place", name=m.group(0))


def _towns(text: str, p: dict) -> Iterator[Candidate]:
    """蒲庙镇, 城关街道: a town or street outside the gazetteer, by its suffix, at a name start."""
    for m in finditer_at(p["town"], text, p["town_starts"](text)):
        name = m.group("name")
        if any(m.group(0).endswith(w) for w in p["town_stop"]) or name in p["town_stop"] \
                or p["verbs"].search(name) or not _at_boundary(text, m.start(), p):
            continue  # 推进城乡, 各乡镇
        if text[m.end():m.end() + 1] in ("村", "镇", "乡"):
            continue  # 美丽乡村, 乡镇
        yield _candidate(m.start(), m.end(), "Place", "place.zh.town", "place", name=m.group(0), kind="town")


def _listed_places(text: str, p: dict) -> Iterator[Candidate]:
    """在韩村、江城、颉庄3个乡镇: the items of a list counted as towns (districts…) are places."""
    for m in finditer_at(p["place_list"], text, p["place_list_starts"](text)):
        items = m.group(1).split("、")
        n = _small_number(m.group(2))
        if n is not None and (n < len(items) if "等" in m.group(0) else n != len(items)):
            continue  # the count must fit the list (韩村、江城、颉庄3个乡镇)
        first = _list_head(items[0], min(len(i) for i in items[1:]), p)
        pos = m.start(1) + len(items[0]) - len(first)
        for item in [first, *items[1:]]:
            if 2 <= len(item) <= 4 and not any(ch in p["boundary"] for ch in item):
                yield _candidate(pos, pos + len(item), "Place", "place.zh.listed", "place", name=item)
            pos += len(item) + 1


def _small_number(word: str) -> int | None:
    """3 -> 3, 三 -> 3, 两 -> 2; None for what is not a number up to ten."""
    if word.isdigit():
        return int(word)
    return {c: i for i, c in enumerate("零一二三四五六七八九十")}.get(word, 2 if word == "两" else None)


def _list_head(run: str, width: int, p: dict) -> str:
    """The first item of a list from the characters before its first 、: the longest gazetteer
    name ending the run (覆盖东胜 -> 东胜), else what follows the last particle (在韩村 -> 韩村),
    else as many characters as the shortest other item."""
    for k in range(len(run), 1, -1):
        if run[-k:] in zh_place_index():
            return run[-k:]
    cut = max((i + 1 for i, ch in enumerate(run) if ch in p["boundary"]), default=0)
    return run[cut:] if cut else run[-width:]


def _persons(text: str, found: list[Candidate], p: dict) -> Iterator[Candidate]:
    for c in found:
        name = text[c.start:c.end]
        if c.label == "Award" and c.rule.startswith("award.zh.quoted") and name.endswith(p["award_title_endings"]):
            m = p["person_after_award"].match(text, _extent(c)[1])
            if m and m.group(1) not in p["not_names"]:
                yield _candidate(m.start(1), m.end(1), "Person", "person.zh.after_award", "person",
                                 name=m.group(1))
    before_role = finditer_at(p["person_after_role"], text, p["person_after_role_starts"](text))
    for matches, rule in ((p["person_role"].finditer(text), "person.zh.role_before"),
                          (before_role, "person.zh.role_after")):
        for m in matches:
            if m.group(1) in p["not_names"]:
                continue
            yield _candidate(m.start(1), m.end(1), "Person", rule, "person", name=m.group(1))
            if rule == "person.zh.role_before":
                yield from _listed_persons(text, m.end(1), p)


def _listed_persons(text: str, end: int, p: dict) -> Iterator[Candidate]:
    """The names that follow a role word's name in a list (、王琳飞、罗雨)."""
    while (m := p["person_listed"].match(text, end)) and m.group(1) not in p["not_names"]:
        yield _candidate(m.start(1), m.end(1), "Person", "person.zh.role_list", "person", name=m.group(1))
        end = m.end(1)


# --------------------------------------------------------------------------- component

@Language.factory("kg_entities_zh", assigns=["doc.spans"], default_config={})
def make_entities_zh(nlp: Language, name: str) -> "ChineseEntityFinder":
    return ChineseEntityFinder()


class ChineseEntityFinder(EntityFinder):
    """Finds entity mentions (see module doc) and writes them to ``doc.spans['kg_entities']``."""

    def match(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        return select(find_candidates(text), text)

    def span_attributes(self, c: Candidate) -> dict:
        attrs = {k: v for k, v in c.attrs.items() if k != "extent"}
        return dict(attrs, rule=c.rule, start=c.start, end=c.end, extent=_extent(c))
