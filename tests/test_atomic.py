"""Nothing lost: a `kg build` killed mid-run leaves the previous graph.ttl whole.

The build runs as a real process (``python -m kg build``) on a corpus large enough to take
some seconds; it is killed with SIGKILL or SIGINT (Ctrl-C) while it reads reports, and while
it writes graph.ttl (the write is slowed down there so that the kill lands inside it).
"""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from kg.state import STATE_DIR  # the build's own state folder, not a temporary file

ROOT = Path(__file__).resolve().parent.parent
OLD_GRAPH = "@prefix kg: <https://w3id.org/agency-kg/ns#> .\n<urn:x:old> a kg:Report .\n"
# Runs `python -m kg build ...` with os.fsync slowed down, so that the temporary file of
# atomic_write exists for a second before it replaces graph.ttl.
SLOW_FSYNC = ("import os, runpy, sys, time\n"
              "real = os.fsync\n"
              "def slow(fd):\n"
              "    time.sleep(1.0)\n"
              "    real(fd)\n"
              "os.fsync = slow\n"
              "sys.argv = ['kg'] + sys.argv[1:]\n"
              "runpy.run_module('kg', run_name='__main__')\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("big")
    for i in range(12):
        for seed in sorted(seeds_dir.glob("*.txt")):
            if seed.name.startswith("002"):
                continue  # English only: the Chinese pipeline is not needed to prove this
            shutil.copy(seed, folder / f"{i:02d}_{seed.name}")
    return folder


def start(args: list[str], out: Path, slow_write: bool = False) -> subprocess.Popen:
    out.mkdir(exist_ok=True)
    (out / "graph.ttl").write_text(OLD_GRAPH, encoding="utf-8")
    cmd = [sys.executable, "-c", SLOW_FSYNC] if slow_write else [sys.executable, "-m", "kg"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([*cmd, "build", *args, "--out", str(out), "--no-html", "--quiet"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return False


def assert_old_graph_intact(out: Path, sig: signal.Signals) -> None:
    assert (out / "graph.ttl").read_text(encoding="utf-8") == OLD_GRAPH
    assert len(Graph().parse(out / "graph.ttl")) == 1
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert visible == ["graph.ttl"], "no temporary file may look like a graph file"
    hidden = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != STATE_DIR]
    if sig == signal.SIGINT:
        assert hidden == [], "Ctrl-C cleans up its temporary file"
    else:
        assert all(n.startswith(".graph.ttl.") and n.endswith(".tmp") for n in hidden)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_kill_while_reading_keeps_previous_graph(corpus, tmp_path, sig):
    out = tmp_path / "out"
    proc = start([str(corpus)], out)
    # the first report's saved extraction shows the build is inside the reports
    seen = wait_for(lambda: any((out / STATE_DIR).glob("*.json")), timeout=60)
    assert seen and proc.poll() is None, "the build must still be running when it is killed"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode != 0
    assert b"Traceback" not in err or sig == signal.SIGKILL
    assert_old_graph_intact(out, sig)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_kill_while_writing_keeps_previous_graph(seeds_dir, tmp_path, sig):
    out = tmp_path / "out"
    proc = start([str(seeds_dir / "001_8b8b857fa7f746be.txt")], out, slow_write=True)
    seen = wait_for(lambda: any(p.name.endswith(".tmp") for p in out.iterdir()), timeout=30)
    assert seen and proc.poll() is None, "the kill must land while graph.ttl is being written"
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    assert proc.returncode != 0
    assert_old_graph_intact(out, sig)


def test_finished_build_replaces_graph(seeds_dir, tmp_path):
    out = tmp_path / "out"
    proc = start([str(seeds_dir / "001_8b8b857fa7f746be.txt")], out)
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert len(Graph().parse(out / "graph.ttl")) > 100
    assert sorted(p.name for p in out.iterdir() if p.name != STATE_DIR) == ["graph.ttl"]


def test_stale_temporary_of_a_killed_writer_is_removed_on_next_write(tmp_path):
    import os
    import time as _time

    from kg.export.atomic import atomic_write

    target = tmp_path / "graph.ttl"
    stale = tmp_path / ".graph.ttl.abc123.tmp"
    fresh = tmp_path / ".graph.ttl.def456.tmp"
    stale.write_text("half a graph")
    fresh.write_text("a writer at work")
    old = _time.time() - 3600
    os.utime(stale, (old, old))
    with atomic_write(target) as f:
        f.write("whole")
    assert target.read_text() == "whole"
    assert not stale.exists() and fresh.exists()
