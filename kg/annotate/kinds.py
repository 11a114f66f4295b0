"""Entity kinds as data: the one table from a kind to its ontology classes (used by the graph writer).

Kinds added with the annotation layer (countries, foreign regions, natural features, new areas,
enterprises) are typed with their base class too (pkg:Place, pkg:Actor), so that a reader of the
data without the ontology (a SPARQL query over the graph alone) still finds them.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.vocab import PKG

PLACE_KINDS: dict[str, tuple[URIRef, ...]] = {
    "province": (PKG.Province,), "city": (PKG.City,), "district": (PKG.District,), "county": (PKG.County,),
    "region": (PKG.Region,), "park": (PKG.IndustrialPark,), "locality": (PKG.Place,),
    "country": (PKG.Country, PKG.Place), "foreign-region": (PKG.ForeignRegion, PKG.Place),
    "natural-feature": (PKG.NaturalFeature, PKG.Place), "new-area": (PKG.NewArea, PKG.Place),
}
ACTOR_KINDS: dict[str, tuple[URIRef, ...]] = {
    "agency": (PKG.GovernmentAgency,), "bank": (PKG.FinancialInstitution,), "enterprise": (PKG.Enterprise, PKG.Actor),
    "organisation": (PKG.Actor,),  # neither a body of the state nor a company: a federation, committee, university
}


def ontology_classes(kind: str) -> tuple[URIRef, ...]:
    """The classes an entity of this kind is typed with; KeyError names an unknown kind."""
    if kind in PLACE_KINDS:
        return PLACE_KINDS[kind]
    if kind in ACTOR_KINDS:
        return ACTOR_KINDS[kind]
    raise KeyError(f"no ontology class for entity kind {kind!r}")


def ontology_class(kind: str) -> URIRef:
    """The most specific class of an entity kind."""
    return ontology_classes(kind)[0]
