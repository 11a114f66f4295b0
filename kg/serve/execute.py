"""Run one SPARQL query on a store and answer with the negotiated format, within a result cap.

Every answer is written by pyoxigraph's own serialisers. To enforce the cap without running the
query twice, solutions are first written as SPARQL TSV (one line per row) and graphs as N-Triples
(one line per triple) into a sink that stops at ``max_rows`` lines; within the cap, pyoxigraph
parses that text back and writes the format the client asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BytesIO

from pyoxigraph import (NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store,
                        parse, parse_query_results, serialize)

from kg.serve.negotiate import choose
from kg.store.formats import PREFIXES, SERIALIZATION_PREFIXES

TEXT = "text/plain; charset=utf-8"
JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
JSONLD = "application/ld+json"
NTRIPLES = "application/n-triples"

#: offers in order of preference: the first is the default for ``*/*``
RESULT_FORMATS = {JSON: QueryResultsFormat.JSON, XML: QueryResultsFormat.XML,
                  CSV: QueryResultsFormat.CSV, TSV: QueryResultsFormat.TSV}
BOOLEAN_TYPES = [JSON, XML]
GRAPH_FORMATS = {TURTLE: RdfFormat.TURTLE, JSONLD: RdfFormat.JSON_LD, NTRIPLES: RdfFormat.N_TRIPLES}


@dataclass(frozen=True)
class QueryRequest:
    """A query as the SPARQL protocol delivers it, with the client's Accept header and dataset IRIs."""

    sparql: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = field(default=())
    named_graphs: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Answer:
    """An HTTP-ready answer: status, media type and body."""

    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def error(cls, status: int, message: str, *, retry_after: int | None = None) -> Answer:
        """A plain-text error answer; ``retry_after`` (seconds) adds a ``Retry-After`` header."""
        headers = (("Retry-After", str(retry_after)),) if retry_after is not None else ()
        return cls(status, TEXT, message.encode("utf-8"), headers)


class _OverCap(Exception):
    pass


class _LineCappedSink:
    """A binary sink for pyoxigraph's serialisers that refuses to hold more than ``limit`` lines."""

    def __init__(self, limit: int) -> None:
        self.limit, self.lines, self.buffer = limit, 0, BytesIO()

    def write(self, chunk: bytes) -> int:
        self.lines += bytes(chunk).count(b"\n")
        if self.lines > self.limit:
            raise _OverCap
        return self.buffer.write(chunk)

    def flush(self) -> None:
        """Nothing to flush: the buffer is in memory."""


def _run(store: Store, request: QueryRequest) -> object:
    options: dict[str, object] = {"prefixes": PREFIXES}
    if request.default_graphs:
        options["default_graph"] = [NamedNode(iri) for iri in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if request.named_graphs:
        options["named_graphs"] = [NamedNode(iri) for iri in request.named_graphs]
    return store.query(request.sparql, **options)


def _capped(outcome: object, fmt: object, limit: int) -> bytes | None:
    """``outcome`` serialised in ``fmt`` (a line-per-item format), or None past ``limit`` lines."""
    sink = _LineCappedSink(limit)
    try:
        outcome.serialize(sink, format=fmt)  # type: ignore[attr-defined]
    except _OverCap:
        return None
    return sink.buffer.getvalue()


def execute(store: Store, request: QueryRequest, max_rows: int) -> Answer:
    """Execute ``request``: 400 for a malformed query, 406 for an unacceptable format, 400 over the cap."""
    try:
        outcome = _run(store, request)
    except SyntaxError as exc:
        return Answer.error(400, f"malformed query: {exc}")
    except ValueError as exc:
        return Answer.error(400, f"bad dataset IRI: {exc}")
    if isinstance(outcome, QueryBoolean):
        offers = BOOLEAN_TYPES
    elif isinstance(outcome, QuerySolutions):
        offers = list(RESULT_FORMATS)
    else:
        offers = list(GRAPH_FORMATS)
    media_type = choose(request.accept, offers)
    if media_type is None:
        return Answer.error(406, f"this query can answer as {', '.join(offers)}")
    if isinstance(outcome, QueryBoolean):
        return Answer(200, media_type, outcome.serialize(format=RESULT_FORMATS[media_type]))
    if isinstance(outcome, QuerySolutions):
        table = _capped(outcome, QueryResultsFormat.TSV, max_rows + 1)  # + 1: the header line
        if table is None:
            return Answer.error(400, f"result has more than {max_rows} rows; add LIMIT or narrow the query")
        solutions = parse_query_results(table, QueryResultsFormat.TSV)
        return Answer(200, media_type, solutions.serialize(format=RESULT_FORMATS[media_type]))
    lines = _capped(outcome, RdfFormat.N_TRIPLES, max_rows)
    if lines is None:
        return Answer.error(400, f"result has more than {max_rows} triples; add LIMIT or narrow the query")
    triples = sorted((quad.triple for quad in parse(lines, RdfFormat.N_TRIPLES)), key=str)  # stable output
    fmt = GRAPH_FORMATS[media_type]
    prefixes = SERIALIZATION_PREFIXES if fmt is RdfFormat.TURTLE else None
    return Answer(200, media_type, serialize(triples, format=fmt, prefixes=prefixes))
