"""Time every bundled query (not a test): rows and CPU seconds on built graphs of growing size, in an
in-memory store (``policykg query --graph FILE``) and in an on-disk store (``--graph oxigraph:DIR``).

Run: ``python bench/bench_queries.py OUT_A/graph.trig OUT_B/graph.trig …`` on builds of synthetic
corpora (``bench_pipeline.make_corpus``, then ``policykg build``); prints the README's Markdown table.
Each query runs three times on one loaded store and the least CPU time is kept (the machine is shared).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.store import STORE_SCHEME, open_source, save_store  # noqa: E402
from kg.store.versions import document_graphs  # noqa: E402

RUNS = 3


def timed(store, text: str) -> tuple[int, float]:
    """Rows of a query and its least CPU seconds over :data:`RUNS` runs (rows read to the end)."""
    best, rows = float("inf"), 0
    for _ in range(RUNS):
        started = time.process_time()
        rows = sum(1 for _row in store.query(text, use_default_graph_as_union=True))
        best = min(best, time.process_time() - started)
    return rows, best


def main(graphs: list[Path]) -> None:
    queries = sorted((REPO / "queries").glob("*.rq"))
    columns: list[dict[str, tuple[int, float, float]]] = []
    header = ["query"]
    with tempfile.TemporaryDirectory() as scratch:
        for index, graph in enumerate(graphs):
            memory = open_source(graph)
            disk = open_source(STORE_SCHEME + str(save_store(graph, Path(scratch) / f"store{index}")))
            documents = len(document_graphs(memory))
            header += [f"rows ({documents} docs)", "CPU s in memory", "CPU s on disk"]
            column = {}
            for query in queries:
                text = query.read_text(encoding="utf-8")
                rows, in_memory = timed(memory, text)
                _rows, on_disk = timed(disk, text)
                column[query.name] = (rows, in_memory, on_disk)
            columns.append(column)
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for query in queries:
        cells = [f"`{query.name}`"]
        for column in columns:
            rows, in_memory, on_disk = column[query.name]
            cells += [f"{rows:,}", f"{in_memory:.3f}", f"{on_disk:.3f}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
