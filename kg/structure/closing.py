"""The closing of a document or an annex: the text after its last numbered unit that closes the whole.

A policy text often ends, after its last numbered unit and before the signature, with a paragraph that
addresses everyone the document concerns (``各地区、各部门要…``), refers to the document as a whole
(``…贯彻落实本意见…``, ``按照上述精神…``) or uses a closing formula (``以上意见如无不妥，请批转…``,
``感谢您对…的关心和支持``, ``特此通知``); the signature, the date and the list of annexes close it too.
None of this belongs to the last unit. Paragraphs after a unit's first one are usually its own, so
the evidence must be good: only the paragraph right after the last unit's own text is read for an
addressee or a reference to the whole document, later ones only for a closing formula or a note on
the whole (``注：``); a paragraph after a title standing on its line is the unit's body, and the
paragraphs of a law's article (``第三十二条``) are its own; and there is no closing where a line below
opens with a marker of the top level (the numbering goes on). A closing is found only at a line start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.structure.header import DOC_TYPE_WORD, looks_like_agency, parse_date, standalone_dates
from kg.structure.headings import heading_at
from kg.structure.model import Provision
from kg.structure.provisions import LEGAL_ARTICLE

_ADDRESSEE = re.compile(r"(?:国务院|地方)?各(?:有关)?(?:地区|地方|地|省|自治区|直辖市|市|县|区|级|部门|部委|单位|成员单位)")
"""All of a class of bodies addressed at once: 各地区, 各有关部门, 各省（自治区、直辖市）, 各级人民政府."""
_WHOLE = re.compile(rf"本(?:{DOC_TYPE_WORD.pattern})|(?:上述|以上)(?:政策|意见|规定|措施|精神|要求)")
"""The document as a whole: 本意见, 本通知, 本方案 …, 上述政策, 以上意见."""
_CARRIED_OUT = re.compile("贯彻|落实|执行|实施|施行|精神|参照|适用")
_FORMULA = re.compile(
    r"^(?:感谢(?:您|你们|你)?对.{1,40}?的(?:关心|支持)"  # 感谢您对…的关心和支持
    r"|以上(?:意见|报告|请示|办法|方案)[^。]{0,10}如无不妥"  # 以上意见如无不妥，请批转…
    r"|现将.{1,40}?(?:报送|呈送|转发|印发)给?(?:您|你们|你)"  # 现将有关部门的报告一并报送您
    r"|特此(?:通知|函复|批复|函告|公告|通报|报告))"
    r"|请(?:遵照|认真)?(?:贯彻)?(?:执行|落实)。?$"  # …请遵照执行。
    rf"|本(?:{DOC_TYPE_WORD.pattern})自.{{1,20}}?起(?:施行|实施|执行)")
"""Formulas that only close a text: thanks, a request to forward, an order to carry the text out, its
commencement (the first kinds open their paragraph, an order ends it, a commencement stands anywhere)."""
_NOTE = re.compile(r"^(?:注|说明|备注)[:：]")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]?")
_SENTENCE_ENDS = "。；;！!？?：:"


def closing_start(text: str, roots: list[Provision], end: int, *, stops: tuple[int, ...] = ()) -> int | None:
    """Where the closing after the last of ``roots`` begins (before ``end``), or None when there is none.

    ``stops`` are positions known to close the text (the annex list, the signature found by the
    header); one counts when it lies after the start of the last unit's text. A signature on lines of
    its own (agency names above a date line) is found here too, in an annex as in the main text."""
    chain = _last_chain(roots)
    if not chain:
        return None
    leaf = chain[-1]
    body = leaf.body_start if leaf.body_start is not None else leaf.span.start
    found = [stop for stop in stops if body < stop < end]
    signature = _signature_start(text, body, end)
    if signature is not None:
        found.append(signature)
    limit = min(found, default=end)
    paragraphs = list(_paragraphs(text, _own_text_end(text, leaf, end), end))
    if not any(LEGAL_ARTICLE.fullmatch(p.number) for p in chain):
        candidates = [(start, line) for start, line in paragraphs if start < limit]
        for index, (start, line) in enumerate(candidates):
            if _closes(line) or index == 0 and _concludes(line):
                found.append(start)
                break
    if not found:
        return None
    start = min(found)
    top = heading_at(text, chain[0].span.start)
    if top is not None and any(_opens_with(text, line, top.style) for line, _ in _paragraphs(text, start, end)):
        return None  # the numbering goes on below (a second text printed after the first): no closing
    return start


def _opens_with(text: str, pos: int, style: str) -> bool:
    heading = heading_at(text, pos)
    return heading is not None and heading.style == style


def _last_chain(roots: list[Provision]) -> list[Provision]:
    """The last provision of ``roots``, its last child and so on down to the last leaf."""
    chain: list[Provision] = []
    level = roots
    while level:
        chain.append(level[-1])
        level = level[-1].children
    return chain


def _own_text_end(text: str, leaf: Provision, end: int) -> int:
    """Where the last unit's own first paragraph ends: the line of its marker, and the next line too
    when the marker's line holds only a title (``五、有关要求`` over its body)."""
    body = leaf.body_start if leaf.body_start is not None else leaf.span.start
    line_end = _line_end(text, body, end)
    if leaf.heading_span is not None and text[leaf.heading_span.end:line_end].strip("。：: \u3000\t") == "":
        line_start = line_end
        while line_start < end and text[line_start].isspace():
            line_start += 1
        line_end = _line_end(text, line_start, end)
    return line_end


