"""Reading files: encodings, HTML, and one readable error per kind of bad input."""

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.normalise import load, read_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "normalise"
TEXT = "国务院关于促进产业转型升级的意见\n（一）总体要求。到2025年，取得明显进展。\n"


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", TEXT.encode("utf-8")),
        ("utf-8-sig", TEXT.encode("utf-8-sig")),
        ("gb18030", TEXT.encode("gb18030")),
        ("utf-16", TEXT.encode("utf-16")),
    ],
)
def test_encodings_read_the_same(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / "policy.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.encoding == encoding
    assert source.text == TEXT
    assert source.media_type == "text/plain"
    assert load(path).text == "国务院关于促进产业转型升级的意见\n（一）总体要求。到2025年，取得明显进展。"


def test_html_is_detected_by_content_not_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes((FIXTURES / "govcn_001_excerpt.html").read_bytes())
    assert read_source(path).media_type == "text/html"


def test_html_paragraphs_become_lines_without_tags() -> None:
    page = load(FIXTURES / "govcn_001_excerpt.html")
    lines = page.text.split("\n")
    assert lines[:4] == [
        "国务院关于在市场监管领域全面推行",
        "部门联合“双随机、一公开”监管的意见",
        "国发〔2019〕5号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    ]
    assert lines[-3:] == ["国务院", "2019年1月27日", "（此件公开发布）"]
    assert "一、总体要求" in lines
    assert "<" not in page.text and "&nbsp;" not in page.text and "\u00a0" not in page.text


def test_entities_are_decoded_and_scripts_dropped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    html = (
        "<html><head><style>p {color: red}</style><script>var x = '<p>';</script></head><body>"
        "<p>按照&ldquo;十四五&rdquo;规划&amp;纲要</p><div>第二段&#12290;</div></body></html>"
    )
    path.write_text(html, encoding="utf-8")
    page = load(path)
    assert page.text == "按照“十四五”规划&纲要\n第二段。"
    s, e = page.to_source(2, 3)
    assert html[s:e] == "&ldquo;"


def test_meta_charset_and_gbk_html(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    html = (
        '<html><head><meta charset="gbk"></head>'
        "<body><p>国务院办公厅关于印发方案的通知</p><p>各省人民政府：</p></body></html>"
    )
    path.write_bytes(html.encode("gbk"))
    source = read_source(path)
    assert source.encoding == "gbk"
    assert load(path).text == "国务院办公厅关于印发方案的通知\n各省人民政府："


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("国务院".encode() + b"\xff\xfe\xfa" + b"\x80" * 3, "offset 9"),
        (b"Only English text here.\n", "no Chinese"),
        (b"<html><body><p>Hello</p><div>world</div></body></html>", "no Chinese"),
    ],
)
def test_bad_input_raises_one_readable_line(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(path)
    text = str(caught.value)
    assert str(path) in text and message in text and "\n" not in text


def test_utf8_with_a_corrupt_byte_is_not_read_as_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.txt"
    good = "国务院关于促进产业转型升级的意见。".encode()
    path.write_bytes(good * 5 + b"\xa0" + good * 5)
    with pytest.raises(InputError, match=f"byte 0xa0 at byte offset {len(good) * 5}"):
        read_source(path)


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_source(tmp_path / "missing.txt")
