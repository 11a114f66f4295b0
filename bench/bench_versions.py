"""Benchmark two or more checkouts side by side (not a test): one synthetic corpus of
:mod:`bench_pipeline`, then each checkout's build of it in a fresh child process (its own
``bench_pipeline.child``, so its own code), ``--jobs 1``, validation on, round after round in turn;
CPU seconds per stage (the stage sums, as ``bench_pipeline`` reports them).

Run: ``python bench/bench_versions.py [--size 500] [--rounds 3] [--corpus DIR] CHECKOUT …``, e.g. a
detached worktree of the commit before a change and the working tree. ``--corpus``: the development
pages (default ``bench_pipeline``'s, ``../shared/corpus/govcn-2019`` beside the checkout, which a
worktree under ``wt/`` does not have).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import tempfile
from pathlib import Path
from types import ModuleType


def bench_module(checkout: Path, corpus: Path | None, index: int) -> ModuleType:
    """The ``bench_pipeline`` module of ``checkout`` (its children run that checkout's code)."""
    spec = importlib.util.spec_from_file_location(f"bench_pipeline_{index}", checkout / "bench" / "bench_pipeline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if corpus:
        module.CORPUS = corpus
    return module


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path)
    options = parser.parse_args()
    benches = [bench_module(checkout.resolve(), options.corpus, i) for i, checkout in enumerate(options.checkouts)]
    print(f"load average at start: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    work = Path(tempfile.mkdtemp(prefix=f"bench-versions-{options.size}-"))
    try:
        corpus = work / "in"
        corpus.mkdir()
        print(f"{options.size} documents, {benches[0].make_corpus(corpus, options.size) / 1e6:.2f} MB of files")
        for round_ in range(options.rounds):
            for checkout, bench in zip(options.checkouts, benches):
                out = work / f"out-{round_}"
                result = bench.child([[str(corpus)], str(out), True, 1, "build"])
                stages = ", ".join(f"{stage} {spent:.1f}" for stage, spent in result["cpu"].items())
                print(f"  {checkout}: CPU {sum(result['cpu'].values()):.1f} s (stage sum), "
                      f"{result['counts']['triples']} triples; {stages}", flush=True)
                shutil.rmtree(out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average at end: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")


if __name__ == "__main__":
    main()
