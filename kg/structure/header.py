"""Read the header of a policy document: number, title, addressees, issuing agencies and date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.structure.headings import match_heading
from kg.structure.model import HeaderField, Span
from kg.structure.numerals import chinese_to_int

# 发改振兴〔2021〕1618号, 国办函[2004]80号, 国令第707号
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}(?:[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号|令第\s*\d{1,5}\s*号)")
_ORDER_NUMBER = re.compile(r"第\s*\d{1,5}\s*号$")
_YEAR = r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})"
_MONTH_DAY = r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
DATE_LINE = re.compile(rf"^[（(]?\s*{_YEAR}\s*年\s*{_MONTH_DAY}\s*[)）]?$")
# The kinds of document whose names end a title line.
DOC_TYPES = ("通知", "意见", "决定", "批复", "复函", "函", "通报", "答复", "办法", "方案", "规划", "条例",
             "规定", "细则", "纲要", "计划", "规则", "指南", "公告", "报告", "命令", "令", "决议", "措施",
             "要点", "目录", "标准", "清单")
AGENCY_SUFFIXES = ("国务院", "办公厅", "办公室", "委员会", "部", "委", "厅", "局", "署", "院", "会", "政府",
                   "总局", "银行", "中心", "集团", "公司", "军委", "中央")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！？]")


@dataclass
class Header:
    """What the header parser found; every field may be missing on an informal text."""

    number: HeaderField | None = None
    title: HeaderField | None = None
    addressees: HeaderField | None = None
    issuers: list[HeaderField] | None = None
    issued: date | None = None
    issued_span: Span | None = None


def _to_int(value: str) -> int:
    return int(value) if value.isdigit() else chinese_to_int(value)


def parse_date(text: str) -> date | None:
    """``"2021年11月19日"`` or ``"二〇一九年二月十五日"`` → a date; None when it is not a valid date."""
    found = DATE_LINE.match(text.strip())
    if not found:
        return None
    try:
        return date(_to_int(found["y"]), _to_int(found["m"]), _to_int(found["d"]))
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, str]]:
    offsets, pos = [], 0
    for line in text.split("\n"):
        offsets.append((pos, line))
        pos += len(line) + 1
    return offsets


def _field(start: int, line: str) -> HeaderField:
    stripped = line.strip()
    s = start + line.index(stripped) if stripped else start
    return HeaderField(stripped, Span(s, s + len(stripped)))


def looks_like_agency(line: str) -> bool:
    """A short unpunctuated line ending like an agency name (国家发展改革委, 科技部, 国家开发银行)."""
    line = line.strip()
    return (2 <= len(line) <= 30 and not _SENTENCE_PUNCT.search(line) and line.endswith(AGENCY_SUFFIXES)
            and not line.endswith(DOC_TYPES))


def looks_like_title(line: str) -> bool:
    """An unpunctuated line that names a kind of document (…的通知, …实施方案, …条例)."""
    line = line.strip()
    return (6 <= len(line) <= 120 and not re.search(r"[。；;！？]", line) and line.endswith(DOC_TYPES)
            and not line.endswith(("：", ":")))


def parse_header(text: str, *, scan_lines: int = 40) -> Header:
    """Find the header fields among the first ``scan_lines`` lines and the signature block anywhere."""
    lines = _lines(text)
    header = Header()
    head = lines[:scan_lines]
    first_heading = next((i for i, (_, line) in enumerate(head) if match_heading(line)), len(head))
    head = head[:first_heading]
    header.number = _find_number(head)
    for index, (start, line) in enumerate(head[:12]):
        stripped = line.strip()
        if stripped.endswith(("：", ":")) and not re.search(r"[。；;]", stripped) and len(stripped) <= 200:
            header.addressees = _field(start, line)
            break
    header.title = _find_title(head, header)
    _find_signature(lines, header)
    if not header.issuers and header.title:
        header.issuers = _issuers_from_title(header.title)
    return header


def _find_number(head: list[tuple[int, str]]) -> HeaderField | None:
    """The document number: ``发改振兴〔2021〕1618号`` on a line of its own (or nearly), or an order
    number ``第707号`` under a line naming the order (``中华人民共和国国务院令``)."""
    for index, (start, line) in enumerate(head):
        found = DOC_NUMBER.search(line)
        if found and len(line.strip()) <= len(found.group()) + 12:
            return HeaderField(re.sub(r"\s+", "", found.group()), Span(start + found.start(), start + found.end()))
        order = _ORDER_NUMBER.match(line.strip())
        if order and index > 0 and head[index - 1][1].strip().endswith("令"):
            prev_start, prev = head[index - 1]
            value = prev.strip() + re.sub(r"\s+", "", order.group())
            return HeaderField(value, Span(prev_start + prev.index(prev.strip()), start + len(line)))
    return None


def _find_title(head: list[tuple[int, str]], header: Header) -> HeaderField | None:
    """The title line; a title broken over several leading lines is joined back."""
    for index, (start, line) in enumerate(head):
        if header.number and start <= header.number.span.start < start + len(line) + 1:
            continue
        if not looks_like_title(line):
            continue
        first = index
        while first > 0:  # leading lines of the same title (a title broken by <br>)
            prev_start, prev = head[first - 1]
            if (not prev.strip() or _SENTENCE_PUNCT.search(prev) or DOC_NUMBER.search(prev) or parse_date(prev)
                    or prev.strip().endswith(("：", ":")) or looks_like_agency(prev)):
                break
            first -= 1
        if first < index:
            s = head[first][0]
            joined = "".join(l.strip() for _, l in head[first:index + 1])
            return HeaderField(joined, Span(s, start + len(line)))
        return _field(start, line)
    return None


def _find_signature(lines: list[tuple[int, str]], header: Header) -> None:
    """The issuing agencies are the short agency lines right above the date line."""
    for index, (start, line) in enumerate(lines):
        issued = parse_date(line)
        if issued is None:
            continue
        issuers: list[HeaderField] = []
        back = index - 1
        while back >= 0 and looks_like_agency(lines[back][1]):
            issuers.insert(0, _field(*lines[back]))
            back -= 1
        if issuers or header.issued is None:
            header.issued = issued
            header.issued_span = _field(start, line).span
        if issuers:
            header.issuers = _split_joint_issuers(issuers)
            return


def _split_joint_issuers(fields: list[HeaderField]) -> list[HeaderField]:
    """``国务院、中央军委`` on one line names two issuers."""
    result: list[HeaderField] = []
    for f in fields:
        pos = f.span.start
        for part in re.split(r"([、，,\s]+)", f.value):
            if part and not re.fullmatch(r"[、，,\s]+", part):
                result.append(HeaderField(part, Span(pos, pos + len(part))))
            pos += len(part)
    return result


def _issuers_from_title(title: HeaderField) -> list[HeaderField]:
    """``国务院办公厅、中央军委办公厅关于…`` → the agencies before 关于 (also 转发, 对, 印发)."""
    found = re.match(r"(.{2,40}?)(?:关于|转发|对|印发)", title.value)
    if not found:
        return []
    return _split_joint_issuers([HeaderField(found.group(1), Span(title.span.start, title.span.start + found.end(1)))])
