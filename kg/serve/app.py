"""The Starlette application: SPARQL endpoint, query page, resource pages, ontology docs and VoID."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from pyoxigraph import NamedNode
from rdflib import Graph
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from kg.export.void import void_graph, with_access
from kg.serve import pages
from kg.serve.describe import describe
from kg.serve.execute import Answer, QueryRequest
from kg.serve.federation import FederationPolicy, FederationRefused
from kg.serve.guard import MAX_BODY, MAX_URL, Guard
from kg.serve.negotiate import choose
from kg.serve.ontology_doc import OntologyDoc, read_ontology
from kg.serve.protocol import read_request
from kg.serve.search import search
from kg.serve.worker import ClientBusy, QueryTimeout, QueryTooLarge, ServerBusy, WorkerFailed, WorkerPool
from kg.store.select import term_value
from kg.vocab import ONTOLOGY_IRI, PKGD

HTML = "text/html"
RDF_OFFERS = [HTML, "text/turtle", "application/ld+json", "application/n-triples"]
_FORMAT_PARAM = {"html": HTML, "ttl": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}
_RDFLIB_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt"}
STATIC = Path(__file__).with_name("static")
VENDOR = "/static/vendor/yasgui-4.6.2"
_EXISTS = "SELECT ?this ?x WHERE { { ?this ?p ?x } UNION { ?x ?p ?this } } LIMIT 1"


def _media_type(request: Request) -> str | None:
    """``?format=`` wins over the Accept header."""
    forced = request.query_params.get("format")
    if forced is not None:
        return _FORMAT_PARAM.get(forced)
    return choose(request.headers.get("accept"), RDF_OFFERS)


def _answer_response(answer: Answer) -> Response:
    media_type = answer.media_type
    if media_type.startswith("text/") and "charset" not in media_type:
        media_type += "; charset=utf-8"
    return Response(answer.body, status_code=answer.status, media_type=media_type,
                    headers={"Vary": "Accept", **dict(answer.headers)})


def _client(request: Request) -> str:
    """Who is asking, for the per-client admission bound."""
    return request.client.host if request.client else ""


class ClientSelector:
    """The pool's SELECT on behalf of one client, so page views count against that client's bound."""

    def __init__(self, pool: WorkerPool, client: str) -> None:
        self.pool, self.client = pool, client

    def select(self, sparql: str, **iris: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run a SELECT with variables pre-bound to IRIs, admitted as this client."""
        return self.pool.call("select", (sparql, iris), self.client)  # type: ignore[return-value]


