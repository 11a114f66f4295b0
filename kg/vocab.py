"""Vocabulary terms as named constants; a test checks each one against ``ontology/policykg.ttl``.

Standard vocabularies come from ``rdflib.namespace`` (SKOS, DCTERMS, PROV, ORG, …); only the
project's own terms and the data namespace are defined here.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/policykg/ontology"
PKGD = Namespace("https://w3id.org/policykg/id/")
PKGS = Namespace("https://w3id.org/policykg/shapes#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

#: the one prefix map: files, SPARQL texts, pages and the JSON-LD context use these (a test checks the context)
PREFIXES = {
    "pkg": ONTOLOGY_IRI + "#",
    "pkgd": str(PKGD),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "wgs": str(WGS),
    "wd": "http://www.wikidata.org/entity/",
}


def sparql_prefixes(*names: str) -> str:
    """``PREFIX`` lines for a SPARQL text, from ``PREFIXES``."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in names)


class PKG(DefinedNamespace):
    """The policykg ontology, ``https://w3id.org/policykg/ontology#``."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    PolicyDocument: object
    Provision: object
    Measure: object
    Actor: object
    GovernmentAgency: object
    FinancialInstitution: object
    Place: object
    Province: object
    City: object
    District: object
    County: object
    Region: object
    IndustrialPark: object
    Industry: object
    IndustryCluster: object
    Target: object
    InstrumentType: object
    PlaceDesignation: object
    # annotation layer (annot): place kinds and enterprises
    Country: object
    ForeignRegion: object
    NaturalFeature: object
    NewArea: object
    Enterprise: object

    # document
    documentNumber: object
    issuedBy: object
    addressedTo: object
    contentHash: object
    sourceFile: object
    # provision tree
    partOf: object
    provisionKind: object
    provisionNumber: object
    ordinal: object
    heading: object
    charStart: object
    charEnd: object
    # measures
    inProvision: object
    sourceText: object
    sentenceText: object
    triggerVerb: object
    supportedBy: object
    targets: object
    providedBy: object
    # roles of actors in a measure
    fundedBy: object
    responsibleParty: object
    cooperatingParty: object
    guidedBy: object
    approvedBy: object
    concernsIndustry: object
    instrumentType: object
    hasTarget: object
    targetYear: object
    # places
    locatedIn: object
    adminCode: object
    hasMember: object
    designation: object
    hasIndustryCluster: object
    clusterIndustry: object
    clusterPlace: object
    # provenance
    mentionedIn: object

    # documents across the corpus (xdoc)
    CitedDocument: object
    inDocument: object
    cites: object
    promulgates: object
    implements: object
    forwards: object
    amends: object
    repeals: object
    repliesTo: object
    NameChange: object
    renamedEntity: object
    formerName: object
    changeYear: object

    # provenance a reader can follow (prov): offsets into the original file, the metadata sidecar
    sourceCharStart: object
    sourceCharEnd: object
    metadataFile: object

    # network analysis (policykg analyze)
    PlacePairing: object
    IndustryPairing: object
    Community: object
    pairMember: object
    sharedMeasure: object
    sharedIndustry: object
    weight: object
    jaccard: object
    communityMember: object
    bindingMeasure: object
    modularity: object
