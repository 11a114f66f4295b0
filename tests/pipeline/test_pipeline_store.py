"""``policykg build --store oxigraph:DIR``: queries and analytics give the same answers on the store."""

from __future__ import annotations

from pathlib import Path

from kg.analyse import run_analyze
from kg.pipeline import run_build
from kg.store import open_source, select

REPO = Path(__file__).resolve().parents[2]
SHARING = (REPO / "queries" / "01_cities_sharing_measures.rq").read_text(encoding="utf-8")


def _rows(result):
    """Rows with the GROUP_CONCAT column as a sorted list (SPARQL leaves its order open)."""
    names, rows = result
    return names, [(*row[:-1], sorted(row[-1].split(" | "))) for row in rows]


def test_store_and_file_agree_for_queries_and_analytics(tmp_path):
    store = tmp_path / "store"
    run_build([REPO / "seeds"], tmp_path / "out", store=f"oxigraph:{store}", validate=False)
    from_file = select(open_source(tmp_path / "out" / "graph.trig"), SHARING)
    from_store = select(open_source(f"oxigraph:{store}"), SHARING)
    assert _rows(from_store) == _rows(from_file) and len(from_file[1]) > 50
    run_analyze(tmp_path / "out" / "graph.trig", tmp_path / "a-file")
    run_analyze(f"oxigraph:{store}", tmp_path / "a-store")
    assert (tmp_path / "a-file" / "place_pairs.csv").read_bytes() == (tmp_path / "a-store" / "place_pairs.csv").read_bytes()
