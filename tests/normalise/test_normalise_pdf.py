"""PDF input: the text layer is read page by page, cleaned like any text, and bad PDFs fail clearly."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter

from kg.errors import InputError
from kg.normalise import load, read_source

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "normalise" / "seed_excerpt.pdf"


def test_pdf_text_is_read_and_cleaned():
    text = load(FIXTURE)
    assert text.source.media_type == "application/pdf"
    assert "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。" in text.text
    assert "— 3 —" not in text.text  # page marker at the foot of page 1
    assert text.text.splitlines()[0] == "发改振兴〔2021〕1618号"


def test_pdf_offsets_point_into_the_extracted_text():
    text = load(FIXTURE)
    start = text.text.index("洛阳农机装备")
    s, e = text.to_source(start, start + len("洛阳农机装备"))
    assert text.source.decoded[s:e].replace("\n", "") == "洛阳农机装备"  # the PDF line broke inside it


def test_pdf_is_detected_by_content_not_name(tmp_path):
    renamed = tmp_path / "notice.txt"
    renamed.write_bytes(FIXTURE.read_bytes())
    assert read_source(renamed).media_type == "application/pdf"


def _blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("content, message", [(_blank_pdf(), "no text layer"),
                                              (b"%PDF-1.7\n%garbage, not a pdf", "cannot read the pdf")])
def test_bad_pdfs_fail_with_one_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_source(path)
    assert message in str(error.value).lower() and "bad.pdf" in str(error.value)
