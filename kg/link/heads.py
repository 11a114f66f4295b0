"""Places named by a name and a head (通名) the gazetteer does not list: bays, straits, islands, port areas.

The heads are data (``kg/data/places/heads.tsv``): 湾, 湾区, 海峡, 岛, 群岛, 列岛, 半岛 (class ``name``)
and 港区, 口岸区 (class ``area``). What precedes the head decides whether it names a place:

- a place mention ending where the head starts (深圳 + 湾, 舟山 + 群岛, 曹妃甸 + 港区), or a name this
  rule found just before (深圳湾 + 口岸区);
- a proper-name word of jieba's dictionary standing as a token of its own (tagged ns, nr, nrt or nrfg,
  two or more characters, less frequent than ``RARE``, not ending in an area word): 长兴 + 岛, 梅山 +
  港区. Common nouns jieba tags ``ns`` are frequent (内河, 海港, 深水, 远洋) and stay out;
- a proper-name word of the dictionary that already ends in the head or its first part, whose part
  before the head has two or more characters: 钓鱼岛, 海南岛, 洋山港 + 区, 东京湾 + 区. One character
  before the head is a common word (海湾, 港湾, 海岛, 孤岛, 全岛, 上岛), never a name.

The name must start and end on word boundaries (the segmentation's; a localiser 内/外/上 fused with
the head in one token, as 区内, counts as the end). An ``area`` head may also follow a name, a facility
word and a side (深圳湾 + 口岸 + 港方 + 口岸区): the area of a port of entry is named after the port.
The name of a protected area (heads with ``prefix`` ``division``: 自然保护区, 国家森林公园…) opens with the
division written right before it (湖南 + 张家界国家森林公园), which stays a mention of its own. A division
written in full right before a head (延安市 + 国家地质公园) hosts no name: the head names the division's
places of that class.
A one-character head followed by 长 is an office (河长, 湖长: the river's or lake's chief), not a
water body. Bare ports and border crossings (X港, X口岸) are facilities, not places; 港 inside 香港, 港澳 or 港口
is no head at all, nor is the end of 台湾 or 青岛 (one character before the head). A known name the
same as the found one or crossing it wins (崇明岛, 胶州湾 are listed). A name inside a longer one counts
(长兴岛 in a park's name), and the name inside it stays a mention of its own, as with parks, except at the
start of a township's or village's name (X江街道: the township is named so, no river stands there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from kg.annotate import SpanIndex
from kg.link.forms import (AREA_HEADS, GEOLOGICAL_ENDINGS, LOCALITY_HEADS, WORD_TAGS, bounded, ending_kind,
                           form_record)
from kg.link.gazetteer import read_tsv
from kg.link.records import DIVISION_KINDS, PlaceMention
from kg.resources import data_dir
from kg.text.segment import dictionary_entry

RARE = 300                   # jieba frequency below which a proper-name word before a head is a name
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})
MAX_STEM = 6                 # characters of a dictionary name before a head
LOCALISERS = ("内", "外", "上")   # fused with a head in one token (区内): the name still ends there
CHIEF = "长"                       # 河长, 湖长 (the office of a river's or lake's chief): no water body
HOST_KINDS = ("province", "city", "district", "county", "region", "natural-feature", "new-area",
              "locality", "country", "foreign-region")


@cache
def _rows() -> tuple[dict[str, str], ...]:
    """The rows of ``heads.tsv``, read once."""
    return tuple(row for _, row in read_tsv(data_dir() / "places" / "heads.tsv"))


@cache
def _heads() -> dict[str, list[tuple[str, str]]]:
    """class → [(head, kind)], longest head first."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for row in _rows():
        rows.setdefault(row["class"], []).append((row["head"], row["kind"]))
    return {cls: sorted(heads, key=lambda h: (-len(h[0]), h[0])) for cls, heads in rows.items()}


@cache
def _division_prefixed() -> frozenset[str]:
    """Heads whose names open with the division the place lies in (``prefix`` ``division``: 自然保护区…)."""
    return frozenset(row["head"] for row in _rows() if row["prefix"] == "division")


def _division_start(start: int, divisions: dict[int, int]) -> int:
    """``start`` moved back over the divisions written right before it (四川 + 凌云山国家森林公园)."""
    while start in divisions:
        start = divisions[start]
    return start


def place_heads() -> tuple[str, ...]:
    """The heads that name a place after a name (classes ``name`` and ``area``), longest first."""
    return tuple(h for cls in ("name", "area") for h, _ in _heads().get(cls, []))


@cache
def _head_pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(place_heads(), key=lambda h: (-len(h), h))))


def head_kind(head: str) -> str:
    """The kind of place a head names: its row of ``heads.tsv``, else the kind of a place found by
    that ending (``kg.link.forms.ending_kind``)."""
    return next((kind for cls in ("name", "area") for h, kind in _heads().get(cls, []) if h == head),
                ending_kind(head))


def _name_word(word: str, rare: bool) -> bool:
    """A proper-name word of jieba's dictionary (rare: less frequent than ``RARE``), not one made of
    two ordinary words of it (建立健全, which jieba tags as a person's name, is two verbs)."""
    tag, frequency = dictionary_entry(word)
    return tag in NAME_TAGS and (not rare or frequency < RARE) and not word.endswith(AREA_HEADS) \
        and not _two_ordinary_words(word)


