"""Print scores as a rich table, JSON or the README's Markdown table, with the errors on request."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.evaluate.counts import CATEGORIES, TARGETS, CategoryScore, macro
from kg.evaluate.peers import PeerResult

if TYPE_CHECKING:
    from kg.evaluate import Result

HEADINGS = {"places": "places", "place_measure": "place–measure",
            "place_provision": "place–provision", "shared": "shared",
            "place_industry": "place–industry", "actors": "actors", "roles": "roles",
            "provided_by": "providedBy", "header": "header"}


def _f1(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _cell(score: CategoryScore | None) -> str:
    """``F1 (tp/fp/fn)``; ``—`` when nothing was to be found or found; ``n/a`` when not annotated."""
    if score is None:
        return "n/a"
    return f"{'—' if score.empty else f'{score.f1:.3f}'} ({score.counts})"


def scores_table(result: Result) -> Table:
    """One row per category: counts, P, R, F1 and target, the macro F1 on totals, then the peers."""
    table = Table(title=escape(result.title), title_justify="left")
    headers = ["category", "tp", "fp", "fn", "precision", "recall", "F1", *(["macro F1"] if result.macro else []),
               "target"]
    for header in headers:
        table.add_column(header, justify="left" if header == "category" else "right")
    for peer in result.peers:
        table.add_column(escape(f"{peer.name} F1 (tp/fp/fn)"), justify="right")
    for category in CATEGORIES:
        s = result.scores.get(category)
        if s is None:
            continue
        target = TARGETS.get(category)
        ok = "green" if target is None or s.f1 >= target else "red"
        rates = ["—"] * 3 if s.empty else [f"{s.precision:.3f}", f"{s.recall:.3f}", f"[{ok}]{s.f1:.3f}[/{ok}]"]
        row = [category, *s.counts.split("/"), *rates]
        if result.macro:
            row.append(_f1(result.macro.get(category)))
        row.append("—" if target is None else f"{target:.2f}")
        for peer in result.peers:
            row.append(_cell(peer.scores[category]) if category in peer.scores
                       else ("n/a" if peer.unavailable is None else "—"))
        table.add_row(*row)
    return table


def print_report(result: Result, *, verbose: bool, console: Console | None = None) -> None:
    """Print the table, why unavailable peers did not run and, with ``verbose``, every error item."""
    console = console or Console()
    console.print(scores_table(result))
    for peer in result.peers:
        if peer.unavailable:
            console.print(escape(f"{peer.name}: {peer.unavailable}"))
        elif peer.macro:
            console.print(escape(f"{peer.name} macro F1: " +
                                 ", ".join(f"{c} {_f1(v)}" for c, v in peer.macro.items())))
    if not verbose:
        return
    for category in CATEGORIES:
        if category not in result.scores:
            continue
        for kind, items in (("false positive", result.scores[category].false_positives),
                            ("false negative", result.scores[category].false_negatives)):
            for item in items:
                console.print(escape(f"{category} {kind}: {item}"), highlight=False, soft_wrap=True)


def _peer_dict(peer: PeerResult) -> dict:
    if peer.unavailable:
        return {"unavailable": peer.unavailable}
    data: dict = {c: s.as_dict() for c, s in peer.scores.items()}
    if peer.macro is not None:
        data["macro"] = peer.macro
    return data


def report_dict(result: Result) -> dict:
    """The same content as plain data for JSON: system scores per category, macro F1 on totals, each peer's."""
    data = {"gold": result.title, "system": {c: s.as_dict() for c, s in result.scores.items()}}
    if result.macro is not None:
        data["macro"] = {c: None if v is None else round(v, 4) for c, v in result.macro.items()}
    data["peers"] = {p.name: _peer_dict(p) for p in result.peers}
    return data


def _row(label: str, cells: list[str]) -> str:
    return "| " + " | ".join([label, *cells]) + " |"


def markdown_table(results: list[Result]) -> str:
    """The README table: F1 (tp/fp/fn) per text and category, micro and macro rows, then the peers'."""
    texts = results[:-1] if len(results) > 1 else results
    total = results[-1]
    averages = total.macro if total.macro is not None else macro([total.scores])
    categories = [c for c in CATEGORIES if any(c in r.scores for r in texts)]
    lines = [_row("text", [HEADINGS[c] for c in categories]), _row("---", ["---:"] * len(categories))]
    lines += [_row(f"`{Path(r.title).stem}`", [_cell(r.scores.get(c)) for c in categories]) for r in texts]
    lines.append(_row("**micro**", [f"**{_cell(total.scores.get(c))}**" for c in categories]))
    lines.append(_row("**macro**", [f"**{_f1(averages.get(c))}**" if c in averages else "n/a" for c in categories]))
    for peer in total.peers:
        if peer.unavailable:
            lines.append(_row(peer.name, [peer.unavailable] + [""] * (len(categories) - 1)))
            continue
        peer_macro = peer.macro if peer.macro is not None else macro([peer.scores])
        lines.append(_row(f"{peer.name} micro", [_cell(peer.scores.get(c)) if c in peer.scores else ""
                                                 for c in categories]))
        lines.append(_row(f"{peer.name} macro", [_f1(peer_macro.get(c)) if c in peer.scores else ""
                                                 for c in categories]))
    return "\n".join(lines)
