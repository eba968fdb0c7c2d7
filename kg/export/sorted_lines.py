"""Sorting the parts of a graph too large to hold, on disk.

A build adds each report's lines as they come; :class:`SortedLines` keeps up to ``chunk``
lines in memory, spills each full chunk sorted to a temporary file, and gives back every line
once, in order, by merging the files. Memory stays at one chunk however large the corpus, and
the lines come out as a one-chunk build would give them, so the graph file is byte-identical.
:class:`SortedBlocks` does the same for blocks of text written already (a report's own part of
the Turtle file), ordered by a key.
"""
from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

CHUNK = 100_000  # lines (~20 MB as Python strings); a spill and a merge cost about 1 s per million


class SortedLines:
    """Lines in, sorted distinct lines out (:meth:`merged`); a context manager that removes
    its temporary files."""

    def __init__(self, chunk: int | None = None, tmp_dir: Path | None = None):
        self.chunk = chunk or CHUNK
        self._tmp_dir = tmp_dir
        self._tmp: tempfile.TemporaryDirectory | None = None
        self._buffer: list[str] = []
        self._runs: list[Path] = []

    def add(self, lines: Iterable[str]) -> None:
        lines = iter(lines)
        while True:
            self._buffer.extend(islice(lines, self.chunk - len(self._buffer)))
            if len(self._buffer) < self.chunk:
                return
            self._spill()

    def merged(self) -> Iterator[str]:
        """Every line added, once, in code-point order."""
        if not self._runs:
            yield from _distinct(sorted(self._buffer))
            return
        if self._buffer:
            self._spill()
        files = [open(run, encoding="utf-8", newline="\n") for run in self._runs]
        try:
            yield from _distinct(line[:-1] for line in heapq.merge(*files))
        finally:
            for f in files:
                f.close()

    def _spill(self) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-sort-", dir=self._tmp_dir)
        run = Path(self._tmp.name) / f"run-{len(self._runs):05d}.nt"
        self._buffer.sort()
        with open(run, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(line + "\n" for line in _distinct(self._buffer))
        self._runs.append(run)
        self._buffer = []

    def close(self) -> None:
        self._buffer = []
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SortedLines:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _distinct(lines: Iterable[str]) -> Iterator[str]:
    """Sorted ``lines`` without repeats."""
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


class SortedBlocks:
    """Blocks of bytes by key in, back in key order (:meth:`merged`): each block is appended
    to one temporary file as it comes, and only (key, offset, length) stays in memory."""

    def __init__(self, tmp_dir: Path | None = None):
        self._file = tempfile.TemporaryFile(prefix="kg-blocks-", dir=tmp_dir)
        self._index: list[tuple[str, int, int]] = []
        self._end = 0

    def add(self, key: str, block: bytes) -> None:
        if block:
            self._file.write(block)
            self._index.append((key, self._end, len(block)))
            self._end += len(block)

    def merged(self) -> Iterator[bytes]:
        """The blocks, ordered by key (then by arrival)."""
        self._file.flush()
        for _, offset, length in sorted(self._index, key=lambda entry: entry[0]):
            self._file.seek(offset)
            yield self._file.read(length)
        self._file.seek(self._end)

    def close(self) -> None:
        self._file.close()
