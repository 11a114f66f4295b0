"""The hand-made recognition rules of ``kg/data/places/rules.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.link.gazetteer import read_tsv
from kg.resources import data_dir

RULE_KINDS = ("block", "risky", "park_suffix", "park_suffix_bare", "park_break", "park_generic", "township", "attached",
              "area_suffix")


@dataclass(frozen=True)
class Rules:
    """Word lists that steer recognition; see the header of ``rules.tsv``."""

    block: frozenset[str]
    risky: frozenset[str]
    park_suffix: tuple[str, ...]       # every park ending, longest first
    park_suffix_bare: frozenset[str]   # endings that may follow the host place directly
    park_break: tuple[str, ...]
    park_generic: tuple[str, ...]
    township: tuple[str, ...]          # a short form right before these names a township (河南村)
    attached: tuple[str, ...] = ()     # words that may end one token with a place before them (大庆油田)
    area_suffix: tuple[str, ...] = ()  # endings of protected and heritage areas named by a definition, longest first

    @classmethod
    def load(cls, path: Path) -> Rules:
        """Read a rules file; unknown kinds are an InputError naming the line."""
        lists: dict[str, list[str]] = {k: [] for k in RULE_KINDS}
        for line, row in read_tsv(path):
            if row["kind"] not in lists:
                raise InputError(f"unknown rule kind {row['kind']!r}", path=path, line=line)
            lists[row["kind"]].append(row["text"])
        suffixes = lists["park_suffix"] + lists["park_suffix_bare"]
        by_length = sorted(suffixes, key=lambda s: (-len(s), s))
        return cls(frozenset(lists["block"]), frozenset(lists["risky"]), tuple(by_length),
                   frozenset(lists["park_suffix_bare"]),
                   tuple(lists["park_break"]), tuple(lists["park_generic"]), tuple(lists["township"]),
                   tuple(sorted(lists["attached"] + suffixes, key=lambda s: (-len(s), s))),
                   tuple(sorted(lists["area_suffix"], key=lambda s: (-len(s), s))))

    @classmethod
    def default(cls) -> Rules:
        """The shipped rules (loaded once)."""
        return _default()


@cache
def _default() -> Rules:
    return Rules.load(data_dir() / "places" / "rules.tsv")
