"""Print CPU and peak memory of building one large document against its size (not a test).

Run: ``python bench/bench_large.py [--sizes 1,2,5] [--layouts lines,oneline] [--validate]``.
The document is the normalised text of the development pages of ``../shared/corpus/govcn-2019``
(the blind gold pages left out) joined by line breaks, repeated until it has the wanted size in MB of
UTF-8; ``oneline`` removes every line break and space. Each size is built by ``policykg build FILE
--jobs 1 --progress`` in a fresh child process (the document is built in that process), so its CPU
seconds and peak resident memory are its own; CPU, not wall time, because the machine is shared.
Prints per size: CPU seconds, MB per CPU-second, peak RSS, the memory per MB above the start-up
footprint, and the CPU seconds at which each stage of the document ended (from the progress lines),
with the number of volumes a text of ``SizePolicy.stream_from_mb`` or more was read in (a stream:
``--sizes 10,50`` shows about equal peaks).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "govcn-2019"
BLIND = {5, 7, 9, 15, 16, 19, 20, 24, 25, 26, 27, 31, 34, 40, 42, 43, 46, 50, 51, 60}
STAGE = re.compile(r"policykg: progress: .*: (read|structure found|extracted|graph made|shard written|validated) "
                   r"\(.* MB, (\d+) CPU-s\)$")
VOLUMES = re.compile(r": volume \d+ of (\d+)")
CHILD = ("import json, resource, sys\nfrom kg.cli import main\nsys.argv = ['policykg', *sys.argv[1:]]\n"
         "try:\n    main()\nexcept SystemExit as exit:\n    code = exit.code or 0\nelse:\n    code = 0\n"
         "use = resource.getrusage(resource.RUSAGE_SELF)\n"
         "print(json.dumps({'code': code, 'cpu': use.ru_utime + use.ru_stime, 'peak_mb': use.ru_maxrss / 1024}))\n")


def corpus_text(layout: str) -> str:
    """The development pages' normalised texts, one after the other (``oneline``: no white space)."""
    from kg.normalise import load

    pages = [p for p in sorted(CORPUS.glob("*.html")) if not (p.stem[:3].isdigit() and int(p.stem[:3]) in BLIND)]
    text = "\n".join(load(p).text for p in pages)
    return "".join(text.split()) if layout == "oneline" else text


def large_text(base: str, megabytes: float) -> str:
    """``base`` repeated and cut to ``megabytes`` MB of UTF-8 (at a character boundary)."""
    data = base.encode("utf-8")
    wanted = int(megabytes * 1e6)
    return (data * (wanted // len(data) + 1))[:wanted].decode("utf-8", errors="ignore")


def build(path: Path, out: Path, validate: bool) -> dict:
    """Build ``path`` alone in a child process; its exit code, CPU, peak memory and stage ends."""
    args = ["build", str(path), "--out", str(out), "--jobs", "1", "--progress", "--max-document-size", "1000",
            "--validate" if validate else "--no-validate"]
    done = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=REPO, capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    if done.returncode or not done.stdout.strip():
        raise SystemExit(done.stderr)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["stages"] = {m.group(1): int(m.group(2)) for m in map(STAGE.match, done.stderr.splitlines()) if m}
    result["volumes"] = max((int(m.group(1)) for m in map(VOLUMES.search, done.stderr.splitlines()) if m), default=0)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,2,5", help="MB of normalised text, comma-separated")
    parser.add_argument("--layouts", default="lines,oneline")
    parser.add_argument("--validate", action="store_true")
    options = parser.parse_args()
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else "?"
    print(f"load average at start: {' '.join(load)}; validation {'on' if options.validate else 'off'}")
    work = Path(tempfile.mkdtemp(prefix="bench-large-"))
    try:
        empty = work / "empty.txt"
        empty.write_text("一、总则\n", encoding="utf-8")
        base_mb = build(empty, work / "out-empty", False)["peak_mb"]
        print(f"start-up footprint (a one-line document): {base_mb:.0f} MB")
        print(f"{'layout':>8} {'MB':>6} {'CPU s':>8} {'MB/CPU-s':>9} {'peak MB':>8} {'MB per MB':>9}  stage ends (CPU s)")
        for layout in options.layouts.split(","):
            base = corpus_text(layout)
            for megabytes in (float(s) for s in options.sizes.split(",")):
                path = work / f"large-{layout}-{megabytes:g}.txt"
                path.write_text(large_text(base, megabytes), encoding="utf-8")
                result = build(path, work / "out", options.validate)
                shutil.rmtree(work / "out", ignore_errors=True)
                path.unlink()
                stages = ", ".join(f"{k} {v}" for k, v in result["stages"].items())
                stages += f"; {result['volumes']} volumes" if result["volumes"] else ""
                stages += f" (exit code {result['code']})" if result["code"] else ""
                print(f"{layout:>8} {megabytes:>6g} {result['cpu']:>8.1f} {megabytes / result['cpu']:>9.3f} "
                      f"{result['peak_mb']:>8.0f} {(result['peak_mb'] - base_mb) / megabytes:>9.0f}  {stages}",
                      flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
