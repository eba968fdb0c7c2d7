"""Read report files into :class:`~kg.records.Report` records.

A file is read by what it is, found from its first bytes, not only from its name: a PDF named
``.txt`` is read as a PDF (with a warning), a PNG named ``.html`` is refused. Every problem
with one file becomes a :class:`~kg.errors.ReportError` naming the file and what to do, so a
batch can skip it and go on; problems that still leave a usable report go to ``warn``.

>>> from kg.ingest import read_report
>>> report = read_report(Path("seeds/003_56a10c34449cd952.txt"))   # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import errors
from ..errors import ReportError
from ..records import Report
from .docx import docx_text, is_docx
from .html import decode_html, html_text
from .pdf import pdf_text
from .text import Warn, decode, detect_language, first_line_title, normalise_text

__all__ = ["find_reports", "read_report", "report_id", "normalise_text", "detect_language",
           "first_line_title", "size_limit_mb", "SUPPORTED"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
# Found in folders too, so that the user is told how to convert them rather than losing them.
CONVERTIBLE = {".doc", ".rtf", ".odt", ".wps", ".pages"}
DEFAULT_MAX_MB = 20.0
MAX_MB_ENV = "KG_MAX_MB"

# What a file is, from its first bytes: (magic, kind shown to the user).
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"RIFF", "a RIFF media file"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"\x7fELF", "a program"), (b"%!PS", "a PostScript file"),
    (b"{\\rtf", "an RTF document"),
]
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)


def size_limit_mb() -> float:
    """The size limit of one report in MB: ``$KG_MAX_MB`` if set, else 20."""
    try:
        value = float(os.environ.get(MAX_MB_ENV, DEFAULT_MAX_MB))
    except ValueError:
        return DEFAULT_MAX_MB
    return value if value > 0 else DEFAULT_MAX_MB


def find_reports(inputs: Iterable[Path]) -> Iterator[Path]:
    """Yield report files from files and folders (walked recursively, sorted).

    In folders, hidden files and files of other types are left out; broken links and
    documents that need converting (.doc, .rtf...) are yielded so that the build says so.
    """
    for path in inputs:
        path = Path(path)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.name.startswith(".") or any(part.startswith(".") for part in p.relative_to(path).parts[:-1]):
                    continue
                suffix = p.suffix.lower()
                if suffix in SUPPORTED and (p.is_file() or (p.is_symlink() and not p.exists())):
                    yield p
                elif suffix in CONVERTIBLE and p.is_file():
                    yield p
        else:
            yield path


def read_report(path: Path, max_mb: float | None = None, warn: Warn | None = None) -> Report:
    """Read one report file; raise :class:`ReportError` if it cannot be used.

    ``max_mb`` limits the file's size (and its text to as many million characters); by
    default :func:`size_limit_mb`. ``warn`` receives one-line warnings about a report that is still read.
    """
    path = Path(path)
    limit = max_mb if max_mb is not None else size_limit_mb()
    data = _read_bytes(path, limit)
    suffix = path.suffix.lower()
    expected = _expected_kind(suffix)
    if expected is None:
        if suffix in (".doc", ".xls"):
            raise ReportError(path, *errors.E_OLD_OFFICE)
        raise ReportError(path, *errors.fmt(errors.E_UNSUPPORTED, suffix=suffix))
    kind = _sniff(data, suffix)
    if kind not in ("text", "html", "pdf", "docx"):
        raise ReportError(path, *errors.fmt(errors.E_NOT_A_REPORT, kind=kind))
    if kind != expected and warn and (kind in ("pdf", "docx", "html") or expected in ("pdf", "docx")):
        warn(errors.W_READ_AS.format(kind=_KIND_NAMES[kind], suffix=suffix or "(none)"))
    title = url = date = None
    if kind == "pdf":
        text = pdf_text(path, data, warn)
    elif kind == "docx":
        text, title = docx_text(path, data)
    elif kind == "html" or expected == "html":
        page = html_text(path, decode_html(path, data, warn))
        text, title, url, date = page.text, page.title, page.url, page.date
    else:
        text = decode(path, data, warn)
    if len(text) > limit * 1_000_000:
        raise ReportError(path, *errors.fmt(errors.E_TOO_LONG, chars=len(text), limit=int(limit * 1_000_000)))
    text = normalise_text(text, warn)
    if not text.strip():
        raise ReportError(path, *errors.E_NO_TEXT)
    return Report(
        id=report_id(path),
        file_name=path.name,
        text=text,
        language=detect_language(text),
        checksum=hashlib.sha256(data).hexdigest(),
        title=_one_line(title) or first_line_title(text),
        source_url=_one_line(url),
        date=_one_line(date),
    )


def report_id(path: Path) -> str:
    """A stable identifier for a report: its file name without the suffix, made IRI-safe.

    A name that had to be changed for that ("a b", "公安") gets a short hash of the original
    after it, so that two different names never share an identifier.
    """
    stem = Path(path).stem
    clean = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-")
    if clean == stem:
        return clean
    digest = hashlib.sha1(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{clean}-{digest}" if clean else f"report-{digest}"


_KIND_NAMES = {"pdf": "a PDF", "docx": "a Word document", "html": "an HTML page", "text": "text"}


def _expected_kind(suffix: str) -> str | None:
    if suffix in TEXT_SUFFIXES or not suffix:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    return None


def _sniff(data: bytes, suffix: str) -> str:
    """'text', 'html', 'pdf', 'docx', or what else the file is ('a PNG image'...)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if suffix in DOCX_SUFFIXES or is_docx(data) else "a ZIP archive"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old binary Office file (.doc, .xls)"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if suffix in PDF_SUFFIXES:
        return "binary data without a PDF header" if _looks_binary(head) else "text"
    if suffix in DOCX_SUFFIXES:
        return "binary data, not a Word document" if _looks_binary(head) else "text"
    if _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")):
        return "html"
    return "text"


def _looks_binary(head: bytes) -> bool:
    return b"\x00" in head or sum(1 for b in head if b < 9 or 13 < b < 32) > len(head) * 0.05


def _one_line(text: str | None) -> str | None:
    if not text:
        return None
    line = " ".join(normalise_text(text).split())[:500]
    return line or None


def _read_bytes(path: Path, limit: float) -> bytes:
    if not path.exists():
        raise ReportError(path, *errors.E_NOT_FOUND)
    try:
        if path.is_dir():
            raise ReportError(path, "this is a folder, not a file", "pass the folder itself or a file in it")
        if path.stat().st_size > limit * 1024 * 1024:
            raise ReportError(path, *errors.fmt(errors.E_TOO_LARGE, limit=limit))
        data = path.read_bytes()
    except OSError as e:
        raise ReportError(path, *errors.fmt(errors.E_UNREADABLE, error=e.strerror or e)) from e
    if not data.strip():
        raise ReportError(path, *errors.E_EMPTY)
    return data
