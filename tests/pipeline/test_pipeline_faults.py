"""Builds land whole or not at all: a build killed at every stage leaves the old build or the new one,
never a mix, and the next build cleans what the killed one left."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.graph.write import OUTPUT_FILES

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
OLD = [FIXTURES / "extract" / "govcn_057_excerpt.txt"]
NEW = [*OLD, FIXTURES / "structure" / "regulation_033.txt"]
STAGES = ["extracted", "assembled", "loaded", "written", "before-switch", "link-made", "after-switch"]


def build(inputs: list[Path], out: Path, store: Path, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("POLICYKG_FAULT", None)
    if fault:
        env["POLICYKG_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), "--store",
                           f"oxigraph:{store}", "--no-validate", "--jobs", "1", "--replace"],
                          env=env, capture_output=True, text=True, timeout=600)


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES if (out / name).exists()}


def graphs(store: Path) -> set[str]:
    import pyoxigraph as ox

    return {g.value for g in ox.Store.read_only(str(store)).named_graphs()}


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    """The files and store graphs of the old and the new build, each built without faults."""
    base = tmp_path_factory.mktemp("expected")
    result = {}
    for name, inputs in (("old", OLD), ("new", NEW)):
        assert build(inputs, base / name, base / f"{name}-store").returncode == 0
        result[name] = (snapshot(base / name), graphs(base / f"{name}-store"))
    return result


@pytest.mark.parametrize("stage", [*STAGES, "adopt-linked", "adopt-exchanged"])
def test_a_build_killed_at_any_stage_leaves_old_or_new(stage, expected, tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    assert build(OLD, out, store).returncode == 0
    if stage.startswith("adopt-"):  # an old-layout store: a plain folder that must become a version
        version = store.resolve()
        store.unlink()
        shutil.copytree(version, store)
        shutil.rmtree(tmp_path / ".store.versions")
    killed = build(NEW, out, store, fault=stage)
    assert killed.returncode == 70, killed.stderr
    assert snapshot(out) in (expected["old"][0], expected["new"][0])
    assert graphs(store) in (expected["old"][1], expected["new"][1])
    assert build(NEW, out, store).returncode == 0  # the next run cleans up and completes
    assert snapshot(out) == expected["new"][0] and graphs(store) == expected["new"][1]
    assert len(list((out / ".builds").iterdir())) == 1
    assert not [p for p in out.iterdir() if ".switch-" in p.name or ".link-" in p.name]
    assert len([p for p in (tmp_path / ".store.versions").iterdir() if p.is_dir()]) == 1


@pytest.mark.parametrize("stage", ["linked-graph.ttl", "linked-graph.trig", "after-switch"])
def test_plain_files_of_an_older_build_switch_whole(stage, expected, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name, content in expected["old"][0].items():
        (out / name).write_bytes(content)
    killed = build(NEW, out, tmp_path / "store", fault=stage)
    assert killed.returncode == 70
    assert snapshot(out) in (expected["old"][0], expected["new"][0])
    assert build(NEW, out, tmp_path / "store").returncode == 0
    assert snapshot(out) == expected["new"][0]
