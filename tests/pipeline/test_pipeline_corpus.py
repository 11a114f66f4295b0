"""Corpus builds: the same bytes whatever the number of workers; incremental add/remove equal to a
full build; a store holding other documents is never emptied silently; one build at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus.manifest import Manifest
from kg.errors import PolicyKGError
from kg.graph.write import OUTPUT_FILES
from kg.pipeline import run_add, run_build, run_remove
from kg.store import open_source

def files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def test_output_is_byte_identical_whatever_the_number_of_workers(corpus, tmp_path):
    one = run_build([corpus], tmp_path / "one", jobs=1, validate=False)
    two = run_build([corpus], tmp_path / "two", jobs=2, validate=False)
    assert one.line() == two.line() and one.counts["documents"] == 3
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_rebuild_skips_unchanged_and_add_remove_equal_a_full_build(corpus, tmp_path):
    out = tmp_path / "out"
    first = sorted(corpus.iterdir())
    run_build(first[:2], out, jobs=1, validate=False)
    again = run_build(first[:2], out, jobs=1, validate=False)
    assert again.rebuilt == []  # nothing extracted a second time
    added = run_add([first[2]], out, jobs=1, validate=False)
    assert len(added.rebuilt) == 1 and added.counts["documents"] == 3
    full = tmp_path / "full"
    run_build([corpus], full, jobs=1, validate=False)
    assert files(out) == files(full)
    slug = next(s for s, e in Manifest.read(out / "current").documents.items() if e.source.endswith(first[2].name))
    run_remove([first[2].name], out)
    assert slug not in Manifest.read(out / "current").documents
    run_build(first[:2], full, jobs=1, validate=False)
    assert files(out) == files(full)


def test_a_changed_document_is_rebuilt_and_the_old_version_dropped(corpus, tmp_path):
    out = tmp_path / "out"
    run_build([corpus], out, jobs=1, validate=False)
    target = sorted(corpus.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n支持沈阳市发展机器人产业。\n", encoding="utf-8")
    summary = run_build([corpus], out, jobs=1, validate=False)
    assert len(summary.rebuilt) == 1 and summary.counts["documents"] == 3


def test_a_store_holding_other_documents_is_never_emptied_silently(corpus, tmp_path):
    store = tmp_path / "store"
    spec = f"oxigraph:{store}"
    texts = sorted(corpus.iterdir())
    run_build([corpus], tmp_path / "a", store=spec, jobs=1, validate=False)
    graphs = {g.value for g in open_source(spec).named_graphs()}
    with pytest.raises(PolicyKGError, match="--replace"):
        run_build(texts[:1], tmp_path / "b", store=spec, jobs=1, validate=False)
    assert {g.value for g in open_source(spec).named_graphs()} == graphs
    run_remove([texts[0].name], tmp_path / "a", store=spec)
    assert len({g.value for g in open_source(spec).named_graphs()}) == len(graphs) - 1
    run_add([texts[0]], tmp_path / "a", store=spec, jobs=1, validate=False)
    assert {g.value for g in open_source(spec).named_graphs()} == graphs
    replaced = run_build(texts[:1], tmp_path / "b", store=spec, jobs=1, validate=False, replace=True)
    assert len({g.value for g in open_source(spec).named_graphs()}) == replaced.counts["documents"] + 1
    assert len(list((tmp_path / ".store.versions").iterdir())) == 1  # old versions cleaned


def test_add_to_nothing_and_remove_unknown_fail_with_one_line(corpus, tmp_path):
    with pytest.raises(PolicyKGError, match="no build here"):
        run_add([corpus], tmp_path / "none", validate=False)
    run_build([corpus], tmp_path / "out", jobs=1, validate=False)
    with pytest.raises(PolicyKGError, match="no document 'nope'"):
        run_remove(["nope"], tmp_path / "out")


def test_two_builds_cannot_write_one_folder_at_once(corpus, tmp_path):
    from kg.corpus.outputs import out_versions

    with out_versions(tmp_path / "out").locked():
        with pytest.raises(PolicyKGError, match="locked by another build"):
            run_build([corpus], tmp_path / "out", jobs=1, validate=False)


def test_summary_counts_places_of_every_kind(tmp_path):
    """A country is a place too: the summary counts it beside the province (kinds table, not a class list)."""
    text = tmp_path / "in.txt"
    text.write_text("关于深化合作的通知\n一、支持黑龙江省与俄罗斯开展合作，鼓励企业参与。\n", encoding="utf-8")
    summary = run_build([text], tmp_path / "out", jobs=1, validate=False)
    labels = {str(row["label"].value) for row in open_source(str(tmp_path / "out" / "graph.trig")).query(
        """PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?label WHERE { GRAPH ?g { ?m pkg:targets ?p } GRAPH ?r { ?p rdfs:label ?label } }""")}
    assert {"黑龙江省", "俄罗斯"} <= labels
    assert summary.counts["places"] == 2
