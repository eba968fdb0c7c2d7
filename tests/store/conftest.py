"""Real triple stores for the store tests, started on loopback ports and stopped afterwards.

- the Oxigraph server: the ``oxigraph`` command of the PyPI package ``oxigraph`` (dev extra);
- Virtuoso Open Source: ``virtuoso-t`` of the Debian package ``virtuoso-opensource``, with a
  throw-away database and ini file; graphs go in through ``/sparql-graph-crud-auth`` with the
  fresh database's ``dba``/``dba`` digest credentials.

A server that is not installed or does not start skips its tests with the reason.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest


START_TIMEOUT_S = 60


@dataclass
class Server:
    name: str
    query_url: str                    # SPARQL 1.1 Protocol
    store_url: str                    # SPARQL 1.1 Graph Store Protocol
    credentials: dict[str, str] = field(default_factory=dict)   # environment for kg load


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(proc: subprocess.Popen, url: str, log: Path, name: str) -> None:
    ask = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.skip(f"{name} exited with code {proc.returncode} on start: {_tail(log)}")
        try:
            with urllib.request.urlopen(ask, timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    _stop(proc)
    pytest.skip(f"{name} did not answer at {url} within {START_TIMEOUT_S} s: {_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return " | ".join(log.read_text(errors="replace").strip().splitlines()[-3:])
    except OSError:
        return "(no log)"


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def seeds_graph(seeds_graph_file) -> Path:
    """The graph of seeds/ (not exports/, which may be stale)."""
    return seeds_graph_file


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    binary = shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph, in the dev extra)")
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = folder / "server.log"
    with open(log, "wb") as f:
        proc = subprocess.Popen([binary, "serve", "--location", str(folder / "db"),
                                 "--bind", f"127.0.0.1:{port}"], stdout=f, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(proc, base + "/query", log, "oxigraph serve")
        yield Server("oxigraph", base + "/query", base + "/store")
    finally:
        _stop(proc)


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = ., {dir}
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000

[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {dir}/www
ServerThreads      = 10
Charset            = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 120
"""


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if not binary:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    (folder / "www").mkdir()
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port))
    log = folder / "server.log"
    with open(log, "wb") as f:
        proc = subprocess.Popen([binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                                stdout=f, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{http_port}"
    try:
        _wait_ready(proc, base + "/sparql", log, "virtuoso-t")
        yield Server("virtuoso", base + "/sparql", base + "/sparql-graph-crud-auth",
                     {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"})
    finally:
        _stop(proc)


@pytest.fixture(params=["oxigraph", "virtuoso"], scope="session")
def server(request) -> Server:
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture
def store_env(monkeypatch, server):
    """The server's credentials in the environment, as a user would set them."""
    for name in ("KG_STORE_USER", "KG_STORE_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in server.credentials.items():
        monkeypatch.setenv(name, value)
    return server
