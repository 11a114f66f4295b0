"""Print how recognition time grows with the length of a one-line text (not a test).

Run: ``python bench/bench_linear.py [CHARS ...]`` (default 25k, 50k, 100k, 200k, 400k characters).
The text is the development seed (``gold/texts/seed.simplified.txt``) with its line breaks removed,
repeated until it has the wanted length. Prints, per size: CPU seconds of structure + extraction,
characters per CPU second, and the ratio to the previous size's time (about 2 when linear).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.extract import Extractor
from kg.structure import parse_document

REPO = Path(__file__).resolve().parent.parent
SIZES = (25_000, 50_000, 100_000, 200_000, 400_000)


def one_line_text(chars: int) -> str:
    """The seed without line breaks, repeated to ``chars`` characters."""
    seed = "".join((REPO / "gold" / "texts" / "seed.simplified.txt").read_text(encoding="utf-8").split())
    return (seed * (chars // len(seed) + 1))[:chars]


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or list(SIZES)
    extractor = Extractor()
    extractor.extract(parse_document(one_line_text(2_000)))  # warm jieba's caches
    previous = None
    print(f"{'chars':>9} {'cpu s':>8} {'chars/s':>9} {'ratio':>6}")
    for size in sizes:
        text = one_line_text(size)
        start = time.process_time()
        extractor.extract(parse_document(text))
        spent = time.process_time() - start
        ratio = f"{spent / previous:6.2f}" if previous else "     —"
        print(f"{size:>9} {spent:>8.2f} {size / spent:>9.0f} {ratio}")
        previous = spent


if __name__ == "__main__":
    main(sys.argv[1:])
