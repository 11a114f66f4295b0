"""The reader registry: each format found from its bytes, a .docx read with offsets, the rest refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.normalise import load, read_source
from kg.normalise.docx import DOCX_MEDIA_TYPE
from kg.normalise.readers import READERS, reader_for, supported_formats

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "gold" / "texts" / "govcn-057.html"
FIXTURES = REPO / "tests" / "fixtures" / "normalise"


@pytest.mark.parametrize(("name", "media_type"), [
    ("seed_excerpt.txt", "text/plain"),
    ("govcn_001_excerpt.html", "text/html"),
    ("seed_excerpt.pdf", "application/pdf"),
])
def test_each_format_goes_to_its_reader_whatever_the_file_is_called(tmp_path, name, media_type):
    renamed = tmp_path / "input.bin"
    renamed.write_bytes((FIXTURES / name).read_bytes())
    assert read_source(renamed).media_type == media_type


def test_docx_text_is_the_pages_paragraphs_with_offsets_into_it(tmp_path, docx_of):
    path = docx_of(PAGE, tmp_path / "page.docx")
    source = read_source(path)
    assert source.media_type == DOCX_MEDIA_TYPE
    assert source.text == load(PAGE).text
    normalised = load(path)
    start = normalised.text.index("国务院")
    first, stop = normalised.to_source(start, start + 3)
    assert source.decoded[first:stop] == "国务院"


def test_docx_tables_are_read_cell_by_cell(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("关于支持沈阳市发展的通知")
    table = document.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "城市", (0, 1): "措施", (1, 0): "沈阳市", (1, 1): "给予资金支持"}.items():
        table.cell(row, col).text = text
    document.save(str(tmp_path / "t.docx"))
    assert read_source(tmp_path / "t.docx").text.split("\n") == [
        "关于支持沈阳市发展的通知", "城市", "措施", "沈阳市", "给予资金支持"]


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"PK\x03\x04" + bytes(range(256)) * 4,  # a ZIP that is no Word document
])
def test_anything_else_gets_one_message_naming_every_format(tmp_path, content):
    path = tmp_path / "image.png"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_source(path)
    message = str(error.value)
    assert "unsupported format" in message and "\n" not in message
    for reader in READERS:
        assert reader.name in message
    assert supported_formats().startswith("PDF, Word .docx, plain text or HTML")


def test_registry_order_puts_the_most_specific_first(tmp_path, docx_of):
    path = docx_of(PAGE, tmp_path / "page.docx")
    assert reader_for(path, path.read_bytes()).name == "Word .docx"
