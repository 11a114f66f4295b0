"""Inputs given as URLs: fetched (only when the user names them) into local files the readers read.

A URL on the command line, or a file whose every line is a URL (blank lines and ``#`` comments
aside), is downloaded with httpx, with a timeout and a size limit, into a folder of copies; the
build then reads those copies like any other file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from kg.errors import InputError

FETCH_TIMEOUT = 30.0
"""Seconds to wait for a server (connect, and between bytes)."""

MAX_BYTES = 20 * 1024 * 1024
"""The largest document fetched; a bigger answer is refused."""

MAX_LIST_BYTES = 1024 * 1024
"""A file bigger than this is never taken for a list of URLs."""

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_MANGLED = re.compile(r"^(https?):/+(?=[^/])", re.IGNORECASE)  # pathlib turns "https://" into "https:/"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def as_url(argument: str | Path) -> str | None:
    """The URL an argument names (also after ``pathlib`` collapsed its ``//``), or None."""
    text = _MANGLED.sub(r"\1://", str(argument))
    return text if _URL.match(text) else None


def url_list(path: Path) -> list[str] | None:
    """The URLs of a file that lists only URLs, one a line; None for any other file."""
    if path.suffix.lower() not in (".txt", ".urls", ".list", "") or path.stat().st_size > MAX_LIST_BYTES:
        return None
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()]
    except (OSError, UnicodeDecodeError):
        return None
    entries = [line for line in lines if line and not line.startswith("#")]
    return entries if entries and all(_URL.match(line) for line in entries) else None


def local_name(url: str) -> str:
    """A file name for the copy of ``url``: host and path made safe, and a short hash of the URL."""
    parts = urlsplit(url)
    stem = _UNSAFE.sub("_", parts.netloc + parts.path).strip("_")[:80]
    return f"{stem}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:10]}"


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """The body of ``url`` (redirects followed); :class:`InputError` for an HTTP error, a timeout or
    an answer bigger than ``max_bytes``."""
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "policykg"}) as response:
            if response.status_code >= 400:
                raise InputError(f"HTTP {response.status_code} {response.reason_phrase}", path=url)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"the answer is {int(declared):,} bytes, more than the limit of {max_bytes:,}",
                                 path=url)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise InputError(f"the answer is more than the limit of {max_bytes:,} bytes", path=url)
    except httpx.TimeoutException:
        raise InputError(f"no answer within {timeout:g} s", path=url) from None
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {exc}", path=url) from None
    return bytes(body)


def fetch_inputs(arguments: Iterable[Path | str], folder: Path, *, timeout: float = FETCH_TIMEOUT,
                 max_bytes: int = MAX_BYTES, on_fetch: Callable[[str, Path], None] | None = None) -> list[Path]:
    """The arguments with every URL, and every file listing URLs, replaced by downloaded copies in
    ``folder``; other files and folders are returned unchanged (nothing is fetched for them).
    ``on_fetch(url, copy)`` is called after each download."""
    resolved: list[Path] = []
    for argument in arguments:
        url = as_url(argument)
        path = Path(argument)
        urls = [url] if url else (url_list(path) if path.is_file() else None)
        if urls is None:
            resolved.append(path)
            continue
        for each in urls:
            body = fetch(each, timeout=timeout, max_bytes=max_bytes)
            folder.mkdir(parents=True, exist_ok=True)
            copy = folder / local_name(each)
            copy.write_bytes(body)
            if on_fetch:
                on_fetch(each, copy)
            resolved.append(copy)
    return resolved
