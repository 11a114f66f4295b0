"""A large document built part by part: the same shard as built whole, time about linear in its size and
memory following its largest part (issue 12, inputs that hang). Bounds are ratios of CPU seconds and of
traced memory between a text and one four times as long, with generous margins: they fail on a
quadratic step or on memory that grows with the document, not on a slow or busy machine."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.corpus.parts as parts
from kg.corpus.document import COMPANIONS, _extractor, build_document
from kg.corpus.parts import merge_shards
from kg.corpus.size import SizePolicy
from kg.graph.nquads import quad_key

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
WHOLE, IN_PARTS = SizePolicy(parts_from_mb=None), SizePolicy(max_mb=100, parts_from_mb=0.0)
DIGITS = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """``123`` → ``一百二十三`` (below a thousand)."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    text = f"{DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += f"{DIGITS[tens] if tens > 1 or hundreds else ''}十"
    elif hundreds and units:
        text += "零"
    return text + (DIGITS[units] if units else "")


def articles(count: int) -> str:
    """A regulation of ``count`` articles, each a few sentences of policy text."""
    body = ("支持沈阳市建设机器人产业集群，国家发展改革委会同财政部加大资金支持力度。"
            "到2025年，示范区城市产业结构明显优化。各地要加快推进老工业城市更新改造。")
    return "国家发展改革委关于支持产业转型升级的办法\n" + "".join(f"第{chinese(n)}条 {body}\n" for n in range(1, count + 1))


def test_the_seed_in_parts_is_byte_identical_to_the_seed_built_whole(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(parts, "PART_CHARS", 3000)  # five parts of whole chapters
    whole = build_document(SEED, tmp_path / "whole.nq", size=WHOLE)
    cut = build_document(SEED, tmp_path / "parts.nq", size=IN_PARTS)
    for suffix in ("", *COMPANIONS):  # the shard, and the fragments and facts made from it
        assert (tmp_path / f"whole.nq{suffix}").read_bytes() == (tmp_path / f"parts.nq{suffix}").read_bytes(), suffix
    assert (cut.triples, cut.stats, cut.industries, cut.clusters) == (whole.triples, whole.stats,
                                                                      whole.industries, whole.clusters)
    assert not cut.violations and not whole.violations
    assert not list(tmp_path.glob("*.part-*"))  # the part files are gone


def test_merging_part_files_keeps_the_order_and_writes_a_shared_quad_once(tmp_path) -> None:
    g, p = ox.NamedNode("http://example.org/g"), ox.NamedNode("http://example.org/p")
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/{n}"), p, ox.Literal(str(n)), g) for n in range(6)]
    for name, chosen in (("a", [0, 2, 3, 5]), ("b", [1, 3, 4])):
        with open(tmp_path / name, "wb") as stream:
            ox.serialize(sorted((quads[i] for i in chosen), key=quad_key), stream, format=ox.RdfFormat.N_QUADS)
    assert merge_shards([tmp_path / "a", tmp_path / "b"], tmp_path / "out", quad_key) == 6
    assert list(ox.parse(path=tmp_path / "out", format=ox.RdfFormat.N_QUADS)) == sorted(quads, key=quad_key)


def cpu_and_peak(path: Path, shard: Path, *, traced: bool) -> tuple[float, float]:
    """CPU seconds and (when ``traced``) the peak of traced memory in MB of building ``path`` in parts."""
    if traced:
        tracemalloc.start()
    started = time.process_time()
    result = build_document(path, shard, validate=False, size=IN_PARTS)
    spent = time.process_time() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6 if traced else 0.0
    if traced:
        tracemalloc.stop()
    assert not result.error and result.stats["measures"] > 0
    return spent, peak


@pytest.mark.parametrize("traced", [False, True], ids=["cpu", "memory"])
def test_four_times_the_text_costs_about_four_times_the_cpu_and_not_four_times_the_memory(
        tmp_path, monkeypatch, traced) -> None:
    monkeypatch.setattr(parts, "PART_CHARS", 2000)  # 80 articles: 4 parts; 320: 13
    _extractor()  # built once per process: not part of any document's cost
    sizes = {}
    for count in (20, 80, 320):  # the first only warms lazily loaded data
        path = tmp_path / f"articles-{count}.txt"
        path.write_text(articles(count), encoding="utf-8")
        sizes[count] = cpu_and_peak(path, tmp_path / f"{count}.nq", traced=traced)
    (small_cpu, small_peak), (large_cpu, large_peak) = sizes[80], sizes[320]
    if traced:  # the text and its provision tree grow; the spans and triples of one part do not
        assert large_peak < 2.0 * small_peak, f"peak {small_peak:.1f} MB → {large_peak:.1f} MB for 4× the text"
    else:  # linear: about 4×; quadratic: about 16×
        assert large_cpu < 8.0 * small_cpu, f"{small_cpu:.2f} → {large_cpu:.2f} CPU-s for 4× the text"
