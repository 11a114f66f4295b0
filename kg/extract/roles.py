"""What a named actor does for a measure, read from the construction around it.

Roles (docs/gold-format.md, version 2): ``funds`` (出资, 安排资金, 给予补助, a bank's 信贷支持),
``responsible`` (X负责/牵头, 由X…, 请X…, X要…), ``cooperates`` (会同X, X配合/参与/协助), ``guides``
(X指导/督促/监督/协调, 在X指导下) and ``approves`` (X批准/同意, 经X批准 now, 报X审批).
Not roles: a body inside a cited title 《…》, approvals reported as history (已经X同意, 经X批准设立的),
statements of attention (X高度重视), issuing a document (X印发), a body that only qualifies a generic
one (国务院有关部门) or a person (国务院领导同志), and the objects of 按照/根据/向.

Bracketed tags of bodies (``（X、Y按职责分工负责）``, ``（X指导）``) are notes, read by ``kg.extract.notes``.

Actors that stand together (``国家发展改革委及国家粮食局会同商务部``) are read as groups: the words before
the first member and after the last decide the role of every member.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.clauses import TRIGGERS, Clause
from kg.extract.lexicon import role_cues
from kg.extract.model import Entity, Role
from kg.structure import HeaderField, Span

FUNDS, RESPONSIBLE, COOPERATES, GUIDES, APPROVES = "funds", "responsible", "cooperates", "guides", "approves"
PROVIDING = frozenset({FUNDS, RESPONSIBLE})  # the roles that are also pkg:providedBy


@dataclass(frozen=True)
class ActorSpan:
    """An actor named at ``[start, end)``: what role reading needs of a mention."""

    start: int
    end: int
    actor: Entity


_CLAUSE_END = "，,；;。：:！？!?\n"
# Between members of one group of actors.
_JOINER = re.compile(r"(?:、|和|及|以及|与|或|，|,)?")
_MODAL = re.compile(r"(?:要(?!求)|应|应当|将|拟|须|必须|需|需要|可|可以|正在|继续|进一步|积极|及时|立即|主动|切实|认真|"
                    r"共同|统一|依法|依照职责|按照规定|按规定|按照职责分工|按职责分工|按照各自职能分工|按照各自职责|分别|具体|也|还|均|都|并)*")
# A modal of obligation or commitment makes what follows the subject's task, whatever its verb (X要…, X将…).
_OBLIGATION = re.compile(r"要|应|须|将|拟|需")


def _cue(role: str) -> str:
    return "(?:" + "|".join(role_cues()[role]) + ")"


# Cue verbs are data (kg/data/roles/cues.tsv); the words around them are constructions.
_RESPONSIBLE_CUE = re.compile(r"(?:发挥)?" + _cue(RESPONSIBLE))
_GUIDE_CUE = re.compile(r"(?:加强|做好|进行|负起)?(?:对[^，,；;。]{0,30}?(?:的|进行|实施|实行|加强))?(?:综合|统筹|业务)?" + _cue(GUIDES))
_APPROVE_CUE = re.compile(_cue(APPROVES))
_COOPERATE_CUE = re.compile(_cue(COOPERATES))
_LEAD_CUE = re.compile(_cue("lead"))
# X是/为…的主管单位: a body designated as the one in charge.
_DESIGNATED = re.compile(r"(?:是|为)[^，,；;。]{0,30}?(?:主管|牵头|责任|负责|主办|承办)(?:单位|部门|机关|机构)")
# The money a clause is about (所需经费由X承担): the body it is put on funds.
_MONEY_TOPIC = re.compile(r"经费|资金|费用|投资|补助|补贴")
_FUND_CUE = re.compile(r"出资|安排[^，,；;。]{0,12}?(?:资金|经费|投资|补助)|中央预算内投资|资金支持|专项资金|"
                       r"给予[^，,；;。]{0,16}?(?:补助|补贴|贷款|资金|贴息|信贷)|(?:落实|提供|发放|拨付)[^，,；;。]{0,16}?"
                       r"(?:贷款|资金|经费|信贷|费用)|信贷支持|融资支持")
_BANK_SUPPORT = re.compile(r"支持|贷款|信贷|融资")
# Predicates that give no role: attention, issuing, reporting, history.
_NO_ROLE = re.compile(r"(?:的)?(?:领导同志|负责同志|领导|总理|副总理)|(?:高度|十分|非常|一直)?(?:重视|关心|关注|关怀)"
                      r"|(?:已|曾|先后|近年来|于(?:19|20)\d\d年)|(?:印发|发布|出台|颁布|作出|制定出台|部署)"
                      r"|(?:各|有关|相关|所属|直属|部门|其他)")
_TRIGGER = re.compile("|".join(sorted(TRIGGERS, key=len, reverse=True)))
_PREPOSITION = re.compile(r"(?:对|在|于|按照|根据|依照|依据|结合|从|以|为|就|向|通过|围绕|针对)")
# A subject opens its clause: nothing before it but numbering or a connective.
_SUBJECT_PREFIX = re.compile(r"\s*(?:[（(]?[0-9一二三四五六七八九十]+[）)．.、]?|[0-9.]+)?\s*"
                             r"(?:同时|此外|另外|并|其中|具体|最后|今后|目前)?\s*")
# 财政部等有关部门要…, 国务院及各部门要…: the group ends with a generic tail.
_GENERIC_TAIL = re.compile(r"^(?:等(?:有关|相关|其他)?(?:部门|单位|机构)?(?:和单位)?"
                           r"|(?:及|以及|和|与|、)(?:各|有关|相关|其他)+[^，,；;。、]{0,8}?(?:部门|单位|机构|地区)(?:和单位)?)")
# Words that open a predicate although they are no trigger verbs.
_COMMON_VERB = re.compile(r"制订|制定|提出|研究|办理|起草|做好|进行|开展|一起|共同|确定|审查|审核")
_VERB = re.compile(_TRIGGER.pattern + "|" + _COMMON_VERB.pattern)
# A report of what happened, not a task: 近年来，党中央、国务院聚焦…; X已…; X先后…
_REPORTED = re.compile(r"近年来|多年来|以来")
_PAST = re.compile(r"已经?$|曾经?$|(?:19|20)\d\d年[^，,；;。]*$")
# A relative clause over a cited title: X会同Y拟定的《…》, X提出的《…》.
_DRAFTED_TITLE = re.compile(r"[^，,；;。]*?的[《〈]")
# …已经X同意，现印发给你们: the approval is of the text issued now, not history.
_NOW = re.compile(r"[，,]\s*现")


def _clause_start(text: str, sentence: Span, at: int) -> int:
    start = at
    while start > sentence.start and text[start - 1] not in _CLAUSE_END:
        start -= 1
    return start


def _clause_end(text: str, end: int, limit: int) -> int:
    pos = end
    while pos < limit and text[pos] not in _CLAUSE_END:
        pos += 1
    return pos


def _in_title(text: str, sentence: Span, at: int) -> bool:
    before = text[sentence.start:at]
    return before.count("《") > before.count("》") or before.count("〈") > before.count("〉")


def _groups(text: str, mentions: Sequence[ActorSpan]) -> list[list[ActorSpan]]:
    """Actors written together (``财政部、发展改革委和商务部``) as one group each."""
    groups: list[list[ActorSpan]] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if groups and groups[-1][-1].end > mention.start:
            continue  # nested in the previous mention
        if groups and _JOINER.fullmatch(text, groups[-1][-1].end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _predicate_role(text: str, start: int, end: int, bank: bool, *, assigned: bool = False,
                    relative: bool = False) -> str | None:
    """The role a group that is the subject of its clause (or follows 由/请) takes from the words
    after it, ``text[start:end]``: a role cue, or a plain policy verb (responsible).

    ``assigned``: the construction itself hands the task to the group (由X…, 请X…), so any predicate
    makes it responsible; so does a modal of obligation (X要…, X将…, X拟…). ``relative``: a relative
    clause still names the body in charge (建立由X牵头的机制).
    """
    rest = _GENERIC_TAIL.sub("", text[start:end], count=1)
    if _NO_ROLE.match(rest):
        return None
    modal = _MODAL.match(rest)
    assigned = assigned or bool(_OBLIGATION.search(modal.group()))
    pred = rest[modal.end():]
    comma = re.search(r"[，,]", pred)
    if _PREPOSITION.match(pred) and comma and not _VERB.search(pred, 0, comma.start()):
        pred = pred[comma.end():]  # X要按照…的规定，负责…: the predicate follows the prepositional clause
        pred = pred[_MODAL.match(pred).end():]
    funded = bool(_FUND_CUE.search(pred) or (bank and _BANK_SUPPORT.search(pred)))
    if _DESIGNATED.match(pred):
        return RESPONSIBLE
    for cue, role in ((_LEAD_CUE, RESPONSIBLE), (_COOPERATE_CUE, COOPERATES), (_RESPONSIBLE_CUE, RESPONSIBLE),
                      (_GUIDE_CUE, GUIDES), (_APPROVE_CUE, APPROVES), (_VERB, RESPONSIBLE)):
        found = cue.match(pred)
        if found is None and cue is _VERB and _PREPOSITION.match(pred):
            found = _VERB.search(pred)  # 国家开发银行对…给予…: a preposition before the verb
        if found is None:
            continue
        if pred[found.end():found.end() + 1] == "的" and not relative:
            return None  # 国务院确定的其他城市: a relative clause, not a task
        return FUNDS if role == RESPONSIBLE and funded else role
    if funded:
        return FUNDS
    return RESPONSIBLE if assigned and pred.strip() else None


def _opens_predicate(after: str) -> bool:
    """The words after a group go on with a predicate (or end the clause), rather than naming a body
    of which the group is only the qualifier (会同国务院有关部门, 商国务院司法行政部门)."""
    if not after or after[0] in "等、和及与" + _CLAUSE_END:
        return not _NO_ROLE.match(after)
    if _NO_ROLE.match(after):
        return False
    modal = _MODAL.match(after)
    if modal.group():
        return True  # a modal or an adverb (要, 统一, 及时) stands before a predicate, not inside a name
    pred = after[modal.end():]
    return any(cue.match(pred) for cue in (_LEAD_CUE, _COOPERATE_CUE, _RESPONSIBLE_CUE, _GUIDE_CUE, _APPROVE_CUE,
                                           _TRIGGER, _PREPOSITION, _COMMON_VERB, _DESIGNATED)) or pred[:1] in ("统", "指", "的")


def group_role(text: str, sentence: Span, group: Sequence[ActorSpan], limit: int) -> str | None:
    """The role of a group of actors from its prefix (in its clause) and what follows it."""
    first, last = group[0], group[-1]
    if _in_title(text, sentence, first.start):
        return None
    clause_start = _clause_start(text, sentence, first.start)
    end = _clause_end(text, last.end, limit)
    prefix = text[clause_start:first.start]
    after = text[last.end:end]
    if re.search(r"接受$", prefix) and re.match(r"(?:的)?[^，,；;。]{0,4}?监督", after):
        return GUIDES  # 接受X的监督: X oversees
    if _DRAFTED_TITLE.match(after):
        return None  # X会同Y拟定的《…》: the bodies that drafted a cited text act in its making, not here
    if not _opens_predicate(after) or _REPORTED.search(text, sentence.start, first.start) or re.search(
            r"^[^，,；;。]{0,12}?(?:了|已|先后)", _GENERIC_TAIL.sub("", after, count=1)):
        return None
    bank = any(m.actor.kind == "bank" for m in group)
    if re.search(r"在$", prefix) and re.match(r"(?:的)?(?:统一)?(?:指导|领导|指挥|监督|协调)", after):
        return GUIDES
    if re.search(r"(?:会同|协助|配合|商)$", prefix):
        return COOPERATES
    if re.search(r"(?:与|同|和)$", prefix):
        return COOPERATES if re.match(r"(?:等(?:部门|单位))?(?:一起|共同|联合)", after) else None
    if re.search(r"经(?:请示)?$", prefix):
        found = _APPROVE_CUE.match(after)
        if not found or re.match(r"[^，,；;。]{0,6}?的", after[found.end():]):
            return None
        if _PAST.search(prefix[:-1]) and not _NOW.match(text, last.end + found.end()):
            return None  # 已经X批准设立: history; but 已经X同意，现印发: the text issued now
        return APPROVES
    if re.search(r"(?:报|报请|报经|提请|呈报|送|征得)$", prefix):
        return APPROVES if _APPROVE_CUE.match(after) else None
    if _PREPOSITION.match(after, _MODAL.match(after).end()) and not _VERB.search(after) and end < limit:
        end = _clause_end(text, end + 1, limit)  # 建议X按照专家组意见，做好…: the verb is in the next clause
    if re.search(r"由$", prefix):
        role = _predicate_role(text, last.end, end, bank, assigned=True, relative=True)
        return FUNDS if role == RESPONSIBLE and _MONEY_TOPIC.search(prefix) else role
    if re.search(r"(?:请|责成)$", prefix):
        return _predicate_role(text, last.end, end, bank, assigned=True)
    if re.search(r"(?:建议|要求)$", prefix) or _SUBJECT_PREFIX.fullmatch(prefix):
        return _predicate_role(text, last.end, end, bank)
    return None


def role_openers(text: str, sentence: Span, clauses: Sequence[Clause], mentions: Sequence[ActorSpan]) -> frozenset[int]:
    """Starts of the clauses of ``sentence`` in which a named actor takes a role as the subject or
    after 由/请 (``X要会同Y制定…``, ``请X在…前完成``): such a clause states a task of its own and starts
    a measure even when its verb is no trigger."""
    found = set()
    for clause in clauses:
        inside = [m for m in mentions if clause.span.start <= m.start and m.end <= clause.span.end]
        groups = _groups(text, inside)
        if groups and group_role(text, sentence, groups[0], sentence.end) is not None:
            found.add(clause.span.start)
    return frozenset(found)


def assign_roles(text: str, sentence: Span, measure: Span, mentions: Sequence[ActorSpan]) -> list[Role]:
    """Roles of the actors named inside ``measure`` (a span of ``sentence``), in text order, each
    (actor, role) once."""
    inside = [m for m in mentions if measure.start <= m.start and m.end <= measure.end]
    found: list[Role] = []
    for group in _groups(text, inside):
        role = group_role(text, sentence, group, measure.end)
        if role is None:
            continue
        for mention in group:
            if not any(r.actor == mention.actor and r.role == role for r in found):
                found.append(Role(mention.actor, role, Span(mention.start, mention.end)))
    return found


# The writing body speaking of itself (答复: 我们将认真研究…); a text forwarding another body's report
# (转发, 批转) speaks with that body's voice, not the issuer's.
_SPEAKER = re.compile(r"我们")
_FORWARDED = re.compile(r"转发|批转")


def speaker_spans(text: str, issuers: Sequence[Entity], title: HeaderField | None) -> list[ActorSpan]:
    """Where the single issuer of a text that forwards no other body's text speaks of itself as 我们,
    read as a mention of the issuer (empty for several issuers, or none, or a forwarding title)."""
    if len(issuers) != 1 or (title is not None and _FORWARDED.search(title.value)):
        return []
    return [ActorSpan(m.start(), m.end(), issuers[0]) for m in _SPEAKER.finditer(text)]

