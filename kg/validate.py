"""Check a built graph against the SHACL shapes (pyshacl), with the ontology for class hierarchy."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.resources import ontology_file


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


def check(data: Graph) -> list[Violation]:
    """All SHACL violations of ``data`` (empty when it conforms), sorted for stable reports."""
    conforms, report, _ = validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                   inference="none", advanced=True, allow_warnings=True)
    if conforms:
        return []
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        violations.append(Violation(str(focus or ""), str(path or ""), str(message or "does not conform")))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
