"""The four files written in part after an add, a replace, a remove or a rebuild (the unchanged byte
ranges copied from the version before, :func:`kg.graph.write._update`): byte for byte what a fresh
full build of the same inputs writes, and the same layout, also when the reference graph changes and
when lines several documents hold lose one of their holders."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from kg.graph import write
from kg.graph.write import LAYOUT, OUTPUT_FILES
from kg.pipeline import run_add, run_build, run_remove

# two short documents naming the same actors and places: lines several graphs hold
SHARED = {"a.txt": "关于支持沈阳市发展的通知\n沈府发〔2020〕1号\n一、国务院办公厅支持沈阳市发展机器人产业。\n",
          "b.txt": "关于支持大连市发展的通知\n大府发〔2020〕2号\n一、国务院办公厅支持沈阳市和大连市发展机器人产业。\n"}


@pytest.fixture()
def corpus(corpus: Path) -> Path:
    """The fixture texts and two short documents naming the same actors and places."""
    for name, text in SHARED.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture()
def updates(monkeypatch) -> list[bool]:
    """Write in part whenever the version before has a layout, however much changed; each update is
    recorded: True when written in part, False when it fell back to writing all."""
    monkeypatch.setattr(write, "INCREMENTAL_SHARE", float("inf"))
    done: list[bool] = []
    update = write._update

    def recorded(*args):
        try:
            layout = update(*args)
        except write._Unsound:
            done.append(False)
            raise
        done.append(True)
        return layout

    monkeypatch.setattr(write, "_update", recorded)
    return done


def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def layout(out: Path) -> write.Layout:
    """The layout of the current version (without the files' times, which differ from build to build)."""
    return replace(pickle.loads((out / "current" / LAYOUT).read_bytes()), files={})


def assert_as_built_afresh(out: Path, inputs: list[Path], tmp_path: Path) -> None:
    """The files of ``out`` and their layout are those of a fresh build of ``inputs`` (written in full)."""
    fresh = tmp_path / f"fresh-{len(list(tmp_path.glob('fresh-*')))}"
    run_build(inputs, fresh, jobs=1, validate=False)
    assert files(out) == files(fresh) and layout(out) == layout(fresh)


def reference(out: Path) -> bytes:
    return (out / "current" / "reference.nq").read_bytes()


def test_add_replace_remove_write_what_a_full_build_writes(corpus, tmp_path, updates):
    out = tmp_path / "out"
    texts = sorted(corpus.iterdir())
    run_build(texts[:3], out, jobs=1, validate=False)
    before = reference(out)
    run_add(texts[3:], out, jobs=1, validate=False)  # two documents
    assert reference(out) != before  # new places and actors in the reference graph
    assert_as_built_afresh(out, texts, tmp_path)
    changed = texts[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n二、支持大连市、青岛市发展机器人产业。\n",
                       encoding="utf-8")
    summary = run_build(texts, out, jobs=1, validate=False)  # the same document, another shard
    assert len(summary.rebuilt) == 1 and summary.counts["documents"] == len(texts)
    assert_as_built_afresh(out, texts, tmp_path)
    run_remove([texts[1].name], out)
    assert_as_built_afresh(out, texts[:1] + texts[2:], tmp_path)
    assert updates == [True, True, True]


def test_lines_two_documents_hold_stay_until_the_last_goes(corpus, tmp_path, updates):
    out = tmp_path / "out"
    both = [corpus / name for name in SHARED]
    run_build(both, out, jobs=1, validate=False)
    shared = layout(out).shared
    lines = set((out / "graph.nt").read_bytes().splitlines())
    assert shared and set(shared) <= lines and min(shared.values()) == 2
    assert layout(out).triples == len(lines)
    run_remove([both[0].name], out)
    assert_as_built_afresh(out, both[1:], tmp_path)
    assert set(shared) <= set((out / "graph.nt").read_bytes().splitlines())  # still held by one
    run_add(both[:1], out, jobs=1, validate=False)
    assert_as_built_afresh(out, both, tmp_path)
    assert updates == [True, True]


def test_a_rebuild_of_the_same_inputs_copies_the_files(corpus, tmp_path, updates):
    out = tmp_path / "out"
    run_build([corpus], out, jobs=1, validate=False)
    first = files(out)
    again = run_build([corpus], out, jobs=1, validate=False)
    assert again.rebuilt == [] and files(out) == first and updates == [True]
    assert again.counts["triples"] == len(first["graph.nt"].splitlines())


def test_without_a_layout_or_past_the_share_all_is_written(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    texts = sorted(corpus.iterdir())
    run_build(texts[:2], out, jobs=1, validate=False)
    (out / "current" / LAYOUT).unlink()  # a version of an older release
    monkeypatch.setattr(write, "_update", None)  # never called
    run_add(texts[2:3], out, jobs=1, validate=False)
    assert_as_built_afresh(out, texts[:3], tmp_path)
    monkeypatch.setattr(write, "INCREMENTAL_SHARE", 0.0)
    run_add(texts[3:], out, jobs=1, validate=False)
    assert_as_built_afresh(out, texts, tmp_path)


def test_an_update_that_fails_midway_leaves_the_published_build(corpus, tmp_path, updates, monkeypatch):
    out = tmp_path / "out"
    texts = sorted(corpus.iterdir())
    run_build(texts[:3], out, jobs=1, validate=False)
    published, version = files(out), (out / "current").resolve()

    def broken(*args):
        raise OSError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr(write, "_update_lines", broken)  # after graph.trig and graph.jsonld are written
        with pytest.raises(OSError, match="disk full"):
            run_add(texts[3:], out, jobs=1, validate=False)
    assert files(out) == published and (out / "current").resolve() == version
    assert [p.name for p in (out / ".builds").iterdir() if p.is_dir()] == [version.name]
    run_add(texts[3:], out, jobs=1, validate=False)
    assert_as_built_afresh(out, texts, tmp_path)


def test_files_changed_through_the_links_are_written_again_in_full(corpus, tmp_path, updates):
    out = tmp_path / "out"
    texts = sorted(corpus.iterdir())
    run_build(texts[:3], out, jobs=1, validate=False)
    with open(out / "graph.ttl", "ab") as stream:  # an edit in place, through out/graph.ttl
        stream.write(b"# a note\n")
    run_add(texts[3:], out, jobs=1, validate=False)
    assert updates == []
    assert_as_built_afresh(out, texts, tmp_path)
