"""SPARQL over the graph: named competency queries, an on-disk Oxigraph cache, endpoints.

Three plain functions do the work and the CLI (``kg query``, ``kg load``) only wraps them:

- :func:`query_graph` answers a query over a graph file through an on-disk
  :class:`pyoxigraph.Store` cached next to it (``exports/.store/graph.ttl/``), rebuilt only when
  the file's size or modification time changed, so a large graph is parsed once, not per query;
- :func:`query_endpoint` asks a SPARQL 1.1 Protocol endpoint (results as SPARQL JSON);
- :func:`push` sends a graph file to a SPARQL 1.1 Graph Store Protocol endpoint in N-Triples
  batches (first ``PUT`` when replacing, then ``POST``).

Every answer is a :class:`Result` of plain :class:`Term` values, whichever engine gave it.
Credentials for endpoints come from the environment (``KG_STORE_USER``,
``KG_STORE_PASSWORD``; HTTP basic or digest, whichever the server asks for), never arguments.

Named queries live in ``ontology/queries/NAME.rq``; the first comment lines say the question.
A query's parameters are its ``VALUES ?name { ... }`` blocks: :func:`bind_params` replaces a
block's default with the caller's values (``UNDEF`` in a default means "any").
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from .errors import (E_BAD_GRAPH, E_BAD_PARAM, E_HTTP, E_NO_GRAPH, E_NO_PARAM, E_NO_QUERY,
                     E_NO_QUERY_FILE, E_NOT_RESULTS, E_SYNTAX, E_UNREACHABLE, StoreError)
from .vocab import QUERIES_DIR

USER_ENV, PASSWORD_ENV = "KG_STORE_USER", "KG_STORE_PASSWORD"
BATCH_TRIPLES = 50_000
TIMEOUT_S = 300
CACHE_DIR = ".store"





class QuerySyntaxError(StoreError):
    """The query does not parse; carries the position."""

    def __init__(self, source: str, line: int | None, column: int | None, detail: str):
        self.line, self.column = line, column
        super().__init__(E_SYNTAX.format(source=source, line=line if line is not None else "?",
                                         column=column if column is not None else "?",
                                         detail=detail))


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class Term:
    """One RDF term of an answer, as the SPARQL JSON results format has it."""

    kind: str                      # "uri", "literal", "bnode" or "triple"
    value: str
    datatype: str | None = None    # literals only; None for plain and language-tagged strings
    lang: str | None = None

    def __str__(self) -> str:
        return self.value


@dataclass
class Result:
    """The answer to a query: rows of terms (``None`` where a variable is unbound), or a boolean
    for ``ASK``, or triples (rows of subject, predicate, object) for ``CONSTRUCT``/``DESCRIBE``."""

    variables: list[str]
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None

    def __bool__(self) -> bool:
        return bool(self.rows) if self.boolean is None else self.boolean

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]


_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in (
    "decimal", "integer", "double", "float", "long", "int", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte")}


def canonical(term: Term | None) -> str | None:
    """A term's value in a form every engine agrees on, to compare answers across stores:
    numbers in plain decimal notation (``1.0E2``, ``100.0`` and ``100`` give ``100``),
    booleans as ``true``/``false`` (Virtuoso answers ``1``/``0``), anything else its value."""
    if term is None:
        return None
    if term.kind == "literal" and term.datatype in _NUMERIC:
        try:
            d = Decimal(term.value.strip())
        except InvalidOperation:
            return term.value
        text = format(d.normalize(), "f")
        return "0" if text == "-0" else text
    if term.kind == "literal" and term.datatype == _XSD + "boolean":
        return {"1": "true", "0": "false"}.get(term.value, term.value)
    return term.value


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _term(t) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        return Term("literal", t.value, None if dt in (_XSD_STRING, _RDF_LANG_STRING) else dt,
                    t.language)
    return Term("triple", str(t))


# ---------------------------------------------------------------- named queries

@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    text: str

    @property
    def question(self) -> str:
        """The first comment line: the question the query answers."""
        for line in self.text.splitlines():
            if line.startswith("#"):
                return line.lstrip("# ").strip()
        return ""

    @property
    def params(self) -> dict[str, str]:
        return params_of(self.text)


def named_queries(folder: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """The competency queries in ``folder`` by name (file name without ``.rq``)."""
    return {p.stem: NamedQuery(p.stem, p, p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.rq"))}


def resolve_query(spec: str, folder: Path = QUERIES_DIR) -> tuple[str, str]:
    """``(source, text)`` of a query given as a name, a ``.rq`` path or the query itself."""
    path = Path(spec)
    if "{" not in spec and "\n" not in spec and path.is_file():
        return path.name, path.read_text(encoding="utf-8")
    if "{" in spec:
        return "the query", spec
    if spec.endswith(".rq"):
        raise StoreError(E_NO_QUERY_FILE.format(path=spec))
    queries = named_queries(folder)
    if spec in queries:
        return spec, queries[spec].text
    raise StoreError(E_NO_QUERY.format(name=spec, known=", ".join(queries) or "none"))


_VALUES = r"VALUES\s+\?{name}\s*\{{([^}}]*)\}}"


def params_of(text: str) -> dict[str, str]:
    """The query's parameters (single-variable ``VALUES`` blocks) and their default values."""
    return {m.group(1): " ".join(m.group(2).split())
            for m in re.finditer(r"VALUES\s+\?(\w+)\s*\{([^}]*)\}", _strip_comments(text))}


