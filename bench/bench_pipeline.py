"""Benchmark the corpus build (not a test): synthetic corpora of N documents, per-stage CPU, MB/s,
peak memory; beside plain jieba segmentation and a plain Oxigraph bulk load of the same quads; and an
incremental run (add one document to the built corpus, then remove it).

Run: ``python bench/bench_pipeline.py [--sizes 54,500] [--jobs 1,2] [--no-validate]``. The corpus is
made from ``seeds/`` and the development pages of ``../shared/corpus/govcn-2019`` (the blind gold
pages are left out): copy k of a text gets a distinct document number (``〔YYYY〕N号`` → ``〔YYYY〕kN号``)
and a distinct last line, so every copy is a distinct document. Each build runs in a fresh child
process so its CPU (children included) and peak memory are its own; CPU seconds, not wall time,
because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "govcn-2019"
BLIND = {5, 7, 9, 15, 16, 19, 20, 24, 25, 26, 27, 31, 34, 40, 42, 43, 46, 50, 51, 60}
NUMBER = re.compile(r"〔(\d{4})〕(\d+)号")


def sources() -> list[Path]:
    pages = [p for p in sorted(CORPUS.glob("*.html")) if not (p.stem[:3].isdigit() and int(p.stem[:3]) in BLIND)]
    return [*sorted((REPO / "seeds").glob("*.txt")), *pages]


def make_corpus(folder: Path, size: int) -> int:
    """Write ``size`` distinct documents into ``folder``; returns their bytes of text."""
    texts = [(p.suffix, p.read_bytes().decode("utf-8", errors="surrogateescape")) for p in sources()]
    total = 0
    for index in range(size):
        copy, which = divmod(index, len(texts))
        suffix, text = texts[which]
        if copy:
            text = NUMBER.sub(lambda m: f"〔{m.group(1)}〕{copy}{m.group(2)}号", text, count=1)
            text += f"\n（副本{copy}）\n" if suffix == ".txt" else f"<p>（副本{copy}）</p>\n"
        data = text.encode("utf-8", errors="surrogateescape")
        (folder / f"{index:05d}{suffix}").write_bytes(data)
        total += len(data)
    return total


def text_megabytes(folder: Path) -> float:
    from kg.normalise import load

    return sum(len(load(p).text.encode("utf-8")) for p in folder.iterdir()) / 1e6


def child(args: list[str]) -> dict:
    """Run one build in a child process; its summary, CPU per stage and resource use."""
    code = ("import json, resource, sys, time; from pathlib import Path; from kg.pipeline import run_build, run_add\n"
            "from kg.pipeline import run_remove\n"
            "a = json.loads(sys.argv[1]); t = time.perf_counter()\n"
            "if a['mode'] == 'remove': s = run_remove(a['inputs'], Path(a['out']))\n"
            "else: s = (run_add if a['mode'] == 'add' else run_build)([Path(p) for p in a['inputs']], Path(a['out']),\n"
            "    validate=a['validate'], jobs=a['jobs'])\n"
            "wall = time.perf_counter() - t\n"
            "own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(json.dumps({'wall': wall, 'cpu': s.cpu, 'counts': s.counts, 'rebuilt': len(s.rebuilt),\n"
            "  'cpu_total': own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,\n"
            "  'peak_mb': max(own.ru_maxrss, kids.ru_maxrss) / 1024}))\n")
    payload = json.dumps(dict(zip(("inputs", "out", "validate", "jobs", "mode"), args)))
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        build = subprocess.Popen([sys.executable, "-c", code, payload], cwd=REPO, stdout=out, stderr=err, text=True,
                                 env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
        tree_mb = peak_tree_rss(build) / 2**20
        out.seek(0), err.seek(0)
        if build.returncode:
            raise SystemExit(err.read())
        return json.loads(out.read().strip().splitlines()[-1]) | {"tree_mb": tree_mb}


def peak_tree_rss(process: subprocess.Popen, every: float = 0.2) -> int:
    """Wait for ``process``; the largest resident memory its whole tree (pool workers are grandchildren,
    invisible to getrusage) held at once, sampled every ``every`` seconds."""
    import psutil

    root, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(every)
    return peak


def peers(folder: Path, build: Path) -> dict[str, float]:
    """CPU of plain jieba segmentation of the texts and a plain Oxigraph bulk load of the shards."""
    import jieba
    import pyoxigraph as ox

    from kg.normalise import load

    texts = [load(p).text for p in sorted(folder.iterdir())]
    jieba.setLogLevel(60)
    jieba.initialize()
    started = time.process_time()
    for text in texts:
        list(jieba.tokenize(text, HMM=False))
    segmentation = time.process_time() - started
    shards = sorted((build / "current" / "shards").glob("*.nq"))
    started = time.process_time()
    store = ox.Store()
    for shard in shards:
        store.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
    return {"jieba": segmentation, "oxigraph bulk load": time.process_time() - started}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="54,500")
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--no-validate", action="store_true")
    options = parser.parse_args()
    validate = not options.no_validate
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else "?"
    print(f"load average at start: {' '.join(load)}; validation {'on' if validate else 'off'}")
    for size in (int(s) for s in options.sizes.split(",")):
        work = Path(tempfile.mkdtemp(prefix=f"bench-{size}-"))
        try:
            corpus = work / "in"
            corpus.mkdir()
            raw = make_corpus(corpus, size) / 1e6
            mb = text_megabytes(corpus)
            full_cpu, walls = float("nan"), {}
            print(f"\n{size} documents, {raw:.2f} MB of files, {mb:.2f} MB of normalised text (UTF-8)")
            for jobs in (int(j) for j in options.jobs.split(",")):
                out = work / f"out-{jobs}"
                result = child([[str(corpus)], str(out), validate, jobs, "build"])
                # pool workers are grandchildren (forkserver), invisible to RUSAGE_CHILDREN: the stage
                # sums (measured in the workers) are the CPU of the work
                cpu = sum(result["cpu"].values())
                full_cpu = cpu if jobs == 1 or not walls else full_cpu  # the 1-job build's, else the first
                stages = ", ".join(f"{k} {v:.1f}" for k, v in result["cpu"].items())
                print(f"  build --jobs {jobs}: wall {result['wall']:.1f} s, CPU {cpu:.1f} s (stage sum; "
                      f"process tree as seen {result['cpu_total']:.1f} s) "
                      f"({mb / cpu:.3f} MB per CPU-s), peak {result['peak_mb']:.0f} MB (one process), "
                      f"{result['tree_mb']:.0f} MB (whole tree, sampled), "
                      f"{result['counts']['triples']} triples")
                print(f"    CPU per stage (s): {stages}")
                walls[jobs] = (result["wall"], cpu)
            if 1 in walls and 2 in walls:
                print(f"  2 workers against 1: wall {walls[1][0] / walls[2][0]:.2f}x faster, "
                      f"CPU {walls[2][1] / walls[1][1]:.2f}x of the 1-job CPU")
            extra = work / "extra"
            extra.mkdir()
            make_corpus(extra, size + 1)
            newest = sorted(extra.iterdir())[-1]
            one = newest.rename(work / f"added{newest.suffix}")
            for mode in ("add", "remove"):
                changed = child([[str(one) if mode == "add" else one.name], str(out), validate, 1, mode])
                stage_sum = sum(changed["cpu"].values())
                print(f"  {mode} 1 document: wall {changed['wall']:.1f} s, CPU {changed['cpu_total']:.1f} s with "
                      f"start-up, {stage_sum:.1f} s stage sum ({100 * stage_sum / full_cpu:.1f} % of the full "
                      f"{1 if 1 in walls else min(walls)}-job build), {changed['rebuilt']} extracted")
                print("    CPU per stage (s): " + ", ".join(f"{k} {v:.1f}" for k, v in changed["cpu"].items()))
            peer = peers(corpus, out)
            print("  peers (CPU s, this process): " + ", ".join(f"{k} {v:.2f} ({mb / v:.2f} MB/s)" if k == "jieba"
                                                              else f"{k} {v:.2f}" for k, v in peer.items()))
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\npeak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
