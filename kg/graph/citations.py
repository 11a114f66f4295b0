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


_NEEDED = {str(DCTERMS.title), str(PKG.documentNumber), *(str(r) for r in RELATIONS)}
_KINDS = {str(PKG.PolicyDocument), str(PKG.CitedDocument)}


def citation_facts(triples: Iterable[ox.Triple | ox.Quad]) -> list[ox.Triple | ox.Quad]:
    """The triples (of a shard) that :func:`resolve_cited_titles` needs: document and stub types,
    titles, numbers, citation relations. A worker writes them beside the shard as N-Triples
    (:func:`kg.graph.fragments.write_fragments`): the corpus step reads these small files, never the
    shards."""
    a = str(RDF.type)
    return [triple for triple in triples if (predicate := triple.predicate.value) in _NEEDED
            or (predicate == a and triple.object.value in _KINDS)]


def resolve_cited_titles_in_facts(paths: Iterable[Path], dataset: Dataset) -> int:
    """:func:`resolve_cited_titles` for a corpus build, over the citation facts its documents' workers
    wrote (:func:`citation_facts`); the links go into ``dataset``'s reference graph. Returns how
    many stubs were resolved."""
    facts = Dataset()
    scratch = facts.graph(URIRef("urn:x-policykg:citation-facts"))
    for path in paths:
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES):
            term = triple.object
            value = Literal(term.value) if isinstance(term, ox.Literal) else URIRef(term.value)
            scratch.add((URIRef(triple.subject.value), URIRef(triple.predicate.value), value))
    resolved = resolve_cited_titles(facts)
    reference = dataset.graph(REFERENCE_GRAPH)
    for triple in facts.graph(REFERENCE_GRAPH):
        reference.add(triple)
    return resolved
