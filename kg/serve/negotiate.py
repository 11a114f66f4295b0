"""HTTP content negotiation through werkzeug's Accept parser (RFC 9110 quality values and wildcards)."""

from __future__ import annotations

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header


def choose(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers most (ties go to the earlier offer); None if none is acceptable.

    A missing or empty Accept header accepts the first offer.
    """
    if not accept or not accept.strip():
        return offers[0]
    return parse_accept_header(accept, MIMEAccept).best_match(offers)
