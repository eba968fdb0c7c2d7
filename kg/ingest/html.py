"""HTML pages -> the article's text, title, date and source URL.

trafilatura finds the main text and drops navigation and boilerplate; where it is not
installed or finds nothing, a lenient stdlib parser keeps the visible text outside navigation.
"""
from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

from .. import errors
from ..errors import ReportError
from .text import Warn, decode

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_BOILERPLATE = ("//nav|//header|//footer|//aside|//script|//style|//noscript|//template|//form"
                "|//*[@role='navigation']")
_DEBRIS = re.compile(r"^(<!--.*|<[!/?]?[A-Za-z][^>]*|[<>!/\s-]+)$", re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class Page(NamedTuple):
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None


def decode_html(path: Path, data: bytes, warn: Warn | None = None) -> str:
    """Decode a page with the charset its ``<meta>`` declares, else as a text file."""
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        charset = m.group(1).decode("ascii").lower()
        charset = "gb18030" if charset in ("gb2312", "gbk", "x-gbk") else charset
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(path, data, warn)


def html_text(path: Path, html: str) -> Page:
    """The article of an HTML page, paragraphs separated by blank lines."""
    page = _trafilatura_text(html)
    if page is None:
        return _stdlib_text(path, html)
    try:
        meta = _stdlib_text(path, html)  # fills in what trafilatura did not find
    except ReportError:
        return page
    return Page(page.text, page.title or meta.title, page.url or meta.url, page.date or meta.date)


def _trafilatura_text(html: str) -> Page | None:
    try:
        import lxml.html
        import trafilatura
    except ImportError:
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs broken pages as errors
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
        # trafilatura drops these itself, except in the fallbacks it uses for short pages
        for element in tree.xpath(_BOILERPLATE):
            element.drop_tree()
        doc = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, deduplicate=False)
    except Exception:  # noqa: BLE001 - any failure falls back to the stdlib parser
        return None
    if doc is None or not getattr(doc, "text", None):
        return None
    paragraphs = [re.sub(r"[ \t]+", " ", ln).strip() for ln in doc.text.splitlines()]
    return Page("\n\n".join(p for p in paragraphs if p), doc.title, doc.url, doc.date)


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
        a = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.url = a.get("href") or None
        elif tag == "meta":
            prop = (a.get("property") or a.get("name") or "").lower()
            if prop == "og:url" and not self.url:
                self.url = a.get("content") or None
            elif prop in ("article:published_time", "date", "pubdate") and not self.date:
                self.date = a.get("content") or None
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
            self.title = ((self.title or "") + " " + data.strip()).strip()
        elif not self.skip:
            self.parts.append(data)


def _stdlib_text(path: Path, html: str) -> Page:
    parser = _ArticleText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as e:  # noqa: BLE001 - html.parser is lenient; anything it raises is a broken page
        raise ReportError(path, *errors.fmt(errors.E_BAD_HTML, error=e)) from e
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    # an unclosed comment or tag at the end of a broken page comes out as text: drop it
    lines = [ln for ln in lines if ln and not _DEBRIS.match(ln)]
    return Page("\n\n".join(lines), parser.title or None, parser.url, parser.date)
