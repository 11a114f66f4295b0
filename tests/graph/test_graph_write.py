"""The four files put together from the shards' fragments: they hold exactly what the store holds (the
quads in TriG and JSON-LD, their union in N-Triples and Turtle), and each is one serialisation of the
whole, in an order fixed by the content; a kept document's fragments are linked, never written again."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.corpus.document import COMPANIONS
from kg.corpus.manifest import Manifest
from kg.graph.fragments import (PREFIXES, fragment_path, merged_block, prefix_lines, triple_key, turtle_block,
                                without_prefix_lines, write_fragments)
from kg.graph.jsonld import compact_jsonld
from kg.graph.nquads import quad_key
from kg.pipeline import run_add, run_build

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = [FIXTURES / "extract" / "govcn_057_excerpt.txt", FIXTURES / "structure" / "regulation_033.txt",
         FIXTURES / "structure" / "opinion_001_head.txt"]
FORMATS = {"graph.trig": ox.RdfFormat.TRIG, "graph.jsonld": ox.RdfFormat.JSON_LD,
           "graph.nt": ox.RdfFormat.N_TRIPLES, "graph.ttl": ox.RdfFormat.TURTLE}


def write_shard(quads: list[ox.Quad], path: Path) -> None:
    """A shard of these quads, in the order given."""
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """Three documents built with a store: (out folder, store folder)."""
    base = tmp_path_factory.mktemp("write")
    run_build(TEXTS, base / "out", store=f"oxigraph:{base / 'store'}", jobs=1, validate=False)
    return base / "out", base / "store"


def test_the_files_hold_what_the_store_holds(built) -> None:
    out, store = built
    quads = set(ox.Store.read_only(str(store)))
    assert len({quad.graph_name for quad in quads}) == 4  # three documents and the reference graph
    triples = {quad.triple for quad in quads}
    for name, fmt in FORMATS.items():
        parsed = set(ox.parse(path=str(out / name), format=fmt))
        if name in ("graph.trig", "graph.jsonld"):
            assert parsed == quads, name
        else:
            assert {quad.triple for quad in parsed} == triples and len(parsed) == len(triples), name


def test_each_file_is_the_whole_dataset_serialised_in_content_order(built) -> None:
    out, _ = built
    quads = sorted(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG), key=quad_key)
    whole = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    assert whole.count(b"> {\n") == 4 and (out / "graph.trig").read_bytes() == whole
    assert (out / "graph.jsonld").read_bytes() == compact_jsonld(ox.serialize(quads, format=ox.RdfFormat.JSON_LD))
    lines = (out / "graph.nt").read_bytes().split(b"\n")[:-1]
    assert lines == sorted(set(lines)) and len(lines) == len({quad.triple for quad in quads})


def test_turtle_is_the_triples_of_n_triples_each_subject_once(built) -> None:
    out, _ = built
    text = (out / "graph.ttl").read_bytes()
    triples = {quad.triple for quad in ox.parse(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert {quad.triple for quad in ox.parse(text, format=ox.RdfFormat.TURTLE)} == triples
    assert len(Graph().parse(data=text.decode("utf-8"), format="turtle")) == len(triples)  # rdflib reads it too
    assert text.startswith(prefix_lines()) and text.count(b"@prefix ") == len(PREFIXES)
    statements = [line.split(b" ", 1)[0] for line in without_prefix_lines(text).split(b"\n")[:-1]
                  if not line.startswith(b"\t")]
    assert len(statements) == len(set(statements)) == len({triple.subject for triple in triples})
    graphs: dict = {}
    for quad in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG):
        graphs.setdefault(quad.subject, set()).add(quad.graph_name)
    assert sum(len(held) > 1 for held in graphs.values()) > 10  # statements merged from several graphs


def test_blocks_of_one_subject_from_two_graphs_merge_into_the_block_of_their_union() -> None:
    place = ox.NamedNode("https://w3id.org/policykg/id/place/210100")
    mentioned, labelled = (ox.NamedNode(iri) for iri in ("https://w3id.org/policykg/ontology#mentionedIn",
                                                         "http://www.w3.org/2000/01/rdf-schema#label"))
    label = ox.Triple(place, labelled, ox.Literal("沈阳市", language="zh"))
    one, two = ([label, *(ox.Triple(place, mentioned, ox.NamedNode(f"https://w3id.org/policykg/id/doc/{d}/p/1"))
                          for d in docs)] for docs in (("b", "a"), ("c", "a")))
    blocks = [turtle_block(sorted(triples, key=triple_key)) for triples in (one, two)]  # as in the shards
    merged = merged_block(blocks)
    assert merged == merged_block(blocks[::-1]) == turtle_block(sorted({*one, *two}, key=triple_key))
    assert merged.count(b"\n") == 2 and merged.endswith(b" .\n")  # a line per predicate, one statement
    assert {q.triple for q in ox.parse(prefix_lines() + merged, format=ox.RdfFormat.TURTLE)} == {*one, *two}


def test_fragments_of_a_graph(tmp_path) -> None:
    g, s, p = (ox.NamedNode(f"https://w3id.org/policykg/id/{n}") for n in ("graph/x", "doc/x", "p"))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    provision = ox.NamedNode("https://w3id.org/policykg/id/doc/x/p/1")
    quads = sorted([ox.Quad(s, label, ox.Literal("乙", language="zh"), g), ox.Quad(s, p, ox.Literal("a"), g),
                    ox.Quad(s, label, ox.Literal("甲", language="zh"), g), ox.Quad(provision, p, s, g)], key=quad_key)
    shard = tmp_path / "x.nq"
    write_shard(quads, shard)
    write_fragments(shard)
    trig = fragment_path(shard, ".trig").read_bytes()
    assert trig == ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)  # a TriG file of its own
    assert without_prefix_lines(trig).startswith(b"<https://w3id.org/policykg/id/graph/x> {\n")
    assert b"rdfs:label" in trig  # prefixed names
    assert fragment_path(shard, ".jsonld").read_bytes() == (  # compacted with the shipped context
        '{"@graph":[{"@id":"pkgd:doc/x","label":["乙","甲"],"pkgd:p":{"@value":"a"}},'
        '{"@id":"pkgd:doc/x/p/1","pkgd:p":{"@id":"pkgd:doc/x"}}],"@id":"pkgd:graph/x"}'
    ).encode("utf-8")
    lines = fragment_path(shard, ".nt").read_bytes().split(b"\n")
    assert lines[-1] == b"" and lines[:-1] == sorted(set(lines[:-1])) and len(lines[:-1]) == 4
    assert set(ox.parse(path=str(fragment_path(shard, ".nt")), format=ox.RdfFormat.N_TRIPLES)) == {
        ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    assert fragment_path(shard, ".ttl").read_bytes() == turtle_block([quads[-1].triple])  # inside the document
    with open(fragment_path(shard, ".ttl-outside"), "rb") as stream:
        assert pickle.load(stream) == [(str(s), turtle_block(q.triple for q in quads[:3]))]


def test_a_small_nt_fragment_is_sorted_as_sort_sorts_it(tmp_path, monkeypatch) -> None:
    """In the worker (small fragments) or by ``sort`` (large ones): the same bytes, C-locale byte order."""
    from kg.graph import fragments

    g, p = (ox.NamedNode(f"https://w3id.org/policykg/id/{n}") for n in ("graph/x", "p"))
    subjects = [ox.NamedNode(f"https://w3id.org/policykg/id/{n}") for n in ("doc/x", "doc/x/p/1", "Z", "é", "甲")]
    values = [ox.Literal(v) for v in ("a", "a b", "a\tb", "A", "乙", "")] + [ox.Literal("3", language="zh"), subjects[0]]
    quads = sorted((ox.Quad(s, p, v, g) for s in subjects for v in values), key=quad_key)
    written = {}
    for limit in (fragments.IN_MEMORY, 0):
        monkeypatch.setattr(fragments, "IN_MEMORY", limit)
        shard = tmp_path / f"{limit}.nq"
        write_shard(quads, shard)
        write_fragments(shard)
        written[limit] = fragment_path(shard, ".nt").read_bytes()
    lines = written[0].split(b"\n")
    assert written[fragments.IN_MEMORY] == written[0] and len(lines) == len(quads) + 1
    assert lines[:-1] == sorted(lines[:-1])


def test_a_graph_asserting_inside_another_document_is_refused(tmp_path) -> None:
    g, p = (ox.NamedNode(f"https://w3id.org/policykg/id/{n}") for n in ("graph/x", "p"))
    shard = tmp_path / "x.nq"
    write_shard([ox.Quad(ox.NamedNode("https://w3id.org/policykg/id/doc/y/p/1"), p, ox.Literal("a"), g)], shard)
    with pytest.raises(ValueError, match="inside another document"):
        write_fragments(shard)


def test_an_added_document_links_the_fragments_of_the_others(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for text in TEXTS:
        shutil.copy(text, folder / text.name)
    out = tmp_path / "out"
    run_build(sorted(folder.iterdir())[:2], out, jobs=1, validate=False)
    kept = [entry.shard + suffix for entry in Manifest.read(out / "current").documents.values()
            for suffix in ("", *COMPANIONS)]
    inodes = {name: (out / "current" / name).stat().st_ino for name in kept}
    run_add([sorted(folder.iterdir())[2]], out, jobs=1, validate=False)
    assert len(inodes) == 2 * (1 + len(COMPANIONS))
    assert {name: (out / "current" / name).stat().st_ino for name in kept} == inodes


def test_a_block_the_sort_key_cannot_order_is_written_with_all_the_files(tmp_path, monkeypatch) -> None:
    """Two labels of one value in two languages tie under the sort key: merged, their order is the
    blocks' (:func:`merged_block`), which the union's lines cannot tell, so the update writes all."""
    from kg.graph import write

    place, label = ox.NamedNode("https://w3id.org/policykg/id/place/1"), ox.NamedNode(PREFIXES["rdfs"] + "label")
    values = {"x": [ox.Literal("甲", language="zh"), ox.Literal("甲", language="en")],
              "y": [ox.Literal("甲", language="en"), ox.Literal("乙", language="zh")]}

    def version(name: str, graphs: tuple[str, ...]) -> tuple[Path, dict[str, str]]:
        folder = tmp_path / name
        folder.mkdir()
        shards = {}
        for graph in graphs:
            iri = f"https://w3id.org/policykg/id/graph/{graph}"
            shards[iri] = folder / f"{graph}.nq"
            write_shard(sorted((ox.Quad(place, label, v, ox.NamedNode(iri)) for v in values[graph]), key=quad_key),
                        shards[iri])
            write_fragments(shards[iri])
        return folder, shards

    before, graphs = version("before", ("x",))
    write.write_files(before, graphs)
    monkeypatch.setattr(write, "INCREMENTAL_SHARE", float("inf"))
    written_all, write_all = [], write._write_all
    monkeypatch.setattr(write, "_write_all", lambda folder, *rest: written_all.append(folder.name) or
                        write_all(folder, *rest))
    after, graphs = version("after", ("x", "y"))
    assert write.write_files(after, graphs, previous=before) == 3
    fresh, graphs = version("fresh", ("x", "y"))
    write.write_files(fresh, graphs)
    assert written_all == ["after", "fresh"]
    assert all((after / name).read_bytes() == (fresh / name).read_bytes() for name in write.OUTPUT_FILES)
