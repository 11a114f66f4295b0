"""The build and query commands as a user runs them: output, determinism, bad input, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"


def policykg(*args: str, cwd: Path = REPO, seed: str = "0") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_query_sharing_pairs_on_built_graph(seed_build):
    _, out = seed_build
    result = policykg("query", "queries/01_cities_sharing_measures.rq", "--graph", str(out / "graph.trig"),
                      "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert any("沈阳市" in row and "洛阳市" in row for row in rows)


def test_every_query_file_runs(seed_build):
    from kg.query import run_query

    _, out = seed_build
    for query in sorted((REPO / "queries").glob("*.rq")):
        run_query(query, out / "graph.trig", "json")  # raises on any error


def test_two_builds_give_identical_files_whatever_the_hash_seed(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    assert policykg("build", str(SEEDS), "--out", str(first), "--no-validate", seed="1").returncode == 0
    assert policykg("build", str(SEEDS), "--out", str(second), "--no-validate", seed="2").returncode == 0
    for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"\x00\x01\x02binary\xff\xfe" * 50, "binary")])
def test_bad_input_fails_cleanly_and_leaves_out_untouched(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nt").write_text("previous build\n")
    result = policykg("build", str(bad), "--out", str(out))
    assert result.returncode == 1
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    assert len(lines) == 1 and "bad.txt" in lines[0] and message in lines[0].lower()
    assert (out / "graph.nt").read_text() == "previous build\n"


def test_folder_without_texts(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = policykg("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "no policy texts" in result.stderr
    assert not (tmp_path / "out").exists()


def test_usage_error_exit_code():
    assert policykg("build", "--no-such-option").returncode == 2


def test_query_on_missing_graph(tmp_path):
    result = policykg("query", "queries/02_measures_per_place.rq", "--graph", str(tmp_path / "none.trig"))
    assert result.returncode == 1 and "none.trig" in result.stderr


def test_a_pdf_builds_like_a_text(tmp_path):
    pdf = REPO / "tests" / "fixtures" / "normalise" / "seed_excerpt.pdf"
    result = policykg("build", str(pdf), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    nt = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    for code in ("210100", "410300", "430200"):  # 沈阳, 洛阳, 株洲 targeted by one measure
        assert f"<https://w3id.org/policykg/ontology#targets> <https://w3id.org/policykg/id/place/{code}>" in nt


def test_a_second_copy_of_a_document_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt"))
    (folder / "a.txt").write_bytes(seed.read_bytes())
    (folder / "b.txt").write_bytes(seed.read_bytes())
    result = policykg("build", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "b.txt: another copy of document 发改振兴〔2021〕1618号 (already built from a.txt); skipped" in result.stderr
    assert result.stdout.startswith("1 documents")


def test_query_output_to_a_file_or_a_pipe_keeps_every_cell(seed_build, tmp_path):
    import csv

    _, out = seed_build
    args = ("query", "queries/01_cities_sharing_measures.rq", "--graph", str(out / "graph.trig"))
    target = tmp_path / "pairs.csv"
    with target.open("w") as handle:
        subprocess.run([sys.executable, "-m", "kg", *args], cwd=REPO, stdout=handle, check=True, timeout=600)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a file: a BOM for Excel
    piped = policykg(*args)  # a pipe: plain CSV, no BOM
    assert piped.returncode == 0 and not piped.stdout.startswith("\ufeff")
    assert data.decode("utf-8-sig").replace("\r\n", "\n") == piped.stdout
    rows = list(csv.reader(piped.stdout.splitlines()))
    full = [cell for row in rows for cell in row]
    assert any(cell.startswith("https://w3id.org/policykg/id/") and len(cell) > 40 for cell in full)
    assert len({len(row) for row in rows}) == 1


def test_a_mistyped_store_fails_before_the_build(tmp_path):
    result = policykg("build", "--store", "oxigarph:x", "-o", str(tmp_path / "out"))
    assert result.returncode == 2 and "accepted: oxigraph:DIR" in result.stderr
    assert not (tmp_path / "out").exists()


def test_analyze_and_viz_say_what_they_wrote(seed_build, tmp_path):
    _, out = seed_build
    for command in ("analyze", "viz"):
        result = policykg(command, "--graph", str(out / "graph.trig"), "-o", str(tmp_path / command))
        assert result.returncode == 0, result.stderr
        written = sorted(p for p in (tmp_path / command).iterdir())
        assert result.stderr.startswith(f"wrote {len(written)} files: ")
        assert all(str(p) in result.stderr for p in written)
