"""Read a SPARQL 1.1 Protocol request (GET, POST form, POST sparql-query) and refuse updates."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from starlette.requests import Request

from kg.serve.execute import Answer, QueryRequest

_PROLOGUE_AND_KEYWORD = re.compile(
    r"\A(?:\s+|\#[^\n]*(?:\n|\Z)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*([A-Za-z]+)",
    re.IGNORECASE)
_UPDATE_KEYWORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update request (its first keyword after the prologue)."""
    match = _PROLOGUE_AND_KEYWORD.match(text)
    return bool(match) and match.group(1).lower() in _UPDATE_KEYWORDS


async def read_request(request: Request) -> QueryRequest | Answer:
    """The query in ``request``, or the error :class:`Answer` to send (400, 403, 415; sizes: kg.serve.guard)."""
    params: dict[str, list[str]] = {key: request.query_params.getlist(key) for key in request.query_params}
    query_text: str | None = None
    if request.method == "POST":
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await request.body()  # kg.serve.guard has bounded it while it streamed
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Answer.error(400, "request body is not UTF-8")
        if media_type == "application/sparql-update":
            return Answer.error(403, "this endpoint is read-only: SPARQL Update is not allowed")
        if media_type == "application/x-www-form-urlencoded":
            for key, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media_type == "application/sparql-query":
            query_text = text
        else:
            return Answer.error(415, "POST needs application/sparql-query or application/x-www-form-urlencoded")
    if "update" in params:
        return Answer.error(403, "this endpoint is read-only: SPARQL Update is not allowed")
    if query_text is None:
        queries = params.get("query", [])
        if len(queries) != 1:
            return Answer.error(400, "give exactly one 'query' parameter")
        query_text = queries[0]
    if is_update(query_text):
        return Answer.error(403, "this endpoint is read-only: SPARQL Update is not allowed")
    return QueryRequest(query_text, request.headers.get("accept"),
                        tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
