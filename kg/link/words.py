"""Whether a place form found in a text stands there as a word (the word-boundary rule of linking).

The segmentation decides (jieba with the lexicons as its user dictionary, HMM off, compounds such
as ``大庆油田`` split by ``kg.extract.matcher.Segmenter``): a form counts when it starts and ends on
token boundaries, so ``扩大连锁`` (扩大/连锁), ``确保定时`` and ``推广州县`` hold no place. Where the
segmentation and the place disagree, the place still wins when both its neighbours mark it off as a
word of its own: a token boundary, punctuation or a list separator (、和与及) on the left, and on the
right one of those, a division suffix (市, 县, 区…) or a word attached to places (油田, 港…).
"""

from __future__ import annotations

from kg.link.rules import Rules

SEPARATORS = frozenset("，。；：、,.;:!?！？（）()《》〈〉“”\"'‘’【】[]　 \n\r\t—-…·/和与及")
DIVISION_SUFFIXES = ("市", "省", "县", "区", "州", "盟", "旗", "地区", "自治")


def on_word(text: str, start: int, end: int, boundaries: frozenset[int] | None, rules: Rules) -> bool:
    """Whether ``text[start:end]`` (a place form) is a word of its own under ``boundaries``."""
    if boundaries is None or (start in boundaries and end in boundaries):
        return True
    left = start in boundaries or text[start - 1] in SEPARATORS
    right = (end in boundaries or text[end] in SEPARATORS or text.startswith(DIVISION_SUFFIXES, end)
             or text.startswith(rules.attached, end))
    return left and right
