"""A file read in a stream of volumes (issue 12, inputs with bounded cost): its volumes' texts joined are
the text a whole read gives, with the same map back to the file and the same hash and encoding; cuts
fall before the highest heading in reach, never in a table of contents."""

from __future__ import annotations

import codecs
import hashlib

import pytest

from kg.normalise import load
from kg.normalise.decode import decode
from kg.normalise.stream import TextStream, text_encoding, volume_cut

ENCODINGS = {"utf-8": "utf-8", "utf-8 with a BOM": "utf-8-sig", "gb18030": "gb18030"}


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one line"])
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_the_volumes_joined_are_the_whole_reads_text_map_and_hash(tmp_path, compilation, encoding, lines) -> None:
    text = compilation(6, lines=lines)
    path = tmp_path / "laws.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(ENCODINGS[encoding]))
    whole = load(path)
    found = text_encoding(path, path.read_bytes()[:4096])
    assert found == whole.source.encoding
    stream = TextStream(path, found, volume_chars=2_000)
    volumes = list(stream.volumes())
    assert len(volumes) > 10
    assert "".join(volume.text for volume in volumes) == whole.text
    origin = [offset for volume in volumes for offset in list(volume.origin)[:-1]] + [volumes[-1].origin[-1]]
    assert origin == list(whole.origin)
    assert stream.content_hash == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("raw", [b"<!DOCTYPE html><html><body><p>\xe5\x85\xb3\xe4\xba\x8e</p></body></html>",
                                 codecs.BOM_UTF16_LE + "关于推进产业发展的意见\n".encode("utf-16-le"),
                                 b"%PDF-1.7\n", b"\x00\x01\x02binary"], ids=["HTML", "UTF-16", "PDF", "binary"])
def test_what_does_not_stream_is_read_whole(tmp_path, raw) -> None:
    assert text_encoding(tmp_path / "file", raw) is None


def test_the_encoding_judged_on_a_prefix_cut_in_a_character_is_the_whole_ones(compilation, tmp_path) -> None:
    raw = compilation(6).encode("gb18030")
    for length in range(4000, 4004):
        assert text_encoding(tmp_path / "laws.txt", raw[:length]) == decode(tmp_path / "laws.txt", raw)[1] == "gb18030"


def test_a_cut_goes_before_the_highest_heading_and_not_into_a_table_of_contents() -> None:
    text = ("目录\n第一章 总则\n第二章 规划\n" + "第一章 总则\n" + "第一条 规定。\n" * 30 + "第二章 规划\n第一节 一般规定\n"
            + "第三十一条 规定。\n" * 30)
    chapter = text.index("第二章 规划\n第一节")
    assert volume_cut(text, 0, len(text) - 1) == (chapter, True)
    assert volume_cut(text, chapter + 1, len(text) - 1)[0] == text.rindex("第三十一条")
    one_line = "第一章总则第一条规定。第二条规定。第二章规划第三条规定。第四条规定。"
    assert volume_cut(one_line, 5, len(one_line) - 1) == (one_line.index("第二章"), False)
    assert volume_cut(one_line, one_line.index("第三条"), len(one_line) - 1) == (one_line.index("第四条"), False)