def _line_end(text: str, pos: int, end: int) -> int:
    stop = text.find("\n", pos, end)
    return end if stop < 0 else stop


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The non-blank lines of ``text[start:end]`` with their offsets, white space stripped."""
    pos = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            yield pos + line.index(stripped), stripped
        pos += len(line) + 1


def _signature_start(text: str, start: int, end: int) -> int | None:
    """Where a signature in ``text[start:end]`` begins: the agency names (on lines of their own or
    run together) between the last sentence end and a date that ends its line or the text, or comes
    before a note in brackets or an annex."""
    for found in standalone_dates(text, start):  # from ``start`` only: a scan per leaf stays linear
        if found.start() >= end:
            break
        if parse_date(found.group()) is None:
            continue
        after = found.end()  # what follows the date, looked at without copying the text up to ``end``
        while after < end and text[after] in " \u3000\t":
            after += 1
        if after < end and text[after] not in "\n（(附":
            continue
        names_start = max(text.rfind(mark, start, found.start()) for mark in _SENTENCE_ENDS) + 1
        signature = pos = found.start()
        while True:  # the lines before the date, last first, while they are agency names
            cut = text.rfind("\n", names_start, pos)
            piece_start = cut + 1 if cut >= 0 else names_start
            piece = text[piece_start:pos]
            if piece.strip() and not looks_like_agency(piece):
                break
            if piece.strip():
                signature = piece_start + len(piece) - len(piece.lstrip())
            if cut < 0:
                break
            pos = cut
        return signature
    return None


def _closes(paragraph: str) -> bool:
    """A closing formula or a note on the whole text, wherever it stands after the last unit."""
    return bool(_FORMULA.search(paragraph) or _NOTE.match(paragraph))


def _concludes(paragraph: str) -> bool:
    """A paragraph addressed to a whole class of bodies (in its first sentence, perhaps after a leading
    phrase: ``节假日期间，各地区、各部门要…``) or speaking of the document as a whole and its execution."""
    first = _SENTENCE.match(paragraph).group()
    if any(_ADDRESSEE.match(clause) for clause in re.split("[，,]", first)[:2]):
        return True
    return any(_CARRIED_OUT.search(sentence) for sentence in _SENTENCE.findall(paragraph) if _WHOLE.search(sentence))
