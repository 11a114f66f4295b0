"""A large plain-text file read in volumes: its bytes in blocks, its text a few MB at a time.

One pass over the bytes hashes them (the SHA-256 equals the whole read's), decodes them in the
encoding the whole read finds (judged on the first ``PREFIX_BYTES``: :func:`text_encoding`) and cuts
the decoded text into volumes of at most ``VOLUME_CHARS`` characters (:func:`volume_cut`): right
before a line opening a part (第…编), else a chapter (第…章, 第…部分), else an annex (附件, 附件2 alone
on a line), else an article (第…条), else
after a line ending a sentence, else at any line break; in a text without line breaks after a sentence
end (。；), preferably one followed by such a heading. Each volume is normalised on its own
(:func:`kg.normalise.normalise`); the volumes' texts joined are the whole text's normalised text when
every normalisation step is line-local, which holds at such cuts (a line is never rejoined to a heading
line, nor to a line after a sentence end) except for two measures taken per volume: the wrap width of
a hard-wrapped text and the share of Traditional characters. The file is read whole instead
(:class:`NotStreamable`) when its first bytes are not plain text in an ASCII-compatible encoding
(HTML, PDF, .docx, UTF-16, binary) or when a later block disagrees (a NUL byte, a byte the encoding
cannot decode, HTML tags): the whole read then decides, or raises its own error.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from kg.errors import InputError
from kg.normalise.chars import HAN_RE
from kg.normalise.decode import decode
from kg.normalise.html import html_tags, looks_like_html
from kg.normalise.lines import ends_sentence
from kg.normalise.model import NormalisedText
from kg.normalise.offsets import OffsetMap
from kg.normalise.pipeline import normalise
from kg.normalise.readers import TEXT_READER, reader_for

BLOCK_BYTES = 1 << 18
"""The file is read in blocks of this many bytes."""

PREFIX_BYTES = 1 << 18
"""The encoding is judged on this many first bytes (as :func:`kg.normalise.decode.decode` would)."""

VOLUME_CHARS = 1_000_000
"""The largest volume, in characters of decoded text (a cut is looked for in its second half)."""

_NUM = "一二三四五六七八九十百千零〇两0-9"
_PART, _CHAPTER, _ANNEX, _ARTICLE = (re.compile(rf"[ \t\u3000]*{heading}") for heading in (
    f"第[{_NUM}]+[编篇]", f"第[{_NUM}]+(?:章|部分)", f"附件[{_NUM}]*[ \t\u3000]*(?=\n)", f"第[{_NUM}]+条"))
_LEVELS = (_PART, _CHAPTER, _ANNEX, _ARTICLE)
"""Heading openings, highest level first: a cut goes before the highest one found (an annex's heading,
alone on its line, first once one was passed: the annexes close the main text)."""
_ANNEX_LINE = re.compile(rf"^{_ANNEX.pattern}", re.MULTILINE)
_LINE_START = re.compile(r"(?<=\n)")
_SENTENCE_END = re.compile("(?<=[。；])")
_ASCII_SAFE = 0x30
"""No byte below this is part of a multi-byte character in UTF-8, GB18030 or Big5."""


class NotStreamable(Exception):
    """The file is to be read whole: its first bytes or a later block say it is no plain text that
    streams (see the module's documentation)."""


def text_encoding(path: Path, prefix: bytes) -> str | None:
    """The encoding the whole read finds for a file starting with ``prefix``, judged on it; None when
    the file is not plain text in an ASCII-compatible encoding (it is read whole)."""
    try:
        if reader_for(path, prefix) is not TEXT_READER:
            return None
        decoded, encoding = decode(path, _whole_characters(prefix))
    except InputError:
        return None
    if encoding.startswith("utf-16") or looks_like_html(decoded):
        return None
    return encoding


def _whole_characters(prefix: bytes) -> bytes:
    """The prefix cut after its last byte that ends a character in every ASCII-compatible encoding read
    (when its last 64 KB hold one), so that it does not end in half a character."""
    for index in range(len(prefix) - 1, max(-1, len(prefix) - 65_536), -1):
        if prefix[index] < _ASCII_SAFE:
            return prefix[:index + 1]
    return prefix


def volume_cut(text: str, low: int, high: int, annexed: bool = False) -> tuple[int, bool]:
    """Where to end a volume of ``text`` between ``low`` and ``high`` (see the module's documentation;
    ``annexed``: an annex began before ``text``), and whether the cut is at a line break; ``high`` when
    nothing better is found."""
    window = _LINE_START if text.find("\n", low, high) >= 0 else _SENTENCE_END
    starts = [m.start() for m in window.finditer(text, low, high + 1) if m.start() > 0]
    lines = window is _LINE_START
    annexed = annexed or _ANNEX_LINE.search(text, 0, low) is not None
    for level in (_ANNEX, *_LEVELS) if annexed else _LEVELS:
        found = [pos for pos in starts if level.match(text, pos) and not (lines and _same_level_next(text, pos, level))]
        if found:
            return found[-1], lines
    if lines:
        ended = [pos for pos in starts if ends_sentence(text[text.rfind("\n", 0, pos - 1) + 1:pos - 1].rstrip())]
        return (ended or starts)[-1], True
    return (starts[-1], False) if starts else (high, False)


def _same_level_next(text: str, pos: int, level: re.Pattern[str]) -> bool:
    """A heading line followed by another of its level is a table of contents' entry, no place to cut."""
    after = text.find("\n", pos)
    return after >= 0 and level.match(text, after + 1) is not None


class TextStream:
    """The volumes of one plain-text file in a known encoding (:meth:`volumes`), then its hash."""

    def __init__(self, path: Path, encoding: str, volume_chars: int = VOLUME_CHARS) -> None:
        self.path, self.encoding, self.volume_chars = path, encoding, volume_chars
        self.content_hash = ""

    def volumes(self) -> Iterator[NormalisedText]:
        """Each volume's normalised text, its ``origin`` into the decoded file; a volume followed by another
        ends with what separates them in the whole text (a line break, or nothing inside a line)."""
        previous: NormalisedText | None = None
        broken = False
        for decoded, at, line_end in self._decoded():
            volume = normalise(decoded)
            if volume.text and previous is not None:
                yield _with_separator(previous, "\n" if broken else "")
            if volume.text:
                previous, broken = _placed(volume, at), False
            broken = broken or line_end
        if previous is not None:
            yield previous

    def _decoded(self) -> Iterator[tuple[str, int, bool]]:
        """The decoded volumes: text, offset in the decoded file, whether it ends at a line break."""
        digest = hashlib.sha256()
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="strict")
        pending, at, han, tags, annexed = "", 0, False, 0, False
        with open(self.path, "rb") as stream:
            for block in iter(partial(stream.read, BLOCK_BYTES), b""):
                digest.update(block)
                if b"\x00" in block:
                    raise NotStreamable("a NUL byte")
                try:
                    pending += decoder.decode(block)
                except UnicodeDecodeError:
                    raise NotStreamable(f"not {self.encoding}") from None
                while len(pending) >= self.volume_chars:
                    cut, line_end = volume_cut(pending, self.volume_chars // 2, self.volume_chars, annexed)
                    volume, pending = pending[:cut], pending[cut:]
                    annexed = annexed or _ANNEX_LINE.search(volume) is not None
                    han, tags = han or HAN_RE.search(volume) is not None, tags + html_tags(volume, 3)
                    if tags >= 3:
                        raise NotStreamable("HTML")
                    yield volume, at, line_end
                    at += cut
        self.content_hash = "sha256:" + digest.hexdigest()
        if not (han or HAN_RE.search(pending)):
            raise InputError("no Chinese text in the file", path=self.path)
        if tags + html_tags(pending, 3) >= 3:
            raise NotStreamable("HTML")
        yield pending, at, True


def _placed(volume: NormalisedText, at: int) -> NormalisedText:
    """A volume's normalised text with its map moved into the decoded file (the volume starts at ``at``);
    the map's last entry is where the next decoded volume starts."""
    return NormalisedText(volume.text, OffsetMap.of(volume.origin).shifted(at), None)


def _with_separator(volume: NormalisedText, separator: str) -> NormalisedText:
    """``volume`` followed by ``separator`` (a line break, mapped to just after the last character)."""
    if not separator:
        return volume
    origin, length = OffsetMap.of(volume.origin), len(volume.text)
    placed = origin.shifted(0, 0, length)
    placed.add(origin[length - 1] + 1, 1)
    placed.add(origin[length], 1)
    return NormalisedText(volume.text + separator, placed, None)