class CachedStaticFiles(StaticFiles):
    """Static files; vendored ones (their folder names carry the version) may be cached for a year."""

    def file_response(self, full_path: Any, stat_result: Any, scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        vendored = "/vendor/" in scope["path"]
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable" if vendored else "no-cache"
        return response


class Service:
    """State shared by the handlers: the worker pool, the ontology and cached documents."""

    def __init__(self, pool: WorkerPool, ontology: Path | None, queries: Path | None,
                 federation: FederationPolicy = FederationPolicy()) -> None:
        self.pool = pool
        self.federation = federation
        self.ontology_path = ontology
        self.ontology: OntologyDoc | None = read_ontology(ontology, ONTOLOGY_IRI + "#") if ontology else None
        self.examples = {path.stem: path.read_text(encoding="utf-8")
                         for path in sorted(queries.glob("*.rq"))} if queries and queries.is_dir() else {}
        self._void: Graph | None = None
        self._lock = threading.Lock()

    async def run(self, function: Callable[[], Any]) -> Any:
        """Call ``function`` (which uses the pool) off the event loop, mapping pool failures to HTTP answers."""
        try:
            return await run_in_threadpool(function)
        except ClientBusy as exc:
            return Answer.error(429, str(exc), retry_after=exc.retry_after)
        except ServerBusy as exc:
            return Answer.error(503, str(exc), retry_after=exc.retry_after)
        except (QueryTimeout, QueryTooLarge) as exc:
            return Answer.error(503, str(exc))
        except WorkerFailed as exc:
            return Answer.error(500, str(exc))

    async def sparql(self, request: Request) -> Response:
        """``/sparql``: the SPARQL 1.1 Protocol (read-only); a browser without a query gets the query page."""
        accept = request.headers.get("accept") or ""
        if (request.method == "GET" and not request.query_params and HTML in accept
                and choose(accept, [HTML, "application/sparql-results+json"]) == HTML):
            return RedirectResponse("/", status_code=303)
        parsed = await read_request(request)
        if isinstance(parsed, Answer):
            return _answer_response(parsed)
        try:
            self.federation.check(parsed.sparql)
        except FederationRefused as exc:
            return _answer_response(Answer.error(400, str(exc)))
        return _answer_response(await self.run(lambda: self.pool.query(parsed, _client(request))))

    async def home(self, request: Request) -> Response:
        """``/``: the query workbench with the example queries."""
        return HTMLResponse(pages.workbench_page(self.examples, vendor=VENDOR))

    async def search(self, request: Request) -> Response:
        """``/search?q=``: resources whose names contain the text, in any language and case."""
        text = request.query_params.get("q", "")
        hits = await self.run(lambda: search(ClientSelector(self.pool, _client(request)), text))
        if isinstance(hits, Answer):
            return _answer_response(hits)
        return HTMLResponse(pages.search_page(text, hits))

    async def resource(self, request: Request) -> Response:
        """``/id/{path}``: the resource ``pkgd:{path}`` as HTML, Turtle, JSON-LD or N-Triples; 404 if unknown."""
        try:
            iri = NamedNode(str(PKGD) + request.path_params["path"])
        except ValueError:
            return PlainTextResponse("not a valid IRI", status_code=404)
        media_type = _media_type(request)
        if media_type is None:
            return PlainTextResponse("acceptable formats: " + ", ".join(RDF_OFFERS), status_code=406)
        selector = ClientSelector(self.pool, _client(request))
        found = await self.run(lambda: selector.select(_EXISTS, this=iri.value))
        if isinstance(found, Answer):
            return _answer_response(found)
        if not found[1]:
            return PlainTextResponse(f"nothing is known about {iri.value}", status_code=404)
        if media_type == HTML:
            description = await self.run(lambda: describe(selector, iri.value))
            if isinstance(description, Answer):
                return _answer_response(description)
            return HTMLResponse(pages.resource_page(description), headers={"Vary": "Accept"})
        sparql = f"CONSTRUCT {{ {iri} ?p ?o . ?s ?q {iri} }} WHERE {{ {{ {iri} ?p ?o }} UNION {{ ?s ?q {iri} }} }}"
        return _answer_response(await self.run(lambda: self.pool.query(QueryRequest(sparql, media_type))))

    async def ontology_doc(self, request: Request) -> Response:
        """``/ontology``: generated documentation, or the ontology itself in an RDF format."""
        if self.ontology is None or self.ontology_path is None:
            return PlainTextResponse("no ontology file is installed", status_code=404)
        media_type = _media_type(request)
        if media_type is None:
            return PlainTextResponse("acceptable formats: " + ", ".join(RDF_OFFERS), status_code=406)
        if media_type == HTML:
            return HTMLResponse(pages.ontology_page(self.ontology), headers={"Vary": "Accept"})
        if media_type == "text/turtle":
            body = self.ontology_path.read_bytes()
        else:
            body = self.ontology.graph.serialize(format=_RDFLIB_FORMATS[media_type], encoding="utf-8")
        return _answer_response(Answer(200, media_type, body))

    def _void_document(self, base: str) -> Graph:
        with self._lock:
            if self._void is None:
                def run_select(sparql: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
                    names, rows = self.pool.select(sparql)
                    return names, [tuple(term_value(term) for term in row) for row in rows]

                self._void = void_graph(run_select)
        return with_access(self._void, sparql_endpoint=f"{base}/sparql", data_dump=f"{base}/dump")

    async def void(self, request: Request) -> Response:
        """``/.well-known/void``: the VoID/DCAT description (statistics computed once)."""
        media_type = _media_type(request)
        if media_type == HTML or media_type is None:
            media_type = "text/turtle"
        graph = await self.run(lambda: self._void_document(str(request.base_url).rstrip("/")))
        if isinstance(graph, Answer):
            return _answer_response(graph)
        body = graph.serialize(format=_RDFLIB_FORMATS[media_type], encoding="utf-8")
        return _answer_response(Answer(200, media_type, body))

    async def dump(self, request: Request) -> Response:
        """``/dump``: the whole dataset as N-Quads (the VoID data dump)."""
        body = await self.run(lambda: self.pool.call("dump", None))
        if isinstance(body, Answer):
            return _answer_response(body)
        return Response(body, media_type="application/n-quads")


def create_app(source: str, *, ontology: Path | None = None, queries: Path | None = None,
               timeout: float = 10.0, max_rows: int = 10_000, workers: int = 4,
               memory_limit_mb: int = 1024, per_client: int = 2, allow_services: tuple[str, ...] = (),
               cors_origins: tuple[str, ...] = ("*",), max_url: int = MAX_URL, max_body: int = MAX_BODY) -> Starlette:
    """Build the app over ``source`` (a graph file, or ``oxigraph:DIR``); loads the graph in the workers now.

    ``allow_services`` lists the IRI prefixes a query may federate to (none by default);
    ``cors_origins`` the origins browsers may call from (``*`` by default: public read-only data; empty
    for none); the other arguments are the limits of :class:`WorkerPool` and :class:`Guard`.
    """
    pool = WorkerPool(source, workers=workers, timeout=timeout, max_rows=max_rows,
                      memory_limit=memory_limit_mb << 20, per_client=per_client)
    try:
        service = Service(pool, ontology, queries, FederationPolicy.allowing(allow_services))
    except BaseException:
        pool.close()
        raise

    @asynccontextmanager
    async def lifespan(app: Starlette):  # type: ignore[no-untyped-def]
        yield
        pool.close()

    routes = [
        Route("/", service.home),
        Route("/search", service.search),
        Mount("/static", app=CachedStaticFiles(directory=STATIC), name="static"),
        Route("/sparql", service.sparql, methods=["GET", "POST"]),
        Route("/id/{path:path}", service.resource),
        Route("/ontology", service.ontology_doc),
        Route("/.well-known/void", service.void),
        Route("/dump", service.dump),
    ]
    middleware = [Middleware(Guard, max_url=max_url, max_body=max_body)]
    if cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(cors_origins),
                                     allow_methods=["GET", "POST", "OPTIONS"],
                                     allow_headers=["Accept", "Content-Type"]))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.service = service
    return app