def _strip_comments(text: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", text)


def parse_params(items: Iterable[str]) -> dict[str, list[str]]:
    """``["report=a.txt", "report=b.txt"]`` -> ``{"report": ["a.txt", "b.txt"]}``."""
    params: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"\w+", name.strip()):
            raise StoreError(E_BAD_PARAM.format(text=item))
        params.setdefault(name.strip(), []).append(value)
    return params


def sparql_value(value: str) -> str:
    """A parameter value as a SPARQL term: ``<iri>``, ``"literal"``, numbers and prefixed names
    as given; ``http(s)://...`` becomes an IRI, ``*`` becomes ``UNDEF`` (any), anything else a
    plain string literal."""
    v = value.strip()
    if v == "*":
        return "UNDEF"
    if re.fullmatch(r"<[^<>\s]*>", v) or re.fullmatch(r'"(?:[^"\\]|\\.)*"(@[\w-]+|\^\^\S+)?', v):
        return v
    if re.fullmatch(r"[a-z][a-z0-9+.-]*://\S+|urn:\S+", v, re.IGNORECASE):
        return f"<{v}>"
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def bind_params(text: str, params: dict[str, list[str]], source: str = "the query") -> str:
    """``text`` with the ``VALUES ?name { ... }`` block of each parameter set to its values."""
    known = params_of(text)
    for name, values in params.items():
        if name not in known:
            raise StoreError(E_NO_PARAM.format(source=source, name=name,
                                               known=", ".join(known) or "none"))
        block = "VALUES ?" + name + " { " + " ".join(sparql_value(v) for v in values) + " }"
        text = re.sub(_VALUES.format(name=name), lambda _: block, text, count=1)
    return text


# ---------------------------------------------------------------- embedded store

def cache_dir(graph: Path) -> Path:
    """Where the on-disk store of ``graph`` lives: ``<graph's folder>/.store/<file name>/``."""
    return graph.resolve().parent / CACHE_DIR / graph.name


