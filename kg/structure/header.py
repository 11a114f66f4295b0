"""Read the header of a policy document: number, title, addressees, issuing agencies and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.structure.headings import heading_at, match_heading
from kg.structure.model import HeaderField, Span
from kg.structure.numerals import chinese_to_int
from kg.structure.promulgation import Act, issuing_act, promulgation_acts
from kg.text.titles import in_cited_title, in_quotation

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
             "要点", "目录", "标准", "清单", "一览表", "计划表", "统计表", "汇总表", "情况表", "分配表")
DOC_TYPE_WORD = re.compile("|".join(sorted(DOC_TYPES, key=len, reverse=True)))
# A date standing on its own: at the end of the text or of a line, or before a note or an annex.
_DATE_ANYWHERE = re.compile(rf"{_YEAR}\s*年\s*{_MONTH_DAY}")
_AFTER_AGENCY = re.compile(r"[院厅室会部委局署府行心司团央军]\s*$")
_NOTE_AFTER = re.compile(r"\s*[（(][^（()）\n]{1,30}[)）]\s*")
_BEFORE_BLOCK = re.compile(r"\s*(?:$|\n|[（(]|附)")
_TITLE_VERBS = ("关于", "转发", "印发", "批转")
_TITLE_VERB = re.compile("|".join(_TITLE_VERBS))
_TITLE_THEN_ADDRESSEE = re.compile(rf".*?(?:关于|转发|印发|批转).*的(?:{DOC_TYPE_WORD.pattern})")
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
    signature: Span | None = None  # the date closing the signature (or standing in its place)
    record: list[Act] = field(default_factory=list)  # the promulgation record's dated acts (laws)
    body_start: int | None = None  # where a law's body opens (``law_body_start``), if the head shows it


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
    """Lines of ``text`` with their offsets; a long line (a text without line breaks) is cut into the
    pieces a header is made of: before and after a document number, after a sentence end or colon,
    after a title running into its addressees, and around a date standing on its own."""
    offsets, pos = [], 0
    for line in text.split("\n"):
        # A line that opens with a heading is body text, whatever it cites: it ends the header.
        offsets.extend([(pos, line)] if match_heading(line) else _pieces(pos, line))
        pos += len(line) + 1
    return offsets


def standalone_dates(text: str, start: int = 0):
    """Dates that stand on their own (a signature date), from ``start`` on: right after an agency name,
    or followed by the end of the text or line, a note in brackets or an annex; not dates inside a sentence."""
    for found in _DATE_ANYWHERE.finditer(text, start):
        if (_AFTER_AGENCY.search(text, max(0, found.start() - 3), found.start())
                or _BEFORE_BLOCK.match(text, found.end()) or title_length(text, found.end(), len(text))):
            yield found


def title_after(text: str, pos: int) -> int:
    """Where a title written right after ``pos`` (a signature date, perhaps with a note such as
    ``（此件公开发布）`` between) ends, running into the text that follows; ``pos`` when there is none."""
    note = _NOTE_AFTER.match(text, pos)
    start = note.end() if note else pos
    length = title_length(text, start, len(text))
    return start + length if length else pos


# A law's title ending in its kind of document, run straight into its first heading (a text without line
# breaks and without a promulgation record): the title ends there.
_LAW_TITLE = r"[^，。；：:\n]{2,60}?(?:条例|办法|规定|细则|决定)"   # a law's title, up to the word naming its kind
_TITLE_THEN_HEADING = re.compile(rf"^{_LAW_TITLE}(?=第[一二三四五六七八九十百零〇\d]+[编章条])")
TITLE_THEN_HEADING_CHARS = 80
# A law's title written twice, above the text and again above its promulgation record (X条例X条例（2020年…通过）):
# the first ends where the second starts.
_TITLE_TWICE = re.compile(rf"^\s*({_LAW_TITLE})\s*\1")
# A number in brackets right after a title in 《》 is the cited document's (《…的通知》（中办发〔2001〕17号）).
_CITED_TITLE_BEFORE = re.compile(r"》\s*[（(]\s*$")


QUOTED_NAME_CHARS = 40
"""How far back an opening quotation mark is looked for: punctuation inside a quoted name cuts nothing."""


def _cuts(line: str) -> list[int]:
    cuts = {m.end() for m in re.finditer(r"[。；;：:！？]", line)
            if not in_quotation(line, max(0, m.end() - QUOTED_NAME_CHARS), m.end())}
    for act in promulgation_acts(line):  # …条例2020年9月25日…通过, …公布上海市…发展改革委：
        cuts.update((act.date_span.start, act.span.end))
    opening = _TITLE_THEN_HEADING.search(line, 0, TITLE_THEN_HEADING_CHARS)  # X条例第一章总则…, no record between
    if opening:
        cuts.add(opening.end())
    twice = _TITLE_TWICE.match(line)
    if twice:
        cuts.add(twice.end(1))
    for found in DOC_NUMBER.finditer(line):
        start = found.start() + _number_prefix_start(found.group())
        if not _CITED_TITLE_BEFORE.search(line, max(0, start - 4), start):
            cuts.update((start, found.end()))
    for found in standalone_dates(line):
        cuts.update((found.start(), found.end()))
    return sorted(c for c in cuts if 0 < c < len(line))


def _pieces(start: int, line: str) -> list[tuple[int, str]]:
    pieces, last = [], 0
    cuts = _cuts(line)
    # a plan's title after its cover letter's date (never a title cited in 《》)
    titles = {found.end() + title_length(line, found.end(), len(line)) for found in standalone_dates(line)}
    cuts = sorted({*cuts, *(c for c in titles if 0 < c < len(line) and not in_cited_title(line, 0, c))})
    for cut in [*cuts, len(line)]:
        piece = line[last:cut]
        title = _TITLE_THEN_ADDRESSEE.match(piece) if piece.endswith(("：", ":")) else None
        if title and title.end() < len(piece) - 1 and not in_cited_title(piece, 0, title.end()):
            pieces.append((start + last, piece[:title.end()]))
            last, piece = last + title.end(), piece[title.end():]
        pieces.append((start + last, piece))
        last = cut
    return pieces


def _number_prefix_start(number: str) -> int:
    """Where the issuer's code of a number begins when a title runs into it: ``…的复函国办函〔2004〕80号``
    → at 国办函 (the latest cut leaving a kind-of-document word on the left and two characters right)."""
    bracket = re.search(r"[〔\[［【(（]|令第", number)
    code_end = bracket.start() if bracket else len(number)
    for cut in range(code_end - 2, 0, -1):
        if number[:cut].endswith(DOC_TYPES):
            return cut
    return 0


_TITLE_STOP = re.compile(r"[。；;：:！!？?，,]|[（(](?=(?:19|20)\d\d|[〇零一二三四五六七八九]{4})")  # or a dated note
MAX_TITLE_CHARS = 80


def title_length(text: str, start: int, end: int) -> int:
    """Length of a title running into the text after it (no line break between): the stretch from
    ``start`` to the kind-of-document word before a numbering marker, else to the last such word
    before any punctuation; 0 when there is none."""
    limit = min(end, start + MAX_TITLE_CHARS)
    stop = _TITLE_STOP.search(text, start, limit)
    ends = [m.end() for m in DOC_TYPE_WORD.finditer(text, start, stop.start() if stop else limit)]
    numbered = next((end for end in ends if heading_at(text, end)), None)  # …暂行办法第一章总则
    return (numbered or ends[-1]) - start if ends else 0


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


HEAD_CHARS = 20_000
"""The header is looked for in the first lines, and never past this many characters."""
SIGNATURE_LINES = 12
"""How many lines above a date are read for the names of its issuers."""


def _line_starts_back(text: str, pos: int, count: int) -> int:
    """Where the line ``count`` lines above the one holding ``pos`` begins."""
    start = pos
    for _ in range(count + 1):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1 if start > 0 else 0
        if start == 0:
            break
    return start


def parse_header(text: str, *, scan_lines: int = 40) -> Header:
    """Find the header fields among the first ``scan_lines`` lines and the signature block anywhere."""
    head_end = min(len(text), HEAD_CHARS)
    newline = -1
    for _ in range(scan_lines):
        newline = text.find("\n", newline + 1, head_end)
        if newline < 0:
            break
    header = Header()
    head = _lines(text[:head_end if newline < 0 else newline])[:scan_lines]
    first_heading = next((i for i, (_, line) in enumerate(head) if match_heading(line)), len(head))
    head = head[:first_heading]
    header.number = _find_number(head)
    for index, (start, line) in enumerate(head[:12]):
        stripped = line.strip()
        if stripped.endswith(("：", ":")) and not re.search(r"[。；;]", stripped) and len(stripped) <= 200:
            header.addressees = _field(start, line)
            break
    header.title = _find_title(head, header)
    _find_signature(text, header)
    head_end = head[first_heading][0] if first_heading < len(head) else (head[-1][0] + len(head[-1][1]) if head else 0)
    header.body_start = law_body_start(text)
    _from_record(text[:head_end if header.body_start is None else min(head_end, header.body_start)], header)
    if not header.issuers and header.title:
        header.issuers = _issuers_from_title(header.title)
    if not header.issuers and header.number:
        header.issuers = _issuers_from_order(header.number)
    return header


# The first chapter (or part) of a law and its first article, a short title between (第一章总则第一条).
_LAW_BODY = re.compile(r"第[一1]\s*[编章][^。；;，,：:\n]{0,30}?第[一1]\s*条")
_FIRST_ARTICLE = re.compile(r"第[一1]\s*条")
_CITED = re.compile(r"(?:》|本(?:法|条例|规定|办法|细则|决定))\s*$")   # 《…》第一条, 本条例第一条: a citation


def law_body_start(text: str) -> int | None:
    """Where a law's body opens: its first chapter (or part) followed by its first article, or else its
    first article, not written as a citation (``…会议通过第一章总则第一条…``, ``…批准）第一条为了…`` in a
    text run together); a table of contents before it (chapters without articles) does not count. None
    when the head has no first article."""
    first = _FIRST_ARTICLE.search(text, 0, HEAD_CHARS)
    if first is None:
        return None
    chapter = _LAW_BODY.search(text, 0, first.end())
    if chapter is not None and chapter.end() == first.end():
        return chapter.start()
    return None if _CITED.search(text, max(0, first.start() - 8), first.start()) else first.start()


def _find_number(head: list[tuple[int, str]]) -> HeaderField | None:
    """The document number: ``发改振兴〔2021〕1618号`` on a line of its own (or nearly), or an order
    number ``第707号`` under a line naming the order (``中华人民共和国国务院令``)."""
    for index, (start, line) in enumerate(head):
        found = DOC_NUMBER.search(line)
        if found and len(line.strip()) <= len(found.group()) + 12:
            s = found.start() + _number_prefix_start(found.group())
            return HeaderField(re.sub(r"\s+", "", line[s:found.end()]), Span(start + s, start + found.end()))
        order = _ORDER_NUMBER.match(line.strip())
        if order and index > 0 and head[index - 1][1].strip().endswith("令"):
            prev_start, prev = head[index - 1]
            value = prev.strip() + re.sub(r"\s+", "", order.group())
            return HeaderField(value, Span(prev_start + prev.index(prev.strip()), start + len(line)))
    return None


def _find_title(head: list[tuple[int, str]], header: Header) -> HeaderField | None:
    """The title line; a title broken over several leading lines is joined back."""
    for index, (start, line) in enumerate(head):
        if header.number and start <= header.number.span.start < start + len(line):
            continue
        if not looks_like_title(line):
            continue
        first = index
        while first > 0:  # leading lines of the same title (a title broken by <br>)
            prev_start, prev = head[first - 1]
            if (not prev.strip() or _SENTENCE_PUNCT.search(prev) or DOC_NUMBER.search(prev) or parse_date(prev)
                    or prev.strip().endswith(("：", ":"))
                    or looks_like_agency(prev) and not _continues_title(prev, head[first][1])):
                break
            first -= 1
        if first < index:
            s = head[first][0]
            joined = "".join(l.strip() for _, l in head[first:index + 1])
            return HeaderField(joined, Span(s, start + len(line)))
        return _field(start, line)
    return None


def _continues_title(prev: str, line: str) -> bool:
    """An agency-like line still opens the title when the title's 关于/转发 is in it or starts the next
    line: ``国务院、中央军委关于同意武警总部`` / ``后勤部机关等迁址新建的批复``, ``国务院办公厅`` / ``关于…的函``."""
    return bool(_TITLE_VERB.search(prev)) or line.lstrip().startswith(_TITLE_VERBS)


_DATE_ON_ITS_LINE = re.compile(rf"^[ \t\u3000]*[（(]?[ \t\u3000]*{_YEAR}\s*年\s*{_MONTH_DAY}[ \t\u3000]*[)）]?[ \t\u3000]*$",
                               re.M)


def _dates(text: str) -> list[re.Match]:
    """Dates that may close a signature, in reading order: on a line of their own or standing alone."""
    found = {m.start(): m for m in standalone_dates(text)}
    found.update((m.start(), m) for m in _DATE_ON_ITS_LINE.finditer(text))
    return [found[pos] for pos in sorted(found)]


def signature_span(text: str) -> Span | None:
    """The span of the date closing ``text``'s signature (see :func:`parse_header`), without its head."""
    header = Header()
    _find_signature(text, header)
    return header.signature


