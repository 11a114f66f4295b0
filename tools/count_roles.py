"""Count, per actor, the measures it holds each role in (and ``pkg:providedBy``) over the given texts.

    PYTHONPATH=. python tools/count_roles.py FILE_OR_FOLDER ... [--top N]

Builds the texts in memory (no validation, nothing written) and prints one line per actor and
property: ``count  property  actor label``, most frequent first. A development aid for the role
rules (the evaluator scores roles against gold files).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rdflib.namespace import RDFS

from kg.graph.write import union_graph
from kg.pipeline import build_dataset
from kg.vocab import PKG

PROPERTIES = ("providedBy", "fundedBy", "responsibleParty", "cooperatingParty", "guidedBy", "approvedBy")


def count_roles(paths: list[Path]) -> Counter[tuple[str, str]]:
    """(property name, actor label) → number of measures."""
    graph = union_graph(build_dataset(paths).dataset)
    counts: Counter[tuple[str, str]] = Counter()
    for name in PROPERTIES:
        for _measure, actor in graph.subject_objects(PKG[name]):
            counts[(name, str(graph.value(actor, RDFS.label) or actor))] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=15, help="lines per property")
    args = parser.parse_args()
    counts = count_roles(args.inputs)
    for name in PROPERTIES:
        rows = sorted(((n, actor) for (prop, actor), n in counts.items() if prop == name), key=lambda r: (-r[0], r[1]))
        print(f"{name}: {sum(n for n, _ in rows)} triples, {len(rows)} actors")
        for n, actor in rows[:args.top]:
            print(f"  {n:4d}  {actor}")


if __name__ == "__main__":
    main()
