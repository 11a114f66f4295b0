"""Print scores as a rich table (or JSON), with the false positives and negatives on request."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.evaluate.peers import PeerResult
from kg.evaluate.score import CATEGORIES, TARGETS, CategoryScore, Scores


def _cell(score: CategoryScore) -> str:
    return f"{'—' if score.empty else f'{score.f1:.3f}'}  ({score.tp}/{score.fp}/{score.fn})"


def scores_table(title: str, scores: Scores, peers: list[PeerResult]) -> Table:
    """One row per category: counts, P, R, F1 (— when nothing was to be found or found) and target, then peers."""
    table = Table(title=escape(title), title_justify="left")
    for header in ("category", "tp", "fp", "fn", "precision", "recall", "F1", "target"):
        table.add_column(header, justify="left" if header == "category" else "right")
    for peer in peers:
        table.add_column(escape(f"{peer.name} F1 (tp/fp/fn)"), justify="right")
    for category in CATEGORIES:
        s = scores[category]
        ok = "green" if s.f1 >= TARGETS[category] else "red"
        rates = ["—"] * 3 if s.empty else [f"{s.precision:.3f}", f"{s.recall:.3f}", f"[{ok}]{s.f1:.3f}[/{ok}]"]
        row = [category, str(s.tp), str(s.fp), str(s.fn), *rates, f"{TARGETS[category]:.2f}"]
        for peer in peers:
            row.append(_cell(peer.scores[category]) if category in peer.scores
                       else ("n/a" if peer.unavailable is None else "—"))
        table.add_row(*row)
    return table


def print_report(title: str, scores: Scores, peers: list[PeerResult], *, verbose: bool,
                 console: Console | None = None) -> None:
    """Print the table, why unavailable peers did not run and, with ``verbose``, every error item."""
    console = console or Console()
    console.print(scores_table(title, scores, peers))
    for peer in peers:
        if peer.unavailable:
            console.print(escape(f"{peer.name}: {peer.unavailable}"))
    if not verbose:
        return
    for category in CATEGORIES:
        for kind, items in (("false positive", scores[category].false_positives),
                            ("false negative", scores[category].false_negatives)):
            for item in items:
                console.print(escape(f"{category} {kind}: {item}"), highlight=False, soft_wrap=True)


def report_dict(title: str, scores: Scores, peers: list[PeerResult]) -> dict:
    """The same content as plain data for JSON: system scores per category, then each peer's."""
    return {
        "gold": title,
        "system": {c: scores[c].as_dict() for c in CATEGORIES},
        "peers": {p.name: ({"unavailable": p.unavailable} if p.unavailable
                           else {c: s.as_dict() for c, s in p.scores.items()}) for p in peers},
    }
