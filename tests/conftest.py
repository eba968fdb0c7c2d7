from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.records import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def make_report(text: str, report_id: str = "test", language: str = "en") -> Report:
    return Report(id=report_id, file_name=f"{report_id}.txt", text=text, language=language,
                  checksum=hashlib.sha256(text.encode()).hexdigest())


@pytest.fixture
def report_of():
    return make_report


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


EPOCH = "1764028800"
PAIR = ["000_2f4bd3ed1e26daa0.txt", "001_8b8b857fa7f746be.txt"]


@pytest.fixture(autouse=True)
def reproducible_time(monkeypatch):
    """Builds stamp reports with the time they were processed; tests fix that time."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def _built(tmp_path_factory, name: str, inputs: list[Path]) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp(name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
        build(inputs, out, html=False)
    return out / "graph.ttl"


@pytest.fixture(scope="session")
def seeds_graph_file(tmp_path_factory) -> Path:
    """graph.ttl of all of seeds/, built once for the session (tests only read it)."""
    return _built(tmp_path_factory, "seeds-graph", [SEEDS])


@pytest.fixture(scope="session")
def pair_graph_file(tmp_path_factory) -> Path:
    """graph.ttl of two English seeds, built once for the session (tests only read it)."""
    return _built(tmp_path_factory, "pair-graph", [SEEDS / name for name in PAIR])
