import pytest

from kg.errors import ReportError
from kg.ingest import detect_language, find_reports, read_report


def test_read_report_utf8_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("The Ordos Municipal Public Security Bureau launched a project.", encoding="utf-8")
    r = read_report(p)
    assert r.language == "en" and r.id == "a" and r.text.startswith("The Ordos")
    assert len(r.checksum) == 64


def test_read_report_gb18030_chinese(tmp_path):
    p = tmp_path / "zh.txt"
    p.write_bytes("鄂尔多斯市公安局开展专项行动。".encode("gb18030"))
    r = read_report(p)
    assert r.language == "zh" and "鄂尔多斯市公安局" in r.text


def test_read_report_utf16_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Hohhot Public Security Bureau".encode("utf-16"))
    assert read_report(p).text == "Hohhot Public Security Bureau"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary\x00\xff", "binary"),
])
def test_read_report_rejects_bad_input(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ReportError, match=reason):
        read_report(p)


def test_read_report_rejects_unsupported_suffix(tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReportError, match="not supported"):
        read_report(p)


def test_read_report_html_keeps_article_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Work report</title><script>var x=1;</script></head>"
                 "<body><nav>Home | About</nav><p>Xining Municipal Public Security Bureau"
                 " solved 53 cases.</p></body></html>", encoding="utf-8")
    r = read_report(p)
    assert "Xining Municipal Public Security Bureau solved 53 cases." in r.text
    assert "var x" not in r.text and "Home | About" not in r.text
    assert r.title == "Work report"


@pytest.mark.parametrize("text, lang", [("公安局开展行动", "zh"), ("The bureau acted", "en"),
                                        ("The 公安局 bureau launched the campaign today", "en")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_find_reports_walks_folders_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.txt").write_text("x")
    (tmp_path / "notes.xlsx").write_text("x")
    assert [p.name for p in find_reports([tmp_path])] == ["1.txt", "2.txt"]
