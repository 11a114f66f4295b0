"""The build manifest: per document, where it came from, its content hash and what it produced,
plus the extractor and ontology versions it was built with (a change of either invalidates all)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

MANIFEST = "manifest.json"
FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent.parent
# the code and data whose change can change a document's triples, or the files made from its shard
_EXTRACTOR_PARTS = ("normalise", "structure", "extract", "link", "data", "graph/build.py", "graph/iris.py", "vocab.py",
                    "graph/fragments.py", "graph/jsonld.py", "graph/citations.py")


def _tree_hash(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _files(root: Path, parts: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        path = root / part
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return found


@cache
def extractor_version() -> str:
    """A hash of the extraction code and its lexicon and gazetteer data files."""
    return _tree_hash(_files(_PACKAGE, _EXTRACTOR_PARTS), _PACKAGE)


@cache
def ontology_version() -> str:
    """A hash of the ontology, shapes and SKOS scheme files."""
    from kg.resources import ontology_file

    folder = ontology_file("policykg.ttl").parent
    return _tree_hash([p for p in folder.iterdir() if p.is_file()], folder)


@dataclass
class DocumentEntry:
    """One built document: its source, its identity, what it produced."""

    slug: str
    source: str
    content_hash: str
    number: str | None
    shard: str
    triples: int
    stats: dict[str, int]
    industries: list[str]
    clusters: list[str]
    status: str = "ok"


@dataclass
class Manifest:
    """What one build version holds."""

    extractor_version: str
    ontology_version: str
    validated: bool
    documents: dict[str, DocumentEntry] = field(default_factory=dict)
    store_version: str | None = None  # the store version written with this build, if any

    @classmethod
    def current(cls, validated: bool) -> Manifest:
        return cls(extractor_version(), ontology_version(), validated)

    def compatible(self, other: Manifest) -> bool:
        """True when documents built under ``other`` can be reused by a build under ``self``."""
        return (self.extractor_version, self.ontology_version) == (other.extractor_version, other.ontology_version) \
            and (other.validated or not self.validated)

    def write(self, folder: Path) -> Path:
        data = {"format": FORMAT, "extractor_version": self.extractor_version,
                "ontology_version": self.ontology_version, "validated": self.validated,
                "store_version": self.store_version,
                "documents": [asdict(self.documents[slug]) for slug in sorted(self.documents)]}
        path = folder / MANIFEST
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return path

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        """The manifest of a build folder, or None when there is none (or of an unknown format)."""
        path = folder / MANIFEST
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("format") != FORMAT:
            return None
        manifest = cls(data["extractor_version"], data["ontology_version"], data["validated"],
                       store_version=data.get("store_version"))
        for entry in data["documents"]:
            manifest.documents[entry["slug"]] = DocumentEntry(**entry)
        return manifest
