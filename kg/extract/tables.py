"""Role columns of tables: an annexed table whose header names a responsible, guiding or cooperating
column (``序号 改革举措 主要内容 指导部门 推广范围``, ``序号 工作任务 牵头单位 参加单位 时间进度``) gives the
bodies in that column of each row their role in the row's measures.

A table reaches the text as one cell per line (HTML tables, PDF text). Only numbered tables are read:
the header is the run of short lines before the first row, whose first cell is a number; group
headings between rows (``一、知识产权保护方面（共5项）``) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.roles import COOPERATES, GUIDES, RESPONSIBLE
from kg.structure import Span

_COLUMN_ROLES = ((re.compile(r"指导(?:部门|单位)"), GUIDES),
                 (re.compile(r"(?:配合|参加|参与|协办)(?:部门|单位)"), COOPERATES),
                 (re.compile(r"(?:负责|牵头|责任|主管|实施|主办)(?:部门|单位)|责任分工"), RESPONSIBLE))
_HEADER_CELL = re.compile(r"[^，,。；;：:]{1,12}")
_ROW_NUMBER = re.compile(r"\s*[0-9]{1,3}\s*")
_GROUP_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
MIN_COLUMNS = 3


@dataclass(frozen=True)
class RoleCell:
    """A cell of a role column: the bodies in ``cell`` hold ``role`` in the measures of ``row``."""

    cell: Span
    role: str
    row: Span


def _lines(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _column_role(cell: str) -> str | None:
    for pattern, role in _COLUMN_ROLES:
        if pattern.fullmatch(cell.strip()):
            return role
    return None


def role_cells(text: str) -> list[RoleCell]:
    """The cells of every role column of every numbered table in ``text``."""
    lines = _lines(text)
    found: list[RoleCell] = []
    index = 0
    while index < len(lines):
        first = text[lines[index].start:lines[index].end].strip()
        if first not in ("序号", "编号"):
            index += 1
            continue
        header_end = index + 1
        while header_end < len(lines) and _HEADER_CELL.fullmatch(text[lines[header_end].start:lines[header_end].end]) \
                and not _ROW_NUMBER.fullmatch(text[lines[header_end].start:lines[header_end].end]) \
                and not _GROUP_HEADING.match(text, lines[header_end].start):
            header_end += 1
        header = [text[s.start:s.end] for s in lines[index:header_end]]
        columns = [(k, role) for k, cell in enumerate(header) if (role := _column_role(cell)) is not None]
        if len(header) < MIN_COLUMNS or not columns:
            index = header_end
            continue
        row = header_end
        while row < len(lines):
            line = text[lines[row].start:lines[row].end]
            if _GROUP_HEADING.match(line) and not _ROW_NUMBER.fullmatch(line):
                row += 1
                continue
            if not _ROW_NUMBER.fullmatch(line) or row + len(header) > len(lines):
                break
            cells = lines[row:row + len(header)]
            span = Span(cells[0].start, cells[-1].end)
            found.extend(RoleCell(cells[k], role, span) for k, role in columns)
            row += len(header)
        index = row
    return found
