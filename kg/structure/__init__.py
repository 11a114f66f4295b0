"""Structure: header fields, provision tree (chapters, articles, items) and sentences, with offsets."""

from __future__ import annotations

from kg.structure.header import parse_header
from kg.structure.model import DocumentStructure, HeaderField, Provision, Sentence, Span
from kg.structure.provisions import build_provisions

__all__ = ["DocumentStructure", "HeaderField", "Provision", "Sentence", "Span", "parse_document"]


def parse_document(text: str) -> DocumentStructure:
    """Parse normalised text into header fields and a provision tree.

    Text before the first numbered heading, header lines included, is the preamble, so that every
    mention belongs to some provision; a text with no numbered headings becomes a single preamble
    provision and a warning says so.
    """
    header = parse_header(text)
    structure = DocumentStructure(text=text, number=header.number, title=header.title, issued=header.issued,
                                  issued_span=header.issued_span, addressees=header.addressees,
                                  issuers=header.issuers or [])
    structure.provisions = build_provisions(text)
    if not any(p.kind != "preamble" for p in structure.provisions):
        structure.warnings.append("no numbered provisions found; the text is one unstructured provision")
    return structure

