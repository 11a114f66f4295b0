"""Properties that must hold for any input text."""

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.normalise import normalise
from kg.normalise.chars import is_han

# Text built from the pieces that matter: Han (Simplified and Traditional), pinyin, spaces,
# brackets, punctuation, digits, Latin letters, line breaks and page markers.
PIECES = st.sampled_from(
    ["区", "區", "发", "發", "展", "国", "(", ")", "（", "）", "qū", "fā", "a", "PPP", " ", "\u3000", "\u00a0",
     "\n", "\r\n", "。", "，", ",", "、", "：", "“", "”", "— 3 —", "第 3 页", "一、", "(一)", "2021", "年", "\t"]
)
TEXT = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=60).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_normalise_is_total_monotonic_idempotent_and_keeps_han(text: str) -> None:
    result = normalise(text)
    origin = list(result.origin)
    assert len(origin) == len(result.text) + 1
    assert origin[-1] == len(text)
    assert all(a <= b for a, b in pairwise(origin))
    assert all(0 <= o <= len(text) for o in origin)
    assert normalise(result.text).text == result.text
    for i, ch in enumerate(result.text):
        if is_han(ch):
            assert is_han(text[origin[i]])