def _two_ordinary_words(word: str) -> bool:
    """Whether ``word`` splits into two dictionary words of ordinary parts of speech (verbs, adjectives…)."""
    return any(dictionary_entry(word[:cut])[0] in WORD_TAGS and dictionary_entry(word[cut:])[0] in WORD_TAGS
               for cut in range(2, len(word) - 1))


def _dictionary_stem(text: str, pos: int, head: str, boundaries: frozenset[int]) -> int | None:
    """Start of a dictionary name before the head at ``pos`` (see the module docstring), or None."""
    for size in range(MAX_STEM, 1, -1):
        start = pos - size
        if start < 0 or start not in boundaries:
            continue
        if pos in boundaries and _name_word(text[start:pos], rare=True):
            return start
        if any(pos + k in boundaries and _name_word(text[start:pos + k], rare=False)
               for k in range(1, len(head) + 1)):
            return start
    return None


def _side_hosts(text: str, pos: int) -> list[int]:
    """Offsets where a name may end before an ``area`` head at ``pos``: directly, or before a facility
    word and an optional side (深圳湾|口岸|港方|口岸区)."""
    ends = [pos]
    sides = [""] + [h for h, _ in _heads().get("side", [])]
    for side in sides:
        if side and not text.endswith(side, 0, pos):
            continue
        for facility, _ in _heads().get("facility", []):
            if text.endswith(facility, 0, pos - len(side)):
                ends.append(pos - len(side) - len(facility))
    return ends


def _crosses(mention: PlaceMention, start: int, end: int) -> bool:
    """Whether a known name is the same span as ``[start, end)`` or overlaps it without either holding
    the other (the head is then part of that name: 崇明岛, 胶州湾 are listed)."""
    if (mention.start, mention.end) == (start, end):
        return True
    inside = start <= mention.start and mention.end <= end
    holds = mention.start <= start and end <= mention.end
    return mention.start < end and mention.end > start and not inside and not holds


def _names_locality(mention: PlaceMention, start: int, end: int) -> bool:
    """Whether ``mention`` is a township or village whose name opens with ``[start, end)`` (X江街道, X河镇:
    the locality is named so; the name there is no feature of its own)."""
    return mention.place.kind == "locality" and mention.start == start and end < mention.end


def _ends_word(text: str, end: int, boundaries: frozenset[int] | None) -> bool:
    return bounded(text, end, boundaries) or text.startswith(LOCALISERS, end)


def headed_names(text: str, mentions: Sequence[PlaceMention],
                 boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """Places named by a name and a head of ``heads.tsv`` (see the module docstring); ``mentions`` are
    the places found so far. Without the segmentation's ``boundaries`` nothing is found."""
    if boundaries is None:
        return []
    hosts: dict[int, int] = {}          # end → earliest start of a host ending there
    divisions: dict[int, int] = {}      # the same for divisions only
    for mention in mentions:
        # a division written in full hosts no name: 延安市国家地质公园 are its national geoparks (a name opens with
        # a short form, 张家界国家森林公园, or a name of its own)
        if mention.place.kind in HOST_KINDS and not mention.division_in_full:
            hosts[mention.end] = min(hosts.get(mention.end, mention.start), mention.start)
        if mention.place.kind in DIVISION_KINDS:
            divisions[mention.end] = min(divisions.get(mention.end, mention.start), mention.start)
    index = SpanIndex(mentions)
    longest = max((m.end - m.start for m in mentions), default=0)
    found: list[PlaceMention] = []
    for match in _head_pattern().finditer(text):
        pos, end, head = match.start(), match.end(), match.group()
        if not _ends_word(text, end, boundaries) or (len(head) == 1 and text.startswith(CHIEF, end)):
            continue  # (汕头市河长制, 省河长办: the chief's office)
        ends = _side_hosts(text, pos) if any(h == head for h, _ in _heads().get("area", [])) else [pos]
        start = next((hosts[e] for e in ends if e in hosts), None)
        if start is None:
            start = next((stem for e in ends if (stem := _dictionary_stem(text, e, head if e == pos else "",
                                                                          boundaries)) is not None), None)
        if start is None or not bounded(text, start, boundaries) or text.endswith(head, start, pos) \
                or any(_crosses(m, start, end) or _names_locality(m, start, end)
                       for m in (*index.starting_in(start - longest, end), *found)):
            continue  # (洞庭湖湖体: the head again opens the next word, the lake's body)
        if head in _division_prefixed():
            start = _division_start(start, divisions)
        name = text[start:end]
        mention = PlaceMention(start, end, name, form_record(name, head_kind(head)))
        found.append(mention)
        hosts[end] = min(hosts.get(end, start), start)
    return found


MOUNTAIN = "山"


def opens_a_name(mention: PlaceMention, text: str, headed: Sequence[PlaceMention]) -> bool:
    """Whether a mountain found by its head opens a longer name found by its head or a geological ending (X山水库,
    X山列岛, X山断裂带) or a village's (X山村): the name is that place's, and no mountain of its own is meant (a
    region around the mountain, X山区, keeps it)."""
    return mention.surface.endswith(MOUNTAIN) and (text.startswith(LOCALITY_HEADS, mention.end) or any(
        o.start == mention.start and o.end > mention.end for o in headed)
        or text.startswith(GEOLOGICAL_ENDINGS, mention.end))
