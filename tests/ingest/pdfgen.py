"""A minimal PDF writer for tests: Helvetica text, one paragraph after another, a text layer
that pypdf reads. Latin-1/cp1252 text only (CJK needs embedded fonts)."""
from __future__ import annotations

import textwrap


def _escape(line: str) -> bytes:
    data = line.encode("cp1252", "replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(paragraphs: list[str], *, width: int = 90, lines_per_page: int = 60,
             text: bool = True) -> bytes:
    """A PDF of ``paragraphs`` (wrapped at ``width`` characters, a blank line's gap between
    paragraphs); ``text=False`` draws boxes instead, like a scanned page without a text layer."""
    rows: list[str | None] = []  # None is the gap between paragraphs
    for p in paragraphs:
        rows.extend(textwrap.wrap(p, width) or [""])
        rows.append(None)
    pages = [rows[i:i + lines_per_page] for i in range(0, len(rows), lines_per_page)] or [[]]
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: pages; filled in below
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        ops = [b"BT /F1 10 Tf 14 TL 50 800 Td"]
        for row in page:
            if row is None:
                ops.append(b"0 -8 Td")
            elif text:
                ops.append(b"(" + _escape(row) + b") Tj T*")
            else:
                ops.append(b"T*")
        ops.append(b"ET")
        if not text:
            ops.append(b"0.5 g 50 100 500 650 re f")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
