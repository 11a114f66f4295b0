"""The Dask executor: a real local cluster of two worker processes writes the same bytes as a local build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.graph.write import OUTPUT_FILES
from kg.pipeline import run_build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = [FIXTURES / "extract" / "govcn_057_excerpt.txt", FIXTURES / "structure" / "regulation_033.txt"]


def test_dask_local_cluster_gives_the_local_bytes(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for text in TEXTS:
        shutil.copy(text, folder / text.name)
    run_build([folder], tmp_path / "local", jobs=1)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        summary = run_build([folder], tmp_path / "dask", executor=f"dask://{cluster.scheduler_address}")
        assert summary.counts["documents"] == 2
    finally:
        cluster.close()
    for name in OUTPUT_FILES:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