def _stamp(graph: Path) -> dict:
    st = graph.stat()
    return {"source": str(graph.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns,
            "pyoxigraph": ox.__version__ if hasattr(ox, "__version__") else ""}


def _format(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    return fmt or ox.RdfFormat.TURTLE


def open_store(graph: Path, cache: Path | None = None) -> ox.Store:
    """A read-only Oxigraph store holding ``graph``, loaded once into ``cache`` (default
    :func:`cache_dir`) and reloaded when the file's size or modification time changes."""
    graph = Path(graph)
    if not graph.is_file():
        raise StoreError(E_NO_GRAPH.format(path=graph))
    cache = Path(cache) if cache else cache_dir(graph)
    stamp_file = cache / "source.json"
    stamp = _stamp(graph)
    try:
        fresh = json.loads(stamp_file.read_text()) == stamp
    except (OSError, ValueError):
        fresh = False
    if not fresh:
        _rebuild(graph, cache, stamp)
    return ox.Store.read_only(str(cache / "db"))


def _rebuild(graph: Path, cache: Path, stamp: dict) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.parent / f".{cache.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        store = ox.Store(str(tmp / "db"))
        try:
            store.bulk_load(path=str(graph), format=_format(graph))
        except SyntaxError as e:
            raise StoreError(E_BAD_GRAPH.format(path=graph, detail=_one_line(str(e)))) from e
        store.flush()
        del store
        (tmp / "source.json").write_text(json.dumps(stamp))
        shutil.rmtree(cache, ignore_errors=True)
        try:
            tmp.rename(cache)
        except OSError:
            pass  # another process put a fresh store there first: use it
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def query_store(store: ox.Store, text: str, source: str = "the query") -> Result:
    """Run ``text`` on an Oxigraph store."""
    try:
        answer = store.query(text)
    except SyntaxError as e:
        raise _syntax_error(source, str(e)) from e
    if isinstance(answer, ox.QueryBoolean):
        return Result([], boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return Result(variables, [tuple(_term(sol[v]) for v in variables) for sol in answer])
    return Result(["subject", "predicate", "object"],
                  [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in answer])


def query_graph(graph: Path, text: str, source: str = "the query", cache: Path | None = None) -> Result:
    """Run ``text`` over the graph file ``graph`` (through its cached on-disk store)."""
    return query_store(open_store(graph, cache), text, source)


def query_rdflib(graph, text: str) -> Result:
    """Run ``text`` on an in-memory :class:`rdflib.Graph` (slow on large graphs; for
    comparisons and for callers that already hold one)."""
    from rdflib import BNode, Literal, URIRef

    def term(t) -> Term | None:
        if t is None:
            return None
        if isinstance(t, URIRef):
            return Term("uri", str(t))
        if isinstance(t, BNode):
            return Term("bnode", str(t))
        if isinstance(t, Literal):
            dt = str(t.datatype) if t.datatype else None
            return Term("literal", str(t), None if dt in (_XSD_STRING, _RDF_LANG_STRING) else dt,
                        t.language)
        return Term("triple", str(t))

    answer = graph.query(text)
    if answer.type == "ASK":
        return Result([], boolean=bool(answer.askAnswer))
    if answer.type == "SELECT":
        variables = [str(v) for v in answer.vars]
        return Result(variables, [tuple(term(row[i]) for i in range(len(variables))) for row in answer])
    return Result(["subject", "predicate", "object"], [tuple(map(term, t)) for t in answer])


def check_syntax(text: str, source: str = "the query") -> None:
    """Raise :class:`QuerySyntaxError` (with line and column) if ``text`` does not parse."""
    try:
        ox.Store().query(text)
    except SyntaxError as e:
        raise _syntax_error(source, str(e)) from e


def _syntax_error(source: str, message: str) -> QuerySyntaxError:
    m = re.search(r"at (\d+):(\d+)", message)
    detail = _one_line(re.sub(r"^error at \d+:\d+:?\s*", "", message))
    if m:
        return QuerySyntaxError(source, int(m.group(1)), int(m.group(2)), detail)
    return QuerySyntaxError(source, None, None, detail)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- HTTP

def _opener(url: str) -> urllib.request.OpenerDirector:
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    handlers: list = []
    if user is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(mgr), urllib.request.HTTPDigestAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def _authorization(url: str, method: str, probe_headers: dict[str, str]) -> str | None:
    """An ``Authorization`` value for one large request, from the challenge of a small one.

    A server that asks for credentials answers 401 before it has read a large body, and the
    client then breaks off with a broken pipe; so a large upload first sends an empty ``POST``
    (which adds nothing), reads the challenge (basic or digest) and answers it up front.
    """
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV) or ""
    if user is None:
        return None
    probe = urllib.request.Request(url, data=b"", method="POST", headers=probe_headers)
    try:
        with urllib.request.urlopen(probe, timeout=TIMEOUT_S):
            return None
    except urllib.error.HTTPError as e:
        challenges = e.headers.get_all("WWW-Authenticate") or []
        e.close()
        if e.code != 401:
            return None  # the real request will report the error
    except (urllib.error.URLError, OSError) as e:
        raise StoreError(E_UNREACHABLE.format(url=safe_url(url), detail=getattr(e, "reason", e))) from e
    for challenge in challenges:
        scheme, _, rest = challenge.partition(" ")
        if scheme.lower() == "digest":
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, url, user, password)
            chal = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(rest)))
            value = urllib.request.HTTPDigestAuthHandler(mgr).get_authorization(
                urllib.request.Request(url, method=method), chal)
            return f"Digest {value}" if value else None
        if scheme.lower() == "basic":
            return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    return None


def _request(url: str, method: str, body: bytes | None, headers: dict[str, str]) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with _opener(url).open(req, timeout=TIMEOUT_S) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        detail = _one_line(e.read().decode("utf-8", "replace") or e.reason or "")
        if e.code == 400 and detail:
            raise StoreError(E_HTTP.format(url=safe_url(url), status=400, detail=detail)) from e
        if e.code in (401, 403):
            detail = f"{detail} (set {USER_ENV} and {PASSWORD_ENV} for the store's credentials)"
        raise StoreError(E_HTTP.format(url=safe_url(url), status=e.code, detail=detail)) from e
    except (urllib.error.URLError, OSError) as e:
        raise StoreError(E_UNREACHABLE.format(url=safe_url(url), detail=getattr(e, "reason", e))) from e


