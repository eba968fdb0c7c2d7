"""Read report files into :class:`~kg.records.Report` records.

Every problem with one file becomes a :class:`~kg.errors.ReportError` naming the file and what
to do, so a batch can skip it and go on.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from . import errors
from .errors import ReportError
from .records import Report

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
DEFAULT_MAX_MB = 64

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def find_reports(inputs: Iterable[Path]) -> Iterator[Path]:
    """Yield report files from files and folders (walked recursively, sorted)."""
    for path in inputs:
        path = Path(path)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUPPORTED and not p.name.startswith("."):
                    yield p
        else:
            yield path


def read_report(path: Path, max_mb: float = DEFAULT_MAX_MB) -> Report:
    """Read one report file; raise :class:`ReportError` if it cannot be used."""
    path = Path(path)
    data = _read_bytes(path, max_mb)
    suffix = path.suffix.lower()
    title = url = date = None
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF"):
        text = _pdf_text(path, data)
    elif suffix in HTML_SUFFIXES:
        text, title, url, date = _html_text(path, _decode(path, data))
    elif suffix in TEXT_SUFFIXES or not suffix:
        text = _decode(path, data)
    else:
        raise ReportError(path, *_fmt(errors.E_UNSUPPORTED, suffix=suffix))
    text = normalise_text(text)
    if not text.strip():
        raise ReportError(path, *errors.E_NO_TEXT)
    return Report(
        id=report_id(path),
        file_name=path.name,
        text=text,
        language=detect_language(text),
        checksum=hashlib.sha256(data).hexdigest(),
        title=title or first_line_title(text),
        source_url=url,
        date=date,
    )


def report_id(path: Path) -> str:
    """A stable identifier for a report: its file name without the suffix, made IRI-safe."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(path).stem).strip("-") or "report"


def normalise_text(text: str) -> str:
    """NFC-normalise, unify line ends and drop control characters (offsets refer to this text)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub(" ", text.replace("\ufeff", ""))


def detect_language(text: str) -> str:
    """'zh' when Chinese characters outnumber Latin letters / 2, else 'en'."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk * 2 > latin else "en"


def first_line_title(text: str) -> str | None:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:200] if 0 < len(line) <= 200 else None


def _fmt(entry: tuple[str, str], **kw) -> tuple[str, str]:
    return entry[0].format(**kw), entry[1].format(**kw)


def _read_bytes(path: Path, max_mb: float) -> bytes:
    if not path.exists():
        raise ReportError(path, *errors.E_NOT_FOUND)
    try:
        if path.stat().st_size > max_mb * 1024 * 1024:
            raise ReportError(path, *_fmt(errors.E_TOO_LARGE, limit=max_mb))
        data = path.read_bytes()
    except OSError as e:
        raise ReportError(path, *_fmt(errors.E_UNREADABLE, error=e.strerror or e)) from e
    if not data.strip():
        raise ReportError(path, *errors.E_EMPTY)
    return data


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ReportError(path, *errors.E_BINARY)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_textual(text):
            return text
    raise ReportError(path, *errors.E_ENCODING)


def _looks_textual(text: str) -> bool:
    sample = text[:8192]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    return bad <= len(sample) * 0.01


class _ArticleText(HTMLParser):
    """Visible text of an HTML page, without scripts, styles and navigation."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self.url: str | None = None
        self.date: str | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "link" and a.get("rel") == "canonical":
            self.url = a.get("href")
        elif tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            if prop in ("og:url",) and not self.url:
                self.url = a.get("content")
            elif prop in ("article:published_time", "date", "pubdate") and not self.date:
                self.date = a.get("content")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self.skip:
            self.parts.append(data)


def _html_text(path: Path, html: str) -> tuple[str, str | None, str | None, str | None]:
    parser = _ArticleText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as e:  # html.parser is lenient; anything it raises is a broken page
        raise ReportError(path, *_fmt(errors.E_BAD_HTML, error=e)) from e
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n\n".join(ln for ln in lines if ln), parser.title, parser.url, parser.date


def _pdf_text(path: Path, data: bytes) -> str:
    try:
        from io import BytesIO

        from pypdf import PdfReader
    except ImportError as e:
        raise ReportError(path, "reading PDF needs the 'pypdf' package",
                          "pip install 'agency-kg[pdf]'") from e
    try:
        reader = PdfReader(BytesIO(data))
        return "\n\n".join((page.extract_text() or "") for page in reader.pages)
    except Exception as e:  # pypdf raises many exception types for broken files
        raise ReportError(path, *_fmt(errors.E_BAD_PDF, error=e)) from e
