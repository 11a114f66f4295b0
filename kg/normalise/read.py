"""Read an input file: its bytes go to the reader that recognises them (:mod:`kg.normalise.readers`)."""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError
from kg.normalise.chars import HAN_RE
from kg.normalise.decode import decode
from kg.normalise.model import SourceDocument
from kg.normalise.readers import reader_for

__all__ = ["decode", "read_source"]


def read_source(path: Path) -> SourceDocument:
    """Read a plain-text, HTML, PDF or ``.docx`` policy file; raises :class:`InputError` for unusable input.

    For a PDF or a ``.docx``, ``text`` is the extracted text and ``origin`` points into that text.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path=path) from None
    source = reader_for(path, raw).read(path, raw)
    if not HAN_RE.search(source.text):
        raise InputError("no Chinese text in the file", path=path)
    return source
