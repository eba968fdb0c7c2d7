"""One registry of the errors and warnings users see, each saying what to do."""
from __future__ import annotations


class KGError(Exception):
    """An error in the user's input or set-up, shown as one line without a traceback."""


class ReportError(KGError):
    """A report that cannot be read; the build skips it and goes on."""

    def __init__(self, path, reason: str, hint: str):
        self.path, self.reason, self.hint = str(path), reason, hint
        super().__init__(f"{self.path}: {reason} ({hint})")


E_EMPTY = ("the file is empty", "check the file was downloaded completely")
E_BINARY = ("the file looks binary, not text", "convert it to .txt, .html or .pdf first")
E_ENCODING = ("the text is in an encoding that cannot be detected",
              "save it as UTF-8 (or GB18030) and build again")
E_TOO_LARGE = ("the file is larger than {limit} MB", "split it, or raise --max-size")
E_NO_TEXT = ("no readable text was found in the report", "if it is a scanned PDF, run OCR on it first")
E_UNSUPPORTED = ("'{suffix}' files are not supported", "use .txt, .md, .html or .pdf")
E_NOT_FOUND = ("no such file or folder", "check the path")
E_UNREADABLE = ("the file could not be read: {error}", "check its permissions")
E_BAD_PDF = ("the PDF could not be parsed: {error}", "the file may be truncated or encrypted")
E_BAD_HTML = ("the HTML could not be parsed: {error}", "save the page again or as text")
