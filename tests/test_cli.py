import re

from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def test_build_single_report_writes_turtle_and_html(tmp_path, seeds_dir):
    out = tmp_path / "one"
    result = runner.invoke(app, ["build", str(seeds_dir / "000_2f4bd3ed1e26daa0.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(out / "graph.ttl")) > 100
    assert (out / "graph.html").stat().st_size > 10_000
    assert "1 reports read" in result.output
    assert re.search(r"entities: Agency\s*│\s*\d+", result.output)


def test_build_missing_input_is_usage_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_build_skips_bad_report_and_keeps_others(tmp_path, seeds_dir):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(bad), str(seeds_dir / "001_8b8b857fa7f746be.txt"),
                                 "--out", str(out), "--no-html"])
    assert result.exit_code == 1
    assert "skipped" in result.output and "empty.txt" in result.output
    g = Graph().parse(out / "graph.ttl")
    assert any("Hohhot" in str(o) for o in g.objects())


def test_build_writes_extra_formats(tmp_path, seeds_dir):
    out = tmp_path / "fmt"
    result = runner.invoke(app, ["build", str(seeds_dir / "001_8b8b857fa7f746be.txt"), "--out", str(out),
                                 "--no-html", "--format", "nt,csv"])
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(out / "graph.nt", format="nt")) == len(Graph().parse(out / "graph.ttl"))
    assert (out / "graph.csv").read_text(encoding="utf-8-sig").startswith("subject")


def test_build_unknown_format_is_usage_error(tmp_path, seeds_dir):
    result = runner.invoke(app, ["build", str(seeds_dir), "--out", str(tmp_path), "--format", "xyz"])
    assert result.exit_code == 2
    assert "unknown format" in result.output
