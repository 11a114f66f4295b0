"""``policykg query``: run a SPARQL file over a built graph (file or Oxigraph store) and print the answer."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.analyse.files import EXCEL_BOM
from kg.errors import InputError
from kg.store import open_source, term_value
from kg.vocab import ONTOLOGY_IRI, PKGD

COMPACT_PREFIXES = {"pkgd": str(PKGD), "pkg": ONTOLOGY_IRI + "#"}
_RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV, "json": QueryResultsFormat.JSON}
FORMATS = ("auto", "table", *_RESULT_FORMATS)


def stdout_is_terminal() -> bool:
    """True when standard output is a terminal (tables for people); False for a file or a pipe."""
    return sys.stdout.isatty()


def stdout_is_file() -> bool:
    """True when standard output is redirected to a regular file (``> result.csv``)."""
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def output_format(fmt: str) -> str:
    """``auto`` becomes a table on a terminal and CSV otherwise, so that nothing is ever cut."""
    if fmt == "auto":
        return "table" if stdout_is_terminal() else "csv"
    return fmt


def read_query(path: Path) -> str:
    """The text of a query file; a missing or unreadable file is an InputError."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("query file not found", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read query file: {exc}", path=path) from exc


def run_query(query_file: Path, graph: Path | str, fmt: str = "auto") -> None:
    """Run ``query_file`` over ``graph`` and print a table, CSV, TSV or SPARQL JSON results.

    ``auto`` prints a table on a terminal and CSV to a file or a pipe; CSV written to a file starts
    with a UTF-8 BOM so that Excel on Chinese Windows reads it as UTF-8.
    """
    fmt = output_format(fmt)
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
            bom = EXCEL_BOM if fmt == "csv" and stdout_is_file() else ""
            sys.stdout.write(bom + result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8"))
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
    """A table for a terminal: long cells wrap (``fold``), never cut with an ellipsis."""
    from rich.console import Console
    from rich.table import Column, Table

    names = [v.value for v in result.variables]
    table = Table(*(Column(name, overflow="fold") for name in names), show_lines=False)
    count = 0
    for solution in result:
        table.add_row(*[_compact(term_value(solution[name])) for name in names])
        count += 1
    console = Console()
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}")
