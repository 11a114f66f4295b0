"""Text of a PDF file (pypdf), page by page; offsets point into this extracted text."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from kg.errors import InputError

PDF_MAGIC = b"%PDF-"


def is_pdf(raw: bytes) -> bool:
    """A PDF announces itself in its first bytes (``%PDF-``), whatever the file is called."""
    return raw.lstrip()[:5] == PDF_MAGIC


def pdf_text(path: Path, raw: bytes) -> str:
    """The text layer of every page, pages separated by a line break.

    Raises :class:`InputError` for a damaged or encrypted PDF, and for one without a text layer
    (a scan, which needs OCR first).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError("the PDF is encrypted; decrypt it first", path=path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"cannot read the PDF: {exc}", path=path) from None
    text = "\n".join(page.rstrip("\n") for page in pages)
    if not text.strip():
        raise InputError(f"the PDF has no text layer ({len(pages)} pages; a scan needs OCR first)", path=path)
    return text
