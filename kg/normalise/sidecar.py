"""Metadata sidecars: a JSON list of objects or a CSV with a header row beside the input files
(``index.json``, ``index.csv``, ``metadata.json`` or ``metadata.csv``), one row per file, giving its
source URL and the number, title and release date its text may lack.

A sidecar is read once per folder per process (cached by path, size and modification time), not once
per document.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import InputError

SIDECAR_NAMES = ("index.json", "index.csv", "metadata.json", "metadata.csv")
FIELDS = ("url", "title", "number", "released")


@dataclass(frozen=True)
class SourceRecord:
    """One sidecar row: where a file came from and what its publisher says it is."""

    sidecar: str  # the sidecar's file name
    file: str
    url: str | None = None
    title: str | None = None
    number: str | None = None
    released: str | None = None

    def digest(self) -> str:
        """A stable hash of the row (so a changed row rebuilds its document)."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def source_url(self) -> str | None:
        """``url`` when it is an http(s) URL with a host, else None."""
        if not self.url:
            return None
        parts = urlsplit(self.url)
        ok = parts.scheme in ("http", "https") and parts.netloc and not any(c.isspace() or c in '<>"{}|\\^`'
                                                                            for c in self.url)
        return self.url if ok else None

    def released_date(self) -> date | None:
        """The date part of ``released`` (``YYYY-MM-DD…``), or None when it is missing or not a date."""
        try:
            return date.fromisoformat(self.released[:10]) if self.released else None
        except ValueError:
            return None

    def warnings(self) -> list[str]:
        """What in the row is ignored, and why (each naming the sidecar)."""
        found = []
        if self.url and self.source_url() is None:
            found.append(f"{self.sidecar}: url {self.url!r} is not an http(s) URL; ignored")
        if self.released and self.released_date() is None:
            found.append(f"{self.sidecar}: released {self.released!r} is not a date; ignored")
        return found


def find_sidecar(folder: Path) -> Path | None:
    """The sidecar in ``folder`` (the first of :data:`SIDECAR_NAMES` present), if any."""
    for name in SIDECAR_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def source_record(path: Path) -> SourceRecord | None:
    """The sidecar row naming the file ``path``, from the sidecar in its folder (None without one).

    Raises :class:`InputError` (the sidecar's path and what is wrong) for a malformed sidecar."""
    sidecar = find_sidecar(path.parent)
    if sidecar is None:
        return None
    stat = os.stat(sidecar)
    return _read(str(sidecar.resolve()), stat.st_size, stat.st_mtime_ns).get(path.name)


def document_hash(file_hash: str, record: SourceRecord | None) -> str:
    """The hash a build's manifest keeps for a document: its file's hash, combined with its sidecar row."""
    if record is None:
        return file_hash
    return "sha256:" + hashlib.sha256(f"{file_hash}\n{record.digest()}".encode()).hexdigest()


@lru_cache(maxsize=64)
def _read(sidecar: str, size: int, mtime_ns: int) -> dict[str, SourceRecord]:
    """The rows of a sidecar by file name (``size`` and ``mtime_ns`` only key the cache)."""
    path = Path(sidecar)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"metadata sidecar cannot be read as UTF-8 ({exc.__class__.__name__})", path=path) from None
    rows = _json_rows(path, text) if path.suffix == ".json" else _csv_rows(path, text)
    records: dict[str, SourceRecord] = {}
    for index, row in enumerate(rows, start=1):
        name = row.get("file")
        if not isinstance(name, str) or not name.strip():
            raise InputError(f"metadata sidecar row {index} has no \"file\"", path=path)
        values = {}
        for key in FIELDS:
            value = row.get(key)
            if value is not None and not isinstance(value, (str, int)):
                raise InputError(f"metadata sidecar row {index}: {key!r} is not a string", path=path)
            values[key] = (str(value).strip() or None) if value is not None else None
        records[Path(name.strip()).name] = SourceRecord(path.name, Path(name.strip()).name, **values)
    return records


def _json_rows(path: Path, text: str) -> list[dict]:
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"metadata sidecar is not JSON: {exc.msg}", path=path, line=exc.lineno) from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise InputError("metadata sidecar must be a JSON list of objects", path=path)
    return rows


def _csv_rows(path: Path, text: str) -> list[dict]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise InputError("metadata sidecar CSV needs a header row with a \"file\" column", path=path)
        rows = []
        for row in reader:
            if None in row:
                raise InputError("metadata sidecar row has more fields than the header", path=path,
                                 line=reader.line_num)
            rows.append(row)
    except csv.Error as exc:
        raise InputError(f"metadata sidecar is not valid CSV: {exc}", path=path, line=reader.line_num) from None
    return rows
