"""Corpus-level resolution of documents cited by title only: a stub whose title is the title of a
document in the build is that document (numbered citations need nothing: their IRI is the number's)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from kg.graph.iris import REFERENCE_GRAPH
from kg.vocab import PKG

RELATIONS = (PKG.cites, PKG.promulgates, PKG.implements, PKG.forwards, PKG.amends, PKG.repeals, PKG.repliesTo)


def resolve_cited_titles(dataset: Dataset) -> int:
    """Into the reference graph: ``stub owl:sameAs document`` and every citing document's relation to the
    document itself, for each title-only stub whose title a built document carries. Returns how many."""
    union = dataset if dataset.default_union else Dataset(store=dataset.store, default_union=True)
    by_title: dict[str, set] = {}
    for document in union.subjects(RDF.type, PKG.PolicyDocument):
        for title in union.objects(document, DCTERMS.title):
            by_title.setdefault(str(title), set()).add(document)
    reference = dataset.graph(REFERENCE_GRAPH)
    resolved = 0
    for stub in sorted(set(union.subjects(RDF.type, PKG.CitedDocument))):
        if (stub, RDF.type, PKG.PolicyDocument) in union or (stub, PKG.documentNumber, None) in union:
            continue
        targets = {d for title in union.objects(stub, DCTERMS.title) for d in by_title.get(str(title), ())}
        if len(targets) != 1:
            continue
        (document,) = targets
        reference.add((stub, OWL.sameAs, document))
        for relation in RELATIONS:
            for citing in union.subjects(relation, stub):
                if citing != document:
                    reference.add((citing, relation, document))
        resolved += 1
    return resolved


def resolve_cited_titles_in_shards(shards: Iterable[Path], dataset: Dataset) -> int:
    """:func:`resolve_cited_titles` for a corpus build, whose documents live in N-Quads shards: only the
    facts it needs (document and stub types, titles, numbers, citation relations) are read, shard by
    shard, and the links go into ``dataset``'s reference graph. Returns how many stubs were resolved."""
    needed = {str(DCTERMS.title), str(PKG.documentNumber), *(str(r) for r in RELATIONS)}
    kinds = {str(PKG.PolicyDocument), str(PKG.CitedDocument)}
    facts = Dataset()
    scratch = facts.graph(URIRef("urn:x-policykg:citation-facts"))
    for shard in shards:
        for quad in ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS):
            predicate, term = quad.predicate.value, quad.object
            if predicate in needed or (predicate == str(RDF.type) and term.value in kinds):
                value = Literal(term.value) if isinstance(term, ox.Literal) else URIRef(term.value)
                scratch.add((URIRef(quad.subject.value), URIRef(predicate), value))
    resolved = resolve_cited_titles(facts)
    reference = dataset.graph(REFERENCE_GRAPH)
    for triple in facts.graph(REFERENCE_GRAPH):
        reference.add(triple)
    return resolved