def _find_signature(text: str, header: Header) -> None:
    """The issuing agencies are the short agency lines right above the date line (in a text without
    line breaks, the agency names that run into the date)."""
    for found in _dates(text):
        start = found.start()
        issued = parse_date(found.group())
        if issued is None:
            continue
        above = _line_starts_back(text, start, SIGNATURE_LINES)
        lines = _lines(text[above:start])
        lines = [(above + s, line) for s, line in lines if line or s + above < start]
        issuers: list[HeaderField] = []
        back = len(lines) - 1
        if lines and lines[back][0] + len(lines[back][1]) == start:  # names run into the date
            issuers = _run_on_issuers(*lines[back], start, header.title) if lines[back][1] else []
            back = -1 if lines[back][1] else back - 1
        while back >= 0 and looks_like_agency(lines[back][1]):
            issuers[:0] = _as_in_title(_field(*lines[back]), header.title)
            back -= 1
        if issuers or header.issued is None:
            header.issued = issued
            header.issued_span = header.signature = _field(start, found.group()).span
        if issuers:
            header.issuers = _split_joint_issuers(issuers)
            return


def _from_record(head: str, header: Header) -> None:
    """A text whose signature names no issuer (a law or regulation has none) is issued as its
    promulgation record says: on the date of its publication, by the body that published it (or
    adopted it, where no publication is recorded). A text signed and dated before its record (an
    order signed by the premier above the regulation it promulgates) is issued on that date: the
    record under the regulation's title is the regulation's history."""
    header.record = promulgation_acts(head)
    signed_before = bool(header.record) and header.signature is not None \
        and header.signature.end <= header.record[0].span.start
    if header.issuers or signed_before:
        return
    act = issuing_act(header.record)
    if act is None:
        return
    header.issued = date(*act.date)
    header.issued_span = act.date_span
    if act.body is not None:
        header.issuers = [act.body]


