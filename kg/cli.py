"""The ``policykg`` command line: thin wrappers that parse options and call one module each."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import PolicyKGError
from kg.graph.load import DEFAULT_GRAPH

app = typer.Typer(
    name="policykg",
    help="Build, validate, query, analyse, draw and serve a knowledge graph of Chinese policy texts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

GraphOption = Annotated[Path, typer.Option("--graph", "-g", help="A built graph file (TriG, Turtle, N-Triples, JSON-LD).")]


StoreOption = Annotated[Optional[str], typer.Option("--store", help="Also load into a store, e.g. oxigraph:DIR.")]
ValidateOption = Annotated[bool, typer.Option("--validate/--no-validate", help="Check the graph against the SHACL shapes.")]
JobsOption = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")]
ExecutorOption = Annotated[Optional[str], typer.Option("--executor", help="local (default), dask (a local Dask cluster) or dask://HOST:PORT.")]


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
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
) -> None:
    """Build the graph from policy texts and write graph.ttl, graph.nt, graph.jsonld and graph.trig.

    Unchanged documents of the previous build in --out are reused, not extracted again."""
    from kg.pipeline import run_build

    run_build(inputs or [Path("seeds")], out, store=store, validate=validate, jobs=jobs, executor=executor,
              replace=replace)


@app.command()
def add(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders of policy texts to add or replace.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The build to change.")] = Path("out"),
    store: StoreOption = None,
    validate: ValidateOption = True,
    jobs: JobsOption = None,
    executor: ExecutorOption = None,
) -> None:
    """Add or replace these documents in an existing build (and store), leaving every other as it was."""
    from kg.pipeline import run_add

    run_add(inputs, out, store=store, validate=validate, jobs=jobs, executor=executor)


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
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
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
) -> None:
    """Score extraction against hand-made gold annotations: precision, recall and F1 per category."""
    from kg.evaluate import run_evaluate

    run_evaluate(gold, inputs or [], peers=peers, verbose=verbose, as_json=as_json)


@app.command()
def analyze(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("out") / "analysis",
) -> None:
    """Network analytics: shared measures, industries and actor reach; centrality and communities."""
    from kg.analyse import run_analyze

    run_analyze(graph, out)


@app.command()
def viz(
    graph: GraphOption = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o")] = Path("out") / "viz",
    view: Annotated[Optional[list[str]], typer.Option("--view", help="full, cities or geo (default: all).")] = None,
) -> None:
    """Write interactive HTML pages (pyvis) that open offline."""
    from kg.viz import run_viz

    run_viz(graph, out, view or [])


@app.command()
def serve(
    graph: Annotated[Optional[Path], typer.Option("--graph", "-g")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="An Oxigraph store folder.")] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
) -> None:
    """Serve the graph: SPARQL 1.1 protocol, dereferenceable IRIs, ontology docs, VoID."""
    from kg.serve import run_serve

    run_serve(graph=graph, store=store, host=host, port=port)


@app.command()
def export(
    graph: GraphOption = DEFAULT_GRAPH,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.trig,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (default: standard output).")] = None,
) -> None:
    """Export the graph as linked data with VoID/DCAT and PROV-O metadata."""
    from kg.export import run_export

    run_export(graph, format.value, out)


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
