"""The shape of a policy document once its text is normalised: header fields and a provision tree."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.structure.promulgation import Act


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of the normalised text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start:self.end]


@dataclass(frozen=True)
class Sentence:
    """A sentence: ends at 。！？ or a line break; ``span`` excludes surrounding white space."""

    span: Span
    text: str


@dataclass
class Provision:
    """A numbered unit (chapter, section, article, item) or the unnumbered preamble.

    ``number`` is canonical: ``"一"`` for ``一、``, ``"（一）"`` for ``(一)``/``（一）``,
    ``"第三条"``, ``"第二章"``, ``"1"`` for ``1.``, ``"（1）"`` for ``(1)``; ``"preamble"`` for the
    unnumbered text before the first heading. ``ordinal`` is the number's value (0 for the preamble).
    ``body_start`` is where the text after the number marker begins; ``heading_span`` covers the title.
    """

    kind: str
    number: str
    ordinal: int
    span: Span
    heading: str | None = None
    heading_span: Span | None = None
    body_start: int | None = None
    children: list[Provision] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def walk(self):
        """This provision and all below it, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class HeaderField:
    """A header value with the span of the text it was read from."""

    value: str
    span: Span


@dataclass
class DocumentStructure:
    """Header fields and top-level provisions of one document (``provisions`` in reading order)."""

    text: str
    number: HeaderField | None = None
    title: HeaderField | None = None
    issued: date | None = None
    issued_span: Span | None = None
    addressees: HeaderField | None = None
    issuers: list[HeaderField] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    record: list[Act] = field(default_factory=list)  # the dated acts of a law's promulgation record

    def all_provisions(self):
        """Every provision, depth first, in document order."""
        for provision in self.provisions:
            yield from provision.walk()


@dataclass
class Continuation:
    """What a volume of a document read in a stream takes from the volumes before it, updated as each is
    parsed: the last number of each heading style, and whether a signature and an annex were met."""

    numbering: dict[str, int] = field(default_factory=dict)
    signed: bool = False
    annexed: bool = False