def _as_in_title(line: HeaderField, title: HeaderField | None) -> list[HeaderField]:
    """A signature line naming the title's issuers run together (``国务院中央军委`` once the space between
    them is gone, for ``国务院、中央军委关于…``) names each of them."""
    named = [f.value for f in _issuers_from_title(title)] if title else []
    if len(named) < 2 or line.value != "".join(named):
        return [line]
    fields, pos = [], line.span.start
    for name in named:
        fields.append(HeaderField(name, Span(pos, pos + len(name))))
        pos += len(name)
    return fields


_BLOCK_START = re.compile(rf".*(?:{DOC_TYPE_WORD.pattern}|[》”）)])")
# Name endings that close one agency in a run of names (国家发展改革委科技部…): not bare 会 (社会).
_NAME_ENDS = ("国务院", "办公厅", "办公室", "委员会", "部", "委", "厅", "局", "署", "银行", "政府", "总局", "中央",
              "军委", "中心", "公司", "集团")
_NOT_NAME_STARTS = ("办公", "委员", "总局", "银行", "中心", "集团", "公司", "政府")


def _run_on_issuers(start: int, line: str, date_start: int, title: HeaderField | None) -> list[HeaderField]:
    """Agency names written straight before the date, with no line break: ``…的意见国务院办公厅``.

    The issuers named in the title (``国务院办公厅关于…``) are taken when the names end with them;
    otherwise the names after the last title word, quotation or bracket are cut at agency endings."""
    named = [f.value for f in _issuers_from_title(title)] if title else []
    joined = "".join(named)
    if joined and line.endswith(joined):
        offset = len(line) - len(joined)
        names = named
    else:
        found = _BLOCK_START.match(line)
        offset = found.end() if found else 0
        block = line[offset:]
        if not (2 <= len(block) <= 80 and not _SENTENCE_PUNCT.search(block) and block.endswith(AGENCY_SUFFIXES)):
            return []
        names = _split_names(block)
    fields, pos = [], start + offset
    for name in names:
        fields.append(HeaderField(name, Span(pos, pos + len(name))))
        pos += len(name)
    return fields


