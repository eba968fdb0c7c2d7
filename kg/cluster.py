"""Extraction on a Dask distributed cluster: one task per batch of reports.

``kg build --scheduler tcp://host:8786`` (or ``KG_SCHEDULER``) sends each batch of report
paths to the cluster's workers, which read, extract and resolve them
(:func:`kg.parallel.extract_batch`) and send the results back; the build merges them in the
order of the paths, so the graph is the one a local build makes. The workers must see the report files at the same paths (a
shared file system) and have agency-kg installed (``pip install 'agency-kg[cluster]'``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import KGError
from .parallel import Done, Stored, Work, batches, extract_batch

SCHEDULER_ENV = "KG_SCHEDULER"


def client_for(scheduler):
    """A ``distributed.Client`` for ``scheduler`` (an address, or a Client / LocalCluster)."""
    try:
        from distributed import Client
    except ImportError as e:
        raise KGError("--scheduler needs Dask distributed: pip install 'agency-kg[cluster]'") from e
    if isinstance(scheduler, Client):
        return scheduler, False
    try:
        return Client(scheduler, timeout="30s"), True
    except OSError as e:
        raise KGError(f"cannot reach the Dask scheduler at {scheduler} ({e}); start one with "
                      "`dask scheduler` or check the address") from e


def extract_cluster(paths: Iterable[Path | Stored], scheduler, work: Work = Work(),
                    progress: Callable[[Path], None] | None = None,
                    batch: int = 8) -> Iterator[Done]:
    """Each report's :class:`~kg.parallel.Done`, in the order of ``paths``, extracted on the
    Dask cluster at ``scheduler``; a bounded number of batches is in flight at once."""
    client, own = client_for(scheduler)
    try:
        todo = batches(list(paths), batch)
        window = max(4, 4 * sum(client.nthreads().values()))
        futures = [client.submit(_run, b, work, pure=False) for b in todo[:window]]
        nxt = len(futures)
        while futures:
            results = futures.pop(0).result()
            if nxt < len(todo):
                futures.append(client.submit(_run, todo[nxt], work, pure=False))
                nxt += 1
            for done in results:
                if progress:
                    progress(done.path)
                yield done
    finally:
        if own:
            client.close()


def _run(paths: list[Path | Stored], work: Work) -> list[Done]:
    return extract_batch(paths, work)
