"""Benchmark one worker's per-document stages (not a test): N synthetic documents of
:mod:`bench_pipeline` built one after the other in this process (``build_document``, as a pool worker
does), the CPU per document of each stage; the extractor's start-up is left out. Run at two commits
one after the other to compare a stage without the pool, the corpus step or a child's start-up.

Run: ``python bench/bench_shard.py [--size 100] [--validate]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import make_corpus  # noqa: E402


def main() -> None:
    from kg.corpus.document import _extractor, build_document

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--validate", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-shard-") as work:
        folder, shards = Path(work) / "in", Path(work) / "shards"
        folder.mkdir(), shards.mkdir()
        make_corpus(folder, options.size)
        _extractor()
        cpu: dict[str, float] = {}
        for path in sorted(folder.iterdir()):
            result = build_document(path, shards / f"{path.stem}.nq", validate=options.validate)
            for stage, spent in result.cpu.items():
                cpu[stage] = cpu.get(stage, 0.0) + spent
    stages = ", ".join(f"{stage} {1000 * spent / options.size:.1f}" for stage, spent in cpu.items()
                       if stage != "start-up")
    print(f"{options.size} documents, validation {'on' if options.validate else 'off'}; CPU ms per document: {stages}")


if __name__ == "__main__":
    main()
