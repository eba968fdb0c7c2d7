"""`kg build` on a folder of hostile and broken files plus three good reports: every bad file
is listed with its reason on one line, and the graph is exactly the good reports' graph."""
import shutil
import zipfile
from io import BytesIO

import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import display_path

from pdfgen import make_pdf

GOOD = ["001_8b8b857fa7f746be.txt", "003_56a10c34449cd952.txt", "004_fe8e3cc9c7a97b01.txt"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def _zip(files: dict[str, bytes]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def hostile_files() -> dict[str, tuple[bytes, str]]:
    """name -> (content, a word the reason must contain)."""
    pdf = make_pdf(["Hohhot Public Security Bureau launched the Safe Hohhot campaign."] * 40)
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return {
        "empty.txt": (b"", "empty"),
        "blank lines.md": (b" \n\t\r\n  \n", "empty"),
        "random binary.txt": (bytes(range(256)) * 8, "binary"),
        "controls.txt": (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 200, "binary"),
        "a pdf named.txt": (pdf[: len(pdf) // 3], "PDF"),
        "picture.html": (PNG, "PNG image"),
        "truncated.pdf": (pdf[: len(pdf) // 2], "PDF"),
        "garbage.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 4, "PDF"),
        "no header.pdf": (b"\x00\x01garbage\xff" * 50, "without a PDF header"),
        "scanned.pdf": (make_pdf(["x" * 60] * 5, text=False), "no text layer"),
        "photo.pdf": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, "JPEG image"),
        "archive.txt": (b"\x1f\x8b\x08\x00" + b"\x00" * 64, "gzip"),
        "only boilerplate.html": (b"<html><head><script>var a = 1;</script><style>p{}</style></head>"
                                  b"<body><nav>Home</nav><footer>(c)</footer></body></html>", "no readable text"),
        "malformed.htm": (b"<html><body><div><p <<<<< </div></p></table><!--", "no readable text"),
        "nul page.html": (b"<html>\x00\x00\x00<body>\x00\x01\x02</body></html>" * 20, "binary"),
        "bad utf16.txt": (b"\xff\xfe" + b"\x00\xd8" * 10, "encoding"),
        "zip not word.docx": (_zip({"a.txt": b"x"}), "no word/document.xml"),
        "zip named.txt": (_zip({"a.txt": b"x"}), "ZIP archive"),
        "truncated.docx": (_zip({"word/document.xml": b"<w:document>" * 100})[:60], "Word"),
        "broken xml.docx": (_zip({"word/document.xml": b"<w:document><w:body><w:p>"}), "Word file"),
        "empty body.docx": (_zip({"word/document.xml": f'<w:document xmlns:w="{w}"><w:body/></w:document>'.encode()}),
                            "no readable text"),
        "old word.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old binary Office"),
        # hostile names on broken files: quotes, markup, newlines, emoji, shell characters
        'say "hi" & \'bye\'.txt': (b"", "empty"),
        "<script>alert(1)</script>.html": (b"", "empty"),
        "[bold]rich markup[.txt": (b"\x00\x01\x02" * 10, "binary"),
        "markup[/b]closing tag.txt": (b"\x00\x01\x02" * 10, "binary"),  # in a folder "markup["
        "line\nbreak\rname.txt": (b"", "empty"),
        "emoji 😀🚓 报告.md": (PNG, "PNG image"),
        "tab\tand $(rm -rf) ;`x`.txt": (b"", "empty"),
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir):
    root = tmp_path_factory.mktemp("corpus")
    good = tmp_path_factory.mktemp("good")
    for name in GOOD:
        shutil.copy(seeds_dir / name, root / name)
        shutil.copy(seeds_dir / name, good / name)
    files = hostile_files()
    nested = root / "nested" / "deeper"
    nested.mkdir(parents=True)
    for i, (name, (data, _)) in enumerate(files.items()):
        target = (nested / name) if i % 3 == 0 else (root / name)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    with open(root / "huge.txt", "wb") as f:  # 50 MB, sparse: costs no disk or time
        f.truncate(50 * 1024 * 1024)
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    expected = {**{n: r for n, (_, r) in files.items()}, "huge.txt": "larger than the limit",
                "dangling.txt": "no such file"}
    return root, good, expected


def test_build_hostile_corpus_skips_every_bad_file_and_keeps_good_facts(corpus, tmp_path):
    root, good, expected = corpus
    assert len(expected) >= 20
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(root), "--out", str(tmp_path / "all"), "--no-html"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    warnings = [ln for ln in result.output.splitlines() if ln.startswith("warning: skipped ")]
    assert len(warnings) == len(expected), "\n".join(warnings)
    for name, reason in expected.items():
        shown = display_path(name)
        lines = [ln for ln in warnings if f"{shown}: " in ln]
        assert len(lines) == 1, (name, warnings)
        assert reason.lower() in lines[0].lower(), lines[0]
        assert "(" in lines[0] and lines[0].endswith(")"), "every reason says what to do"
    assert f"{len(GOOD)} reports read, {len(expected)} skipped" in result.output

    reference = runner.invoke(app, ["build", str(good), "--out", str(tmp_path / "good"), "--no-html"])
    assert reference.exit_code == 0, reference.output
    built = Graph().parse(tmp_path / "all" / "graph.ttl")
    assert to_isomorphic(built) == to_isomorphic(Graph().parse(tmp_path / "good" / "graph.ttl"))


def test_build_verbose_prints_counts_per_report(corpus, tmp_path, seeds_dir):
    result = CliRunner().invoke(app, ["build", str(seeds_dir / GOOD[0]), "--out", str(tmp_path), "--no-html",
                                      "--verbose"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith(str(seeds_dir / GOOD[0])))
    assert "mentions" in line and "relations" in line and "metrics" in line


def test_build_crash_in_extraction_skips_only_that_report(tmp_path, seeds_dir, monkeypatch):
    import kg.build

    real = kg.build.extract

    def flaky(report):
        if report.id.startswith("001"):
            raise RuntimeError("boom\nsecond line")
        return real(report)

    monkeypatch.setattr(kg.build, "extract", flaky)
    result = CliRunner().invoke(app, ["build", str(seeds_dir / GOOD[0]), str(seeds_dir / GOOD[2]),
                                      "--out", str(tmp_path), "--no-html"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    line = next(ln for ln in result.output.splitlines() if "skipped" in ln)
    assert GOOD[0] in line and "RuntimeError: boom second line" in line and "bug" in line
    assert "1 reports read, 1 skipped" in result.output


def test_build_good_report_with_hostile_name_is_read(tmp_path, seeds_dir):
    names = ['say "hi" <b>&amp;\n😀.txt', "报告 [red]x[.txt", "A.txt", "a.txt"]
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(names):
        target = folder / ("sub" if i % 2 else "") / name
        shutil.copy(seeds_dir / GOOD[0], target)
    shutil.copy(seeds_dir / GOOD[0], folder / "a.txt")  # same name in two folders
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 0, result.output
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    from kg.vocab import KG

    assert {str(o) for o in g.objects(None, KG.fileName)} == {*names, "a.txt"}
    from rdflib import RDF

    assert len(set(g.subjects(RDF.type, KG.Report))) == len(names) + 1
