"""Entity mentions in English reports: agencies, places, programmes, measures, persons, awards.

The ``kg_entities`` component finds candidate spans with patterns built from the word lists in
``data/*_en.yaml``, keeps the best non-overlapping ones and writes them to
``doc.spans["kg_entities"]``; each span's ``._.kg`` holds the parts of its name (place, level,
head, parent) that resolution needs (and :func:`~kg.extract.annotations.entities` the same).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .annotations import ENTITIES, Entity
from .lexicon import load, major_place_names, phrase_set, place_index
from .prefilter import Anchored, Prefiltered, first_chars, trie_alternation as _alt
from .regex_cache import compile_cached
from .sentences import doc_text

SPAN_KEY = "kg_entities"
if not Span.has_extension("kg"):
    Span.set_extension("kg", default=None)

UPPER, LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # with the Latin-1 letters of names (Lüliang)
CAP = rf"(?:[{UPPER}][{LOWER}]*(?:['’][{LOWER}]+)*(?:-[{UPPER}{LOWER}]+)*|[A-Z]{{2,}}(?:-[A-Za-z]+)*|\d+(?:st|nd|rd|th))"
CAP_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ0123456789"  # the characters a ``CAP`` word starts with
# every character a run of ``CAP`` words (or award levels) and the blanks between them can hold
CAP_CHARS = CAP_FIRST + "abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'’- \t"
AWARD_LEVEL = r"(?:ministerial|provincial|municipal|national)-level"
QUOTE = re.compile(r"[\"“”]\s*([^\"“”\n]{2,250}?)\s*[\"“”]")
LEADING_STOP = {"the", "a", "an", "this", "these", "that", "its", "their", "our", "in", "at", "on",
                "and", "of", "by", "for", "to", "with", "from", "recently", "since", "among",
                "under", "as", "after", "before", "during", "all", "both", "each", "every", "it",
                "we", "he", "she", "they", "when", "where", "while", "so", "but", "or", "also"}
LOWER_UNIT_HEADS = ("department|detachment|brigade|squadron|team|center|centre|office|police station|"
                    "branch|party committee|section|division")
UNIT_OF = r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
PRIORITY = {"Measure": 0, "Programme": 1, "Agency": 2, "Award": 3, "Person": 4, "Place": 5}


@dataclass
class Candidate:
    start: int
    end: int
    label: str
    rule: str
    attrs: dict = field(default_factory=dict)
    priority: int = 9

    @property
    def length(self) -> int:
        return self.end - self.start


@cache
def _patterns() -> dict:
    ag = load("agencies_en")
    pl = load("places_en")
    ini = load("initiatives_en")
    pe = load("persons_en")
    heads = {h["text"]: h for h in ag["heads"]}
    head_re = _alt(heads, words=False)
    place_types = pl["types"]
    gaz = place_index()
    creating = [k for k, v in place_types.items() if v["creates_place"]]
    gaz_names = [e['en'] for e in gaz.values()] + [v for e in gaz.values() for v in (e.get('variants') or [])]
    return {
        "heads": {k.lower().replace("’", "'"): v for k, v in heads.items()},
        "head_names": list(heads),
        "head_words": compile_cached(_alt(heads)),
        "head_suffix": compile_cached(rf"(?:{head_re})$"),
        "agency": Anchored(compile_cached(rf"(?<![\w'’-])((?:{CAP}[ \t]+){{0,8}})({head_re})(?![\w-])"),
                           heads, capitalised=True, chars=CAP_FIRST + first_chars(heads), boundary=r"(?<![\w'’-])"),
        "fixed": Prefiltered(compile_cached(_alt([f["text"] for f in ag["fixed"]])), first_chars(f["text"] for f in ag["fixed"])),
        "fixed_info": {f["text"].lower(): f for f in ag["fixed"]},
        "levels": {k.lower(): v for k, v in ag["levels"].items()},
        "qualifiers": phrase_set(ag["qualifiers"]),
        "collective": Prefiltered(compile_cached(_alt(ag["collective_aliases"], ignore_case=True), re.I), first_chars(ag["collective_aliases"])),
        "lower_unit": compile_cached(rf"((?:[a-z][a-z'’-]+[ \t]+){{0,4}}?)({LOWER_UNIT_HEADS}){UNIT_OF}"),
        "place_types": {k.lower(): v for k, v in place_types.items()},
        "place_type_re": _alt(place_types, words=False),
        "gazetteer": Prefiltered(compile_cached(_alt(major_place_names())), first_chars(major_place_names())) if gaz else None,
        "gazetteer_typed": Prefiltered(compile_cached(
            rf"(?<![\w-])(?:{_alt(gaz_names, words=False)})"
            rf"[ \t]+(?:{_alt([k for k, v in place_types.items() if v['creates_place']], words=False)})(?![\w-])"), first_chars(gaz_names)) if gaz else None,
        "typed_place": Anchored(compile_cached(rf"(?<![\w-])((?:{CAP}[ \t]+){{1,3}}?)({_alt(creating, words=False)})(?![\w-])"),
                                creating, capitalised=True, chars=CAP_FIRST),
        "prog_heads": _alt(ini["programme_heads"]),
        "head_after_quote": compile_cached(rf"[\"”]?[ \t]*((?:[a-z][a-z-]*[ \t]+){{0,2}}?{_alt(ini['programme_heads'])})"),
        "prog_head_set": phrase_set(ini["programme_heads"]),
        "weak_heads": phrase_set(ini["weak_programme_heads"]),
        "prog_cue": compile_cached(rf"(?:{_alt(ini['programme_cues'], ignore_case=True)})(?:[ \t]+(?:the|a|an|of|on))*[ \t]*$", re.I),
        "measure_start": compile_cached(rf"^(?:{_alt(ini['measure_starts'])})"),
        "measure_end": compile_cached(rf"(?:{_alt(ini['measure_ends'])})$"),
        "measure_inner": compile_cached(rf"[A-Z][\w-]*[ \t]+(?:{_alt(ini['measure_inner'], words=False)})[ \t]+(?:to|for|on|of|in)[ \t]+|^(?:{_alt(ini['measure_inner'], words=False)})[ \t]+(?:to|for|on|of|in)[ \t]"),
        "measure_nouns": phrase_set(ini["measure_nouns"]),
        "issue_verbs": _prefiltered(load('relations_en')['issued'], rf"(?:{_alt(load('relations_en')['issued'], ignore_case=True)})(?:[ \t]+and[ \t]+(?:{_alt(load('relations_en')['issued'], ignore_case=True)}))?[ \t]+(?:(?:the|a|an)[ \t]+)?", re.I),
        "launch_verbs": _prefiltered(load('relations_en')['launched'], rf"(?:{_alt(load('relations_en')['launched'], ignore_case=True)})[ \t]+(?:(?:a|an|the)[ \t]+)?(?:(?:[a-z-]+)[ \t]+){{0,2}}?", re.I),
        "special": compile_cached(rf"(special(?:[ \t]+[a-z][a-z'-]*){{0,4}}?[ \t]+(?:{_alt(ini['special_heads'], words=False)})(?:[ \t]+(?:on|against)[ \t]+(?:the[ \t]+)?[a-z\d][\w'-]*(?:[ \t]+[a-z][\w'-]*){{0,4}})?)(?![\w-])"),
        "enumeration": compile_cached(rf"[ \t]+and[ \t]+other[ \t]+(?:[A-Za-z-]+[ \t]+){{0,2}}(?:{_alt(ini['enumeration_heads'], words=False)})\b"),
        "lower_agency": _prefiltered(ag["lower_levels"], rf"(?<![\w-])({_alt(ag['lower_levels'], words=False)})[ \t]+({_alt(ag['lower_heads'], words=False)})(?![\w-])"),
        "lower_levels": {k.lower(): v for k, v in ag["lower_levels"].items()},
        "organs_of": _prefiltered(["public"], r"(?<![\w-])public[ \t]+security[ \t]+organs[ \t]+of[ \t]+the[ \t]+(province|city|autonomous[ \t]+region|region)(?![\w-])"),
        "place_unit": _prefiltered(ag["place_units"], rf"(?<![\w-])({_alt(ag['place_units'], words=False, ignore_case=True)})[ \t]+of[ \t]+((?:{CAP}[ \t]+){{1,3}}(?:Town|Township|County|District|Village|Street|Banner|City))(?![\w-])", re.I),
        "award_cue": compile_cached(rf"(?:{_alt(ini['award_cues'], ignore_case=True)})(?:[ \t]+(?:as|the|a|an|of))*[ \t]*$", re.I),
        # no boundary before: a match starts at a capital or digit (inside a word too) or a level
        "award_head": Anchored(compile_cached(rf"((?:{CAP}[ \t]+|{AWARD_LEVEL}[ \t]+){{1,6}}?)(?:{_alt(ini['award_heads'], words=False)})(?![\w-])"),
                               ini["award_heads"], CAP_CHARS, starts=rf"[{UPPER}\d]|{AWARD_LEVEL}"),
        "title_programme": Anchored(compile_cached(rf"(?<![\w'’-])((?:{CAP}[ \t]+){{1,4}})({_alt(ini['programme_heads'], words=False)})(?![\w-])"),
                                    ini["programme_heads"], capitalised=True, chars=CAP_FIRST, boundary=r"(?<![\w'’-])"),
        "person": Prefiltered(compile_cached(
            rf"(?<![\w'’-])({_alt(pe['surnames'], words=False)})[ \t]+([A-Z][a-z]{{1,12}}(?:-[a-z]+)?)(?![\w'’-])"),
            first_chars(pe["surnames"]), boundary=r"(?<![\w'’-])"),
        "not_given": phrase_set(pe["not_given_names"]),
        "credits": compile_cached(rf"(?:{_alt(pe['credits'], words=False)})[ \t]*[:：]?[ \t]*$"),
        "roles": compile_cached(_alt(pe["roles"], ignore_case=True), re.I),
    }


def _prefiltered(phrases, pattern: str, flags: int = 0) -> Prefiltered:
    """``pattern``, which starts with ``alternation(phrases)`` (after a word boundary), scanned
    where a phrase can start."""
    return Prefiltered(compile_cached(pattern, flags), first_chars(phrases))


def find_candidates(text: str) -> list[Candidate]:
    """All candidate entity spans in ``text``, overlapping; :func:`select` chooses among them."""
    p = _patterns()
    found: list[Candidate] = []
    quoted = list(_quoted(text, p))
    found += quoted
    found += list(_agencies(text, p))
    found += list(_places(text, p))
    found += list(_persons(text, p))
    found += list(_awards(text, p))
    found += list(_title_programmes(text, p))
    found += list(_lower_agencies(text, p))
    found += list(_special_programmes(text, p))
    found += list(_enumerated_programmes(text, p))
    found += list(_lower_measures(text, p))
    found = _drop_agencies_in_quotes(text, found)
    for c in found:
        # a quoted name after an award verb ('was named a "..."') is an award, not a programme
        c.priority = 0.5 if c.rule == "award.quoted_cue" else PRIORITY[c.label]
    return found


def _drop_agencies_in_quotes(text: str, found: list[Candidate]) -> list[Candidate]:
    """An agency name inside quotes names something else (the "National Anti-Fraud Center" APP)."""
    quotes = [(m.start(1), m.end(1)) for m in QUOTE.finditer(text)]
    if not quotes:
        return found
    starts = [q[0] for q in quotes]
    out = []
    for c in found:
        if c.label == "Agency":
            i = bisect_right(starts, c.start) - 1
            if i >= 0 and quotes[i][0] <= c.start and c.end <= quotes[i][1]:
                continue
        out.append(c)
    return out


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: by priority, then longest, then leftmost."""
    chosen: list[Candidate] = []
    taken = Taken(0)
    for c in sorted(candidates, key=lambda c: (c.priority, -c.length, c.start)):
        if taken.free(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    by_span = {(c.start, c.end): c for c in candidates if c.label == "Agency"}
    nested = []
    for c in chosen:
        while c.attrs.get("parent_span") and tuple(c.attrs["parent_span"]) in by_span:
            c = by_span[tuple(c.attrs["parent_span"])]
            nested.append(c)
    chosen_at: dict[tuple[int, int], list[Candidate]] = {}
    for c in chosen:  # an equal candidate has the same span
        chosen_at.setdefault((c.start, c.end), []).append(c)
    chosen += [c for c in nested if c not in chosen_at.get((c.start, c.end), ())]
    return sorted(chosen, key=lambda c: (c.start, -c.length))


class Taken:
    """Character spans already taken: ``free(s, e)`` is true where ``[s, e)`` overlaps none.

    A mask of the text's characters answers in one ``bytearray.find`` (checking every span
    taken before is quadratic in the spans). Empty spans and empty queries, rare, are checked
    against the list of spans.
    """

    def __init__(self, length: int, spans=()):
        self.mask = bytearray(length)
        self.spans: list[tuple[int, int]] = []
        self.empty: list[tuple[int, int]] = []
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        self.spans.append((a, b))
        if a >= b or a < 0:
            self.empty.append((a, b))
            return
        if b > len(self.mask):
            self.mask.extend(bytes(b - len(self.mask)))
        self.mask[a:b] = b"\x01" * (b - a)

    def free(self, s: int, e: int) -> bool:
        if s >= e or s < 0:
            return all(e <= a or s >= b for a, b in self.spans)
        return self.mask.find(1, s, e) < 0 and all(e <= a or s >= b for a, b in self.empty)


# --------------------------------------------------------------------------- agencies

def _strip_leading(words: list[str]) -> list[str]:
    while words and words[0].lower() in LEADING_STOP:
        words = words[1:]
    return words


def parse_agency_name(prefix: str, head: str) -> dict | None:
    """Split the words before a head into place, level and qualifiers; None if not an agency."""
    name = _agency_name(prefix, head)
    return None if name is None else dict(name)


@lru_cache(maxsize=4096)
def _agency_name(prefix: str, head: str) -> dict | None:
    """:func:`parse_agency_name`, once per name (a report names its agencies many times); the
    callers get copies of the dict."""
    p = _patterns()
    info = p["heads"][re.sub(r"\s+", " ", head).replace("’", "'").lower()]
    words = _strip_leading(prefix.split())
    place, level, quals = [], None, []
    if words and words[-1].lower() in p["place_types"] and not p["place_types"][words[-1].lower()]["creates_place"]:
        return {"place": None, "level": None, "head": head.lower(), "kind": info["kind"],
                "rank": info["rank"], "tier": info.get("tier"), "qualifiers": " ".join(words)}
    i = 0
    while i < len(words):
        w = words[i]
        two = f"{w} {words[i + 1]}".lower() if i + 1 < len(words) else ""
        if two in p["levels"]:
            level = level or p["levels"][two]
            i += 2
            continue
        if w.lower() in p["levels"]:
            level = level or p["levels"][w.lower()]
            if place and w.lower() in p["place_types"] and not quals:
                place.append(w)
        elif w.lower() in p["qualifiers"] or quals:
            quals.append(w)
        elif level is None:
            place.append(w)
        else:
            quals.append(w)
        i += 1
    if info.get("needs_qualifier") and not (quals or place or level):
        return None
    place_name = " ".join(place) or None
    return {"place": place_name, "level": level, "head": head.lower(), "kind": info["kind"],
            "rank": info["rank"], "tier": info.get("tier"), "qualifiers": " ".join(quals) or None}


def _agencies(text: str, p: dict) -> Iterator[Candidate]:
    spans: list[Candidate] = []
    for m in p["fixed"].finditer(text):
        info = p["fixed_info"][re.sub(r"\s+", " ", m.group(0)).replace("’", "'").lower()]
        spans.append(Candidate(m.start(), m.end(), "Agency", "agency.fixed",
                               {"kind": info["kind"], "rank": info["rank"], "head": m.group(0).lower()}))
    for m in p["agency"].finditer(text):
        spans.extend(_split_agency_run(text, m, p))
    spans = _attach_of_parents(text, spans, p)
    spans += list(_lower_units(text, spans, p))
    spans += [Candidate(m.start(), m.end(), "Agency", "agency.collective", {"collective": True})
              for m in p["collective"].finditer(text)]
    yield from spans


def _split_agency_run(text: str, m: re.Match, p: dict) -> list[Candidate]:
    """One run of capitalised words ending in a head may hold several nested agencies."""
    full = m.group(0)
    head = p["head_suffix"].search(full).group(0)
    prefix = full[:len(full) - len(head)]
    start = m.start()
    # a head inside the prefix ends a parent agency: "Kangbashi Branch | Binhe Road Police Station"
    inner = None
    for hm in p["head_words"].finditer(prefix):
        inner = hm
    out: list[Candidate] = []
    parent = None
    if inner is not None:
        sub = p["agency"].match(text, start, start + inner.end())
        if sub:
            parent_cands = _split_agency_run(text, sub, p)
            out += parent_cands
            parent = parent_cands[-1] if parent_cands else None
    name = parse_agency_name(prefix, head)
    if name is None:
        return out
    words_start = start + _leading_stop_len(prefix)
    attrs = dict(name)
    if parent is not None:
        own = prefix[inner.end():].lstrip()
        own_start = start + len(prefix) - len(prefix[inner.end():].lstrip())
        own_name = parse_agency_name(own, head)
        if own_name is None:  # "Vehicle Administration | Office": the inner head was a qualifier
            whole = parse_agency_name(prefix, head)
            if whole is None:
                return out
            out.remove(parent)
            return out + [Candidate(words_start, m.end(), "Agency", "agency.structure", whole)]
        attrs = dict(own_name)
        attrs["parent_span"] = (parent.start, parent.end)
        attrs["short"] = text[own_start:m.end()]
    if words_start >= m.end():
        return out
    out.append(Candidate(words_start, m.end(), "Agency", "agency.structure", attrs))
    return out


def _leading_stop_len(prefix: str) -> int:
    words = prefix.split(" ")
    n = 0
    for w in words:
        if w.lower() in LEADING_STOP:
            n += len(w) + 1
        else:
            break
    return n


def _attach_of_parents(text: str, spans: list[Candidate], p: dict) -> list[Candidate]:
    """'<unit> of (the) <agency|place>' names one agency under another (or in a place)."""
    by_start = {c.start: c for c in spans}
    out = []
    consumed = set()
    for c in sorted(spans, key=lambda c: c.start):
        if id(c) in consumed:
            continue
        m = OF_THE.match(text, c.end)
        if m and c.attrs.get("rank") not in ("ministry",):
            nxt = by_start.get(m.end())
            if nxt is not None and _ranks_below(c, nxt):
                c.attrs = dict(c.attrs, parent_span=(nxt.start, nxt.end), short=text[c.start:c.end])
                c.end = nxt.end
            elif nxt is None:
                place = _place_at(text, m.end(), p)
                if place and not c.attrs.get("place"):
                    c.attrs = dict(c.attrs, place=place[2], short=text[c.start:c.end])
                    c.end = place[1]
        out.append(c)
    return out


def _ranks_below(child: Candidate, parent: Candidate) -> bool:
    order = {"ministry": 0, "government": 1, "committee": 1, "bureau": 1, "collective": 1,
             "branch": 2, "station": 3, "unit": 3}
    return order.get(child.attrs.get("rank"), 3) >= order.get(parent.attrs.get("rank"), 1)


def _lower_units(text: str, spans: list[Candidate], p: dict) -> Iterator[Candidate]:
    """'the comprehensive support center of the Ordos ... Bureau': a lower-case unit of an agency."""
    for c in spans:
        if c.attrs.get("collective"):
            continue
        before = text[max(0, c.start - 80):c.start]
        m = p["lower_unit"].search(before) if UNIT_BEFORE.search(before) else None
        if not m:
            continue
        words = _strip_leading(m.group(1).split())
        if not words and m.group(2) in ("office", "team", "center", "centre", "section", "division"):
            continue
        unit = " ".join(words + [m.group(2)])
        start = c.start - len(before) + m.end() - len(m.group(0)) + (len(m.group(1)) - len(m.group(1).lstrip()))
        start = text.find(unit.split()[0], start)
        yield Candidate(start, c.end, "Agency", "agency.lower_unit",
                        {"head": m.group(2), "qualifiers": unit, "rank": "unit", "kind": "Agency",
                         "parent_span": (c.start, c.end), "short": text[start:start + len(" ".join(text[start:c.end].split(" of ")[0:1]))]})


def _lower_agencies(text: str, p: dict) -> Iterator[Candidate]:
    """'the provincial party committee', 'public security organs of the province', 'the police
    station of Bolin Town': generic bodies whose place comes from the report's context."""
    heads = p["heads"]
    for m in p["lower_agency"].finditer(text):
        head = re.sub(r"\s+", " ", m.group(2)).replace("’", "'")
        info = heads.get(head, {"kind": "Agency", "rank": "bureau"})
        if head in ("government", "people's government"):
            info = {"kind": "Government", "rank": "government"}
        yield Candidate(m.start(), m.end(), "Agency", "agency.lower_level",
                        {"level": p["lower_levels"][re.sub(r"\s+", " ", m.group(1))], "head": head,
                         "kind": info["kind"], "rank": info["rank"]})
    for m in p["organs_of"].finditer(text):
        level = p["lower_levels"].get(re.sub(r"\s+", " ", m.group(1)), "provincial" if "province" in m.group(1) else "municipal")
        yield Candidate(m.start(), m.end(), "Agency", "agency.organs_of",
                        {"level": level, "head": "public security organs", "kind": "Agency", "rank": "organs"})
    for m in p["place_unit"].finditer(text):
        head = m.group(1).lower()
        info = heads.get(head) or heads.get(head.title().lower(), {"kind": "Agency", "rank": "station"})
        yield Candidate(m.start(), m.end(), "Agency", "agency.unit_of_place",
                        {"place": m.group(2), "head": head, "kind": info["kind"], "rank": info["rank"]})


OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
UNIT_BEFORE = re.compile(f"(?:{LOWER_UNIT_HEADS}){UNIT_OF}")  # what "lower_unit" ends with: a cheap test first
ANAPHOR = Prefiltered(re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(detachment|branch|sub-bureau|brigade|squadron|police[ \t]+station|station|"
    r"center|centre|department|team)(?![\w-])(?![ \t]+of\b)(?!['’]s[ \t]+\w+[ \t]+of\b)"), "Tt")


def _anaphors(text: str) -> Iterator[Candidate]:
    """'the detachment', 'the branch': a unit named earlier, referred to by its head word."""
    for m in ANAPHOR.finditer(text):
        yield Candidate(m.start(), m.end(), "Agency", "agency.anaphor",
                        {"anaphor": re.sub(r"\s+", " ", m.group(1).lower())})


def resolve_anaphors(chosen: list[Candidate]) -> list[Candidate]:
    """Point each anaphor at the latest agency before it whose head ends with the same word;
    drop anaphors without one (within the last few thousand characters)."""
    out: list[Candidate] = []
    named: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: (c.start, -c.length)):
        word = c.attrs.get("anaphor")
        if word is None:
            out.append(c)
            if c.label == "Agency" and c.attrs.get("head"):
                named.append(c)
            continue
        last = word.split()[-1]
        for a in reversed(named):
            if c.start - a.end > 4000:
                break
            head = str(a.attrs["head"]).lower()
            if head.split()[-1] == last or (last == "branch" and a.attrs.get("rank") == "branch"):
                c.attrs = dict(c.attrs, antecedent_span=(a.start, a.end))
                out.append(c)
                break
    return out


