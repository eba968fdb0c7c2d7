"""Atomic file writing: write beside the target, then rename over it.

An interrupted build (Ctrl-C, kill) leaves the previous file intact, never half a file.
The file gets the usual permissions (0666 less the umask), not ``mkstemp``'s private 0600.
A process killed outright (SIGKILL) cannot remove its temporary file; the next write of the
same file removes such leftovers once they are older than :data:`STALE_AFTER` seconds.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

STALE_AFTER = 600.0


@contextmanager
def atomic_write(path: Path, mode: str = "w", encoding: str | None = "utf-8",
                 durable: bool = True) -> Iterator[IO]:
    """Write ``path`` through a temporary file renamed over it. ``durable=False`` skips the
    fsync: the file is still whole or absent after a crash of the process, but a power cut
    may lose it (for caches, such as the build state, which a build can make again)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as f:
            yield f
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temporaries(path: Path, older_than: float = STALE_AFTER) -> list[Path]:
    """Remove temporary files of ``path`` left by killed writers (a live writer's is newer)."""
    removed = []
    now = time.time()
    for tmp in Path(path).parent.glob(f".{Path(path).name}.*.tmp"):
        try:
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
                removed.append(tmp)
        except FileNotFoundError:
            continue
    return removed
