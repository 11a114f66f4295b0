"""Run one SPARQL query on a store and answer with the negotiated format, within a result cap."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from pyoxigraph import NamedNode, QueryBoolean, QuerySolutions, Store

from kg.serve import results
from kg.serve.negotiate import choose

TEXT = "text/plain; charset=utf-8"


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


def _run(store: Store, request: QueryRequest) -> object:
    options: dict[str, object] = {}
    if request.default_graphs:
        options["default_graph"] = [NamedNode(iri) for iri in request.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if request.named_graphs:
        options["named_graphs"] = [NamedNode(iri) for iri in request.named_graphs]
    return store.query(request.sparql, **options)


def execute(store: Store, request: QueryRequest, max_rows: int) -> Answer:
    """Execute ``request``: 400 for a malformed query, 406 for an unacceptable format, 400 over the cap."""
    try:
        outcome = _run(store, request)
    except SyntaxError as exc:
        return Answer.error(400, f"malformed query: {exc}")
    except ValueError as exc:
        return Answer.error(400, f"bad dataset IRI: {exc}")
    if isinstance(outcome, QueryBoolean):
        offers = results.BOOLEAN_TYPES
    elif isinstance(outcome, QuerySolutions):
        offers = results.SOLUTION_TYPES
    else:
        offers = results.GRAPH_TYPES
    media_type = choose(request.accept, offers)
    if media_type is None:
        return Answer.error(406, f"this query can answer as {', '.join(offers)}")
    if isinstance(outcome, QueryBoolean):
        return Answer(200, media_type, results.boolean(bool(outcome), media_type))
    items = list(islice(outcome, max_rows + 1))
    if len(items) > max_rows:
        unit = "rows" if isinstance(outcome, QuerySolutions) else "triples"
        return Answer.error(400, f"result has more than {max_rows} {unit}; add LIMIT or narrow the query")
    if isinstance(outcome, QuerySolutions):
        names = [variable.value for variable in outcome.variables]
        rows = [tuple(solution[name] for name in names) for solution in items]
        return Answer(200, media_type, results.solutions(names, rows, media_type))
    return Answer(200, media_type, results.graph(items, media_type))
