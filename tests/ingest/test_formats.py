"""Each format of the same report yields the same facts; each encoding decodes."""
import html
import io
import zipfile
from pathlib import Path

import pytest

from kg.errors import ReportError
from kg.ingest import find_reports, read_report, report_id

from facts import facts_of
from pdfgen import make_pdf

HTML_SEED = "004_fe8e3cc9c7a97b01.txt"
PDF_SEED = "001_8b8b857fa7f746be.txt"  # ASCII only: the test PDF's font has no CJK


def paragraphs(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def html_page(paras: list[str], title: str = "Work report") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="canonical" href="https://example.gov.cn/news/2024/1.html">
<meta property="article:published_time" content="2024-02-03">
<style>body {{ font: 12px sans-serif }}</style><script>var tracker = "Ordos Municipal Public Security Bureau";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">Police news</a></li><li>Hohhot Public Security Bureau</li></ul></nav>
<header><h1>Public Security Portal</h1></header>
<main><article>{body}</article></main>
<aside>Related: Liaoyuan Municipal Public Security Bureau launched a campaign.</aside>
<footer>Copyright 2024 Xining Municipal Public Security Bureau. All rights reserved.</footer>
</body></html>"""


def docx_bytes(paras: list[str], title: str = "Work report") -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p)}</w:t></w:r></w:p>" for p in paras)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
        z.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                   f"<dc:title>{html.escape(title)}</dc:title></cp:coreProperties>")
    return buf.getvalue()


def test_html_report_yields_same_facts_as_text(tmp_path, seeds_dir):
    text_version = read_report(seeds_dir / HTML_SEED)
    page = tmp_path / "004_fe8e3cc9c7a97b01.html"
    page.write_text(html_page(paragraphs(seeds_dir / HTML_SEED)), encoding="utf-8")
    html_version = read_report(page)
    assert "Police news" not in html_version.text and "Copyright" not in html_version.text
    assert "tracker" not in html_version.text and "Liaoyuan" not in html_version.text
    assert html_version.title == "Work report"
    assert html_version.source_url == "https://example.gov.cn/news/2024/1.html"
    assert html_version.date and html_version.date.startswith("2024-02-03")
    assert facts_of(html_version) == facts_of(text_version)


def test_html_stdlib_fallback_drops_boilerplate(tmp_path, monkeypatch, seeds_dir):
    import kg.ingest.html as ingest_html

    monkeypatch.setattr(ingest_html, "_trafilatura_text", lambda html: None)
    page = tmp_path / "page.html"
    page.write_text(html_page(paragraphs(seeds_dir / HTML_SEED)), encoding="utf-8")
    r = read_report(page)
    assert "Police news" not in r.text and "Copyright" not in r.text and "tracker" not in r.text
    assert r.source_url == "https://example.gov.cn/news/2024/1.html"
    assert facts_of(r) == facts_of(read_report(seeds_dir / HTML_SEED))


def test_pdf_report_yields_same_facts_as_text(tmp_path, seeds_dir):
    pdf = tmp_path / "001_8b8b857fa7f746be.pdf"
    pdf.write_bytes(make_pdf(paragraphs(seeds_dir / PDF_SEED), lines_per_page=25))
    pdf_version = read_report(pdf)
    text_version = read_report(seeds_dir / PDF_SEED)
    facts = facts_of(text_version)
    assert facts["relations"] and facts["metrics"]  # the comparison is not vacuous
    assert facts_of(pdf_version) == facts


def test_docx_report_yields_same_facts_as_text(tmp_path, seeds_dir):
    doc = tmp_path / "report.docx"
    doc.write_bytes(docx_bytes(paragraphs(seeds_dir / PDF_SEED), title="Hohhot"))
    r = read_report(doc)
    assert r.title == "Hohhot"
    assert facts_of(r) == facts_of(read_report(seeds_dir / PDF_SEED))


def test_scanned_pdf_says_run_ocr(tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(make_pdf(["x" * 50] * 3, text=False))
    with pytest.raises(ReportError, match="no text layer") as e:
        read_report(pdf)
    assert "OCR" in e.value.hint


def test_pdf_named_txt_is_read_as_pdf_with_warning(tmp_path):
    p = tmp_path / "report.txt"
    p.write_bytes(make_pdf(["Hohhot Public Security Bureau launched the Safe Hohhot campaign."]))
    warnings = []
    r = read_report(p, warn=warnings.append)
    assert "Hohhot Public Security Bureau" in r.text
    assert len(warnings) == 1 and "a PDF" in warnings[0] and "rename" in warnings[0]


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""), ("utf-8-sig", b""), ("gb18030", b""), ("gbk", b""),
    ("utf-16", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
])
def test_read_report_decodes_encoding(tmp_path, encoding, prefix):
    text = "鄂尔多斯市公安局开展“净网”专项行动，破获案件53起。\nOrdos Municipal Public Security Bureau."
    p = tmp_path / "zh.txt"
    p.write_bytes(prefix + text.encode(encoding))
    assert read_report(p).text == text


def test_read_report_utf16_without_bom_mostly_ascii(tmp_path):
    text = "Hohhot Public Security Bureau launched the campaign. 公安局"
    p = tmp_path / "u16.txt"
    p.write_bytes(text.encode("utf-16-le"))
    assert read_report(p).text == text


def test_read_report_latin1_is_not_taken_for_chinese(tmp_path):
    p = tmp_path / "de.txt"
    p.write_bytes("Die Straße über München führt schön zum Präsidium.".encode("cp1252"))
    warnings = []
    r = read_report(p, warn=warnings.append)
    assert r.language == "en" and "München" in r.text
    assert warnings and "guessed" in warnings[0]


def test_read_report_html_meta_charset(tmp_path):
    p = tmp_path / "gbk.htm"
    p.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                  '</head><body><p>鄂尔多斯市公安局开展专项行动。</p></body></html>'.encode("gbk"))
    assert "鄂尔多斯市公安局" in read_report(p).text


def test_normalisation_nfc_line_ends_and_controls(tmp_path):
    p = tmp_path / "n.txt"
    tail = " The Hohhot Public Security Bureau launched a campaign." * 3
    p.write_bytes(("Cafe\u0301 one\r\ntwo\rthree\x0cfour\x1b[31m five\x07" + tail).encode("utf-8"))
    warnings = []
    r = read_report(p, warn=warnings.append)
    assert r.text == "Caf\u00e9 one\ntwo\nthree\nfour [31m five " + tail
    assert "control characters" in warnings[0]


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    p.write_text("The bureau acted. " * 70_000)  # ~1.2 MB
    with pytest.raises(ReportError, match="larger than the limit of 1 MB") as e:
        read_report(p, max_mb=1)
    assert "KG_MAX_MB" in e.value.hint
    monkeypatch.setenv("KG_MAX_MB", "0.5")
    with pytest.raises(ReportError, match="0.5 MB"):
        read_report(p)
    monkeypatch.setenv("KG_MAX_MB", "2")
    assert read_report(p).text.startswith("The bureau")


def test_report_id_distinguishes_cleaned_names():
    assert report_id(Path("000_2f4bd3ed1e26daa0.txt")) == "000_2f4bd3ed1e26daa0"
    ids = {report_id(Path(n)) for n in ["a b.txt", "a-b.txt", "a\nb.txt", "a😀b.txt", "公安.txt", "警察.txt"]}
    assert len(ids) == 6
    assert all(i.replace("-", "").replace("_", "").replace(".", "").isalnum() and i.isascii() for i in ids)


def test_find_reports_yields_broken_links_and_convertible_documents(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text("x")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    assert [p.name for p in find_reports([tmp_path])] == ["a.txt", "gone.txt", "old.doc"]
