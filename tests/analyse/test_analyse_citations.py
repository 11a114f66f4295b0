"""The citation network: typed relations, the most cited, and chains from a plan to its implementers."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.analyse.citations import read_citations
from kg.store.view import StoreGraph

TTL = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix pkgd: <https://w3id.org/policykg/id/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
pkgd:doc/plan a pkg:CitedDocument ; skos:altLabel "某规划"@zh .
pkgd:doc/a a pkg:PolicyDocument ; pkg:cites pkgd:doc/plan ; pkg:implements pkgd:doc/plan .
pkgd:doc/b a pkg:PolicyDocument ; pkg:cites pkgd:doc/a , pkgd:doc/plan .
pkgd:doc/c a pkg:PolicyDocument ; pkg:cites pkgd:doc/b ; pkg:promulgates pkgd:doc/b .
"""


def _network():
    store = ox.Store()
    store.load(re.sub(r"pkgd:(\S+?)(?=[ ;.,\n])", r"<https://w3id.org/policykg/id/\1>", TTL).encode("utf-8"),
               format=ox.RdfFormat.TURTLE)
    return read_citations(StoreGraph(store))


def test_the_stated_relation_wins_over_plain_cites() -> None:
    relations = {(c.citing.rsplit("/", 1)[1], c.cited.rsplit("/", 1)[1]): c.relation for c in _network().citations}
    assert relations == {("a", "plan"): "implements", ("b", "a"): "cites", ("b", "plan"): "cites",
                         ("c", "b"): "promulgates"}


def test_most_cited_and_chains() -> None:
    network = _network()
    assert network.most_cited()[0] == ("https://w3id.org/policykg/id/doc/plan", 2)
    assert network.labels["https://w3id.org/policykg/id/doc/plan"] == "某规划"
    longest = network.chains()[0]
    assert [n.rsplit("/", 1)[1] for n in longest] == ["plan", "a", "b", "c"]
