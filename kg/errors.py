"""Errors that reach the user as one readable line each."""

from __future__ import annotations

from pathlib import Path


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
        return f"{where}: {self.message}" if where else self.message


class InputError(PolicyKGError):
    """An input file cannot be read, decoded or understood."""


class ValidationFailed(PolicyKGError):
    """The built graph does not conform to the SHACL shapes."""


class UsageError(PolicyKGError):
    """The command was called wrongly."""

    exit_code = 2