def safe_url(url: str) -> str:
    """``url`` without credentials or a query string, for messages."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.hostname + (f":{parts.port}" if parts.port else "")
                                    if parts.hostname else parts.netloc, parts.path, "", ""))


def query_endpoint(endpoint: str, text: str, default_graph: str | None = None) -> Result:
    """Run ``text`` at a SPARQL 1.1 Protocol endpoint (form-encoded POST, JSON results)."""
    form = [("query", text)] + ([("default-graph-uri", default_graph)] if default_graph else [])
    accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
    status, body = _request(endpoint, "POST", urllib.parse.urlencode(form).encode("utf-8"),
                            {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
    try:
        data = json.loads(body)
    except ValueError:
        try:  # a graph answer (CONSTRUCT, DESCRIBE)
            triples = list(ox.parse(body, format=ox.RdfFormat.TURTLE))
        except SyntaxError as e:
            raise StoreError(E_NOT_RESULTS.format(url=safe_url(endpoint), detail=_one_line(str(e)))) from e
        return Result(["subject", "predicate", "object"],
                      [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in triples])
    return results_from_json(data)


def results_from_json(data: dict) -> Result:
    """A :class:`Result` from SPARQL 1.1 JSON results (also Virtuoso's ``typed-literal``)."""
    if "boolean" in data:
        return Result([], boolean=bool(data["boolean"]))
    variables = list(data.get("head", {}).get("vars", []))
    rows = []
    for binding in data.get("results", {}).get("bindings", []):
        rows.append(tuple(_json_term(binding.get(v)) for v in variables))
    return Result(variables, rows)


def _json_term(b: dict | None) -> Term | None:
    if b is None:
        return None
    kind = b["type"]
    if kind in ("literal", "typed-literal"):
        dt = b.get("datatype")
        return Term("literal", b["value"], None if dt in (None, _XSD_STRING, _RDF_LANG_STRING) else dt,
                    b.get("xml:lang"))
    return Term(kind, str(b["value"]))


# ---------------------------------------------------------------- Graph Store Protocol

def batches(graph: Path, size: int = BATCH_TRIPLES) -> Iterator[list[ox.Triple]]:
    """The triples of ``graph`` in lists of at most ``size``, streamed from the file.

    Triples with blank nodes all go into the last batch, so that one request carries every
    occurrence of a blank node (separate requests would make separate nodes).
    """
    graph = Path(graph)
    if not graph.is_file():
        raise StoreError(E_NO_GRAPH.format(path=graph))
    batch: list[ox.Triple] = []
    with_bnodes: list[ox.Triple] = []
    try:
        for quad in ox.parse(path=str(graph), format=_format(graph)):
            t = ox.Triple(quad.subject, quad.predicate, quad.object)
            if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                with_bnodes.append(t)
                continue
            batch.append(t)
            if len(batch) >= size:
                yield batch
                batch = []
    except SyntaxError as e:
        raise StoreError(E_BAD_GRAPH.format(path=graph, detail=_one_line(str(e)))) from e
    if batch:
        yield batch
    if with_bnodes:
        yield with_bnodes


def graph_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol URL of a graph: ``?graph=IRI`` or ``?default``."""
    sep = "&" if "?" in endpoint else "?"
    if graph_iri:
        return f"{endpoint}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"
    return f"{endpoint}{sep}default"


@dataclass
class PushSummary:
    triples: int = 0
    requests: int = 0


def push(graph: Path, endpoint: str, graph_iri: str | None = None, replace: bool = False,
         batch_size: int = BATCH_TRIPLES,
         progress: Callable[[int], None] | None = None) -> PushSummary:
    """Send the triples of ``graph`` to a Graph Store Protocol endpoint as N-Triples batches.

    With ``replace`` the first request is a ``PUT`` (the graph's old content goes), the others
    ``POST`` (added). Returns how many triples and requests were sent.
    """
    url = graph_url(endpoint, graph_iri)
    summary = PushSummary()
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    for batch in batches(graph, batch_size):
        method = "PUT" if replace and summary.requests == 0 else "POST"
        auth = _authorization(url, method, headers)
        _request(url, method, ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES),
                 headers | ({"Authorization": auth} if auth else {}))
        summary.triples += len(batch)
        summary.requests += 1
        if progress:
            progress(summary.triples)
    if replace and summary.requests == 0:  # an empty file empties the graph
        _request(url, "PUT", b"", headers)
        summary.requests += 1
    return summary
