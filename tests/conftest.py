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


@pytest.fixture(autouse=True)
def reproducible_time(monkeypatch):
    """Builds stamp reports with the time they were processed; tests fix that time."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764028800")