def _split_names(block: str) -> list[str]:
    """Cut a run of agency names into names, as many as the endings allow (each of three or more
    characters, none starting like a department of the one before: 国务院办公厅 stays whole)."""
    best: list[list[str] | None] = [None] * (len(block) + 1)
    best[0] = []
    for end in range(1, len(block) + 1):
        for begin in range(max(0, end - 20), end - 2):
            piece = block[begin:end]
            if best[begin] is None or not piece.endswith(_NAME_ENDS) or piece.startswith(_NOT_NAME_STARTS):
                continue
            if best[end] is None or len(best[begin]) + 1 > len(best[end]):
                best[end] = [*best[begin], piece]
    return best[-1] or [block]


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


# An order (令) is issued by the body its heading names (中华人民共和国国务院令 → 国务院, …财政部令 → 财政部);
# an order signed by a post (主席令) names no body.
_STATE_NAME = "中华人民共和国"
_ORDER_ISSUER = re.compile(rf"(?P<body>(?:{_STATE_NAME})?[\u4e00-\u9fff]{{2,20}}?)令第")
_POSTS = ("主席", "国家主席", "总理", "部长", "主任", "局长", "署长", "行长")


def _issuers_from_order(number: HeaderField) -> list[HeaderField]:
    """The body that issues an order, from the order's heading in its number: ``中华人民共和国国务院令第706号``
    → 国务院; none for an order signed by a post (``中华人民共和国主席令``)."""
    found = _ORDER_ISSUER.match(number.value)
    if not found or found.group("body").removeprefix(_STATE_NAME) in _POSTS:
        return []
    start = number.span.start + found.start("body")
    return [HeaderField(found.group("body"), Span(start, start + len(found.group("body"))))]


def _issuers_from_title(title: HeaderField) -> list[HeaderField]:
    """``国务院办公厅、中央军委办公厅关于…`` → the agencies before 关于 (also 转发, 对, 印发)."""
    found = re.match(r"(.{2,40}?)(?:关于|转发|对|印发)", title.value)
    if not found:
        return []
    return _split_joint_issuers([HeaderField(found.group(1), Span(title.span.start, title.span.start + found.end(1)))])
