"""Stable data IRIs, derived from identity (codes, document numbers, positions), never from run order."""

from __future__ import annotations

import hashlib
import re

from rdflib import URIRef

from kg.extract.citations import canonical_number
from kg.structure import Provision
from kg.vocab import PKGD

REFERENCE_GRAPH = PKGD["graph/reference"]


def _short_hash(value: str, length: int = 8) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:length]


def document_slug(number: str | None, content_hash: str) -> str:
    """``发改振兴〔2021〕1618号`` → ``2021-1618-<hash>``; unnumbered texts → ``sha-<content hash>``.

    The hash of the full number keeps two agencies' ``〔2021〕5号`` apart; the number is hashed in
    one spelling (``canonical_number``), so ``国办函[2004]80号`` and ``国办函〔2004〕80号`` are one document.
    """
    if number:
        number = canonical_number(number)
        digits = re.findall(r"\d+", number)
        return "-".join([*digits, _short_hash(number, 6)])
    return "sha-" + content_hash.removeprefix("sha256:")[:16]


def cited_document_slug(number: str | None, title: str | None) -> str:
    """A cited document's slug: from its number exactly as a built document's, else from its title."""
    if number:
        return document_slug(number, "")
    return "t-" + _short_hash(title or "", 12)


def document_iri(slug: str) -> URIRef:
    return PKGD[f"doc/{slug}"]


def graph_iri(slug: str) -> URIRef:
    """The named graph holding one document's facts."""
    return PKGD[f"graph/{slug}"]


def provision_step(provision: Provision, repeat: int = 1) -> str:
    """A provision's part of its path: chapter 二 is ``2``, the preamble ``0``, annex 1 ``a1``. The
    ``repeat``-th provision printed with the same number under one parent (a second ``附件1``) is
    ``a1-2``, so two never share an IRI, and the first keeps the one it has without the second."""
    step = f"a{provision.ordinal}" if provision.kind == "annex" else str(provision.ordinal)
    return step if repeat == 1 else f"{step}-{repeat}"


def provision_iri(slug: str, path: list[str]) -> URIRef:
    """``path``: the steps from the top provision down (``["a1", "2"]`` → ``…/p/a1.2``)."""
    return PKGD[f"doc/{slug}/p/{'.'.join(path)}"]


def measure_iri(provision: URIRef, ordinal: int) -> URIRef:
    return URIRef(f"{provision}/m/{ordinal}")


def goal_iri(provision: URIRef, ordinal: int) -> URIRef:
    return URIRef(f"{provision}/t/{ordinal}")


def entity_iri(local_id: str) -> URIRef:
    """Places, actors and industries carry their local IRI part (``place/210100``) as their id."""
    return PKGD[local_id]


def cluster_iri(place_id: str, industry_id: str) -> URIRef:
    """``place/210100`` + ``industry/robotics`` → ``cluster/210100--robotics``."""
    return PKGD[f"cluster/{place_id.split('/', 1)[1]}--{industry_id.split('/', 1)[1]}"]


def name_change_iri(entity_id: str, former_name: str) -> URIRef:
    """``place/420600`` renamed from ``襄樊市`` → ``change/420600-<hash of the former name>``."""
    return PKGD[f"change/{entity_id.split('/', 1)[1]}-{_short_hash(former_name)}"]
