"""Shared fixtures of the extraction tests: one Extractor for the whole session (it takes ~2 s)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract import Extraction, Extractor
from kg.normalise import load, normalise
from kg.structure import DocumentStructure, parse_document

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "extract"
SEED = REPO / "seeds" / "000_08644f66e6d32c59.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extractor with the shipped gazetteer and lexicons."""
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor) -> Callable[[str], tuple[DocumentStructure, Extraction]]:
    """Normalise, parse and extract a text; returns the parsed structure and the extraction."""

    def run_text(text: str) -> tuple[DocumentStructure, Extraction]:
        structure = parse_document(normalise(text).text)
        return structure, extractor.extract(structure)

    return run_text


@pytest.fixture(scope="session")
def seed(extractor: Extractor) -> tuple[DocumentStructure, Extraction]:
    """The seed (noisy Traditional text with pinyin), normalised, parsed and extracted once."""
    structure = parse_document(normalise(SEED.read_text(encoding="utf-8")).text)
    return structure, extractor.extract(structure)


@pytest.fixture(scope="session")
def notes_doc(extractor: Extractor) -> tuple[DocumentStructure, Extraction]:
    """An excerpt of gov.cn 国发〔2018〕38号 (responsibility and scope notes), read with ``load``."""
    structure = parse_document(load(FIXTURES / "govcn_057_excerpt.txt").text)
    return structure, extractor.extract(structure)
