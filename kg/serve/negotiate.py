"""HTTP content negotiation: pick the best offered media type for an Accept header."""

from __future__ import annotations


def _parse(accept: str) -> list[tuple[str, float, int]]:
    """(media range, q, position) for each entry of an Accept header."""
    entries = []
    for position, part in enumerate(accept.split(",")):
        fields = [field.strip() for field in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        entries.append((fields[0].lower(), quality, position))
    return entries


def _matches(media_range: str, offer: str) -> int:
    """How specifically ``media_range`` matches ``offer``: 2 exact, 1 type/*, 0 */*, -1 no match."""
    if media_range == offer:
        return 2
    kind, _, sub = media_range.partition("/")
    if sub == "*" and offer.startswith(kind + "/"):
        return 1
    if media_range in ("*/*", "*"):
        return 0
    return -1


def choose(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers most (ties go to the earlier offer); None if none is acceptable.

    A missing or empty Accept header accepts the first offer.
    """
    if not accept or not accept.strip():
        return offers[0]
    entries = _parse(accept)
    best: tuple[float, int, int] | None = None
    chosen = None
    for index, offer in enumerate(offers):
        quality, specificity = 0.0, -1
        for media_range, q, _ in entries:
            score = _matches(media_range, offer)
            if score > specificity:
                specificity, quality = score, q
        if specificity < 0 or quality <= 0:
            continue
        key = (quality, specificity, -index)
        if best is None or key > best:
            best, chosen = key, offer
    return chosen
