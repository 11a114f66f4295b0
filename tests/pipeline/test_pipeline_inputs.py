"""Inputs people have: a .docx of a corpus page builds the same graph as the page itself."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.pipeline import build_dataset
from kg.vocab import PKG

PAGE = Path(__file__).resolve().parents[2] / "gold" / "texts" / "govcn-057.html"


def _quads(paths: list[Path], source: Path) -> list[str]:
    """Sorted N-Quads of the build, with the source file's name and hash replaced by placeholders and
    the offsets into the original file (which differ by format) left out."""
    report = build_dataset(paths)
    raw = source.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    text = report.dataset.serialize(format="nquads")
    text = text.replace(source.name, "SOURCE").replace(digest, "HASH")
    return sorted(line for line in text.splitlines() if line.strip() and str(PKG.sourceCharStart) not in line
                  and str(PKG.sourceCharEnd) not in line)


def test_a_docx_of_a_corpus_page_builds_the_same_graph(tmp_path, docx_of):
    docx = docx_of(PAGE, tmp_path / PAGE.with_suffix(".docx").name)
    from_html, from_docx = _quads([PAGE], PAGE), _quads([docx], docx)
    assert len(from_html) > 200
    assert from_docx == from_html
