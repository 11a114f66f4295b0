"""A large document cut into parts: runs of whole top-level provisions, each a structure of its own.

A part's structure holds only its stretch of the text, with every offset moved to start at the part's
start (``offset``), and the document's header fields (their values; their spans moved too, so they fall
outside a part that does not hold them). A provision is never cut: a top-level provision larger than
the wanted size is a part of its own. A part's sentences are split when its structure is made, so the
document's own tree needs none (``parse_document(text, sentences=False)``): they are held for one part
at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.structure.model import DocumentStructure, HeaderField, Provision, Span
from kg.structure.provisions import assign_sentences


@dataclass(frozen=True)
class Part:
    """The text ``[offset, end)`` of ``document`` and its top-level ``provisions``."""

    offset: int
    end: int
    document: DocumentStructure
    provisions: tuple[Provision, ...]

    def structure(self) -> DocumentStructure:
        """The part as a structure of its own, with its sentences (made when asked, so that only one part's
        copy is held); the whole document is its own, its sentences split if it was parsed without."""
        if self.offset == 0 and self.end == len(self.document.text) and len(self.provisions) == len(
                self.document.provisions):
            if not any(provision.sentences for provision in self.document.all_provisions()):
                assign_sentences(self.document.provisions, self.document.text)
            return self.document
        return _part(self.document, list(self.provisions), self.offset, self.end)


def partition(structure: DocumentStructure, max_chars: int) -> list[Part]:
    """Consecutive top-level provisions grouped into parts of at most ``max_chars`` characters (more
    only for a single provision that is larger), in reading order; text between provisions (white
    space) goes with the part before it."""
    groups: list[list[Provision]] = []
    for provision in structure.provisions:
        if groups and provision.span.end - groups[-1][0].span.start <= max_chars:
            groups[-1].append(provision)
        else:
            groups.append([provision])
    parts = []
    for index, group in enumerate(groups):
        start = 0 if index == 0 else group[0].span.start
        end = groups[index + 1][0].span.start if index + 1 < len(groups) else len(structure.text)
        parts.append(Part(start, end, structure, tuple(group)))
    return parts


def _part(structure: DocumentStructure, provisions: list[Provision], start: int, end: int) -> DocumentStructure:
    text = structure.text[start:end]
    moved = [_moved_provision(p, start) for p in provisions]
    assign_sentences(moved, text)
    return carried(structure, text, moved, start)


def carried(header: DocumentStructure, text: str, provisions: list[Provision], start: int) -> DocumentStructure:
    """A stretch of a document starting at ``start`` (its ``text`` and the ``provisions`` in it, placed in
    it) as a structure with ``header``'s fields, their spans moved by ``start`` (so they fall outside a
    stretch that does not hold them): a part, or a volume after the first (:mod:`kg.corpus.volumes`)."""
    def field(found: HeaderField | None) -> HeaderField | None:
        return replace(found, span=_moved(found.span, start)) if found is not None else None

    return DocumentStructure(
        text=text, number=field(header.number), title=field(header.title), issued=header.issued,
        issued_span=_moved(header.issued_span, start) if header.issued_span else None,
        addressees=field(header.addressees), issuers=[field(f) for f in header.issuers], provisions=provisions)


def _moved(span: Span, by: int) -> Span:
    return Span(span.start - by, span.end - by)


def _moved_provision(provision: Provision, by: int) -> Provision:
    return replace(provision, span=_moved(provision.span, by),
                   heading_span=_moved(provision.heading_span, by) if provision.heading_span else None,
                   body_start=provision.body_start - by if provision.body_start is not None else None,
                   children=[_moved_provision(child, by) for child in provision.children], sentences=[])
