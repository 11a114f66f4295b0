"""``policykg query``: run a SPARQL file over a built graph (file or Oxigraph store) and print the answer."""

from __future__ import annotations

import sys
from pathlib import Path

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import InputError
from kg.store import open_source, term_value
from kg.vocab import ONTOLOGY_IRI, PKGD

COMPACT_PREFIXES = {"pkgd": str(PKGD), "pkg": ONTOLOGY_IRI + "#"}
_RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "json": QueryResultsFormat.JSON}


def read_query(path: Path) -> str:
    """The text of a query file; a missing or unreadable file is an InputError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("query file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query file: {exc}", path=path) from exc


def run_query(query_file: Path, graph: Path | str, fmt: str = "table") -> None:
    """Run ``query_file`` over ``graph`` and print a table, CSV or SPARQL JSON results."""
    sparql = read_query(query_file)
    store = open_source(graph)
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise InputError(f"malformed SPARQL: {str(exc).splitlines()[0]}", path=query_file) from exc
    if isinstance(result, QueryBoolean):
        print("true" if bool(result) else "false")
    elif isinstance(result, QuerySolutions):
        if fmt == "table":
            _print_table(result)
        else:
            sys.stdout.write(result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8"))
    else:  # CONSTRUCT / DESCRIBE
        sys.stdout.write(result.serialize(format=RdfFormat.TURTLE).decode("utf-8"))


def _compact(value: str | None) -> str:
    """IRIs of the data namespace as ``pkgd:place/210100`` so that tables stay readable."""
    if value is None:
        return ""
    for prefix, namespace in COMPACT_PREFIXES.items():
        if value.startswith(namespace):
            return prefix + ":" + value[len(namespace):]
    return value


def _print_table(result: QuerySolutions) -> None:
    from rich.console import Console
    from rich.table import Table

    names = [v.value for v in result.variables]
    table = Table(*names, show_lines=False)
    count = 0
    for solution in result:
        table.add_row(*[_compact(term_value(solution[name])) for name in names])
        count += 1
    console = Console()
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}")
