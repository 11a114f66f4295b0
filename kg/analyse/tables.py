"""The CSV files of ``policykg analyze``: flat views of the records, lists joined with ``;``."""

from __future__ import annotations

from kg.analyse.files import csv_text
from kg.analyse.records import Record, snippet

PAIR_HEAD = ["place_a", "place_a_label", "place_b", "place_b_label", "shared", "jaccard"]


def _head(record: Record) -> list[object]:
    return [record[key] for key in PAIR_HEAD]


def _documents(measures: list[Record], key: str) -> str:
    """The documents' numbers or titles of the measures, each once, in the measures' order."""
    return " | ".join(dict.fromkeys(m[key] for m in measures if m.get(key)))


def place_pairs_csv(records: list[Record]) -> str:
    """``place_pairs.csv``: one row per pair; measure IRIs and source-text snippets, and the numbers
    and titles of their documents when the graph has them."""
    documents = any(m.get("document_number") or m.get("document_title") for r in records for m in r["measures"])
    return csv_text(PAIR_HEAD + ["measures", "measure_texts"] + (["document_numbers", "document_titles"] if documents else []), (
        _head(r) + [";".join(m["iri"] for m in r["measures"]),
                    " | ".join(snippet(m["source_text"] or m["label"]) for m in r["measures"])]
        + ([_documents(r["measures"], "document_number"), _documents(r["measures"], "document_title")]
           if documents else [])
        for r in records))


def industry_pairs_csv(records: list[Record]) -> str:
    """``industry_pairs.csv``: one row per pair; industries and the basis of each side's link."""
    def basis(ind: Record) -> str:
        return f"{ind['label']}:{'+'.join(ind['basis_a'])}/{'+'.join(ind['basis_b'])}"

    return csv_text(PAIR_HEAD + ["industries", "industry_labels", "basis_a/basis_b"], (
        _head(r) + [";".join(i["iri"] for i in r["industries"]),
                    ";".join(i["label"] for i in r["industries"]),
                    ";".join(basis(i) for i in r["industries"])]
        for r in records))


def actor_reach_csv(records: list[Record]) -> str:
    """``actor_reach.csv``: one row per (actor, place) with the measures linking them."""
    keys = ["actor", "actor_label", "place", "place_label", "measure_count"]
    return csv_text(keys + ["measures"], ([r[k] for k in keys] + [";".join(r["measures"])] for r in records))


def centrality_csv(records: list[Record]) -> str:
    """``centrality.csv``: one row per place of the projection."""
    keys = ["place", "place_label", "measures", "degree", "weighted_degree", "betweenness", "pagerank"]
    return csv_text(keys, ([r[k] for k in keys] for r in records))


def communities_csv(records: list[Record]) -> str:
    """``communities.csv``: one row per (community, member place)."""
    return csv_text(["community", "size", "place", "place_label"], (
        [r["community"], r["size"], m["iri"], m["label"]] for r in records for m in r["members"]))
