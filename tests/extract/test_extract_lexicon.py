"""The shipped lexicon data (kg.extract.lexicon): official English names of central bodies; local body suffixes."""

from __future__ import annotations

import csv
from urllib.parse import urlparse

from kg.extract.lexicon import actors, english_names, local_body_suffixes, local_body_suffixes_by_initial
from kg.resources import data_dir


def test_every_english_name_belongs_to_a_body_of_the_lexicon() -> None:
    known = {actor.id for actor in actors()}
    assert english_names() and set(english_names()) <= known
    assert english_names()["actor/mof"] == "Ministry of Finance"


def test_every_english_name_cites_an_official_chinese_government_page() -> None:
    with (data_dir() / "actors" / "english.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        url = urlparse(row["source"])
        assert url.scheme in {"http", "https"} and url.hostname.endswith(".gov.cn"), row
        assert row["name_en"].strip() == row["name_en"] and row["name_en"].isascii(), row
    assert len({row["id"] for row in rows}) == len(rows)  # one English name per body


def test_the_local_body_suffixes_by_initial_are_each_suffix_once_in_the_order_of_all() -> None:
    """A place followed by a suffix takes the first that fits, trying only those of the next character:
    those are the suffixes of all that open with it, in their order (longest first)."""
    groups = local_body_suffixes_by_initial()
    for initial, group in groups.items():
        assert list(group) == [s for s in local_body_suffixes() if s.suffix.startswith(initial)]
    assert sum(map(len, groups.values())) == len(local_body_suffixes())
