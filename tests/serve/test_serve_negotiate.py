"""Content negotiation and update detection, without HTTP."""

from __future__ import annotations

import pytest

from kg.serve.negotiate import choose
from kg.serve.protocol import is_update

OFFERS = ["text/html", "text/turtle", "application/ld+json"]


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "text/html"),
    ("*/*", "text/html"),
    ("text/turtle", "text/turtle"),
    ("text/html;q=0.5, application/ld+json", "application/ld+json"),
    ("text/*;q=0.9, application/ld+json;q=0.8", "text/html"),
    ("text/turtle;q=0, */*;q=0.1", "text/html"),
    ("image/png", None),
    ("application/ld+json;q=0", None),
    ("TEXT/TURTLE", "text/turtle"),
    ('application/ld+json; profile="http://www.w3.org/ns/json-ld#expanded"', "application/ld+json"),
    ("text/turtle;q=0.9, text/html;q=0.9", "text/html"),
    ("image/png, text/turtle;q=abc", None),
])
def test_choose(accept: str | None, expected: str | None) -> None:
    assert choose(accept, OFFERS) == expected


@pytest.mark.parametrize(("text", "update"), [
    ("INSERT DATA { <a> <b> <c> }", True),
    ("  prefix ex: <http://e/#x>\n# SELECT in a comment\nDelete WHERE { ?s ?p ?o }", True),
    ("BASE <http://e/> LOAD <http://e/x>", True),
    ("WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("PREFIX insert: <http://e/#>\nSELECT * WHERE { ?s insert:p ?o }", False),
    ("# DROP ALL\nASK {}", False),
    ("CONSTRUCT WHERE { ?s ?p ?o }", False),
])
def test_is_update(text: str, update: bool) -> None:
    assert is_update(text) is update
