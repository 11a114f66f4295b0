"""A VoID + DCAT description of a graph: size, classes and properties used, where to query and download it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from kg.store.formats import PREFIXES
from kg.vocab import ONTOLOGY_IRI, PKGD

DATASET = URIRef(PKGD["dataset"])
LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
TITLE = "policykg: a knowledge graph of Chinese policy documents"

RunSelect = Callable[[str], tuple[list[str], list[tuple[str | None, ...]]]]

_DISTINCT = "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }"
_TRIPLES = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_DISTINCT} }}"
_ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s)) }"
_CLASSES = ("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } "
            "GROUP BY ?c ORDER BY ?c")
_PROPERTIES = f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {_DISTINCT} }} GROUP BY ?p ORDER BY ?p"


def _slug(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local.replace("_", "").replace("-", "").isalnum():
            return f"{prefix}-{local}"
    return hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12]


def _count(run_select: RunSelect, sparql: str) -> int:
    return int(run_select(sparql)[1][0][0] or 0)


def void_graph(run_select: RunSelect) -> Graph:
    """Describe the graph that ``run_select`` queries (union of all graphs) as a void:Dataset / dcat:Dataset."""
    graph = Graph()
    graph.bind("void", VOID)
    graph.bind("dcat", DCAT)
    graph.bind("dcterms", DCTERMS)
    graph.add((DATASET, RDF.type, VOID.Dataset))
    graph.add((DATASET, RDF.type, DCAT.Dataset))
    graph.add((DATASET, DCTERMS.title, Literal(TITLE, lang="en")))
    graph.add((DATASET, DCTERMS.license, LICENCE))
    graph.add((DATASET, VOID.uriSpace, Literal(str(PKGD))))
    graph.add((DATASET, VOID.vocabulary, URIRef(ONTOLOGY_IRI + "#")))
    graph.add((DATASET, VOID.triples, Literal(_count(run_select, _TRIPLES), datatype=XSD.integer)))
    graph.add((DATASET, VOID.entities, Literal(_count(run_select, _ENTITIES), datatype=XSD.integer)))
    classes = run_select(_CLASSES)[1]
    properties = run_select(_PROPERTIES)[1]
    graph.add((DATASET, VOID.classes, Literal(len(classes), datatype=XSD.integer)))
    graph.add((DATASET, VOID.properties, Literal(len(properties), datatype=XSD.integer)))
    for iri, entities in classes:
        partition = URIRef(f"{DATASET}/class/{_slug(str(iri))}")
        graph.add((DATASET, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(str(iri))))
        graph.add((partition, VOID.entities, Literal(int(entities or 0), datatype=XSD.integer)))
    for iri, triples in properties:
        partition = URIRef(f"{DATASET}/property/{_slug(str(iri))}")
        graph.add((DATASET, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(str(iri))))
        graph.add((partition, VOID.triples, Literal(int(triples or 0), datatype=XSD.integer)))
    return graph


def with_access(description: Graph, *, sparql_endpoint: str, data_dump: str) -> Graph:
    """A copy of ``description`` that also says where the SPARQL endpoint and the N-Quads dump are."""
    graph = Graph()
    for prefix, namespace in description.namespaces():
        graph.bind(prefix, namespace)
    graph += description
    graph.add((DATASET, VOID.sparqlEndpoint, URIRef(sparql_endpoint)))
    graph.add((DATASET, VOID.dataDump, URIRef(data_dump)))
    distribution = URIRef(f"{DATASET}/distribution/nquads")
    graph.add((DATASET, DCAT.distribution, distribution))
    graph.add((distribution, RDF.type, DCAT.Distribution))
    graph.add((distribution, DCAT.downloadURL, URIRef(data_dump)))
    graph.add((distribution, DCAT.mediaType, Literal("application/n-quads")))
    return graph
