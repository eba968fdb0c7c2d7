"""One registry of the errors and warnings users see, each saying what to do.

Errors are ``(reason, hint)`` pairs with ``{placeholders}``; warnings (the report is still
read) are single sentences that end with what to do.
"""
from __future__ import annotations

import re
from pathlib import Path


class KGError(Exception):
    """An error in the user's input or set-up, shown as one line without a traceback."""


class ReportError(KGError):
    """A report that cannot be read; the build skips it and goes on."""

    def __init__(self, path, reason: str, hint: str):
        self.path, self.reason, self.hint = str(path), reason, hint
        self.display = display_path(path)
        super().__init__(f"{self.display}: {reason} ({hint})")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def display_path(path: str | Path) -> str:
    """``path`` as one printable line: control characters, line breaks and undecodable bytes
    of a file name are shown as escapes (``\\n``, ``\\x1b``, ``\\udcff``)."""
    text = str(path).encode("utf-8", "backslashreplace").decode("utf-8")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def fmt(entry: tuple[str, str], **kw) -> tuple[str, str]:
    """Fill in an error's placeholders."""
    return entry[0].format(**kw), entry[1].format(**kw)


# -- errors: the report is skipped ------------------------------------------------------------
E_EMPTY = ("the file is empty", "check the file was downloaded completely")
E_BINARY = ("the file looks binary, not text", "convert it to .txt, .html, .pdf or .docx first")
E_ENCODING = ("the text is in an encoding that cannot be detected",
              "save it as UTF-8 or GB18030 and build again")
E_TOO_LARGE = ("the file is larger than the limit of {limit:g} MB",
               "split it, or raise the limit with the KG_MAX_MB environment variable")
E_TOO_LONG = ("the text has {chars:,} characters, more than the limit of {limit:,}",
              "split it, or raise the limit with the KG_MAX_MB environment variable")
E_NO_TEXT = ("no readable text was found in the report", "if it is a scanned PDF, run OCR on it first")
E_UNSUPPORTED = ("'{suffix}' files are not supported", "use .txt, .md, .html, .pdf or .docx")
E_OLD_OFFICE = ("old binary Office files (.doc, .xls) are not supported", "save it as .docx or .txt")
E_NOT_A_REPORT = ("the file is {kind}, not a text report",
                  "export the report as .txt, .html, .pdf or .docx; run OCR on images")
E_NOT_FOUND = ("no such file or folder", "check the path")
E_UNREADABLE = ("the file could not be read: {error}", "check its permissions")
E_BAD_PDF = ("the PDF could not be parsed: {error}", "the file may be truncated or encrypted")
E_NO_TEXT_LAYER = ("the PDF has no text layer (it looks scanned)",
                   "run OCR on it, for example with ocrmypdf, and build again")
E_BAD_HTML = ("the HTML could not be parsed: {error}", "save the page again or as text")
E_BAD_DOCX = ("the Word file could not be read: {error}",
              "open it in Word or LibreOffice and save it again as .docx")
E_INTERNAL = ("{stage} failed with {error}",
              "this is a bug in agency-kg: please report it with the file attached")

# -- warnings: the report is read, but the user should know -----------------------------------
W_READ_AS = "the file is {kind} despite its '{suffix}' name; read as {kind} (rename it to silence this)"
W_ENCODING_GUESSED = "the encoding was guessed as {encoding}; if the text looks wrong, save it as UTF-8"
W_CONTROL = "{count} control characters were replaced by spaces; check the file is not corrupt"
W_PDF_PAGES = "{empty} of {total} PDF pages have no text layer (scanned?); run OCR to include them"


# --- graphs, queries and stores (one line each; the message says what to do) ------------------

class StoreError(KGError):
    """A query, graph file or endpoint problem, shown as one line."""


E_NO_QUERY = "no query named {name!r} (known: {known}); give a name, a .rq file or a query string"
E_NO_QUERY_FILE = "no such query file: {path} (check the path)"
E_SYNTAX = "syntax error in {source} at line {line}, column {column}: {detail}"
E_NO_PARAM = "{source} has no parameter {name!r} (its parameters: {known}); parameters are its VALUES variables"
E_BAD_PARAM = "bad parameter {text!r}: expected NAME=VALUE"
E_NO_GRAPH = "no such graph file: {path} (run `kg build` first, or pass --graph FILE)"
E_BAD_GRAPH = "{path} is not valid RDF: {detail}"
E_HTTP = "{url} answered HTTP {status}: {detail}"
E_UNREACHABLE = "cannot reach {url}: {detail} (is the server running?)"
E_NOT_RESULTS = "{url} did not answer with SPARQL JSON results ({detail})"
E_UNKNOWN_FORMAT = "unknown format {unknown} (expected some of: {known})"
E_GRAPH_MISSING = "{path}: no such file (build it first with `kg build`, or check the path)"
E_GRAPH_INVALID = "{path}: not valid {fmt} ({detail})"
