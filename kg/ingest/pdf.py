"""PDF -> text from its text layer (pypdf), lines re-flowed into paragraphs.

A PDF's text comes as lines: a paragraph ends where the gap to the next line is wider than
the usual line spacing, or at a short line (the last line of a paragraph, a heading);
other lines are joined with a space (none between Chinese characters).
"""
from __future__ import annotations

import logging
import re
import statistics
from io import BytesIO
from pathlib import Path

from .. import errors
from ..errors import ReportError
from .text import Warn

_CJK_END = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]$")
_CJK_START = re.compile(r"^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def pdf_text(path: Path, data: bytes, warn: Warn | None = None) -> str:
    """The text layer of a PDF; raise :class:`ReportError` if it is broken or has none."""
    try:
        from pypdf import PdfReader
    except ImportError as e:
        raise ReportError(path, "reading PDF needs the 'pypdf' package", "pip install pypdf") from e
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # broken files are reported as errors
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [_page_text(page) for page in reader.pages]
    except ReportError:
        raise
    except Exception as e:  # noqa: BLE001 - pypdf raises many exception types for broken files
        raise ReportError(path, *errors.fmt(errors.E_BAD_PDF, error=_one_line(e))) from e
    empty = sum(1 for p in pages if not p.strip())
    if not pages or empty == len(pages):
        raise ReportError(path, *errors.E_NO_TEXT_LAYER)
    if empty and warn:
        warn(errors.W_PDF_PAGES.format(empty=empty, total=len(pages)))
    return _join_pages([p for p in pages if p.strip()])


def _page_text(page) -> str:
    lines: list[tuple[float, str]] = []  # (y, text) of each line, top to bottom
    current: list[str] = []
    y_of_line: list[float | None] = [None]

    def visit(text, cm, tm, font_dict, font_size):
        if text and y_of_line[0] is None and text.strip():
            y_of_line[0] = tm[5] * cm[3] + cm[5]
        parts = text.split("\n")
        for i, part in enumerate(parts):
            current.append(part)
            if i < len(parts) - 1:
                _end_line()

    def _end_line():
        line = "".join(current).strip()
        if line:
            lines.append((y_of_line[0] if y_of_line[0] is not None else 0.0, line))
        current.clear()
        y_of_line[0] = None

    plain = page.extract_text(visitor_text=visit) or ""
    _end_line()
    if not lines:
        return plain
    return _reflow(lines)


def _reflow(lines: list[tuple[float, str]]) -> str:
    gaps = [a[0] - b[0] for a, b in zip(lines, lines[1:]) if a[0] - b[0] > 0]
    spacing = statistics.median(gaps) if gaps else 0.0
    longest = max(len(text) for _, text in lines)
    paragraphs: list[str] = []
    for i, (y, text) in enumerate(lines):
        if i == 0:
            paragraphs.append(text)
            continue
        prev_y, prev = lines[i - 1]
        gap = prev_y - y
        new_paragraph = (gap <= 0 or (spacing and gap > spacing * 1.3)
                         or len(prev) < longest * 0.7)
        if new_paragraph:
            paragraphs.append(text)
        else:
            paragraphs[-1] = _join(paragraphs[-1], text)
    return "\n\n".join(paragraphs)


def _join(left: str, right: str) -> str:
    if _CJK_END.search(left) and _CJK_START.search(right):
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left + right  # a word broken at its hyphen: keep the hyphen, drop the break
    return f"{left} {right}"


def _join_pages(pages: list[str]) -> str:
    """Pages in order; a paragraph cut by a page break (no full stop, lower-case start) is
    joined again."""
    text = pages[0]
    for page in pages[1:]:
        if text and not re.search(r"[.!?:;。！？：；\"”]$", text) and page[:1].islower():
            text = _join(text, page)
        else:
            text += "\n\n" + page
    return text


def _one_line(e: Exception) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:200]
