"""What a named actor does for a measure, read from the construction around it.

Roles (docs/gold-format.md, version 2): ``funds`` (出资, 安排资金, 给予补助, a bank's 信贷支持),
``responsible`` (X负责/牵头, 由X…, 请X…, X要…, X授权Y负责… for Y), ``cooperates`` (会同X, X配合/参与/协助), ``guides``
(X指导/督促/监督/协调, 在X指导下) and ``approves`` (X批准/同意, 经X批准 now, 报X审批, 报经X批准的…).
Not roles: a body inside a cited title 《…》, approvals reported as history (已经X同意, 经X批准设立的),
statements of attention (X高度重视), issuing a document (X印发), a body that only qualifies a generic
one (国务院有关部门) or a person (国务院领导同志), and the objects of 按照/根据/向.

Bracketed tags of bodies (``（X、Y按职责分工负责）``, ``（X指导）``) are notes, read by ``kg.extract.notes``.

Actors that stand together (``国家发展改革委及国家粮食局会同商务部``) are read as groups: the words before
the first member and after the last decide the role of every member. A class of bodies no actor names may
stand among the members of a subject (``省人民政府、示范区所在地省辖市人民政府和管理委员会应当…``) or open it
(``所在地省辖市人民政府和管理委员会应当…``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.actors import FOUNDING_VERBS
from kg.extract.clauses import TRIGGERS, Clause
from kg.extract.lexicon import role_cues
from kg.extract.model import Entity, Role
from kg.structure import HeaderField, Span
from kg.text.titles import in_cited_title

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
_JOINER = re.compile(r"(?:、|和|及其(?:所属|下属)的?|及|以及|与|或者|或|，|,)?")
# Items of a list of bodies that name no body found (市发展改革、教育、金融、税务、财政等部门: 金融, 税务)
# keep the bodies on either side in one group.
_UNFOUND_ITEMS = re.compile(r"、(?:[\u4e00-\u9fff]{2,4}、){1,3}")
# A deadline before the predicate (于2019年12月底前, 3月底前): a time adverbial, no report of the past.
_DEADLINE = r"于?(?:(?:19|20)\d\d年(?:\d{1,2}月)?|\d{1,2}月)(?:\d{1,2}日)?(?:底|末)?(?:前|以前)"
_MODAL = re.compile(r"(?:要(?!求)|应|应当|将|拟|须|必须|需|需要|可(?!以)|可以|正在|继续|进一步|积极|及时|立即|主动|切实|认真|"
                    r"共同|统一|另行|每年|定期|适时|" + _DEADLINE + r"|依法|依照职责|依职责|按照(?:规定|各自)的?(?:权限|职权)|按照规定|按规定|按照职责分工|按职责分工|"
                    r"按照各自职能分工|按照各自的?(?:[\u4e00-\u9fff]{1,8}和)?职责|分别|具体|也|还|均|都|并)*")
# A modal of obligation or commitment, or a deadline, makes what follows the subject's task, whatever its verb
# (X要…, X将…, X于2019年底前…).
_OBLIGATION = re.compile(r"要|应|须|将|拟|需|可以|" + _DEADLINE)


def _cue(role: str) -> str:
    return "(?:" + "|".join(role_cues()[role]) + ")"


# Cue verbs are data (kg/data/roles/cues.tsv); the words around them are constructions.
_RESPONSIBLE_CUE = re.compile(r"(?:发挥)?" + _cue(RESPONSIBLE))
_GUIDE_CUE = re.compile(r"(?:加强|做好|进行|负起)?(?:对[^，,；;。]{0,30}?(?:的|进行|实施|实行|加强))?(?:综合|统筹|业务)?" + _cue(GUIDES))
_APPROVE_CUE = re.compile(_cue(APPROVES))
# 经X审查, 报X审核: a body reviewing before the decision approves (由X审查 is X's task); an alternative
# body may stand between the approving one and its verb (报X或者X授权的部门批准, 经X或者Y审查).
_ALTERNATIVE = r"(?:或者?|或其)[^，,；;。]{0,24}?"
_GATE_CUES = "(?:" + _cue(APPROVES) + "|" + _cue("review") + ")"
_GATE = re.compile(f"(?:{_ALTERNATIVE})?{_GATE_CUES}")
_OR_APPROVE = re.compile(_ALTERNATIVE + _GATE_CUES)
_COOPERATE_CUE = re.compile(_cue(COOPERATES))
_LEAD_CUE = re.compile(_cue("lead"))
_ROLE_CUES = (_LEAD_CUE, _COOPERATE_CUE, _RESPONSIBLE_CUE, _GUIDE_CUE, _APPROVE_CUE)
# X是/为…的主管单位, …的管理机关, …的领导决策机构: a body designated as the one in charge.
_DESIGNATED = re.compile(r"(?:是|为)[^，,；;。]{0,30}?(?:主管|牵头|责任|负责|主办|承办|领导|决策|管理)(?:单位|部门|机关|机构)")
# The money a clause is about (所需经费由X承担): the body it is put on funds.
_MONEY_TOPIC = re.compile(r"(?:经费|资金|费用|投资|补助|补贴)[^，,；;。的]{0,4}由$")
_FUND_CUE = re.compile(r"出资|安排[^，,；;。]{0,12}?(?:资金|经费|投资|补助)|中央预算内投资|资金(?:支持|扶持)|扶持资金|专项资金|(?:设立|设置)[^，,；;。]{0,16}?基金|"
                       r"(?:财政|经费)(?:支持|投入|保障)|加大[^，,；;。]{0,16}?投入|(?:纳入|列入)[^，,；;。]{0,8}?预算|"
                       r"给予[^，,；;。]{0,16}?(?:补助|补贴|贷款|资金|经费|奖励|贴息|信贷)|(?:落实|提供|发放|拨付)[^，,；;。]{0,16}?"
                       r"(?:贷款|资金|经费|信贷|费用)|信贷支持|融资支持|"
                       r"(?:支付|补贴|补助|拨付|拨款)[^，,；;。]{0,4}?[0-9X×一二三四五六七八九十百千万亿.]+多?(?:万|亿)?元")
_BANK_SUPPORT = re.compile(r"支持|贷款|信贷|融资")
# A meeting of a body that decides (经国务院常务会议讨论决定, 已经国务院第23次常务会议修订通过，现…): the body approves.
_MEETING_DECISION = re.compile(r"(?:第[0-9一二三四五六七八九十百]+次)?(?:全体|常务|执行|主任)?会议[^，,；;。]{0,20}?"
                               r"(?:审议|讨论|研究)?(?:修订)?(?:通过|决定)")
# A body set up by the subject (X设立/成立/组建Y) and the task the next clause gives it (，负责…, ，承担…).
_FOUNDED = re.compile("(?:" + "|".join(FOUNDING_VERBS) + ")$")
_FOUNDING = re.compile(_MODAL.pattern + "(?:" + "|".join(FOUNDING_VERBS) + ")")
_FOUNDED_TASK = re.compile(r"[，,](?:并|具体)?(?:负责|承担|履行)")
# A body named with the one that set it up as its subject (省人民政府设立的X管理委员会统筹协调…).
_FOUNDED_BY = re.compile(r"\s*[^，,；;。：:]{2,24}?(?:" + "|".join(FOUNDING_VERBS) + ")的")
# A body handed a task by another (X授权Y负责…, X委托Y履行…): the body authorised is in charge of it.
_DELEGATED = re.compile(r"(?:授权|委托)$")
_DELEGATED_TASK = re.compile(r"(?:负责|承担|履行|行使|组织|实施)")
# A later clause of a body in charge that cooperates (X负责…，配合有关部门…).
_LATER_COOPERATION = re.compile(r"[，,](?:并|同时)?(?:积极|主动)?" + _cue(COOPERATES))
# Guidance done by a body in charge: 加强统筹协调, 组织协调, 做好指导, 对试点工作进行指导, 负责组织协调, 开展督促检查.
_GUIDANCE = re.compile(r"(?:加强|做好|开展|进行|负责|负起|共同|组织|统筹)(?:对[^，,；;。]{0,30}?的)?[^，,；;。]{0,6}?" + _cue(GUIDES))
# Predicates that give no role: attention, issuing, reporting, history.
_NO_ROLE = re.compile(r"(?:的)?(?:领导同志|负责同志|领导|总理|副总理)|(?:高度|十分|非常|一直)?(?:重视|关心|关注|关怀)"
                      r"|(?:已|曾|先后|近年来|于(?:19|20)\d\d年(?![^，,；;。]{0,6}?前))|(?:印发|发布|出台|颁布|作出|制定出台|部署)"
                      r"|(?:各|有关|相关|所属|直属|部门|其他)")
_TRIGGER = re.compile("|".join(sorted(TRIGGERS, key=len, reverse=True)))
_PREPOSITION = re.compile(r"(?:对|在|于|按照|根据|依照|依据|结合|从|以|为|就|向|通过|围绕|针对)")
# A subject opens its clause: nothing before it but numbering or a connective.
_SUBJECT_PREFIX = re.compile(r"\s*(?:[（(]?[0-9一二三四五六七八九十]+[）)．.、]?|[0-9.]+)?\s*"
                             r"(?:同时|此外|另外|并|其中|具体|最后|今后|目前)?\s*")
# 财政部等有关部门要…, 国务院及各部门要…, 市发展改革、财政等行政主管部门按照…: the group ends with a generic tail.
_GENERIC_TAIL = re.compile(r"(?:等(?:有关|相关|其他)?(?:(?:行政主管|行政管理|主管|行政|管理)?(?:部门|单位|机构))?(?:和单位)?"
                           r"|(?:及|以及|和|与|、)(?:各|有关|相关|其他)+[^，,；;。、]{0,8}?(?:部门|单位|机构|地区)(?:和单位)?)")
# A class of bodies joined to a group without 各/有关 (国务院专利行政部门和省、自治区、直辖市人民政府管理专利工作的
# 部门应当…, 国家融资担保基金和省级担保、再担保基金（机构）要…): a joiner, words with no clause mark, and the
# head of a class of bodies, at most _CLASS_WORDS characters after the joiner, before the predicate.
_CLASS_JOINER = re.compile(r"以及|及|和|与|、")
_CLASS_HEAD = re.compile(r"(?:部门|单位|机构|机关|政府|组织|基金|管理委员会|管委会)(?:[（(](?:部门|单位|机构)[）)])?(?:和单位)?")
_CLASS_WORDS = 30
# A short form defined right after a group of bodies (X、Y人民政府（以下简称有关人民政府）…).
_DEFINED_AS = re.compile(r"[（(](?:以下简称|以下统称|简称)[^）)]{1,30}[）)]")
# The subjects' working together, a clause before their task (相互配合，做好…): no other body is joined.
_MUTUAL = re.compile(r"(?:相互|密切|互相)(?:配合|协作|协调|支持)[，,]")
# A subject set off by a comma from its predicate, which opens with a modal, an adverb or the rule it follows
# (X、Y、Z人民政府，分别负责…; X和Y，依照本规定对…进行管理).
_COMMA = re.compile(r"[，,]")
_PREDICATE_AFTER_COMMA = re.compile(r"[，,](?=要(?!求)|应|须|必须|将|分别|共同|依法|依照|按照|依据|负责|牵头)")
# A class of bodies no actor names, joined to named actors in one subject: between two of them (省人民政府、
# 示范区所在地省辖市人民政府和管理委员会应当…) or opening the clause before them (所在地人民政府和管理委员会应当…).
# Not words that hand the task to another body (由X会同有关部门和Y…). A named body that qualifies a class after
# it (X和省人民政府有关部门应当…: the departments, not the government) or a level word sharing the class's
# suffix (省、市人民政府有关部门和X) joins no group so.
_MEMBER_JOINER = f"(?:{_CLASS_JOINER.pattern})"
_QUALIFIED_CLASS = r"有关|相关|所属|其他|其它"
_BODY_CLASS = (rf"(?!{_PREPOSITION.pattern})(?:(?!由|经|报|请|会同)[^，,；;。：:！？!?\n《》]){{0,24}}?"
               + _CLASS_HEAD.pattern)
_LEVEL_WORD_MEMBER = 2  # characters of a member named by its level word alone (省, 自治区 is a name of three)
# Another level sharing the suffix of a member named by its level word, and a class qualifying both (、市人民政府有关部门).
_LEVELS_QUALIFIED = re.compile(rf"{_MEMBER_JOINER}[^，,；;。]{{0,12}}?政府(?:{_QUALIFIED_CLASS})")
_BODIES_BETWEEN = re.compile(_MEMBER_JOINER + _BODY_CLASS + _MEMBER_JOINER)
_BODIES_BEFORE = re.compile(_SUBJECT_PREFIX.pattern + _BODY_CLASS + _MEMBER_JOINER)
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


def _groups(text: str, mentions: Sequence[ActorSpan]) -> list[list[ActorSpan]]:
    """Actors written together (``财政部、发展改革委和商务部``), or named by one name together, as one group each."""
    groups: list[list[ActorSpan]] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if groups and (groups[-1][-1].start, groups[-1][-1].end) == (mention.start, mention.end):
            groups[-1].append(mention)  # one name for several bodies (四省人民政府 after 河南、…四省（以下简称四省）)
            continue
        if groups and groups[-1][-1].end > mention.start:
            continue  # nested in the previous mention
        if groups and (_JOINER.fullmatch(text, groups[-1][-1].end, mention.start)
                       or _UNFOUND_ITEMS.fullmatch(text, groups[-1][-1].end, mention.start)
                       or _BODIES_BETWEEN.fullmatch(text, groups[-1][-1].end, mention.start)
                       and groups[-1][-1].end - groups[-1][-1].start > _LEVEL_WORD_MEMBER
                       and not re.match(_QUALIFIED_CLASS, text[mention.end:])):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _predicate_role(text: str, start: int, end: int, bank: bool, *, assigned: bool = False,
                    relative: bool = False) -> tuple[str, ...]:
    """The role a group that is the subject of its clause (or follows 由/请) takes from the words
    after it, ``text[start:end]``: a role cue, or a plain policy verb (responsible). Money put on a body
    in charge, by a cue or a modal of obligation (X负责安排…经费, X要加大资金支持力度), makes it fund and
    be responsible; money given by a plain verb (请X积极给予支持, X对…给予倾斜支持) only funds.

    ``assigned``: the construction itself hands the task to the group (由X…, 请X…), so any predicate
    makes it responsible; so does a modal of obligation (X要…, X将…, X拟…). ``relative``: a relative
    clause still names the body in charge (建立由X牵头的机制).
    """
    rest = _past_generic_tail(text[start:end])
    if _NO_ROLE.match(rest):
        return ()
    modal = _MODAL.match(rest)
    obliged = bool(_OBLIGATION.search(modal.group()))
    assigned = assigned or obliged
    pred = rest[modal.end():]
    if pred[:1] in ("，", ","):  # X按照各自职能分工，负责…: the adverbial phrase has a clause of its own
        pred = pred[1:][_MODAL.match(pred, 1).end() - 1:]
    mutual = _MUTUAL.match(pred)
    if mutual:  # X、Y按照职责分工，相互配合，做好…: the subjects work together, each doing its task
        pred = pred[_MODAL.match(pred, mutual.end()).end():]
    funded = bool(_FUND_CUE.search(pred) or (bank and _BANK_SUPPORT.search(pred)))
    comma = re.search(r"[，,]", pred)
    if _PREPOSITION.match(pred) and comma and not _VERB.search(pred, 0, comma.start()):
        pred = pred[comma.end():]  # X要按照…的规定，负责…: the predicate follows the prepositional clause
        pred = pred[_MODAL.match(pred).end():]
    if _DESIGNATED.match(pred):
        return (RESPONSIBLE,)
    for cue, role in ((_LEAD_CUE, RESPONSIBLE), (_COOPERATE_CUE, COOPERATES), (_RESPONSIBLE_CUE, RESPONSIBLE),
                      (_GUIDE_CUE, GUIDES), (_APPROVE_CUE, APPROVES), (_VERB, RESPONSIBLE)):
        found = cue.match(pred)
        if found is None and cue is _VERB and _PREPOSITION.match(pred):
            found = _VERB.search(pred)  # 国家开发银行对…给予…: a preposition before the verb
        if found is None:
            continue
        if pred[found.end():found.end() + 1] == "的" and not relative:
            return ()  # 国务院确定的其他城市: a relative clause, not a task
        if role != RESPONSIBLE or not funded:
            return (role,)
        return (FUNDS, RESPONSIBLE) if cue is not _VERB or obliged else (FUNDS,)
    if funded:
        return (FUNDS,)
    return (RESPONSIBLE,) if assigned and pred.strip() else ()


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
    return any(cue.match(pred) for cue in (*_ROLE_CUES, _TRIGGER, _PREPOSITION, _COMMON_VERB, _DESIGNATED)) \
        or pred[:1] in ("统", "指", "的")


def _class_tail(after: str) -> int:
    """Length of a class of bodies joined to a group at the start of ``after`` (0 if none): the first
    head of a class of bodies followed by a modal or a role cue, else the first followed by another
    predicate (和省、自治区、直辖市人民政府管理专利工作的部门应当…: not 和省、自治区、直辖市人民政府). A head
    inside brackets closing the class (、兵团四师（可克达拉市人民政府）应当…: a body and its other name) ends
    it with the bracket."""
    joiner = _CLASS_JOINER.match(after)
    if joiner is None:
        return 0
    fallback = 0
    for head in _CLASS_HEAD.finditer(after, joiner.end(), joiner.end() + _CLASS_WORDS):
        if re.search(r"[，,；;。：:！？!?\n《》]", after[joiner.end():head.start()]):
            break
        end = head.end()
        if after[end:end + 1] in ("）", ")") and re.search(r"[（(][^）)]*$", after[joiner.end():head.start()]):
            end += 1
        note = _DEFINED_AS.match(after, end)  # …县（区）人民政府（以下统称…）应当…
        end = note.end() if note else end
        rest = after[end:]
        if rest.startswith("的") or not _opens_predicate(rest):
            continue
        if _MODAL.match(rest).group() or any(cue.match(rest) for cue in _ROLE_CUES):
            return end
        fallback = fallback or end
    return fallback


def _past_generic_tail(after: str) -> str:
    """``after`` (the words after a group of actors) without the generic bodies that close the group."""
    while True:
        fixed = _GENERIC_TAIL.match(after)
        cut = fixed.end() if fixed else _class_tail(after)
        if not cut:
            return after
        after = after[cut:]


def group_role(text: str, sentence: Span, group: Sequence[ActorSpan], limit: int) -> tuple[str, ...]:
    """The roles of a group of actors (none, one, or funds and responsible) from its prefix (in its
    clause) and what follows it."""
    first, last = group[0], group[-1]
    note = _DEFINED_AS.match(text, last.end)  # X、Y人民政府（以下简称…）按照…: the short form is no predicate
    tail = note.end() if note else last.end
    if in_cited_title(text, sentence.start, first.start, nested=True):
        return ()
    clause_start = _clause_start(text, sentence, first.start)
    end = _clause_end(text, tail, limit)
    prefix = text[clause_start:first.start]
    after = text[tail:end]
    if re.search(r"接受$", prefix) and re.match(r"(?:的)?[^，,；;。]{0,4}?监督", after):
        return (GUIDES,)  # 接受X的监督: X oversees
    if _FOUNDED.search(prefix) and _FOUNDED_TASK.match(text, tail):
        return (RESPONSIBLE,)  # X设立Y，负责…: the body set up is in charge of what follows
    if _DELEGATED.search(prefix) and _DELEGATED_TASK.match(text, tail):
        return (RESPONSIBLE,)  # X授权Y负责…: the body authorised is in charge of it
    decision = _MEETING_DECISION.match(after)
    if decision and (re.search(r"由$", prefix) or "经" in prefix):
        past = _PAST.search(prefix[:prefix.rfind("经") + 1]) or re.search(r"已经", prefix)
        return () if past and not _NOW.match(text, tail + decision.end()) else (APPROVES,)
    if _DRAFTED_TITLE.match(after):
        return ()  # X会同Y拟定的《…》: the bodies that drafted a cited text act in its making, not here
    if last.end - last.start <= _LEVEL_WORD_MEMBER and _LEVELS_QUALIFIED.match(after):
        return ()  # 省、市人民政府有关部门和X…: the departments of both levels, not the province's government
    if not (_opens_predicate(after) or _OR_APPROVE.match(after)) or _REPORTED.search(text, sentence.start, first.start) or re.search(
            r"^[^，,；;。]{0,12}?(?:了|已|先后)", _past_generic_tail(after)):
        return ()
    bank = any(m.actor.kind == "bank" for m in group)
    if re.search(r"在$", prefix) and re.match(r"(?:的)?(?:统一)?(?:指导|领导|指挥|监督|协调)", after):
        return (GUIDES,)
    if re.search(r"(?:会同|协助|配合|商)$", prefix):
        return (COOPERATES,)
    if _BODIES_BEFORE.fullmatch(prefix) or _FOUNDED_BY.fullmatch(prefix):
        return _predicate_role(text, tail, end, bank)  # 所在地人民政府和X应当…, Y设立的X统筹…: X is the subject
    if re.search(r"(?:与|同|和)$", prefix):
        return (COOPERATES,) if re.match(r"(?:等(?:部门|单位))?(?:一起|共同|联合)", after) else ()
    if re.search(r"(?<!报)经(?:请示)?$", prefix):  # (报经X批准 is a request for approval: below)
        found = _GATE.match(after)
        if not found or re.match(r"[^，,；;。]{0,6}?的", after[found.end():]):
            return ()
        if _PAST.search(prefix[:-1]) and not _NOW.match(text, tail + found.end()):
            return ()  # 已经X批准设立: history; but 已经X同意，现印发: the text issued now
        return (APPROVES,)
    if re.search(r"(?:报|报请|报经|提请|呈报|送|征得)$", prefix):
        return (APPROVES,) if _GATE.match(after) else ()
    bare = _past_generic_tail(after)
    if (_PREPOSITION.match(bare, _MODAL.match(bare).end()) and not _VERB.search(bare)
            or bare and _MODAL.fullmatch(bare) or not bare and _PREDICATE_AFTER_COMMA.match(text, end)) and end < limit:
        end = _clause_end(text, end + 1, limit)  # 建议X按照专家组意见，做好…, X，分别负责…: the verb is in the next clause
        while end < limit and not _VERB.search(text, tail, end):
            end = _clause_end(text, end + 1, limit)  # X按照…原则，在…内，自主设立…: past every adverbial clause
    if re.search(r"由$", prefix):
        roles = _predicate_role(text, tail, end, bank, assigned=True, relative=True)
        return (FUNDS,) if RESPONSIBLE in roles and _MONEY_TOPIC.search(prefix) else roles  # not 资金使用的办法由X制定
    if re.search(r"(?:请|责成)$", prefix):
        return _predicate_role(text, tail, end, bank, assigned=True)
    if re.search(r"(?:建议|要求)$", prefix) or _SUBJECT_PREFIX.fullmatch(prefix):
        return _predicate_role(text, tail, end, bank)
    return ()


def role_openers(text: str, sentence: Span, clauses: Sequence[Clause], mentions: Sequence[ActorSpan]) -> frozenset[int]:
    """Starts of the clauses of ``sentence`` in which a named actor takes a role as the subject or
    after 由/请 (``X要会同Y制定…``, ``请X在…前完成``): such a clause states a task of its own and starts
    a measure even when its verb is no trigger."""
    found = set()
    for clause in clauses:
        inside = [m for m in mentions if clause.span.start <= m.start and m.end <= clause.span.end]
        groups = _groups(text, inside)
        if groups and group_role(text, sentence, groups[0], sentence.end):
            found.add(clause.span.start)
    return frozenset(found)


def _subject_of_clause(text: str, sentence: Span, mention: ActorSpan) -> bool:
    """Whether ``mention`` opens its clause as a subject (or after 由/请), starting a task of its own."""
    prefix = text[_clause_start(text, sentence, mention.start):mention.start]
    return bool(_SUBJECT_PREFIX.fullmatch(prefix) or _BODIES_BEFORE.fullmatch(prefix) or re.search(r"(?:由|请)$", prefix))


def _later_roles(text: str, sentence: Span, group: Sequence[ActorSpan],
                 mentions: Sequence[ActorSpan]) -> tuple[str, ...]:
    """The roles a group in charge also takes from its later predicates, up to the next subject or the
    end of its sentence: guidance (X要会同Y…，加强统筹协调，对…进行督促检查), cooperation opening a
    clause (X负责…，配合有关部门…) and funding in a later clause (X应当…，将…经费纳入本级财政预算)."""
    start = group[-1].end
    if re.match(r"[^，,；;。]{0,6}?" + _RESPONSIBLE_CUE.pattern + "的", text[start:]) or _FOUNDING.match(text, start):
        return ()  # 建立由X牵头的机制，统筹协调…, X设立Y，负责…: the later predicates are the mechanism's, Y's
    stop = next((m.start for m in mentions if m.start >= start and _subject_of_clause(text, sentence, m)), sentence.end)
    semicolon = re.compile(r"[；;]").search(text, start, stop)
    stop = semicolon.start() if semicolon else stop
    later = [role for role, found in ((GUIDES, _GUIDANCE), (COOPERATES, _LATER_COOPERATION))
             if found.search(text, start, stop)]
    comma = _COMMA.search(text, start, stop)
    if comma and _FUND_CUE.search(text, comma.end(), stop):
        later.append(FUNDS)  # X应当加强…，将…经费纳入本级财政预算: the money is the subject's too
    return tuple(later)


def assign_roles(text: str, sentence: Span, measure: Span, mentions: Sequence[ActorSpan]) -> list[Role]:
    """Roles of the actors named inside ``measure`` (a span of ``sentence``; ``mentions`` are those of the
    sentence), in text order, each (actor, role) once."""
    inside = [m for m in mentions if measure.start <= m.start and m.end <= measure.end]
    found: list[Role] = []
    for group in _groups(text, inside):
        roles = group_role(text, sentence, group, measure.end)
        if RESPONSIBLE in roles:
            roles = (*roles, *(r for r in _later_roles(text, sentence, group, mentions) if r not in roles))
        for mention in group:
            for each in roles:
                if not any(r.actor == mention.actor and r.role == each for r in found):
                    found.append(Role(mention.actor, each, Span(mention.start, mention.end)))
    return found


# A heading that is a body and its duties (国家粮食应急工作指挥部职责, …办公室及其职责, X主要职能).
_DUTIES = re.compile(r"\s*(?:及其|的)?(?:主要)?(?:工作)?(?:职责|职能)\s*")


def duty_holder(text: str, heading: Span, mentions: Sequence[ActorSpan]) -> ActorSpan | None:
    """The body a heading names as the one whose duties follow (``X职责``, ``X及其职责``), else None."""
    inside = [m for m in mentions if heading.start <= m.start and m.end <= heading.end]
    if len(inside) != 1 or text[heading.start:inside[0].start].strip() or not _DUTIES.fullmatch(
            text, inside[0].end, heading.end):
        return None
    return inside[0]


def duty_roles(text: str, holder: ActorSpan, measure: Span) -> list[Role]:
    """Roles of the holder of the duties listed under a heading in one of its items with no subject of
    its own (（2）对…进行督查和指导): the item's predicate is the holder's task."""
    start = _SUBJECT_PREFIX.match(text, measure.start).end()
    roles = _predicate_role(text, start, measure.end, holder.actor.kind == "bank", assigned=True)
    if RESPONSIBLE in roles and _GUIDANCE.search(text, start, measure.end):
        roles = (*roles, GUIDES)
    return [Role(holder.actor, role, Span(holder.start, holder.end)) for role in roles]


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

