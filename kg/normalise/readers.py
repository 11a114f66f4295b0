"""One registry of input readers, as rdflib registers parsers: a detector on the file's bytes → a reader.

Each :class:`Reader` recognises its format from the bytes (never from the file name) and turns
them into a :class:`SourceDocument`. :func:`reader_for` asks the readers in registration order
(most specific first); a new format is one :func:`register` call, not another branch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.normalise.decode import binary_reason, decode
from kg.normalise.docx import DOCX_MEDIA_TYPE, docx_text, is_docx
from kg.normalise.html import extract_text, looks_like_html
from kg.normalise.model import EXTRACTED, SourceDocument
from kg.normalise.offsets import identity
from kg.normalise.pdf import is_pdf, pdf_text


@dataclass(frozen=True)
class Reader:
    """One input format: its name for messages, a detector on the raw bytes, and the reader."""

    name: str
    detect: Callable[[bytes], bool]
    read: Callable[[Path, bytes], SourceDocument]


READERS: list[Reader] = []


def register(reader: Reader) -> None:
    """Add a reader; it is asked after the ones registered before it."""
    READERS.append(reader)


def supported_formats() -> str:
    """The formats read, for messages: ``PDF, Word .docx, plain text or HTML``."""
    return ", ".join(reader.name for reader in READERS)


def reader_for(path: Path, raw: bytes) -> Reader:
    """The first reader that recognises ``raw``; an :class:`InputError` naming every format otherwise."""
    if not raw.strip():
        raise InputError("the file is empty", path=path)
    for reader in READERS:
        if reader.detect(raw):
            return reader
    reason = binary_reason(raw) or "unrecognised content"
    raise InputError(f"{reason}; unsupported format (policykg reads {supported_formats()})", path=path)


def _text_layer(media_type: str, extract: Callable[[Path, bytes], str]) -> Callable[[Path, bytes], SourceDocument]:
    """A reader for a container format whose text is extracted; offsets point into that text."""
    def read(path: Path, raw: bytes) -> SourceDocument:
        text = extract(path, raw)
        return SourceDocument(path=path, raw=raw, encoding=EXTRACTED, media_type=media_type, text=text,
                              origin=identity(len(text)))
    return read


def _read_text(path: Path, raw: bytes) -> SourceDocument:
    """Plain text or HTML: decoded, then the visible text of HTML with offsets into the decoded file."""
    decoded, encoding = decode(path, raw)
    if looks_like_html(decoded):
        text, origin = extract_text(decoded)
        return SourceDocument(path=path, raw=raw, encoding=encoding, media_type="text/html", text=text, origin=origin)
    return SourceDocument(path=path, raw=raw, encoding=encoding, media_type="text/plain", text=decoded,
                          origin=identity(len(decoded)))


register(Reader("PDF", is_pdf, _text_layer("application/pdf", pdf_text)))
register(Reader("Word .docx", is_docx, _text_layer(DOCX_MEDIA_TYPE, docx_text)))
TEXT_READER = Reader("plain text or HTML (UTF-8, UTF-16, GB18030, Big5)", lambda raw: binary_reason(raw) is None,
                     _read_text)
"""The reader of decoded text (plain text or HTML), the last one asked."""
register(TEXT_READER)
