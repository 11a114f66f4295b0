"""The ``policykg`` command line: thin wrappers that parse options and call one module each."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.corpus.size import DEFAULT_MAX_DOCUMENT_MB
from kg.errors import PolicyKGError
from kg.graph.load import DEFAULT_GRAPH
from kg.options import GRAPH_FORMS, STORE_FORMS, graph_spec, store_spec, view_names
from kg.store.oxigraph import STORE_SCHEME

app = typer.Typer(
    name="policykg",
    help="Build, validate, query, analyse, draw and serve a knowledge graph of Chinese policy texts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _checked(check):
    """A typer callback running ``check`` when the option is parsed, before the command does any work."""
    def callback(value):
        if value is None:
            return None
        try:
            return check(str(value))
        except PolicyKGError as exc:
            raise typer.BadParameter(exc.message) from None
    return callback


def _checked_list(check):
    """A typer callback checking a repeatable option's values together, before any work."""
    def callback(values):
        try:
            return check(list(values or []))
        except PolicyKGError as exc:
            raise typer.BadParameter(exc.message) from None
    return callback


GraphOption = Annotated[str, typer.Option("--graph", "-g", help=f"The graph: {GRAPH_FORMS}.",
                                          callback=_checked(graph_spec))]


def _wrote(paths: list[Path]) -> None:
    """Tell the user what a command wrote and where (on stderr, so that stdout stays data)."""
    typer.echo(f"wrote {len(paths)} file{'s' if len(paths) != 1 else ''}: " + ", ".join(str(p) for p in paths),
               err=True)


StoreOption = Annotated[Optional[str], typer.Option("--store", help=f"Also load into a store: {STORE_FORMS}.",
                                                     callback=_checked(store_spec))]
ValidateOption = Annotated[bool, typer.Option("--validate/--no-validate", help="Check the graph against the SHACL shapes.")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")]
ExecutorOption = Annotated[Optional[str], typer.Option("--executor", help="local (default), dask (a local Dask cluster) or dask://HOST:PORT.")]
MaxSizeOption = Annotated[float, typer.Option(
    "--max-document-size", min=0.001, metavar="MB",
    help="Refuse a document with more normalised text than this (MB of UTF-8); it bounds a document's build time, and the memory of one read whole (HTML, PDF, .docx, plain text under 4 MB).")]
ProgressOption = Annotated[Optional[bool], typer.Option(
    "--progress/--no-progress", show_default="large documents, on a terminal",
    help="Progress lines (stages, share of characters extracted) of each document on stderr.")]


def _size(max_document_size: float, progress: bool | None):
    from kg.corpus.size import SizePolicy, progress_from

    return SizePolicy(max_document_size, progress_from(progress))


class TableFormat(str, Enum):
    auto = "auto"
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    jsonld = "jsonld"
    trig = "trig"
    nq = "nq"
    rdfxml = "rdfxml"


@app.command()
def build(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of policy texts (default: seeds/).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("out"),
    store: StoreOption = None,
    validate: ValidateOption = True,
    jobs: JobsOption = None,
    executor: ExecutorOption = None,
    replace: Annotated[bool, typer.Option("--replace", help="Let the build drop documents the store holds that it has not.")] = False,
    max_document_size: MaxSizeOption = DEFAULT_MAX_DOCUMENT_MB,
    progress: ProgressOption = None,
) -> None:
    """Build the graph from policy texts and write graph.ttl, graph.nt, graph.jsonld and graph.trig.

    Inputs: plain text, HTML, PDF or .docx files, folders of them, a URL, or a file listing URLs
    (fetched only then, with a timeout and a size limit, into OUT/sources/). Unchanged documents of
    the previous build in --out are reused, not extracted again.
    """
    from kg.normalise.fetch import fetch_inputs
    from kg.pipeline import run_build

    files = fetch_inputs(inputs or [Path("seeds")], out / "sources",
                         on_fetch=lambda url, copy: typer.echo(f"fetched {url} → {copy}", err=True))
    run_build(files, out, store=store, validate=validate, jobs=jobs, executor=executor, replace=replace,
              size=_size(max_document_size, progress))


@app.command()
def add(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of policy texts to add or replace.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The build to change.")] = Path("out"),
    store: StoreOption = None,
    validate: ValidateOption = True,
    jobs: JobsOption = None,
    executor: ExecutorOption = None,
    max_document_size: MaxSizeOption = DEFAULT_MAX_DOCUMENT_MB,
    progress: ProgressOption = None,
) -> None:
    """Add or replace these documents in an existing build (and store), leaving every other as it was."""
    from kg.pipeline import run_add

    run_add(inputs, out, store=store, validate=validate, jobs=jobs, executor=executor,
            size=_size(max_document_size, progress))


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="Documents to drop: number, slug, source file or its name.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The build to change.")] = Path("out"),
    store: StoreOption = None,
) -> None:
    """Remove documents from an existing build (and store), leaving every other as it was."""
    from kg.pipeline import run_remove

    run_remove(documents, out, store=store)