# --------------------------------------------------------------------------- places

def _place_at(text: str, pos: int, p: dict) -> tuple[int, int, str] | None:
    for regex in (p["typed_place"], p["gazetteer"]):
        if regex is None:
            continue
        m = regex.match(text, pos)
        if m:
            return m.start(), m.end(), m.group(0)
    return None


def _places(text: str, p: dict) -> Iterator[Candidate]:
    if p["gazetteer"] is not None:
        type_after = re.compile(rf"[ \t]+({p['place_type_re']})(?![\w-])")
        for m in p["gazetteer"].finditer(text):
            end = m.end()
            t = type_after.match(text, end)
            if t and p["place_types"][t.group(1).lower()]["creates_place"]:
                end = t.end()
            yield Candidate(m.start(), end, "Place", "place.gazetteer", {"name": m.group(0)})
    if p["gazetteer_typed"] is not None:
        for m in p["gazetteer_typed"].finditer(text):
            yield Candidate(m.start(), m.end(), "Place", "place.gazetteer", {"name": m.group(0)})
    for m in p["typed_place"].finditer(text):
        words = _strip_leading(m.group(1).split())
        if not words or any(w.lower() in p["qualifiers"] for w in words):
            continue
        start = m.start(1) + m.group(1).find(words[0])
        yield Candidate(start, m.end(), "Place", "place.typed", {"name": " ".join(words)})


