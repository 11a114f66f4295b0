"""A server on a store that builds switch: each worker answers from one version, holds it against
deletion, and moves to the new version after a build (kg.serve.worker with kg.corpus.versions)."""

from __future__ import annotations

from pathlib import Path

from kg.corpus.versions import reader_lock
from kg.pipeline import run_build
from kg.serve.worker import WorkerPool, pinned

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/policykg/ontology#PolicyDocument> }"
SECOND = "国务院关于支持沈阳市发展机器人产业的批复\n一、支持沈阳市建设机器人产业基地。\n"


def _documents(pool: WorkerPool) -> int:
    _, rows = pool.select(DOCUMENTS)
    return int(rows[0][0].value)


def test_workers_hold_their_version_and_move_to_the_next_build(tmp_path: Path) -> None:
    inputs = tmp_path / "texts"
    inputs.mkdir()
    (inputs / "seed.txt").write_bytes(next((REPO / "seeds").iterdir()).read_bytes())
    store = tmp_path / "store"
    spec = f"oxigraph:{store}"
    run_build([inputs], tmp_path / "out", store=spec, validate=False)
    first = pinned(spec)[1]
    assert first is not None and store.is_symlink()
    pool = WorkerPool(spec, workers=1, timeout=30)
    try:
        assert _documents(pool) == 1
        (inputs / "second.txt").write_text(SECOND, encoding="utf-8")
        run_build([inputs], tmp_path / "out", store=spec, validate=False)
        second = pinned(spec)[1]
        assert second != first
        assert first.is_dir() and reader_lock(first).exists()  # held by the worker: not cleaned
        assert _documents(pool) == 2  # the next request is answered from the new version
    finally:
        pool.close()
