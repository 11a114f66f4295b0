"""HTTP content negotiation through werkzeug's Accept parser (RFC 9110 quality values and wildcards)."""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header, parse_options_header


def choose(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers most (ties go to the earlier offer); None if none is acceptable.

    A missing or empty Accept header accepts the first offer. Media-type parameters such as a JSON-LD
    ``profile`` are ignored: every offer here has one representation per media type.
    """
    if not accept or not accept.strip():
        return offers[0]
    ranges = MIMEAccept([(parse_options_header(value)[0], quality)
                         for value, quality in parse_accept_header(accept, MIMEAccept)])
    return ranges.best_match(offers)
