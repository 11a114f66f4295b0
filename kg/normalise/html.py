"""Text of an HTML document with a map from every text character back to the HTML source.

Uses the standard library's ``html.parser`` (lxml gives no source offsets for text). Block
elements become line breaks, ``script``/``style`` are dropped, entities are decoded and the
whitespace of the source collapses to single spaces, as a browser shows it.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from itertools import islice

from kg.normalise.offsets import OffsetMap

BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "ul",
    }
)
SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template"})
_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|body|p|div|br|span|table|tr|td|li|ul|h[1-6]|meta|a\s+href)\b", re.IGNORECASE
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]")
_NEWLINE = re.compile("\n")  # html.parser counts lines by LF only


def looks_like_html(text: str) -> bool:
    """True for a tag-rich document: a doctype or ``<html``, or at least three common HTML tags."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return html_tags(text, 3) == 3


def html_tags(text: str, at_most: int) -> int:
    """How many common HTML tags ``text`` holds, counted up to ``at_most``."""
    return len(list(islice(_HTML_TAG.finditer(text), at_most)))


def declared_charset(raw: bytes) -> str | None:
    """The encoding a ``<meta charset>`` declares in the first 4 KB, if any."""
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


class _TextExtractor(HTMLParser):
    """Collects text pieces, each with the source offsets of its characters."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._line_starts = [0, *(match.end() for match in _NEWLINE.finditer(source))]
        self.pieces: list[str] = []
        self.origin = OffsetMap()
        self._skip = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _emit(self, text: str, offset: int, slope: int) -> None:
        """``text``, its characters from ``offset`` on (slope 1) or all at ``offset`` (slope 0)."""
        self.pieces.append(text)
        self.origin.add(offset, len(text), slope)

    def _break(self) -> None:
        self._emit("\n", self._offset(), 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS and not self._skip:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS and not self._skip:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS and not self._skip:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._emit(_HTML_SPACE.sub(" ", data), self._offset(), 1)

    def _reference(self, reference: str) -> None:
        if not self._skip:
            self._emit(unescape(reference), self._offset(), 0)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def extract_text(source: str) -> tuple[str, OffsetMap]:
    """The visible text of an HTML document and, for each character, its offset in ``source``.

    The map has ``len(text) + 1`` entries, the last being ``len(source)``.
    """
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    parser.origin.add(len(source), 1)
    return "".join(parser.pieces), parser.origin