# --------------------------------------------------------------------------- quoted names

def _quoted(text: str, p: dict) -> Iterator[Candidate]:
    previous_programme_end = None
    for m in QUOTE.finditer(text):
        name = m.group(1).strip(" ,.;:")
        if len(name) < 3 or not re.search(r"[A-Za-z]", name) or len(name.split()) > 25:
            continue
        start, end = m.start(1), m.start(1) + len(m.group(1).rstrip(" ,.;:"))
        if p["measure_start"].search(name) and len(name.split()) >= 3 or (
                p["measure_end"].search(name) and len(name.split()) >= 2) or (
                p["measure_inner"].search(name) and len(name.split()) >= 4):
            yield Candidate(start, end, "Measure", "measure.quoted", {"name": name})
            continue
        last = name.split()[-1].lower()
        after = p["head_after_quote"].match(text, m.end(), m.end() + 50)
        before = text[max(0, m.start() - 40):m.start()]
        if _is_speech(name):
            continue
        if last in p["prog_head_set"] and last not in p["weak_heads"] and len(name.split()) >= 2:
            yield Candidate(start, end, "Programme", "programme.quoted_head", {"name": name})
        elif after and after.group(1).split()[-1].lower() in p["prog_head_set"]:
            yield Candidate(start, end, "Programme", "programme.quoted_before_head",
                            {"name": name, "alias": f"{name} {after.group(1)}"})
        elif (p["prog_cue"].search(before) or (previous_programme_end is not None and re.fullmatch(
                r"[\"”]?[ \t]*(?:,|and|or|、)[ \t]*(?:and[ \t]+)?[\"“]?", text[previous_programme_end:m.start() + 1])))\
                and not _is_sentence_like(name):
            yield Candidate(start, end, "Programme", "programme.quoted_cue", {"name": name})
        else:
            continue
        previous_programme_end = m.end()


