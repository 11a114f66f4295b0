"""Shared fixtures: the seed document and one in-process build of it for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once, written to a temporary out/ folder (graph files on disk)."""
    from kg.pipeline import run_build

    out = tmp_path_factory.mktemp("seed-out")
    report = run_build([SEEDS], out)
    return report, out


def _docx_of(page: Path, out: Path) -> Path:
    """Write ``out`` (python-docx) holding the normalised lines of ``page``, one Word paragraph each."""
    import docx

    from kg.normalise import load

    document = docx.Document()
    for line in load(page).text.split("\n"):
        document.add_paragraph(line)
    document.save(str(out))
    return out


@pytest.fixture(scope="session")
def docx_of():
    """The ``.docx`` fixture generator: ``docx_of(page, out)`` makes a Word file from a development page."""
    return _docx_of
