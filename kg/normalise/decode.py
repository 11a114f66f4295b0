"""Decode the bytes of a text or HTML file: BOMs, UTF-16, UTF-8, declared charsets, GB18030 or Big5."""

from __future__ import annotations

import codecs
from pathlib import Path

import charset_normalizer

from kg.errors import InputError
from kg.normalise.chars import HAN_RE
from kg.normalise.encoding import MIN_COMMON_SHARE, MIN_HAN, legacy_readings, utf16_without_bom
from kg.normalise.html import declared_charset

CONTROL_SHARE = 0.05
"""A file whose first 4 KB hold more than this share of control bytes is binary."""

BROKEN_UTF8_SHARE = 0.05
"""Fewer undecodable characters than this share of non-ASCII ones means corrupt UTF-8, not GBK."""

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def binary_reason(raw: bytes) -> str | None:
    """Why the bytes are not text (a NUL byte, too many control bytes), or None when they may be."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(raw) is not None:
        return None
    nul = raw.find(b"\x00")
    if nul >= 0:
        return f"binary file, not text (NUL byte at byte offset {nul})"
    head = raw[:4096]
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > CONTROL_SHARE * len(head):
        return f"binary file, not text ({controls} control bytes in the first {len(head)})"
    return None


def _check_bytes(path: Path, raw: bytes) -> None:
    """Reject empty and binary files."""
    if not raw.strip():
        raise InputError("the file is empty", path=path)
    reason = binary_reason(raw)
    if reason:
        raise InputError(reason, path=path)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(raw: bytes) -> bool:
    """True when the bytes are UTF-8 with a few bad bytes, rather than text in another encoding."""
    lenient = raw.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    wide = sum(1 for ch in lenient if ord(ch) > 127)
    return bad < BROKEN_UTF8_SHARE * wide


def decode(path: Path, raw: bytes) -> tuple[str, str]:
    """Decode the bytes: a BOM, UTF-16 without one, UTF-8, a declared ``<meta charset>``, the most
    plausible of GB18030 and Big5 (:mod:`kg.normalise.encoding`), then charset-normalizer.

    Returns ``(text, encoding)``. Raises :class:`InputError` for empty and binary files, naming the
    first bad byte when the file is UTF-8 with a few corrupt bytes (GB18030 would turn it into
    garbage), and giving the reason when every decoding is mostly rare characters or nothing decodes.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, encoding)
            if text is not None:
                return text, encoding
    utf16 = utf16_without_bom(raw)
    if utf16 is not None:
        return utf16, "utf-16"
    _check_bytes(path, raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if not _mostly_utf8(raw):
        declared = declared_charset(raw)
        text = _strict(raw, declared) if declared else None
        if text is not None:
            return text, codecs.lookup(declared).name
        readings = legacy_readings(raw)
        if readings:
            best = readings[0]
            if best.han < MIN_HAN or best.common_share >= MIN_COMMON_SHARE:
                return best.text, codecs.lookup(best.encoding).name
            raise InputError(
                f"cannot decode the file: its most plausible reading ({best.encoding}) is mostly rare or "
                f"unassigned characters (only {best.common_share:.0%} common ones), so it is not Chinese text "
                "in GB18030, GBK or Big5", path=path)
        best_guess = charset_normalizer.from_bytes(raw).best()
        text = _strict(raw, best_guess.encoding) if best_guess is not None else None
        if text is not None and HAN_RE.search(text):
            return text, best_guess.encoding
    raise InputError(
        f"cannot decode the file: byte {raw[utf8_error.start]:#04x} at byte offset {utf8_error.start} "
        "is not valid UTF-8, and the file is in no other encoding tried (GB18030, Big5, charset detection)",
        path=path,
        offset=utf8_error.start,
    )