@app.command()
def query(
    query_file: Annotated[Path, typer.Argument(help="A SPARQL query file (.rq).")],
    graph: GraphOption = DEFAULT_GRAPH,
    format: Annotated[TableFormat, typer.Option(
        "--format", "-f", help="auto: a table on a terminal, CSV to a file or a pipe (every cell kept). "
                               "CSV written to a file starts with a UTF-8 BOM for Excel on Chinese Windows.")
    ] = TableFormat.auto,
) -> None:
    """Run a SPARQL query file over a built graph."""
    from kg.query import run_query

    run_query(query_file, graph, format.value)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold file (JSON, see docs/gold-format.md) or a folder of them.")],
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="The annotated text (default: the one the gold file names).")] = None,
    peers: Annotated[bool, typer.Option("--peers/--no-peers", help="Score the peer recognisers too.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every false positive and false negative.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the README table (F1 per text, micro, macro, peers).")] = False,
) -> None:
    """Score extraction against hand-made gold annotations: precision, recall and F1 per category."""
    from kg.evaluate import run_evaluate

    run_evaluate(gold, inputs or [], peers=peers, verbose=verbose, as_json=as_json, markdown=markdown)


@app.command()
def analyze(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("out") / "analysis",
    by: Annotated[Optional[str], typer.Option("--by", help="year: measures, places and instruments per year, "
                                                          "place timelines and diffusion.")] = None,
) -> None:
    """Network analytics (shared measures, industries, actor reach, centrality, communities) and the
    citation network; with --by year, the analyses over time.

    The CSV files start with a UTF-8 BOM, so that Excel on Chinese Windows opens them without mojibake.
    """
    from kg.analyse import run_analyze

    _wrote(run_analyze(graph, out, by=by))


@app.command()
def viz(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("out") / "viz",
    view: Annotated[Optional[list[str]], typer.Option(
        "--view", help="full, cities, geo or timeline (repeatable; default: all).", callback=_checked_list(view_names))] = None,
) -> None:
    """Write interactive HTML pages that open offline (labels need a CJK font, e.g. Noto Sans CJK)."""
    from kg.viz import run_viz

    _wrote(run_viz(graph, out, view or []))


@app.command()
def serve(
    graph: Annotated[Optional[str], typer.Option("--graph", "-g", help=f"Serve a graph: {GRAPH_FORMS}.",
                                                 callback=_checked(graph_spec))] = None,
    store: Annotated[Optional[str], typer.Option("--store", help=f"Serve a store: {STORE_FORMS}.",
                                                 callback=_checked(store_spec))] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Query worker processes.")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds a query may run.")] = 10.0,
    memory_limit: Annotated[int, typer.Option("--memory-limit", min=16,
                                              help="MB a query may add to its worker before it is stopped.")] = 1024,
    per_client: Annotated[int, typer.Option("--per-client", min=1, help="Queries one client may have in flight.")] = 2,
    allow_service: Annotated[Optional[list[str]], typer.Option(
        "--allow-service", help="IRI prefix of a SPARQL service queries may federate to (repeatable; none by default).")] = None,
    cors_origin: Annotated[Optional[list[str]], typer.Option(
        "--cors-origin", help="Origin browsers may query from (repeatable; default *; 'none' for no CORS).")] = None,
) -> None:
    """Serve the graph: SPARQL 1.1 protocol, dereferenceable IRIs, ontology docs, VoID."""
    from kg.serve import ServeLimits, run_serve

    origins = ("*",) if not cors_origin else tuple(o for o in cors_origin if o != "none")
    limits = ServeLimits(workers=workers, timeout=timeout, memory_limit_mb=memory_limit, per_client=per_client,
                         allow_services=tuple(allow_service or ()), cors_origins=origins)
    run_serve(graph=Path(graph) if graph else None, store=Path(store.removeprefix(STORE_SCHEME)) if store else None,
              host=host, port=port, limits=limits)


@app.command()
def export(
    graph: GraphOption = DEFAULT_GRAPH,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.trig,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
) -> None:
    """Export the graph as linked data with VoID/DCAT and PROV-O metadata."""
    from kg.export import run_export

    run_export(graph, format.value, out)
    if out is not None:
        _wrote([out])


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store HTTP Protocol endpoint URL.")],
    graph: GraphOption = DEFAULT_GRAPH,
    graph_iri: Annotated[Optional[str], typer.Option("--graph-iri", help="Push everything into this one named graph.")] = None,
    changed_only: Annotated[bool, typer.Option("--changed-only", help="Send only graphs changed since the last push to this endpoint (resumes a push that stopped).")] = False,
    replace_reference: Annotated[bool, typer.Option("--replace-reference", help="Replace the remote reference graph instead of merging into it.")] = False,
) -> None:
    """Push the graph to a remote SPARQL 1.1 store, replacing each document graph atomically."""
    from kg.push import run_push

    run_push(graph, endpoint, graph_iri=graph_iri, changed_only=changed_only, replace_reference=replace_reference)


def main() -> None:
    """Entry point: known errors become one line on stderr and the contract's exit code (1 data,
    2 usage); usage errors are reported by the parser itself with exit code 2."""
    try:
        app(prog_name="policykg")
    except PolicyKGError as exc:
        typer.echo(f"policykg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
