"""Where a position stands inside the title of a cited document, written in 《》 (a title nested in one as
〈〉): such a title names other documents' bodies and places, which neither act nor are targeted here, and it
is never a document's own title. A name in quotation marks (“泉州：宋元中国的世界海洋商贸中心”) is one name too,
whatever punctuation it holds."""

from __future__ import annotations


def in_cited_title(text: str, start: int, end: int, *, nested: bool = False) -> bool:
    """Whether ``end`` falls inside a 《…》 opened in ``text[start:end]`` (with ``nested``, also inside a
    〈…〉 opened there)."""
    if text.count("《", start, end) > text.count("》", start, end):
        return True
    return nested and text.count("〈", start, end) > text.count("〉", start, end)


def in_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``end`` falls inside a “…” opened in ``text[start:end]``: the last quotation mark there opens."""
    return text.rfind("“", start, end) > text.rfind("”", start, end)
