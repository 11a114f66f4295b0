"""Federation policy: a query may call other SPARQL services (``SERVICE``) only where the operator allows.

A read-only endpoint that runs ``SERVICE <http://…>`` makes its host send requests to any address it
can reach (server-side request forgery). The query text is scanned the way the SPARQL grammar reads
it — ``\\u`` escapes expanded first (SPARQL 1.1 §19.2), then comments, strings and IRIs skipped — and
every ``SERVICE`` keyword is found with the IRI that follows it. Unless every such IRI is on the
operator's allow-list, the query is refused before it reaches the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'      # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'               # short strings
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"         # IRIs
    r"|\#[^\n\r]*",                          # comments
    re.DOTALL)
_WORD = re.compile("service", re.IGNORECASE)
_VARIABLE = re.compile(r"[?$][\w\u00b7-\uffff]+")
_NAME_CHARS = re.compile(r"[\w\-%\\\u00b7-\uffff]*\Z")
_SILENT = re.compile(r"\s*(?:\#[^\n\r]*\s*)*(?:SILENT\b)?\s*(?:\#[^\n\r]*\s*)*", re.IGNORECASE)
_IRI = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")


class FederationRefused(ValueError):
    """The query calls a service the operator has not allowed."""


def _expand_escapes(query: str) -> str:
    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return _ESCAPE.sub(char, query)


def _local_name(code: str, start: int) -> bool:
    """Whether position ``start`` lies in the local part of a prefixed name (``schema:GovernmentService``)."""
    before = code[:start]
    run = _NAME_CHARS.search(before)
    return run is not None and run.start() > 0 and before[run.start() - 1] == ":"


def service_targets(query: str) -> list[str | None]:
    """The IRI after each possible ``SERVICE`` keyword of ``query`` (None when no full IRI follows).

    Conservative by design: outside strings, IRIs, comments and variable names, every occurrence of
    the letters ``service`` counts, unless it sits in the local part of a prefixed name — so no
    spelling (``\\u0053ERVICE``, ``?o.SERVICE``, ``SERVICE:x``) slips through; a prefix or a word
    that merely contains them makes the query refused, never wrongly run.
    """
    text = _expand_escapes(query)
    targets: list[str | None] = []
    position = 0
    while position <= len(text):
        skip = _SKIP.search(text, position)
        end = skip.start() if skip else len(text)
        code = _VARIABLE.sub(lambda m: " " * len(m.group(0)), text[position:end])
        for word in _WORD.finditer(code):
            if _local_name(code, word.start()):
                continue
            after = _SILENT.match(text, position + word.end()).end()
            iri = _IRI.match(text, after)
            targets.append(iri.group(1) if iri else None)
        if skip is None:
            break
        position = max(skip.end(), skip.start() + 1)
    return targets


@dataclass(frozen=True)
class FederationPolicy:
    """Which services a query may call: none by default; IRIs starting with an allowed prefix otherwise."""

    allowed: tuple[str, ...] = ()

    @classmethod
    def allowing(cls, prefixes: Iterable[str]) -> FederationPolicy:
        """A policy allowing the services whose IRIs start with one of ``prefixes``."""
        return cls(tuple(sorted({prefix for prefix in prefixes if prefix})))

    def check(self, query: str) -> None:
        """Raise :class:`FederationRefused` (a one-line reason) when ``query`` calls a disallowed service."""
        for target in service_targets(query):
            if not self.allowed:
                raise FederationRefused("SERVICE (federated query) is disabled on this endpoint; the operator "
                                        "can allow services with --allow-service")
            if target is None:
                raise FederationRefused("SERVICE must name its endpoint as a full <IRI> on this endpoint")
            if not any(target.startswith(prefix) for prefix in self.allowed):
                raise FederationRefused(f"SERVICE <{target}> is not on this endpoint's allow-list")
