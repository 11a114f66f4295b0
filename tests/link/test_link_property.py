"""Property: find() never fails on arbitrary text, and every mention slices the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.link import PlaceLinker

LINKER = PlaceLinker()
PIECES = st.sampled_from(["沈阳", "吉林", "市", "区", "、", "(", ")", "（", "）", "等", "新沂", "徐州",
                          "产业园", "基地", "北京市", "朝阳区", "中德", " ", "\n", "长治久安", "经开区"])
TEXT = st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_never_fails_and_always_slices(text: str) -> None:
    mentions = LINKER.find(text)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
    assert mentions == sorted(mentions, key=lambda m: (m.start, -m.end, m.place.id))
