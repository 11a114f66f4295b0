"""Identity over time: names a place or agency carried before a rename or merger, on the one entity
that carries on (襄樊市 → 襄阳市, 2010).

The interface with the lexicons is a TSV table, read from every file listed in ``SUCCESSION_FILES``
that exists: columns ``old_name`` (the former name, Simplified), the successor as ``successor`` (an
entity id, ``actor/ndrc``) or ``code`` (a GB/T 2260 code, meaning ``place/<code>``), and ``year`` (the
year of the change; the old name is valid until then; may be empty). Lines starting with ``#`` are
comments. Each former name becomes ``skos:hiddenLabel`` of the successor (so a search by the old name
finds it) and a ``pkg:NameChange`` event (⊑ ``org:ChangeEvent``) with the former name and year.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.errors import InputError
from kg.graph.iris import entity_iri, name_change_iri
from kg.link.gazetteer import read_tsv
from kg.resources import data_dir
from kg.vocab import PKG

SUCCESSION_FILES = ("places/old_names.tsv", "actors/successors.tsv")


@dataclass(frozen=True)
class Succession:
    """``former_name`` was the name of ``successor`` (an entity id) until ``year``."""

    former_name: str
    successor: str
    year: int | None


def read_successions(path: Path) -> list[Succession]:
    """Rows of one succession table; a row naming no successor, or a bad year, is an ``InputError``."""
    found = []
    for line, row in read_tsv(path):
        successor = (row.get("successor") or "").strip() or (f"place/{row['code'].strip()}" if row.get("code") else "")
        year = (row.get("year") or "").strip()
        if not row.get("old_name") or not successor or (year and not year.isdigit()):
            raise InputError(f"bad succession row: {row}", path=path, line=line)
        found.append(Succession(row["old_name"].strip(), successor, int(year) if year else None))
    return found


@cache
def successions() -> tuple[Succession, ...]:
    """Every succession the shipped tables give, in file and row order."""
    return tuple(s for name in SUCCESSION_FILES if (data_dir() / name).is_file()
                 for s in read_successions(data_dir() / name))


def succession_triples(entity_ids: set[str], names: dict[str, str]) -> list[tuple]:
    """Former names of the entities in ``entity_ids`` (id → current name in ``names``), as triples."""
    triples: list[tuple] = []
    for succession in _sorted_successions():
        if succession.successor not in entity_ids or succession.former_name == names.get(succession.successor):
            continue
        entity = entity_iri(succession.successor)
        event = name_change_iri(succession.successor, succession.former_name)
        when = f"（{succession.year}）" if succession.year else ""
        triples += [(entity, SKOS.hiddenLabel, Literal(succession.former_name, lang="zh")),
                    (event, RDF.type, PKG.NameChange),
                    (event, RDFS.label, Literal(f"{succession.former_name} → {names[succession.successor]}{when}",
                                                lang="zh")),
                    (event, PKG.renamedEntity, entity),
                    (event, PKG.formerName, Literal(succession.former_name, lang="zh"))]
        if succession.year:
            triples.append((event, PKG.changeYear, Literal(succession.year, datatype=XSD.integer)))
    return triples


@cache
def _sorted_successions() -> list[Succession]:
    """The successions, each once, by successor and former name."""
    return sorted(set(successions()), key=lambda s: (s.successor, s.former_name))
