"""Structure: header fields, provision tree (chapters, articles, items, annexes) and sentences, with offsets."""

from __future__ import annotations

from kg.structure.annexes import Annex, find_annexes
from kg.structure.closing import closing_start
from kg.structure.contents import find_contents
from kg.structure.header import Header, parse_header, signature_span, standalone_dates, title_after
from kg.structure.model import Continuation, DocumentStructure, HeaderField, Provision, Sentence, Span
from kg.structure.provisions import assign_sentences, build_provisions, close_spans, numbered_tree, trimmed
from kg.structure.scan import TextScan

__all__ = ["Continuation", "DocumentStructure", "HeaderField", "Provision", "Sentence", "Span", "parse_document"]


def parse_document(text: str, *, sentences: bool = True, opening: bool = True, ending: bool = True,
                   continued: Continuation | None = None) -> DocumentStructure:
    """Parse normalised text into header fields and a provision tree (without sentences unless
    ``sentences``: a large document built in parts splits each part's own, :mod:`kg.structure.partition`).

    A volume of a document read in a stream (:mod:`kg.corpus.volumes`) is one stretch of it, parsed with
    what the volumes before it left in ``continued`` (updated): unless ``opening`` it has no header
    fields (the first volume's are carried in); unless ``ending`` the main text closes in it only where
    its annexes begin; headings go on numbering from the volume before, and annexes after a signature
    met in a volume before are annexes. A whole document is both opening and ending, and continues none.

    Text before the first numbered heading, header lines included, is the preamble, so that every
    mention belongs to some provision; each annex after the signature is a provision of kind
    ``annex`` with its own numbering; a table of contents (``目录``) is no provision. The text after
    the last numbered unit that closes the document or an annex (see :mod:`kg.structure.closing`) is a
    provision of kind ``closing``, the last of its level. Line breaks
    help but are not needed: markers and header fields are found inline too. A text with no numbered
    headings becomes a single preamble provision and a warning says so.
    """
    header = parse_header(text) if opening else Header(signature=signature_span(text))
    structure = DocumentStructure(text=text, number=header.number, title=header.title, issued=header.issued,
                                  issued_span=header.issued_span, addressees=header.addressees,
                                  issuers=header.issuers or [], record=header.record)
    fields = [f.span for f in (header.number, header.title, header.addressees) if f is not None]
    if header.issued_span:
        fields.append(header.issued_span)
    dates = [found.end() for found in standalone_dates(text)]  # a signature date ends a block, and so
    dates += [title_after(text, end) for end in dates]  # does the title of a plan after it
    body = [header.body_start] if header.body_start is not None else []  # a provision may begin there, with no
    scan = TextScan(text, [*(span.end for span in fields), *dates, *body])  # line break or sentence end before
    before = continued or Continuation()
    annexes = find_annexes(text, scan, Span(0, 0) if before.signed else header.signature)
    contents = find_contents(text, scan)
    main_end = annexes.bodies[0].span.start if annexes.bodies else len(text)
    skip = [*contents, annexes.list_span] if annexes.list_span else contents
    structure.provisions = build_provisions(text, scan, main_end, skip=skip, last_seen=before.numbering)
    stops = [annexes.list_span.start] if annexes.list_span else []
    if header.signature:
        stops.append(_signature_start(text, header.signature.start, header.issuers or []))
    if (ending or annexes.bodies) and not before.annexed:
        _add_closing(text, structure.provisions, main_end, stops)
    before.signed = before.signed or header.signature is not None
    before.annexed = before.annexed or bool(annexes.bodies)
    structure.provisions.extend(_annex_provision(text, scan, annex, contents) for annex in annexes.bodies)
    if sentences:
        assign_sentences(structure.provisions, text)
    if not any(p.kind != "preamble" for p in structure.provisions):
        structure.warnings.append("no numbered provisions found; the text is one unstructured provision")
    return structure


def _annex_provision(text: str, scan: TextScan, annex: Annex, contents: list[Span]) -> Provision:
    """An annex and the provisions numbered inside it (numbering restarts at one; a table of
    contents in it is skipped)."""
    after_title = annex.title_span.end if annex.title_span else annex.body_start
    provision = Provision(kind="annex", number=annex.number, ordinal=annex.ordinal,
                          span=trimmed(text, annex.span.start, annex.span.end), heading=annex.title,
                          heading_span=annex.title_span, body_start=annex.body_start)
    provision.children = numbered_tree(text, scan, after_title, provision.span.end, skip=contents,
                                       opened_at=after_title)
    _add_closing(text, provision.children, provision.span.end)
    return provision


def _signature_start(text: str, date_start: int, issuers: list[HeaderField]) -> int:
    """Where the signature ending at the date at ``date_start`` begins: at the issuers written right
    above or before the date (not those read from the title)."""
    start = date_start
    for issuer in sorted(issuers, key=lambda f: f.span.start, reverse=True):
        if issuer.span.end <= start and not text[issuer.span.end:start].strip():
            start = issuer.span.start
    return start


def _add_closing(text: str, provisions: list[Provision], end: int, stops: list[int] = ()) -> None:
    """End the numbered units of ``provisions`` where their closing begins and append the closing (its
    ordinal follows the last unit's)."""
    numbered = [p for p in provisions if p.kind != "preamble"]
    start = closing_start(text, numbered, end, stops=tuple(stops))
    if start is None:
        return
    close_spans(numbered, start, text)
    provisions.append(Provision(kind="closing", number="closing", ordinal=numbered[-1].ordinal + 1,
                                span=trimmed(text, start, end)))
