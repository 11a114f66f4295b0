"""``policykg evaluate``: score a built graph against hand-made gold annotations (docs/gold-format.md)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import InputError, UsageError
from kg.evaluate.gold import Gold, load_gold
from kg.evaluate.peers import PeerResult, merge_peers, run_peers
from kg.evaluate.report import print_report, report_dict
from kg.evaluate.score import Scores, merge, score

__all__ = ["Gold", "Scores", "evaluate_file", "load_gold", "run_evaluate", "score"]


def evaluate_file(gold: Gold, inputs: list[Path], *, peers: bool) -> tuple[Scores, list[PeerResult]]:
    """Build the graph of ``inputs`` (default: the gold's document) and score it, with the peers if asked."""
    from kg.pipeline import build_dataset

    paths = inputs or [gold.document]
    scores = score(gold, build_dataset(paths).dataset)
    if not peers:
        return scores, []
    from kg.normalise import load

    return scores, run_peers(gold, "\n".join(load(p).text for p in paths))


def _gold_files(gold_path: Path) -> list[Path]:
    if not gold_path.is_dir():
        return [gold_path]
    files = sorted(gold_path.glob("*.json"))
    if not files:
        raise InputError("no gold files (*.json) in this folder", path=gold_path)
    return files


def run_evaluate(gold_path: Path, inputs: list[Path], *, peers: bool, verbose: bool = False,
                 as_json: bool = False) -> None:
    """Score one gold file, or every ``*.json`` in a folder plus their micro-averaged total, and print it.

    With ``peers``, jieba and jionlp are scored on the same normalised text for comparison.
    """
    files = _gold_files(gold_path)
    if inputs and len(files) > 1:
        raise UsageError("give INPUT files only with a single gold file", path=gold_path)
    results = [(str(f), *evaluate_file(load_gold(f), inputs, peers=peers)) for f in files]
    if len(results) > 1:
        results.append((f"all {len(files)} gold files (micro-averaged)",
                        merge([(Path(t).stem, s) for t, s, _ in results]),
                        merge_peers([(Path(t).stem, p) for t, _, p in results])))
    if as_json:
        reports = [report_dict(*result) for result in results]
        print(json.dumps(reports[0] if len(reports) == 1 else reports, ensure_ascii=False, indent=2))
        return
    for title, scores, peer_results in results:
        print_report(title, scores, peer_results, verbose=verbose)
