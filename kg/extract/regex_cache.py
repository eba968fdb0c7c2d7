"""Large regexes compiled once per machine, not once per process.

The extractors' patterns over the gazetteer and the word lists run to tens of thousands of
characters; Python's ``re`` parses and compiles them in pure Python, some 0.3 s in every build
process, which is most of a process's warm-up and the serial part of ``kg build --jobs N``.
:func:`compile_cached` keeps what ``re`` compiles such a pattern to (its SRE code, a list of
numbers) in the user's cache folder, named by a digest of the pattern, its flags and the
Python version, and hands it to the regex engine directly next time. The engine checks the
code it is given; where anything about the cached copy is amiss, the pattern is compiled as
usual.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable

from ..export.atomic import atomic_write
from .lexicon import cache_dir

try:  # the compiler's own steps: internal to ``re``, so every use falls back to re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

MIN_LENGTH = 300  # shorter patterns compile in about as long as reading a cached copy takes


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, its compiled code read from the cache when it is there."""
    if _sre is None or len(pattern) < MIN_LENGTH or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    path = cache_dir() / "regex" / f"{_digest(int(flags), pattern)}.json"
    try:
        return _from_code(pattern, json.loads(path.read_bytes()))
    except Exception:  # noqa: BLE001 - absent, unreadable or refused by the engine: compile it
        pass
    try:
        compiled, code = _compile_with_code(pattern, flags)
    except (AttributeError, TypeError):  # the internals changed: compile as everyone does
        return re.compile(pattern, flags)
    try:
        with atomic_write(path, durable=False) as f:
            f.write(json.dumps(code, separators=(",", ":")))
    except OSError:
        pass
    return compiled


def stored_text(key: tuple[str, ...], make: Callable[[], str]) -> str:
    """``make()``, kept in the cache under ``key`` (strings that determine it): for pattern
    texts that take long to write out, such as a trie of the gazetteer's names."""
    path = cache_dir() / "regex" / f"{_digest(*key)}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        pass
    text = make()
    try:
        with atomic_write(path, durable=False) as f:
            f.write(text)
    except OSError:
        pass
    return text


def _digest(*parts) -> str:
    key = "\0".join([sys.version, str(getattr(_sre, "MAGIC", "")), *map(str, parts)])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _compile_with_code(pattern: str, flags: int) -> tuple[re.Pattern, dict]:
    """What ``re._compiler.compile`` does, keeping the arguments it gives the engine."""
    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    code = {"flags": flags | parsed.state.flags, "code": _compiler._code(parsed, flags),
            "groups": parsed.state.groups - 1, "groupindex": dict(parsed.state.groupdict)}
    return _from_code(pattern, code), code


def _from_code(pattern: str, code: dict) -> re.Pattern:
    index = [None] * (code["groups"] + 1)
    for name, i in code["groupindex"].items():
        index[i] = name
    return _sre.compile(pattern, code["flags"], code["code"], code["groups"], code["groupindex"], tuple(index))
