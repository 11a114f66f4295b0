"""Shared fixtures of the linking tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import Extractor
from kg.link import PlaceMention


@pytest.fixture(scope="session")
def find_places() -> Callable[[str], list[PlaceMention]]:
    """Place mentions as the pipeline finds them: with the segmentation's word boundaries."""
    extractor = Extractor()
    return lambda text: extractor.places.find(text, boundaries=extractor.segmenter.boundaries(text))
