"""ASGI middleware that guards the host: size limits enforced while a request streams, security headers.

* A request line longer than ``max_url`` bytes gets ``414`` (the server reads up to ``max_url``
  plus headers, so the status is always sent, never a reset).
* A body announced larger than ``max_body`` gets ``413`` before any of it is read; a body without a
  length is counted as it arrives and refused with ``413`` as soon as it passes the limit.
* Every response carries ``X-Content-Type-Options``, ``X-Frame-Options``, ``Referrer-Policy`` and a
  ``Content-Security-Policy`` (the page's own, or a strict default that forbids everything).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_URL = 64 * 1024
"""Bytes of path and query string: room for a long SPARQL query in a GET."""

MAX_BODY = 1_000_000
"""Bytes of a request body."""

STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
"""For the project's own HTML pages: their inline scripts may call this server, and nothing else."""

SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)


class _BodyTooLarge(Exception):
    pass


async def _plain(send: Send, status: int, message: str) -> None:
    body = message.encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close"),
                            *SECURITY_HEADERS, (b"content-security-policy", STRICT_CSP.encode())]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Wrap ``app`` with the limits and headers above."""

    def __init__(self, app: ASGIApp, *, max_url: int = MAX_URL, max_body: int = MAX_BODY) -> None:
        self.app, self.max_url, self.max_body = app, max_url, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if url_bytes > self.max_url:
            await _plain(send, 414, f"request URL longer than {self.max_url} bytes; send the query by POST")
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await _plain(send, 413, f"request body larger than {self.max_body} bytes")
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                if b"content-security-policy" not in present:
                    html = any(name.lower() == b"content-type" and value.startswith(b"text/html")
                               for name, value in message.get("headers", []))
                    extra.append((b"content-security-policy", (PAGE_CSP if html else STRICT_CSP).encode()))
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            await self.app(scope, counted_receive, secured_send)
        except _BodyTooLarge:
            if not started:
                await _plain(send, 413, f"request body larger than {self.max_body} bytes")
