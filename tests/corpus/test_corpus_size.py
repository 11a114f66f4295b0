"""The size policy of one document: refused above the limit in one line; progress lines inside a document."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.corpus.size import LARGE_DOCUMENT_MB, DocumentProgress, SizePolicy, progress_from, text_megabytes
from kg.errors import InputError

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("*.txt"))


def policykg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"}, timeout=600)


def test_size_is_megabytes_of_utf8():
    assert text_megabytes("规划" * 500_000) == 3.0


def test_a_text_within_the_limit_passes_and_one_above_is_refused_naming_size_limit_and_option():
    text = "支持" * 200_000  # 1.2 MB
    assert SizePolicy(max_mb=2).check("big.txt", text) == pytest.approx(1.2)
    with pytest.raises(InputError) as refused:
        SizePolicy(max_mb=1).check("big.txt", text)
    message = str(refused.value)
    assert message.startswith("big.txt: 1.2 MB of normalised text")
    assert "limit of 1 MB" in message and "--max-document-size 2" in message and "\n" not in message


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_by_default_only_on_a_terminal_and_only_for_large_documents():
    assert progress_from(None, io.StringIO()) is None
    assert progress_from(None, _Terminal()) == LARGE_DOCUMENT_MB
    assert progress_from(True, io.StringIO()) == 0.0
    assert progress_from(False, _Terminal()) is None


def test_progress_reports_every_tenth_of_the_characters_once():
    stream = io.StringIO()
    progress = DocumentProgress("big.txt", 0.0, stream)
    progress.read(1000, 0.003)
    for offset in range(0, 1000, 7):
        progress.extracted(offset)
    progress.stage("extracted")
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("policykg: progress: big.txt: read (0.003 MB,")
    assert [l.split(": ")[3].split(" (")[0] for l in lines[1:-1]] == [
        f"extracted {p} % of the characters" for p in range(10, 100, 10)]
    assert lines[-1].startswith("policykg: progress: big.txt: extracted (")


def test_a_document_below_the_progress_size_says_nothing():
    stream = io.StringIO()
    progress = DocumentProgress("small.txt", 1.0, stream)
    progress.read(1000, 0.003)
    progress.extracted(900)
    progress.stage("extracted")
    assert stream.getvalue() == ""


def test_build_refuses_a_document_above_the_limit_in_one_line_and_leaves_out_untouched(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nt").write_text("previous build\n")
    result = policykg("build", str(SEED), "--out", str(out), "--max-document-size", "0.01")
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, lines
    assert SEED.name in lines[0] and "MB of normalised text" in lines[0] and "limit of 0.01 MB" in lines[0]
    assert "--max-document-size 1" in lines[0]
    assert (out / "graph.nt").read_text() == "previous build\n"
    assert sorted(p.name for p in out.iterdir()) == [".builds", ".lock", "graph.nt"]
    assert not any((out / ".builds").iterdir())


def test_progress_goes_to_stderr_and_leaves_the_graph_byte_identical(tmp_path, seed_build):
    _, reference = seed_build
    result = policykg("build", str(SEED), "--out", str(tmp_path / "out"), "--progress", "--no-validate")
    assert result.returncode == 0, result.stderr
    progress = [l for l in result.stderr.splitlines() if l.startswith("policykg: progress: ")]
    stages = [l.split(": ")[3].split(" (")[0] for l in progress]
    assert stages[:2] == ["read", "structure found"] and stages[-3:] == ["extracted", "graph made", "shard written"]
    assert "extracted 50 % of the characters" in stages
    assert "policykg: progress" not in result.stdout
    for name in ("graph.nt", "graph.trig"):
        assert (tmp_path / "out" / name).read_bytes() == (reference / name).read_bytes(), name
