"""Counting: per-category true/false positives, micro totals over documents and macro means."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

CATEGORIES = ("places", "place_measure", "place_provision", "shared", "place_industry", "actors", "roles",
              "provided_by", "header")
TARGETS = {"places": 0.95, "place_measure": 0.80, "place_provision": 0.80, "shared": 0.85, "place_industry": 0.60,
           "actors": 0.92}


def _number(value: float) -> int | float:
    """An integral count as int, a weighted one rounded to three decimals."""
    return int(value) if float(value).is_integer() else round(value, 3)


@dataclass
class CategoryScore:
    """Counts for one category plus the items behind the errors, for an engineer to read.

    ``fp`` and ``fn`` default to the number of listed items; weighted categories (version-2
    ``shared``) give them explicitly, and ``tp`` may then be fractional too.
    """

    tp: float = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)
    fp: float = None  # type: ignore[assignment]
    fn: float = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.fp is None:
            self.fp = len(self.false_positives)
        if self.fn is None:
            self.fn = len(self.false_negatives)

    @property
    def empty(self) -> bool:
        """Nothing to find and nothing found: the scores are undefined, not zero."""
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def counts(self) -> str:
        """``tp/fp/fn`` as printed in tables."""
        return "/".join(str(_number(v)) for v in (self.tp, self.fp, self.fn))

    def as_dict(self) -> dict:
        """Plain numbers and lists, for JSON output."""
        rates = {k: None if self.empty else round(v, 4)
                 for k, v in (("precision", self.precision), ("recall", self.recall), ("f1", self.f1))}
        return {"tp": _number(self.tp), "fp": _number(self.fp), "fn": _number(self.fn), **rates,
                "false_positives": self.false_positives, "false_negatives": self.false_negatives}


Scores = dict[str, CategoryScore]


def merge(parts: list[tuple[str, Scores]]) -> Scores:
    """Micro-average several documents: add their counts; error items are prefixed with the document name.

    A category a document does not annotate (absent from its scores) adds nothing.
    """
    total: Scores = {}
    for name, scores in parts:
        for category, part in scores.items():
            into = total.setdefault(category, CategoryScore())
            into.tp += part.tp
            into.fp += part.fp
            into.fn += part.fn
            into.false_positives += [f"{name}: {item}" for item in part.false_positives]
            into.false_negatives += [f"{name}: {item}" for item in part.false_negatives]
    return total


def macro(parts: list[Scores]) -> dict[str, float | None]:
    """Macro-average: the mean over documents of each category's F1 where it is defined (not empty)."""
    result: dict[str, float | None] = {}
    for category in CATEGORIES:
        f1s = [scores[category].f1 for scores in parts if category in scores and not scores[category].empty]
        if any(category in scores for scores in parts):
            result[category] = sum(f1s) / len(f1s) if f1s else None
    return result


def compare(gold: Iterable[Hashable], system: Iterable[Hashable],
            show: Callable[[Any], str] = str) -> CategoryScore:
    """Score two sets of already-matched keys: tp = in both, fp = system only, fn = gold only."""
    gold_set, system_set = set(gold), set(system)
    return CategoryScore(len(gold_set & system_set),
                         sorted(show(k) for k in system_set - gold_set),
                         sorted(show(k) for k in gold_set - system_set))
