"""Command-line values checked before any work starts: one spelling for a store, ``oxigraph:DIR``.

``--store`` (build, serve) and ``--graph`` (every reading command) name an Oxigraph store the same
way. The old spelling of a store as a bare folder (``serve --store DIR``) is still accepted, with a
deprecation warning; a mistyped kind (``oxigarph:DIR``) is refused at once with the accepted forms.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kg.errors import UsageError
from kg.store.oxigraph import STORE_SCHEME

STORE_FORMS = f"{STORE_SCHEME}DIR (an Oxigraph store folder)"
GRAPH_FORMS = f"a graph file (.trig, .ttl, .nt, .nq, .jsonld, .rdf) or {STORE_FORMS}"
_KIND = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")  # "kind:"; two letters at least, so never a drive "C:"


def _deprecated(option: str, value: str, canonical: str) -> None:
    print(f"policykg: warning: {option} {value} is deprecated; write {option} {canonical}", file=sys.stderr)


def store_spec(value: str, *, option: str = "--store") -> str:
    """The canonical ``oxigraph:DIR`` for a store argument; a bare folder is accepted (deprecated).

    Raises :class:`UsageError` naming the accepted form for anything else.
    """
    if value.startswith(STORE_SCHEME):
        if not value[len(STORE_SCHEME):]:
            raise UsageError(f"{option} {value!r}: the store folder is missing; accepted: {STORE_FORMS}")
        return value
    kind = _KIND.match(value)
    if kind:
        raise UsageError(f"{option} {value!r}: unknown store kind {kind.group(1)!r}; accepted: {STORE_FORMS}")
    canonical = STORE_SCHEME + value
    _deprecated(option, value, canonical)
    return canonical


def graph_spec(value: str, *, option: str = "--graph") -> str:
    """A ``--graph`` argument: a graph file as given, or a store as ``oxigraph:DIR``.

    A folder is taken for a store (deprecated spelling); an unknown ``kind:`` prefix is a
    :class:`UsageError` naming the accepted forms.
    """
    if value.startswith(STORE_SCHEME):
        return store_spec(value, option=option)
    kind = _KIND.match(value)
    if kind:
        raise UsageError(f"{option} {value!r}: unknown store kind {kind.group(1)!r}; accepted: {GRAPH_FORMS}")
    if Path(value).is_dir():
        canonical = STORE_SCHEME + value
        _deprecated(option, value, canonical)
        return canonical
    return value


VIEW_NAMES = ("full", "cities", "geo", "timeline")
"""The pages ``policykg viz`` writes (:data:`kg.viz.VIEWS` has one entry for each; a test checks)."""


def view_names(values: list[str]) -> list[str]:
    """The ``--view`` values, each one of :data:`VIEW_NAMES`; a :class:`UsageError` names the choices."""
    unknown = sorted(set(values) - set(VIEW_NAMES))
    if unknown:
        raise UsageError(f"unknown view {', '.join(unknown)} (choose from {', '.join(VIEW_NAMES)})")
    return values