SPEECH_WORDS = {"i", "we", "our", "us", "my", "me", "you", "your", "is", "are", "was", "were",
                "will", "must", "should", "can", "cannot"}


def _is_speech(name: str) -> bool:
    """Quoted speech ('"we are proud of our work"', '"the fight ... is a long-term battle"') is
    not a name."""
    return bool(SPEECH_WORDS & {w.lower() for w in re.findall(r"[A-Za-z]+", name)})


def _is_sentence_like(name: str) -> bool:
    return len(name.split()) > 12 or name.endswith(("!", "?"))


def _title_programmes(text: str, p: dict) -> Iterator[Candidate]:
    for m in p["title_programme"].finditer(text):
        words = _strip_leading(m.group(1).split())
        head = m.group(2).lower()
        if not words or head in p["weak_heads"] or any(w.lower() in p["qualifiers"] for w in words):
            continue
        start = m.start(1) + m.group(1).find(words[0])
        if len(words) == 1 and re.search(r"(?:^|[.!?;:\n]\s*)$", text[max(0, start - 3):start]):
            continue  # "Innovation mechanism ..." at a sentence start is a heading, not a name
        yield Candidate(start, m.end(), "Programme", "programme.title", {"name": text[start:m.end()]})


def _special_programmes(text: str, p: dict) -> Iterator[Candidate]:
    """'launch a special anti-wire fraud attack': an unnamed special action after a launching verb."""
    for m in p["special"].finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if not re.search(r"(?:launch|launched|carry out|carried out|carrying out|deploy|deployed|organize|organized|conduct|conducted|implement|implemented|start|started)[ \t]+(?:a|an|the)?[ \t]*(?:[\w-]+[ \t]+){0,3}$", before, re.I):
            continue
        yield Candidate(m.start(1), m.end(1), "Programme", "programme.special", {"name": m.group(1)})


