"""Years, place timelines and diffusion from a small graph of three documents in three years."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg.analyse.across import diffusion_csv, years_csv
from kg.analyse.timeline import analyse_time, issuer_level
from kg.store.view import StoreGraph

TTL = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix pkgd: <https://w3id.org/policykg/id/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
pkgd:doc/a a pkg:PolicyDocument ; dcterms:issued "2016-03-01"^^xsd:date ; pkg:issuedBy pkgd:actor/state-council .
pkgd:doc/b a pkg:PolicyDocument ; dcterms:issued "2018-05-02"^^xsd:date ; pkg:issuedBy pkgd:actor/210000-government .
pkgd:doc/c a pkg:PolicyDocument ; dcterms:issued "2020-01-09"^^xsd:date ; pkg:issuedBy pkgd:actor/210100-government .
pkgd:doc/a/m/1 a pkg:Measure ; pkg:inDocument pkgd:doc/a ; pkg:targets pkgd:place/210000 ;
    pkg:instrumentType pkgd:instrument/tax .
pkgd:doc/b/m/1 a pkg:Measure ; pkg:inDocument pkgd:doc/b ; pkg:targets pkgd:place/210100 , pkgd:place/210000 ;
    pkg:instrumentType pkgd:instrument/tax .
pkgd:doc/c/m/1 a pkg:Measure ; pkg:inDocument pkgd:doc/c ; pkg:targets pkgd:place/210102 ;
    pkg:instrumentType pkgd:instrument/tax .
pkgd:place/210100 pkg:designation pkgd:designation/zone ; rdfs:label "沈阳市"@zh .
"""


def _time():
    store = ox.Store()
    store.load(re.sub(r"pkgd:(\S+?)(?=[ ;.,\n])", r"<https://w3id.org/policykg/id/\1>", TTL).encode("utf-8"),
               format=ox.RdfFormat.TURTLE)
    return analyse_time(StoreGraph(store))


def test_years_count_documents_measures_places_and_instruments() -> None:
    text = years_csv(_time())
    assert text.startswith("\ufeff")  # a BOM, for Excel
    assert text[1:].splitlines() == ["year,documents,measures,places,instruments", "2016,1,1,1,1",
                                               "2018,1,1,2,1", "2020,1,1,1,1"]


def test_diffusion_is_the_first_year_each_place_is_reached_with_the_issuer_level() -> None:
    time = _time()
    tax = [(r.place.rsplit("/", 1)[1], r.year, r.level) for r in time.diffusion if r.kind == "instrument"]
    assert tax == [("210000", 2016, "central"), ("210100", 2018, "provincial"), ("210102", 2020, "city")]
    assert time.curve()["https://w3id.org/policykg/id/instrument/tax"] == [(2016, 1), (2018, 2), (2020, 3)]
    zone = [r for r in time.diffusion if r.kind == "designation"]
    assert [(r.place.rsplit("/", 1)[1], r.year) for r in zone] == [("210100", 2018)]
    assert "沈阳市" in diffusion_csv(time)


def test_timelines_and_issuer_levels() -> None:
    assert _time().timelines["https://w3id.org/policykg/id/place/210000"] == {2016: 1, 2018: 1}
    assert issuer_level("https://w3id.org/policykg/id/actor/ndrc") == "central"
    assert issuer_level("https://w3id.org/policykg/id/actor/210102-government") == "county"
