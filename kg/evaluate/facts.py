"""What a built graph claims, read with SPARQL over the contract vocabulary only (no extractor internals)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.graph.write import union_graph
from kg.vocab import PKG

PREFIXES = {"pkg": PKG._NS, "rdfs": RDFS, "skos": SKOS, "dcterms": DCTERMS}
# the classes named here, and every rdfs:subClassOf+ of the first one found in the graph
PLACE_CLASSES = (PKG.Place, PKG.Province, PKG.City, PKG.District, PKG.County, PKG.Region, PKG.IndustrialPark)
ACTOR_CLASSES = (PKG.Actor, PKG.GovernmentAgency, PKG.FinancialInstitution)
_IN_DOCUMENT = "?prov pkg:partOf* ?doc . ?doc a pkg:PolicyDocument ."

PLACES_QUERY = f"""
SELECT DISTINCT ?e ?name ?code WHERE {{
  VALUES ?cls {{ %s }}
  ?e a ?cls ; pkg:mentionedIn ?prov . {_IN_DOCUMENT}
  ?e rdfs:label|skos:altLabel ?name .
  OPTIONAL {{ ?e pkg:adminCode ?code }}
}}"""

ACTORS_QUERY = f"""
SELECT DISTINCT ?e ?name WHERE {{
  VALUES ?cls {{ %s }}
  ?e a ?cls .
  {{ ?e pkg:mentionedIn ?prov . {_IN_DOCUMENT} }} UNION {{ ?doc a pkg:PolicyDocument ; pkg:issuedBy ?e }}
  ?e rdfs:label|skos:altLabel ?name .
}}"""

TARGETS_QUERY = """
SELECT DISTINCT ?m ?e ?prov WHERE {
  { ?m pkg:targets ?e } UNION { ?e pkg:supportedBy ?m }
  ?m pkg:inProvision ?prov .
}"""

MEASURES_QUERY = """
SELECT DISTINCT ?m ?prov ?text WHERE {
  ?m a pkg:Measure ; pkg:inProvision ?prov .
  OPTIONAL { ?m pkg:sourceText ?text }
}"""

# (property, role) pairs; the role names are those of the gold format (kg.evaluate.gold.ROLES)
ROLE_PROPERTIES = ((PKG.fundedBy, "funds"), (PKG.responsibleParty, "responsible"),
                   (PKG.cooperatingParty, "cooperates"), (PKG.guidedBy, "guides"), (PKG.approvedBy, "approves"))

ROLES_QUERY = f"""
SELECT DISTINCT ?m ?prop ?e ?name WHERE {{
  VALUES ?prop {{ {" ".join(f"<{p}>" for p, _ in ROLE_PROPERTIES)} <{PKG.providedBy}> }}
  ?m ?prop ?e .
  OPTIONAL {{ ?e rdfs:label|skos:altLabel ?name }}
}}"""

HEADER_PROPERTIES = (("number", PKG.documentNumber), ("title", DCTERMS.title), ("date", DCTERMS.issued))

PROVISIONS_QUERY = """
SELECT DISTINCT ?prov ?parent ?kind ?number WHERE {
  ?prov pkg:partOf ?parent .
  OPTIONAL { ?prov pkg:provisionKind ?kind }
  OPTIONAL { ?prov pkg:provisionNumber ?number }
}"""

INDUSTRIES_QUERY = """
SELECT DISTINCT ?e ?i ?name WHERE {
  ?e pkg:hasIndustryCluster ?c . ?c pkg:clusterIndustry ?i .
  ?i skos:prefLabel|skos:altLabel|rdfs:label ?name .
}"""

PATH_KINDS = ("annex", "chapter", "article")  # docs/gold-format.md, "Annexes"


@dataclass
class Entity:
    """One graph entity: its IRI, every label it carries, and its admin code if any."""

    iri: URIRef
    names: set[str] = field(default_factory=set)
    code: str | None = None

    @property
    def display(self) -> str:
        """A short readable name: the shortest-sorted label, else the IRI."""
        return min(self.names, key=lambda n: (len(n), n)) if self.names else str(self.iri)


@dataclass
class Measure:
    """One system measure: its provision path, source text without white space, targets and roles."""

    iri: URIRef
    path: str
    text: str = ""
    targets: set[URIRef] = field(default_factory=set)
    roles: set[tuple[URIRef, str]] = field(default_factory=set)
    providers: set[URIRef] = field(default_factory=set)


@dataclass
class Facts:
    """The system's claims for one document, in the shape the gold file has.

    ``role_actors`` holds every entity that has a role or provides a measure (some are not typed
    or mentioned as actors); ``header`` maps ``number``/``title``/``date`` to their values.
    """

    places: dict[URIRef, Entity]
    actors: dict[URIRef, Entity]
    place_measure: set[tuple[URIRef, str]]
    shared: set[frozenset[URIRef]]
    place_industry: dict[tuple[URIRef, URIRef], set[str]]
    measures: dict[URIRef, Measure] = field(default_factory=dict)
    role_actors: dict[URIRef, Entity] = field(default_factory=dict)
    header: dict[str, set[str]] = field(default_factory=dict)
    issuers: set[URIRef] = field(default_factory=set)


def _entities(graph: Graph, query: str, classes: tuple[URIRef, ...]) -> dict[URIRef, Entity]:
    """Entities typed with one of ``classes`` or a subclass of the first, with their labels and code."""
    every = set(classes) | set(graph.transitive_subjects(RDFS.subClassOf, classes[0]))
    found: dict[URIRef, Entity] = {}
    for row in graph.query(query % " ".join(sorted(f"<{c}>" for c in every)), initNs=PREFIXES):
        entity = found.setdefault(row.e, Entity(row.e))
        entity.names.add(str(row.name))
        if getattr(row, "code", None) is not None:
            entity.code = str(row.code)
    return found


def provision_paths(graph: Graph) -> dict[URIRef, str]:
    """Map each provision to its path of chapter/article numbers, e.g. ``二/（四）``, or ``preamble``."""
    parent: dict[URIRef, URIRef] = {}
    label: dict[URIRef, str] = {}
    for row in graph.query(PROVISIONS_QUERY, initNs=PREFIXES):
        parent[row.prov] = row.parent
        if row.kind is not None and str(row.kind) in PATH_KINDS and row.number is not None:
            label[row.prov] = str(row.number)
    paths = {}
    for prov in parent:
        parts, node, seen = [], prov, set()
        while node is not None and node not in seen:
            seen.add(node)
            if node in label:
                parts.append(label[node])
            node = parent.get(node)
        paths[prov] = "/".join(reversed(parts)) or "preamble"
    return paths


def _measures(graph: Graph, paths: dict[URIRef, str]) -> tuple[dict[URIRef, Measure], dict[URIRef, Entity]]:
    """Every measure with its provision path and source text, and the roles actors play in it."""
    measures: dict[URIRef, Measure] = {}
    for row in graph.query(MEASURES_QUERY, initNs=PREFIXES):
        measure = measures.setdefault(row.m, Measure(row.m, paths.get(row.prov, "preamble")))
        if row.text is not None:
            measure.text = max(measure.text, "".join(str(row.text).split()), key=len)
    role_of = dict(ROLE_PROPERTIES)
    role_actors: dict[URIRef, Entity] = {}
    for row in graph.query(ROLES_QUERY, initNs=PREFIXES):
        if row.m not in measures or not isinstance(row.e, URIRef):
            continue
        entity = role_actors.setdefault(row.e, Entity(row.e))
        if row.name is not None:
            entity.names.add(str(row.name))
        if row.prop in role_of:
            measures[row.m].roles.add((row.e, role_of[row.prop]))
        if row.prop in (PKG.providedBy, PKG.fundedBy, PKG.responsibleParty):  # the two subproperties
            measures[row.m].providers.add(row.e)
    return measures, role_actors


def _header(graph: Graph) -> tuple[dict[str, set[str]], set[URIRef]]:
    header: dict[str, set[str]] = defaultdict(set)
    issuers: set[URIRef] = set()
    for doc in graph.subjects(RDF.type, PKG.PolicyDocument):
        for name, prop in HEADER_PROPERTIES:
            header[name].update(str(value) for value in graph.objects(doc, prop))
        issuers.update(o for o in graph.objects(doc, PKG.issuedBy) if isinstance(o, URIRef))
    return dict(header), issuers


def read_facts(graph: Graph | Dataset) -> Facts:
    """Query the graph for places, actors, measures (targets, roles), place industries and the header."""
    if isinstance(graph, Dataset):
        graph = union_graph(graph)
    places = _entities(graph, PLACES_QUERY, PLACE_CLASSES)
    actors = _entities(graph, ACTORS_QUERY, ACTOR_CLASSES)
    paths = provision_paths(graph)
    measures, role_actors = _measures(graph, paths)
    by_measure: dict[URIRef, set[URIRef]] = defaultdict(set)
    place_measure = set()
    for row in graph.query(TARGETS_QUERY, initNs=PREFIXES):
        if row.e in places:
            by_measure[row.m].add(row.e)
            place_measure.add((row.e, paths.get(row.prov, "preamble")))
            if row.m in measures:
                measures[row.m].targets.add(row.e)
    shared = {frozenset((a, b)) for targets in by_measure.values() for a in targets for b in targets if a != b}
    place_industry: dict[tuple[URIRef, URIRef], set[str]] = defaultdict(set)
    for row in graph.query(INDUSTRIES_QUERY, initNs=PREFIXES):
        if row.e in places:
            place_industry[(row.e, row.i)].add(str(row.name))
    header, issuers = _header(graph)
    return Facts(places, actors, place_measure, shared, dict(place_industry), measures, role_actors,
                 header, issuers)
