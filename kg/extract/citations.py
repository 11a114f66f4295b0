"""References to other documents: titles in 《》, document numbers (国发〔2015〕43号, 国令第707号), or both
side by side, with the relation the surrounding words state (印发, 转发, 修改, 废止, 贯彻落实, 收悉).

A rule here describes how Chinese official texts cite each other, never one text's words. Short forms
of the national five-year plan outlines (“十四五”规划《纲要》) resolve through a data table
(``kg/data/citations/five_year_plans.tsv``, titles as adopted by the National People's Congress).
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kg.resources import data_dir
from kg.structure import Provision, Span

# Relations a citing text can state, as the local names of the ontology properties (all ⊑ pkg:cites).
CITES, PROMULGATES, IMPLEMENTS, FORWARDS, AMENDS, REPEALS, REPLIES_TO = (
    "cites", "promulgates", "implements", "forwards", "amends", "repeals", "repliesTo")

_BRACKET_NUMBER = r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
_ORDER_NUMBER = r"令\s*第\s*\d{1,5}\s*号"
# A number: an issuer code of Han characters, then 〔year〕n号, or an order 令第n号.
NUMBER = re.compile(rf"(?P<code>[\u4e00-\u9fff]{{1,14}})(?P<tail>{_BRACKET_NUMBER}|{_ORDER_NUMBER})")
TITLE = re.compile(r"《(?P<title>[^《》\n]{2,120})》")
# Words that end the text before an issuer code (按照国办发〔1993〕71号 → 国办发).
_CODE_STOP = re.compile(r".*(?:按照|根据|依据|依照|参照|执行|落实|贯彻|印发|转发|废止|修改|和|与|及|或|的|要|按|经|以|见|即|由|对|在|将|同|为)")
_CODE_MAX = 8
_STATE_PREFIX = "中华人民共和国"  # 中华人民共和国国务院令第707号 is 国务院令第707号
_ADJACENT = re.compile(r"^\s*[（(]\s*$")
# Cues before the citation, inside its clause, last one wins; and cues right after it.
_BEFORE = ((re.compile(r"转发"), FORWARDS), (re.compile(r"印发"), PROMULGATES),
           (re.compile(r"修改|修订|修正"), AMENDS), (re.compile(r"废止|废除|撤销"), REPEALS),
           (re.compile(r"贯彻|落实|实施"), IMPLEMENTS))
_AFTER = ((re.compile(r"^[^，。；;]{0,4}收悉"), REPLIES_TO), (re.compile(r"^[^，。；;]{0,6}印发给?(?:你|各|有关)"), PROMULGATES),
          (re.compile(r"^[^，。；;]{0,4}(?:同时|予以|即行)?废止"), REPEALS))
_CLAUSE_END = re.compile(r"[。；;！？!?，,]")
_WINDOW = 24
# 国家“十四五”规划《纲要》, “十三五”规划《纲要》: the national outline of that period, unless a local
# government qualifies it (省“十四五”规划《纲要》).
_PLAN_SHORT = re.compile(r"(?P<local>[省市县区州盟旗])?[“\"]?(?P<period>十[一二三四五六七八九]五)[”\"]?规划(?:《纲要》|纲要)$")


@dataclass(frozen=True)
class CitationFact:
    """One reference to another document at ``span``: its title and/or number and the stated relation."""

    provision: Provision
    span: Span
    title: str | None
    number: str | None
    relation: str


@cache
def five_year_plans() -> dict[str, str]:
    """``十四五`` → the full title of the national five-year plan outline of that period."""
    path = data_dir() / "citations" / "five_year_plans.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["period"]: row["title"] for row in csv.DictReader(handle, delimiter="\t")}


def canonical_number(number: str) -> str:
    """One spelling of a document number: 〔〕 brackets, no spaces, no 中华人民共和国 before an order."""
    number = re.sub(r"\s+", "", number)
    number = re.sub(r"[\[［【(（]((?:19|20)\d{2})[\]］】)）]", r"〔\1〕", number)
    return number.removeprefix(_STATE_PREFIX) if "令第" in number else number


def find_citations(text: str, provision_at: Callable[[int], Provision], own_number: str | None = None,
                   own_title: str | None = None, skip: tuple[Span, ...] = ()) -> list[CitationFact]:
    """Every citation of another document in ``text``, in order of position.

    The document's own number and title, and anything inside a ``skip`` span (the header number line),
    are not citations.
    """
    own = canonical_number(own_number) if own_number else None
    titles = [(m.start(), m.end(), m.group("title")) for m in TITLE.finditer(text)]
    numbers = [(start, m.end(), number) for m in NUMBER.finditer(text)
               for start, number in [_number_at(m)]]
    number_starts = [start for start, _, _ in numbers]  # increasing: the matches do not overlap
    found: list[CitationFact] = []
    used_numbers: set[int] = set()
    for start, end, title in titles:
        if "《" in text[start + 1:end - 1]:
            continue
        number = None
        index = bisect_left(number_starts, end)  # only the first number after the title can be adjacent:
        if index < len(numbers) and _ADJACENT.match(text[end:numbers[index][0]]):  # a later one has it between
            _, n_end, number = numbers[index]
            end = n_end + (1 if text[n_end:n_end + 1] in "）)" else 0)
            used_numbers.add(index)
        title = _full_title(text, start, title)
        if title is None or title == own_title or (own and number == own):
            continue
        found.append(CitationFact(provision_at(start), Span(start, end), title, number, _relation(text, start, end)))
    for index, (start, end, number) in enumerate(numbers):
        if index in used_numbers or number == own or any(s.start <= start < s.end for s in skip):
            continue
        found.append(CitationFact(provision_at(start), Span(start, end), None, number, _relation(text, start, end)))
    return sorted(found, key=lambda c: c.span.start)


def _number_at(match: re.Match[str]) -> tuple[int, str]:
    """Where a number starts once the words before its issuer code are cut, and its canonical form."""
    code = match.group("code").rpartition(_STATE_PREFIX)[2]
    stop = _CODE_STOP.match(code)
    if stop and stop.end() < len(code):
        code = code[stop.end():]
    code = code if match.group("tail").startswith("令") else code[-_CODE_MAX:]
    return match.end("code") - len(code), canonical_number(code + match.group("tail"))


def _full_title(text: str, start: int, title: str) -> str | None:
    """The title, with 《纲要》 after “十X五”规划 read as the national outline of that period; other
    two-character titles (《方案》, 《纲要》 alone) stand for a text named before and are left out."""
    if len(title) > 2:
        return title
    plan = _PLAN_SHORT.search(text[max(0, start - 12):start] + "《" + title + "》")
    if plan is None or plan.group("local"):
        return None
    return five_year_plans().get(plan.group("period"))


def _relation(text: str, start: int, end: int) -> str:
    """The relation the clause around a citation states; ``cites`` when it states none."""
    after = text[end:end + 12]
    for pattern, relation in _AFTER:
        if pattern.search(after):
            return relation
    window = text[max(0, start - _WINDOW):start]
    window = _CLAUSE_END.split(window)[-1]
    best, best_at = CITES, -1
    for pattern, relation in _BEFORE:
        for match in pattern.finditer(window):
            if match.start() > best_at:
                best, best_at = relation, match.start()
    return best
