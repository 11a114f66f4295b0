"""Fixtures shared by the pipeline tests: a small corpus of real fixture texts in a folder of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = [FIXTURES / "extract" / "govcn_057_excerpt.txt", FIXTURES / "structure" / "regulation_033.txt",
         FIXTURES / "structure" / "opinion_001_head.txt"]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder holding the three fixture texts."""
    folder = tmp_path / "in"
    folder.mkdir()
    for text in TEXTS:
        shutil.copy(text, folder / text.name)
    return folder