def _enumerated_programmes(text: str, p: dict) -> Iterator[Candidate]:
    """'successively launch a large police district, a central police station, "one main defense,
    one main fight" and other Xining models': each item of the enumeration is a programme."""
    for m in p["enumeration"].finditer(text):
        line_start = max(text.rfind(c, 0, m.start()) for c in ".;:\n。")
        cue = None
        for c in p["launch_verbs"].finditer(text, line_start + 1, m.start()):
            cue = c
        if cue is None:
            continue
        segment_start = cue.end()
        for item in re.finditer(r"(?:\"[^\"]+\"|“[^”]+”|[^,，、\"“]+?)(?=,|，|、|[ \t]+and[ \t]|$)",
                                text[segment_start:m.start()]):
            raw = item.group(0)
            name = re.sub(r"^(?:[ \t]*(?:and|a|an|the|such as)[ \t]+)+", "", raw.strip()).strip(' "“”')
            if not name or len(name.split()) > 8 or not re.search(r"[a-z]", name):
                continue
            start = segment_start + item.start() + raw.find(name)
            if start < segment_start + item.start():
                continue
            yield Candidate(start, start + len(name), "Programme", "programme.enumeration", {"name": name})


def _lower_measures(text: str, p: dict) -> Iterator[Candidate]:
    """'formulate and introduce a negative list of criminal cases and a list of ...': the objects
    of an issuing verb that a measure noun heads."""
    for v in p["issue_verbs"].finditer(text):
        rest = text[v.end():v.end() + 200]
        clause = re.split(r"[,.;:!?()\"“”\n]", rest, maxsplit=1)[0]
        offset = v.end()
        for part in re.split(r"([ \t]+and[ \t]+(?:a|an|the)[ \t]+)", clause):
            if re.fullmatch(r"[ \t]+and[ \t]+(?:a|an|the)[ \t]+", part):
                offset += len(part)
                continue
            words = part.split()
            if 3 <= len(words) <= 12 and words[0][0].islower() and any(
                    w.lower() in p["measure_nouns"] for w in words[:4]):
                name = part.strip()
                start = offset + part.find(name)
                yield Candidate(start, start + len(name), "Measure", "measure.issued_object", {"name": name})
            offset += len(part)


