"""Latin-letter labels: Hanyu Pinyin (``@zh-Latn-pinyin``, from pypinyin) of places, agencies and titles.

Syllables of one word are written together and words apart (``沈阳市`` → ``Shenyang Shi``), without tone
marks, so a search in plain Latin letters (``shenyang``) finds the entity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, pinyin

from kg.text.segment import plain_segmenter

PINYIN = "zh-Latn-pinyin"
# Administrative suffixes written as words of their own (沈阳市 → Shenyang Shi), longest first.
_PLACE_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|自治旗|地区|新区|林区|特区|省|市|县|区|州|盟|旗)$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=65536)
def pinyin_label(text: str, *, place: bool = False) -> str:
    """The pinyin of ``text``: jieba words capitalised and spaced; a place's suffix split off."""
    if place:
        stem, suffix = _split_suffix(text)
        return " ".join(part for part in (_words(stem), _words(suffix)) if part)
    return _words(text)


def _split_suffix(name: str) -> tuple[str, str]:
    match = _PLACE_SUFFIX.search(name)
    if match is None or match.start() < 2:  # 北京市 → Beijing Shi; 沙市 keeps its suffix as part of the name
        return name, ""
    return name[:match.start()], match.group(1)


def _words(text: str) -> str:
    """Syllables per character (pypinyin reads polyphones from its phrase list), grouped by jieba's words."""
    if not text:
        return ""
    syllables = iter(s[0] for s in pinyin(text, style=Style.NORMAL, errors=lambda chars: list(chars)))
    words = []
    for word, _, _ in plain_segmenter().tokens(text):
        if not _HAN.search(word):
            for _ in word:
                next(syllables)
            words.append(word.strip())
            continue
        words.append("".join(next(syllables) for _ in word).capitalize())
    return " ".join(w for w in words if w and not re.fullmatch(r"[\s，。、《》〈〉（）()“”‘’：；]+", w))
