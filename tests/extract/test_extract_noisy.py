"""Noisy form = clean form: a text made noisy the way the seed is (Traditional characters, pinyin after each
Han character, stray spaces, a page marker inside a sentence, hard line breaks) extracts to the same facts."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from opencc import OpenCC

from kg.normalise import normalise

pypinyin = pytest.importorskip("pypinyin")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"
HAN = re.compile(r"[\u4e00-\u9fff]")


def noisy(clean: str, seed: int = 3, width: int = 30) -> str:
    """``clean`` in Traditional characters, each Han character followed by its toned pinyin in ASCII
    parentheses (``區(qū)``), stray spaces, a line break every ``width`` characters and the page marker
    ``— 3 —`` on its own line in the middle of the middle paragraph."""
    rng = random.Random(seed)
    paragraphs = []
    for paragraph in clean.splitlines():
        traditional = OpenCC("s2t").convert(paragraph)
        assert len(traditional) == len(paragraph)
        pieces = []
        for simplified, char in zip(paragraph, traditional):
            piece = char
            if HAN.match(simplified):
                reading = pypinyin.pinyin(simplified, style=pypinyin.Style.TONE)[0][0]
                piece += (" " if rng.random() < 0.05 else "") + f"({reading})"
            if rng.random() < 0.12:
                piece += " "
            pieces.append(piece)
        lines = ["".join(pieces[i:i + width]) for i in range(0, len(pieces), width)]
        paragraphs.append(lines)
    middle = paragraphs[len(paragraphs) // 2]
    middle.insert(len(middle) // 2, "— 3 —")
    return "\n".join(line for lines in paragraphs for line in lines)


@pytest.fixture(scope="module")
def clean_text() -> str:
    return (FIXTURES / "clean_paragraphs.txt").read_text(encoding="utf-8")


def facts(run, text: str) -> dict[str, object]:
    """What the comparison looks at: entity ids and provision numbers, never offsets."""
    _, extraction = run(text)
    return {
        "places": sorted({(m.provision.number, m.entity.id) for m in extraction.mentions
                          if m.entity.id.startswith("place/")}),
        "targets": [(m.provision.number, m.ordinal, tuple(p.id for p in m.targets)) for m in extraction.measures],
        "clusters": sorted({(c.provision.number, c.place.id, c.industry.id) for c in extraction.clusters}),
    }


def test_the_noisy_copy_is_noisy(clean_text: str) -> None:
    text = noisy(clean_text)
    assert "區(qū)" in text and "發(fā)" in text and "\n— 3 —\n" in text
    assert "石景山区" not in text and "石景山區" not in text  # split by pinyin
    assert max(len(HAN.findall(line)) for line in text.splitlines()) <= 30
    marker_line = text.splitlines().index("— 3 —")
    assert not text.splitlines()[marker_line - 1].rstrip().endswith("。")  # the marker breaks a sentence


def test_noisy_text_normalises_to_the_clean_text(clean_text: str) -> None:
    assert normalise(noisy(clean_text)).text == normalise(clean_text).text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_noisy_form_extracts_like_the_clean_form(run, clean_text: str, seed: int) -> None:
    clean = facts(run, clean_text)
    assert len(clean["places"]) >= 20
    assert sum(1 for *_, targets in clean["targets"] if targets) >= 5
    assert len(clean["clusters"]) >= 8
    assert facts(run, noisy(clean_text, seed=seed)) == clean


def test_expected_facts_of_the_clean_paragraphs(run, clean_text: str) -> None:
    clean = facts(run, clean_text)
    targeted = {(number, place) for number, _, targets in clean["targets"] for place in targets}
    assert ("（一）", "place/110107") in targeted  # 石景山区
    assert ("（一）", "place/110000") not in targeted  # 北京市 only scopes it
    assert ("preamble", "place/460000") in {(n, p) for n, p in clean["places"]}  # 海南省
    assert ("（二）", "place/510300", "industry/new-materials") in clean["clusters"]  # 自贡 新材料
