"""Bytes -> text: encoding detection, normalisation and language detection."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from .. import errors
from ..errors import ReportError

Warn = Callable[[str], None]

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# C0 and C1 controls except tab and line feed, plus non-characters; \r and \f are line ends.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff]")
_LINE_ENDS = re.compile(r"\r\n?|[\x0c\x85\u2028\u2029]")
# A run of two or more Chinese characters or full-width punctuation.
_CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]{2,}")

_BOMS = [  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]


def decode(path: Path, data: bytes, warn: Warn | None = None) -> str:
    """Decode a text file: a byte-order mark, else UTF-8, else GB18030 if it reads as Chinese,
    else charset-normalizer's guess (with a warning); raise :class:`ReportError` if none fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise ReportError(path, *errors.E_ENCODING) from e
    utf16 = _bomless_utf16(data)
    if utf16:
        return utf16
    if b"\x00" in data[:8192]:
        raise ReportError(path, *errors.E_BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _textual(path, text)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _reads_as_chinese(text):
            return _textual(path, text)
    return _textual(path, _guess(path, data, warn))


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII-heavy text has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > len(zeros) * 0.6 and other.count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _reads_as_chinese(text: str) -> bool:
    """Most non-ASCII characters stand in runs of Chinese characters (GB18030 decodes Latin-1
    text too, but its accented letters come out as lone characters between ASCII ones)."""
    non_ascii = sum(1 for ch in text[:20000] if ord(ch) > 127)
    in_runs = sum(len(m) for m in _CJK_RUN.findall(text[:20000]))
    return non_ascii > 0 and in_runs >= non_ascii * 0.8


def _guess(path: Path, data: bytes, warn: Warn | None) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError as e:  # pragma: no cover - a dependency of agency-kg
        raise ReportError(path, *errors.E_ENCODING) from e
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise ReportError(path, *errors.E_ENCODING)
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise ReportError(path, *errors.E_ENCODING) from e
    if warn:
        warn(errors.W_ENCODING_GUESSED.format(encoding=best.encoding))
    return text


def _textual(path: Path, text: str) -> str:
    """``text`` unless it is mostly control or unassigned characters (a binary file)."""
    sample = text[:8192]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\x0c")
    if bad > len(sample) * 0.05:
        raise ReportError(path, *errors.E_BINARY)
    return text


def normalise_text(text: str, warn: Warn | None = None) -> str:
    """NFC-normalise, unify line ends and replace control characters by spaces (evidence offsets
    refer to this text)."""
    text = unicodedata.normalize("NFC", _LINE_ENDS.sub("\n", text.replace("\ufeff", "")))
    text, count = _CONTROL.subn(" ", text)
    if count and warn:
        warn(errors.W_CONTROL.format(count=count))
    return text


def detect_language(text: str) -> str:
    """'zh' when Chinese characters outnumber Latin letters / 2, else 'en'."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk * 2 > latin else "en"


def first_line_title(text: str) -> str | None:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200] if 0 < len(line) <= 200 else None
