"""Word lists and patterns of the extractors, loaded once from the YAML files in ``data/``."""
from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from pathlib import Path

import yaml

from ..export.atomic import atomic_write

DATA_DIR = Path(__file__).resolve().parent / "data"
# libyaml's safe loader where PyYAML has it (4x faster on the gazetteer, read by every worker)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict | list:
    """Load ``data/<name>.yaml`` (cached: the files are read once per process)."""
    return read_data(DATA_DIR / f"{name}.yaml")


def read_data(path: Path) -> dict | list | None:
    """The content of a YAML data file, through a JSON copy kept in the user's cache folder
    (``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/agency-kg``): JSON reads 50x faster than YAML,
    and every build process reads the gazetteer. The copy is named by a digest of the file,
    so an edited file is read again; where the cache cannot be written, the YAML is read."""
    raw = Path(path).read_bytes()
    copy = cache_dir() / f"{Path(path).stem}-{hashlib.sha1(raw).hexdigest()[:16]}.json"
    try:
        return json.loads(copy.read_bytes())
    except (OSError, ValueError):
        pass
    data = yaml.load(raw, Loader=_LOADER)
    text = _as_json(data)
    if text is not None:
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(copy, durable=False) as f:
                f.write(text)
        except OSError:
            pass
    return data


def _as_json(data) -> str | None:
    """``data`` as JSON, or None where JSON would not give it back as it is (dates, number keys)."""
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return None
    return text if json.loads(text) == data else None


def cache_dir() -> Path:
    """The user's cache folder of agency-kg: ``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/agency-kg``."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "agency-kg"


def alternation(phrases, *, words: bool = True) -> str:
    """A regex alternation of phrases, longest first, spaces as runs of blanks, apostrophes either way."""
    parts = []
    for p in longest_first(phrases):
        esc = re.escape(p).replace(r"\ ", r"[ \t]+").replace("'", "['’]")
        parts.append(esc)
    body = "|".join(parts)
    return rf"(?<![\w-])(?:{body})(?![\w-])" if words else f"(?:{body})"


def plain_alternation(words) -> str:
    """The words, escaped, as the branches of a regex alternation, longest first."""
    return "|".join(re.escape(w) for w in longest_first(words))


def longest_first(words) -> list[str]:
    """Distinct words, longest first (a shorter word must not win where a longer one matches);
    in one order in every process, so that patterns made of them are found in the
    :mod:`regex cache <kg.extract.regex_cache>`."""
    return sorted({str(w) for w in words}, key=lambda w: (-len(w), w))


def phrase_set(phrases) -> frozenset[str]:
    return frozenset(str(p).lower() for p in phrases)


@cache
def gazetteer() -> list[dict]:
    """Places of the bilingual gazetteer (``data/gazetteer.yaml``), or none if it is missing."""
    path = DATA_DIR / "gazetteer.yaml"
    if not path.exists():
        return []
    return read_data(path) or []


@cache
def place_index() -> dict[str, dict]:
    """Lower-cased English names and variants -> gazetteer entry (higher levels win ties)."""
    order = {"province": 0, "autonomous_region": 0, "municipality": 0, "sar": 0, "city": 1,
             "league": 1, "prefecture": 1}
    index: dict[str, dict] = {}
    for entry in sorted(gazetteer(), key=lambda e: order.get(e.get("kind"), 2)):
        for name in [entry["en"], *(entry.get("variants") or [])]:
            index.setdefault(str(name).lower(), entry)
    return index


MAJOR_KINDS = {"province", "autonomous_region", "municipality", "sar", "city", "league", "prefecture"}


@cache
def major_place_names() -> list[str]:
    """English names of provincial and prefectural places, safe to match without a type word."""
    names = set()
    for entry in gazetteer():
        if entry.get("kind") in MAJOR_KINDS:
            names.update(str(n) for n in [entry["en"], *(entry.get("variants") or [])] if len(str(n)) >= 4)
    return sorted(names)


@cache
def zh_place_index() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for entry in gazetteer():
        if entry.get("zh"):
            index.setdefault(entry["zh"], entry)
    return index


def zh_place_entry(name: str) -> dict | None:
    """The gazetteer entry of a Chinese place name, with or without its type suffix (鄂尔多斯市)."""
    index = zh_place_index()
    if name in index:
        return index[name]
    for suffix in load("places_zh")["suffixes"]:
        if name.endswith(suffix) and name[:-len(suffix)] in index:
            return index[name[:-len(suffix)]]
    return None


def trie_regex(words) -> str:
    """A regex alternation of many words as a character trie (fast to match in a long text).

    The longest word wins where one word is a prefix of another.
    """
    trie: dict = {}
    for w in {str(w) for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)
