"""Locate the files the package needs at run time (ontology, shapes, queries, data).

In a wheel, ``ontology/`` and ``queries/`` are installed inside the package (``kg/ontology``);
in a source checkout they sit beside ``kg/`` at the top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"policykg resource folder {name!r} is missing from the installation")


@cache
def ontology_dir() -> Path:
    """Folder holding ``policykg.ttl``, ``shapes.ttl``, the SKOS schemes and the JSON-LD context."""
    return _resource_dir("ontology")


@cache
def queries_dir() -> Path:
    """Folder holding the competency questions as ``*.rq`` files."""
    return _resource_dir("queries")


def data_dir() -> Path:
    """Folder holding gazetteers and lexicons shipped as data files (``kg/data``)."""
    return _PACKAGE_DIR / "data"


def ontology_file(name: str = "policykg.ttl") -> Path:
    """A file in the ontology folder, e.g. ``shapes.ttl`` or ``industries.ttl``."""
    return ontology_dir() / name
