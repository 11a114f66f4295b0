"""Folding rules that decide when two written names denote the same thing (see docs/gold-format.md)."""

from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
_PARENS = str.maketrans({"（": "(", "）": ")"})


def fold(name: str) -> str:
    """Remove all white space and fold full-width parentheses to ASCII ones."""
    return _SPACES.sub("", name).translate(_PARENS)


def fold_place(name: str) -> str:
    """:func:`fold`, then drop one trailing 市 or 省 (``沈阳市`` and ``沈阳`` compare equal)."""
    folded = fold(name)
    if len(folded) > 2 and folded[-1] in "市省":
        return folded[:-1]
    return folded


def fold_industry(name: str) -> str:
    """:func:`fold`, then drop a trailing 产业 or 业 (``制造业`` and ``制造`` compare equal)."""
    folded = fold(name)
    for suffix in ("产业", "业"):
        if len(folded) > len(suffix) + 1 and folded.endswith(suffix):
            return folded[: -len(suffix)]
    return folded


def fold_provision(number: str) -> str:
    """Fold one provision number: no spaces, no parentheses, no trailing 、 or full stop (``（四）`` → ``四``)."""
    return re.sub(r"[()、.．]", "", fold(number))


def fold_path(path: str) -> str:
    """Fold a provision path such as ``二/（四）`` segment by segment."""
    return "/".join(fold_provision(part) for part in path.split("/"))


_NUMBER_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕"})


def fold_number(number: str) -> str:
    """:func:`fold`, then fold the year brackets of a document number (``国发[2018]38号`` = ``国发〔2018〕38号``)."""
    return fold(number).translate(_NUMBER_BRACKETS)
