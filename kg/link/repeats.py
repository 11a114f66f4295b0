"""A name found once by its context names the same place wherever the document writes it again.

A locality is found after its county (巴东县官渡口镇马鬃山村), a river in a list beside a known one
(海河、独流减河); written alone elsewhere in the same document (做好马鬃山村…的监测工作, 独流减河河口), the
same name is the same place, before or after.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.link.records import PlaceMention


def repeated_names(text: str, named: Sequence[PlaceMention], taken: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The other places in ``text`` where the name of a place in ``named`` (three characters or more) is
    written: the same place, wherever no place mention (``taken``) already covers those characters."""
    spans = sorted((m.start, m.end) for m in taken)
    found: list[PlaceMention] = []
    by_name = {m.place.name: m.place for m in sorted(named, key=lambda m: m.start)}
    for name in sorted(by_name, key=lambda n: (-len(n), n)):
        if len(name) < 3:
            continue
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans):
                continue
            found.append(PlaceMention(start, end, name, by_name[name]))
            spans.append((start, end))
    return found