# --------------------------------------------------------------------------- persons, awards

def _persons(text: str, p: dict) -> Iterator[Candidate]:
    for m in p["person"].finditer(text):
        if m.group(2).lower() in p["not_given"]:
            continue
        nxt = re.match(r"[ \t]+([A-Z][a-z]+)", text[m.end():m.end() + 20])
        if nxt and nxt.group(1).lower() in p["not_given"] | p["place_types"].keys():
            continue
        yield Candidate(m.start(), m.end(), "Person", "person.name", {"name": m.group(0)})


def _awards(text: str, p: dict) -> Iterator[Candidate]:
    for m in QUOTE.finditer(text):
        before = text[max(0, m.start() - 50):m.start()]
        if p["award_cue"].search(before):
            name = m.group(1).strip(" ,.;:")
            start = m.start(1)
            yield Candidate(start, start + len(name), "Award", "award.quoted_cue", {"name": name})
    for m in p["award_head"].finditer(text):
        words = _strip_leading(m.group(1).split())
        if not words:
            continue
        start = m.start(1) + m.group(1).find(words[0])
        yield Candidate(start, m.end(), "Award", "award.title", {"name": text[start:m.end()]})


# --------------------------------------------------------------------------- component

@Language.factory("kg_entities", assigns=["doc.spans"], default_config={})
def make_entities(nlp: Language, name: str) -> "EntityFinder":
    return EntityFinder()


class EntityFinder:
    """Finds entity mentions (see module doc) and writes them to ``doc.spans['kg_entities']``."""

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Candidate]:
        text = doc_text(doc)
        return resolve_anaphors(select(find_candidates(text) + list(_anaphors(text))))

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> None:
        spans, records = [], []
        for c in candidates:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if span is None:
                continue
            span._.kg = attrs = self.span_attributes(c)
            spans.append(span)
            records.append(Entity(c.label, attrs))
        doc.spans[SPAN_KEY] = spans
        doc.user_data[ENTITIES] = records

    def span_attributes(self, c: Candidate) -> dict:
        """What ``span._.kg`` holds for a candidate: its name parts, rule and offsets."""
        return dict(c.attrs, rule=c.rule, start=c.start, end=c.end)
