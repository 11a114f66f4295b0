"""A large document cut into parts of whole top-level provisions, each with offsets of its own."""

from __future__ import annotations

from pathlib import Path

from kg.normalise import load
from kg.structure import parse_document
from kg.structure.partition import partition

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_parts_cover_the_text_with_whole_provisions_and_moved_offsets() -> None:
    document = parse_document(load(SEED).text)
    parts = partition(document, 3000)
    assert len(parts) > 2
    assert parts[0].offset == 0 and parts[-1].end == len(document.text)
    assert all(a.end == b.offset for a, b in zip(parts, parts[1:]))  # no gap, no overlap
    assert [p for part in parts for p in part.provisions] == document.provisions  # none cut, none lost
    for part in parts:
        structure = part.structure()
        assert structure.text == document.text[part.offset:part.end]
        assert len(structure.text) <= 3000 or len(part.provisions) == 1
        assert (structure.title.value, structure.number.value) == (document.title.value, document.number.value)
        moved, whole = list(structure.all_provisions()), [p for top in part.provisions for p in top.walk()]
        assert [(p.kind, p.number, p.heading) for p in moved] == [(p.kind, p.number, p.heading) for p in whole]
        for mine, theirs in zip(moved, whole):
            assert mine.span.slice(structure.text) == theirs.span.slice(document.text)
            assert [s.span.slice(structure.text) for s in mine.sentences] == [s.text for s in theirs.sentences]


def test_a_document_within_the_size_is_one_part_and_its_own_structure() -> None:
    document = parse_document(load(SEED).text)
    [part] = partition(document, len(document.text))
    assert part.structure() is document


def test_a_tree_parsed_without_sentences_gives_each_part_its_own() -> None:
    text = load(SEED).text
    whole, bare = parse_document(text), parse_document(text, sentences=False)
    assert not any(p.sentences for p in bare.all_provisions())
    for split, unsplit in zip(partition(whole, 3000), partition(bare, 3000), strict=True):
        assert ([p.sentences for p in unsplit.structure().all_provisions()]
                == [p.sentences for p in split.structure().all_provisions()])
    [part] = partition(bare, len(text))
    assert part.structure() is bare
    assert [p.sentences for p in bare.all_provisions()] == [p.sentences for p in whole.all_provisions()]
