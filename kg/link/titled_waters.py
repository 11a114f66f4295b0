"""The river or lake a local regulation is titled after when the gazetteer does not know it.

A city's regulation on a water is titled by the city, the water's name and the topic: ``X市Y河流域水环境保护
条例``, ``X市Z河保护管理条例``. Right after the last division named in the title (or at the title's start) a
name of one to five characters and a water head (河, 江, 湖, 溪, 运河) standing as words of the segmentation,
whose part before the head neither is nor holds a common word of two or more characters (城市河道 is no name,
nor 促进张江 in a title on promoting something in a place; a noun the dictionary counts rarely, 平陆, may be a
name) or, when it is one character, with the head makes
no word the dictionary counts ``RARE`` times or more (渠江 is rare; 内河, 江河, 大河 are common), is that water; the title goes on to a
regulation word (条例, 办法, 规定 …). Every occurrence of the name in the text standing as words is a mention
of it (``倭肯河流域`` then becomes the basin by its ending, see ``kg.link.forms.named_features``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.annotate import SpanIndex
from kg.link.forms import form_record
from kg.link.lists import NAME_TAGS, RARE, WATER_HEADS
from kg.link.parks import REGULATION_WORDS
from kg.link.records import DIVISION_KINDS, PlaceMention
from kg.text.segment import dictionary_entry

MAX_STEM = 5
_TITLED = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_STEM}}}?(?P<head>{'|'.join(sorted(WATER_HEADS, key=len, reverse=True))})")


def _common(word: str) -> bool:
    """Whether jieba's dictionary holds ``word`` as a word other than a proper name or a rare noun (a place's
    name jieba saw a few times as a noun: 平陆)."""
    tag, frequency = dictionary_entry(word)
    return bool(frequency) and tag not in NAME_TAGS and not (tag == "n" and frequency < RARE)


def titled_waters(text: str, title: tuple[int, int], mentions: Sequence[PlaceMention],
                  boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """Every mention of the water the title at ``title`` (a span of ``text``) is named after, if the
    gazetteer knows no place there; empty otherwise (and without word ``boundaries``)."""
    start, end = title
    if boundaries is None or not any(text.endswith(w, start, end) for w in REGULATION_WORDS):
        return []
    after = max((m.end for m in mentions if start <= m.start and m.end <= end and m.place.kind in DIVISION_KINDS),
                default=start)
    found = _TITLED.match(text, after, end)
    known = SpanIndex(mentions)
    if found is None or found.end() not in boundaries or after not in boundaries or known.overlaps(after, found.end()):
        return []
    name = found.group()
    stem_end = found.start("head")
    cuts = [after, *(b for b in range(after + 1, stem_end) if b in boundaries), stem_end]
    words = [text[a:b] for a, b in zip(cuts, cuts[1:])]
    if stem_end - after == 1:
        if dictionary_entry(name)[1] >= RARE:
            return []  # one character and the head: a word the dictionary counts often is common (内河, 江河)
    elif any(_common(word) for word in [text[after:stem_end], *(w for w in words if len(w) >= 2)]):
        return []  # a common word before the head (城市河道), or a verb opening the title's topic (促进张江…)
    record = form_record(name, "natural-feature")
    return [PlaceMention(at.start(), at.end(), name, record) for at in re.finditer(re.escape(name), text)
            if at.start() in boundaries and at.end() in boundaries and not known.overlaps(at.start(), at.end())]
