"""Word .docx -> text with the standard library: the paragraphs of ``word/document.xml``."""
from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from .. import errors
from ..errors import ReportError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_XML = 200 * 1024 * 1024  # a zip bomb's document.xml is not read


def is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def docx_text(path: Path, data: bytes) -> tuple[str, str | None]:
    """The paragraphs of a .docx (tables' cells included) and its core title."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > _MAX_XML:
                raise ReportError(path, *errors.fmt(errors.E_BAD_DOCX, error="the document is too large"))
            root = ElementTree.fromstring(z.read(info))
            title = _core_title(z)
    except ReportError:
        raise
    except KeyError as e:
        raise ReportError(path, *errors.fmt(errors.E_BAD_DOCX, error="it has no word/document.xml")) from e
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError, EOFError) as e:
        raise ReportError(path, *errors.fmt(errors.E_BAD_DOCX, error=e)) from e
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for node in p.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag == f"{_W}tab":
                parts.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        paragraphs.append("".join(parts).strip())
    return "\n\n".join(p for p in paragraphs if p), title


def _core_title(z: zipfile.ZipFile) -> str | None:
    try:
        root = ElementTree.fromstring(z.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError):
        return None
    node = root.find("{http://purl.org/dc/elements/1.1/}title")
    return node.text.strip() if node is not None and node.text and node.text.strip() else None
