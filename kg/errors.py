"""Errors that reach the user as one readable line each."""

from __future__ import annotations

import unicodedata
from pathlib import Path

_UNPRINTABLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def one_line(text: str) -> str:
    """``text`` with every control, format or line-separator character escaped (``\\n``, ``\\u2028``).

    A file name or a quoted input may hold a newline; escaped, it can never split a message into two
    lines or forge another message.
    """
    if not any(unicodedata.category(ch) in _UNPRINTABLE for ch in text):
        return text
    return "".join(ch if unicodedata.category(ch) not in _UNPRINTABLE
                   else ch.encode("unicode_escape").decode("ascii") for ch in text)


class PolicyKGError(Exception):
    """Base class: a problem the user can act on. ``exit_code`` follows the contract (1 data, 2 usage)."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 offset: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.offset = offset

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        elif self.offset is not None:
            where += f" (offset {self.offset})"
        return one_line(f"{where}: {self.message}" if where else self.message)


class InputError(PolicyKGError):
    """An input file cannot be read, decoded or understood."""


class ValidationFailed(PolicyKGError):
    """The built graph does not conform to the SHACL shapes."""


class UsageError(PolicyKGError):
    """The command was called wrongly."""

    exit_code = 2
