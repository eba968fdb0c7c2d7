import re
import subprocess
import sys

import pytest

import kg.extract.prefilter as prefilter
import kg.extract.regex_cache as rc
from kg.extract.prefilter import _trie_alternation, trie_alternation
from kg.extract.lexicon import longest_first
from kg.extract.regex_cache import compile_cached

WORDS = [f"word{i:04d}" for i in range(400)]
PATTERN = rf"(?P<head>(?:{'|'.join(WORDS)}))[ \t]+(?P<tail>Bureau|局)"
TEXT = "The WORD0042 bureau and word0399 局, then word9999 Bureau."


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [m.groupdict() | {"span": m.span()} for m in a.finditer(TEXT)] == \
           [m.groupdict() | {"span": m.span()} for m in b.finditer(TEXT)]


def test_long_pattern_is_compiled_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    first = compile_cached(PATTERN, re.I)
    same(first, re.compile(PATTERN, re.I))
    assert len(first.findall(TEXT)) == 2
    assert len(list((tmp_path / "regex").glob("*.json"))) == 1

    def no_compiling(*a):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(rc, "_compile_with_code", no_compiling)
    same(compile_cached(PATTERN, re.I), re.compile(PATTERN, re.I))


def test_flags_are_part_of_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    same(compile_cached(PATTERN), re.compile(PATTERN))
    same(compile_cached(PATTERN, re.I), re.compile(PATTERN, re.I))
    assert len(compile_cached(PATTERN).findall(TEXT)) == 1


@pytest.mark.parametrize("content", [b"", b"not json", b'{"flags": 32, "code": [1, 2, 3], "groups": 2, "groupindex": {}}'])
def test_damaged_cache_entry_is_compiled_again(tmp_path, monkeypatch, content):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    compile_cached(PATTERN)
    (entry,) = (tmp_path / "regex").glob("*.json")
    entry.write_bytes(content)
    same(compile_cached(PATTERN), re.compile(PATTERN))
    assert entry.read_bytes() != content  # mended


def test_pattern_compiles_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocked / "cache"))
    same(compile_cached(PATTERN), re.compile(PATTERN))


def test_trie_text_is_kept_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    words = ["Ordos", "Ordos City", "Baotou", "Bayannur"]
    made = trie_alternation(words, words=True)
    assert made == _trie_alternation(sorted(words), True, False)
    (kept,) = (tmp_path / "regex").glob("*.txt")
    assert kept.read_text(encoding="utf-8") == made
    monkeypatch.setattr(prefilter, "_trie_alternation", lambda *a: pytest.fail("written again"))
    assert trie_alternation(reversed(words), words=True) == made
    assert re.findall(made, "Ordos City, Baotou and Bayannurs") == ["Ordos City", "Baotou"]


def test_longest_first_is_one_order_whatever_the_hash_seed():
    assert longest_first({"ba", "c", "ab", "ab"}) == ["ab", "ba", "c"]


def test_every_process_finds_the_extractors_patterns_in_the_cache(tmp_path):
    """Pattern texts made from sets must not depend on the string hash seed (a new seed per
    process), or every process compiles them again."""
    warm = "from kg.parallel import _warm; _warm()"
    env = {"KG_CACHE_DIR": str(tmp_path), "PATH": ""}
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", warm], env=env | {"PYTHONHASHSEED": seed}, check=True)
        if seed == "1":
            made = sorted((tmp_path / "regex").iterdir())
    assert {p.suffix for p in made} == {".json", ".txt"}
    assert sorted((tmp_path / "regex").iterdir()) == made
