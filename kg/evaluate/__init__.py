"""``policykg evaluate``: score a built graph against hand-made gold annotations (docs/gold-format.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, UsageError
from kg.evaluate.counts import Scores, macro, merge
from kg.evaluate.gold import Gold, load_gold
from kg.evaluate.peers import PeerResult, merge_peers, run_peers
from kg.evaluate.score import score

if TYPE_CHECKING:
    from kg.extract import Extractor

FLOORS_FILE = "floors.json"  # the CI floors beside the gold files, not a gold file

__all__ = ["FLOORS_FILE", "Gold", "Result", "Scores", "evaluate", "evaluate_file", "load_gold", "run_evaluate", "score"]


@dataclass(frozen=True)
class Result:
    """Scores of one gold file, or of the total over a folder (``macro`` set only on the total)."""

    title: str
    scores: Scores
    peers: list[PeerResult]
    macro: dict[str, float | None] | None = None


def evaluate_file(gold: Gold, inputs: list[Path], *, peers: bool,
                  extractor: Extractor | None = None) -> tuple[Scores, list[PeerResult]]:
    """Build the graph of ``inputs`` (default: the gold's document) and score it, with the peers if asked.

    One ``extractor`` may serve several gold files (its lexicons are loaded once).
    """
    from kg.pipeline import build_dataset

    paths = inputs or [gold.document]
    scores = score(gold, build_dataset(paths, extractor=extractor).dataset)
    if not peers:
        return scores, []
    from kg.normalise import load

    return scores, run_peers(gold, "\n".join(load(p).text for p in paths))


def _gold_files(gold_path: Path) -> list[Path]:
    if not gold_path.is_dir():
        return [gold_path]
    files = sorted(f for f in gold_path.glob("*.json") if f.name != FLOORS_FILE)
    if not files:
        raise InputError("no gold files (*.json) in this folder", path=gold_path)
    return files


def evaluate(gold_path: Path, inputs: list[Path] | None = None, *, peers: bool) -> list[Result]:
    """Score one gold file, or every gold ``*.json`` in a folder followed by their total (micro and macro)."""
    files = _gold_files(gold_path)
    if inputs and len(files) > 1:
        raise UsageError("give INPUT files only with a single gold file", path=gold_path)
    from kg.extract import Extractor

    extractor = Extractor()
    results = [Result(str(f), *evaluate_file(load_gold(f), inputs or [], peers=peers, extractor=extractor))
               for f in files]
    if len(results) > 1:
        results.append(Result(f"all {len(files)} gold files (micro-averaged)",
                              merge([(Path(r.title).stem, r.scores) for r in results]),
                              merge_peers([(Path(r.title).stem, r.peers) for r in results]),
                              macro([r.scores for r in results])))
    return results


def run_evaluate(gold_path: Path, inputs: list[Path], *, peers: bool, verbose: bool = False,
                 as_json: bool = False, markdown: bool = False) -> None:
    """Score one gold file, or a folder of them plus their total, and print a table, JSON or Markdown.

    With ``peers``, jieba, LAC and jionlp are scored on the same normalised text for comparison.
    """
    from kg.evaluate.report import markdown_table, print_report, report_dict

    results = evaluate(gold_path, inputs, peers=peers)
    if as_json:
        reports = [report_dict(result) for result in results]
        print(json.dumps(reports[0] if len(reports) == 1 else reports, ensure_ascii=False, indent=2))
    elif markdown:
        print(markdown_table(results))
    else:
        for result in results:
            print_report(result, verbose=verbose)
