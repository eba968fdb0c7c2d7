"""Small typed records that flow one way between the stages.

ingest -> :class:`Report`; extract -> :class:`Extraction` (mentions, relations, metrics, each
with its :class:`Evidence`); resolve -> :class:`Resolution` (entities and facts keyed by
canonical entity keys); graph -> RDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Report:
    """One report as ingested: its text after decoding and normalisation."""

    id: str
    file_name: str
    text: str
    language: str
    checksum: str
    title: str | None = None
    source_url: str | None = None
    date: str | None = None
    processed_at: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a character span of a report, its sentence and the rule."""

    report_id: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in one report.

    For agencies, ``place``, ``level`` and ``head`` are the parts of the name
    ("Ordos" / "municipal" / "public security bureau"); ``parent`` is the surface form of the
    agency it is named as part of ("Dongji Branch *of the Liaoyuan ... Bureau*").
    """

    text: str
    label: str
    evidence: Evidence
    place: str | None = None
    level: str | None = None
    head: str | None = None
    parent: str | None = None
    kind: str | None = None
    rank: str | None = None
    alias: str | None = None
    role: str | None = None
    collective: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.evidence.start, self.evidence.end


@dataclass(frozen=True)
class RelationMention:
    subject: Mention
    predicate: str
    object: Mention
    evidence: Evidence


@dataclass(frozen=True)
class MetricMention:
    """A figure in a report: ``value`` normalised (134 million -> 134000000)."""

    value: float
    unit: str
    indicator: str
    raw: str
    evidence: Evidence
    subject: Mention | None = None
    counted: str | None = None
    change: str | None = None
    period: str | None = None
    approximate: bool = False
    repaired: bool = False
    compared_with: str | None = None


@dataclass
class Extraction:
    """Everything the extractors found in one report."""

    report: Report
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    metrics: list[MetricMention] = field(default_factory=list)
    context_agency: Mention | None = None


@dataclass
class Entity:
    """One real-world entity after resolution, with every name it goes by.

    ``votes`` and ``quality`` (per language and surface form) choose the ``preferred`` names
    once every report is in; ``first`` is, for a place, the evidence of its first mention in
    the first report (by report id) that mentions it, and ``kind_report`` the report its
    ``kind`` comes from: merging reports in any order gives the same entity.
    """

    key: str
    label: str
    names: dict[str, set[str]] = field(default_factory=dict)
    preferred: dict[str, str] = field(default_factory=dict)
    kind: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    role: str | None = None
    votes: dict[tuple[str, str], int] = field(default_factory=dict)  # not a Counter: 3x slower to pickle
    quality: dict[tuple[str, str], int] = field(default_factory=dict)
    first: Evidence | None = None
    kind_report: str | None = None

    def add_name(self, text: str, lang: str) -> None:
        self.names.setdefault(lang, set()).add(text)


@dataclass(frozen=True)
class Fact:
    subject: str
    predicate: str
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Metric:
    subject: str
    value: float
    unit: str
    indicator: str
    raw: str
    evidence: Evidence
    counted: str | None = None
    change: str | None = None
    period: str | None = None
    approximate: bool = False
    repaired: bool = False
    compared_with: str | None = None


@dataclass
class Resolution:
    """The resolved content of a set of reports: entities by key, facts and metrics."""

    reports: list[Report] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    report_agency: dict[str, str] = field(default_factory=dict)
