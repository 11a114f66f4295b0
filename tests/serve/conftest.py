"""Service fixtures: one app over the hand-made graph, shared by the module's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from kg.serve.app import create_app

LINKED = Path(__file__).resolve().parents[1] / "fixtures" / "linked"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client for an app over ``mini.trig`` with a 20-row cap and one example query."""
    queries = tmp_path_factory.mktemp("queries")
    (queries / "places_by_measures.rq").write_text(
        "# places ranked </script><script>alert(1)</script>\nSELECT ?p WHERE { ?p ?q ?o } LIMIT 3\n",
        encoding="utf-8")
    app = create_app(str(LINKED / "mini.trig"), ontology=LINKED / "ontology-mini.ttl", queries=queries, workers=1, timeout=5.0, max_rows=20)
    with TestClient(app) as test_client:
        yield test_client
