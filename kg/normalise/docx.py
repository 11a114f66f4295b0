"""Text of a Word ``.docx`` file (python-docx): paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from kg.errors import InputError

DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_ZIP_MAGIC = b"PK\x03\x04"
_MAIN_PART = "word/document.xml"


def is_docx(raw: bytes) -> bool:
    """A ``.docx`` is a ZIP archive holding ``word/document.xml``, whatever the file is called."""
    if not raw.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return _MAIN_PART in archive.namelist()
    except zipfile.BadZipFile:
        return False


def docx_text(path: Path, raw: bytes) -> str:
    """The document body as text: one line per paragraph, one per table cell, in reading order.

    Offsets into a ``.docx`` point into this text (as for a PDF's text layer). Raises
    :class:`InputError` for a damaged archive.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"cannot read the .docx file: {exc}", path=path) from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(cell.text for row in block.rows for cell in _unique_cells(row.cells))
    return "\n".join(lines)


def _unique_cells(cells: list) -> list:
    """Merged cells appear once per grid column in python-docx; keep each once."""
    seen: set[int] = set()
    unique = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique
