"""The promulgation record under a law's or regulation's title: who adopted, approved and published it, when.

Laws, regulations and rules print their history as dated acts, one per line or run together in
brackets: ``2006年7月5日国务院第142次常务会议通过 2006年7月24日中华人民共和国国务院令第472号公布``,
``（1986年12月3日国务院批准　1986年12月25日公安部公布）``, ``2020年2月7日北京市第十五届人民代表大会常务
委员会第十八次会议通过``. The document is issued on the date of its publication (公布, 发布, 颁布) by the
body that published it; a text that records no publication is issued by the body that adopted it (通过),
on that date. An approval (批准) gives neither; amendments (修正, 修订) and entry into force (施行) are
history, not the issue.

An act counts only where it stands on its own — after the start of a line, a bracket or a space, and
followed by the end of the line, a bracket or another act — so ``已经…会议通过，现予公布`` in a sentence
is none. In a text run together the record follows the title and precedes the body's first heading
(``…条例2020年9月25日…会议通过第一章总则``); the header reads it only before the body starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure.model import HeaderField, Span

_YEAR = r"(?:19|20)\d{2}"
_DATE = rf"(?P<y>{_YEAR})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
# An act stands after a line start, a bracket or a space, or — in a text run together — right after the
# title's kind-of-document word or another act; it is followed by a line end, a bracket or a space, or by
# the next act, an amendment record (《…》), the entry into force (公布之日施行, 自2020年…), the first
# heading of the body, a table of contents (目录), the title written again before the first heading (…通过X条例
# 第一条) or the addressees of a notice (…公布上海市…发展改革委：). A meeting may 审议通过 (deliberate and adopt):
# the act is 通过.
_ACT = re.compile(rf"(?:^|(?<=[\n（(\s\u3000])|(?<=[例法定则令案见知过布准订正]))[ \t\u3000]*{_DATE}[ \t\u3000]*"
                  r"(?P<body>(?:(?!\d{4}\s*年)[^\n，。；;：:（）()《》])*?)[ \t\u3000]*(?:审议)?"
                  r"(?P<act>公布|发布|颁布|通过|批准)"
                  r"(?=$|[\n）)\s\u3000《]|自?(?:19|20)\d{2}\s*年|(?:公布|发布)之日|第[一二三四五六七八九十百零〇\d]+\s*[编章条]|目\s*录"
                  r"|[^\n，。；;：:]{2,80}?(?:条例|办法|规定|细则|决定)(?:第[一1]\s*[编章条]|$)"
                  r"|[^\n。；;：:]{2,200}[：:])",
                  re.M)
_PUBLISHED = ("公布", "发布", "颁布")
# Where a meeting adopted the text, the body is the one that met: 第十五届 and 第十八次会议 are not its name.
_TERM = re.compile(r"第[一二三四五六七八九十百\d]+届")
_MEETING = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体|常务|主任|部务|委务|局务)?会议$")
_ORDER = re.compile(r"令第?\s*\d+\s*号$")
_STATE_NAME = "中华人民共和国"


@dataclass(frozen=True)
class Act:
    """One dated act of the record: its date (year, month, day) and its span, the body's name as the
    issuer is named, the act (公布, 通过, 批准…) and the span of the whole act."""

    date: tuple[int, int, int]
    date_span: Span
    body: HeaderField | None
    act: str
    span: Span  # from the date to the act's verb


def _body(found: re.Match) -> HeaderField | None:
    """The acting body of ``found``: the meeting's body without its term and session, an order's
    issuer without the state name and order number; None when nothing is named."""
    raw = found["body"]
    name = _MEETING.sub("", _ORDER.sub("", raw.strip()))
    name = _TERM.sub("", name).removeprefix(_STATE_NAME).strip(" \u3000\t")
    if len(name) < 2:
        return None
    start = found.start("body") + raw.find(raw.strip()[:1])
    return HeaderField(name, Span(start, found.end("body")))


def promulgation_acts(head: str, offset: int = 0) -> list[Act]:
    """The dated acts of the promulgation record in ``head`` (text before the first heading), in order;
    spans are moved by ``offset``."""
    acts = []
    for found in _ACT.finditer(head):
        body = _body(found)
        if body is not None:
            body = HeaderField(body.value, Span(body.span.start + offset, body.span.end + offset))
        acts.append(Act((int(found["y"]), int(found["m"]), int(found["d"])),
                        Span(found.start("y") + offset, found.end("d") + offset), body, found["act"],
                        Span(found.start("y") + offset, found.end("act") + offset)))
    return acts


def issuing_act(acts: list[Act]) -> Act | None:
    """The act that issues the text: the first publication, else the first adoption by a named body."""
    published = [a for a in acts if a.act in _PUBLISHED]
    adopted = [a for a in acts if a.act == "通过" and a.body is not None]
    return (published or adopted or [None])[0]
