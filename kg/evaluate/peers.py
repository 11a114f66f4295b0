"""Off-the-shelf recognisers scored on the same normalised text, for comparison with the system."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from dataclasses import dataclass

from kg.evaluate.fold import fold, fold_place
from kg.evaluate.gold import Gold, GoldEntity
from kg.evaluate.score import CategoryScore, compare, merge


@dataclass(frozen=True)
class PeerResult:
    """A peer's scores per category it covers, or why it could not run."""

    name: str
    scores: dict[str, CategoryScore]
    unavailable: str | None = None


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


def _run_jieba(gold: Gold, text: str) -> PeerResult:
    gold_places = {g.name for g in gold.places}
    gold_actors = {g.name for g in gold.actors}
    tagged = jieba_tags(text)
    places = surfaces_to_keys(gold.places, tagged.get("ns", set()), fold_place)
    actors = surfaces_to_keys(gold.actors, tagged.get("nt", set()), fold)
    return PeerResult("jieba ns/nt", {"places": compare(gold_places, places),
                                      "actors": compare(gold_actors, actors)})


def _run_jionlp(gold: Gold, text: str) -> PeerResult:
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            names = jionlp_locations(text)
    except Exception as exc:  # noqa: BLE001 - missing package or model: report it, do not fail the evaluation
        return PeerResult("jionlp", {}, f"not available: {type(exc).__name__}: {exc}".splitlines()[0])
    places = surfaces_to_keys(gold.places, names, fold_place)
    return PeerResult("jionlp", {"places": compare({g.name for g in gold.places}, places)})


def run_peers(gold: Gold, text: str) -> list[PeerResult]:
    """Score jieba and jionlp; HanLP is listed as unavailable because its models need a network download."""
    return [_run_jieba(gold, text), _run_jionlp(gold, text),
            PeerResult("HanLP", {}, "not available offline (models download from a hub on first use)")]


def merge_peers(parts: list[tuple[str, list[PeerResult]]]) -> list[PeerResult]:
    """Micro-average each peer over several documents; a peer unavailable anywhere stays unavailable."""
    by_name: dict[str, list[tuple[str, PeerResult]]] = {}
    for document, results in parts:
        for result in results:
            by_name.setdefault(result.name, []).append((document, result))
    return [PeerResult(name, merge([(doc, r.scores) for doc, r in runs]),
                       next((r.unavailable for _, r in runs if r.unavailable), None))
            for name, runs in by_name.items()]
