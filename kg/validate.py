"""Check a built graph against the SHACL shapes, with the ontology mixed in for the class hierarchy.

Two engines. ``pyshacl`` is the reference (the shapes' own tests run on it). ``turbo``
(pyshacl-turbo, a native engine) is what builds use: its shapes are compiled once per process, and it
reports the same violations on every shape and mutation test (tests/ontology/test_ontology_engines.py) for about a
fifth of the CPU (README, "Corpus builds"). pyshacl's per-call cost is not a fixed one that reuse could
remove: it grows with the triples (its Core constraints run in Python).

The data is an rdflib graph or its triples as N-Triples text. Text is what a build worker hands over:
the turbo engine parses it natively, where a graph is first copied term by term in Python (which cost
more than the validation itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal as Choice

from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.resources import ontology_file

Engine = Choice["turbo", "pyshacl"]
Data = Graph | str  # a graph, or its triples as N-Triples text


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, and the shape's message."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        return f"{where}: {self.message}"


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@cache
def ontology_graph() -> Graph:
    return Graph().parse(ontology_file("policykg.ttl"), format="turtle")


@cache
def ontology_axioms() -> Graph:
    """The ontology's classes and property axioms as pyshacl mixes them into a data graph."""
    from pyshacl.rdfutil.inoculate import inoculate

    return inoculate(Graph(), ontology_graph())


@cache
def _ontology_axioms_ntriples() -> str:
    return ontology_axioms().serialize(format="nt")


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """The prefixes a fresh rdflib graph binds: what a graph handed to the engine brings along."""
    return tuple((prefix, str(namespace)) for prefix, namespace in Graph().namespaces())


@cache
def _compiled_shapes():
    from pyshacl_turbo import compile_shapes

    return compile_shapes(shapes_graph(), advanced=True)


def validation(data: Data, *, engine: Engine = "turbo", inplace: bool = False) -> tuple[bool, Graph]:
    """Whether ``data`` (a graph, or N-Triples text) conforms, and the SHACL validation report graph.
    ``inplace`` mixes the ontology into a graph ``data`` itself (for a throwaway graph: saves a copy);
    otherwise ``data`` is left as it was."""
    if isinstance(data, str):
        if engine == "turbo":
            # An Input goes straight to the native parser (a str handed to validate() would be parsed
            # into an rdflib graph first); the prefixes are those a graph would have brought along.
            from pyshacl_turbo.rdf import Input

            native = Input(data + _ontology_axioms_ntriples(), "nt", None, {}, dict(_namespaces()))
            return _compiled_shapes().validate(native, allow_warnings=True)[:2]
        data, inplace = Graph().parse(data=data, format="nt"), True
    if engine == "pyshacl":
        from pyshacl import validate

        return validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
                        advanced=True, allow_warnings=True, inplace=inplace)[:2]
    if engine != "turbo":
        raise ValueError(f"unknown SHACL engine {engine!r}")
    mixed = data if inplace else Graph() + data
    mixed += ontology_axioms()
    return _compiled_shapes().validate(mixed, allow_warnings=True)[:2]


def check(data: Data, *, engine: Engine = "turbo", inplace: bool = False) -> list[Violation]:
    """All SHACL violations of ``data`` (empty when it conforms), sorted for stable reports."""
    conforms, results = validation(data, engine=engine, inplace=inplace)
    if conforms:
        return []
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(str(focus or ""), str(path or ""), str(message or "does not conform")))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
