"""Split sentences into clauses and group clauses into measures led by trigger verbs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from kg.annotate.spans import SpanIndex
from kg.structure import Span
from kg.text.segment import dictionary_entry, next_boundary

# Prohibitions are measures too: they regulate what may be done where they say.
PROHIBITIONS = ("禁止", "严禁", "不得")
# Verbs that make a clause an action the policy takes or asks for.
TRIGGERS = (
    "优先支持", "积极支持", "大力支持", "支持", "扶持", "鼓励", "推动", "推进", "加快", "建设", "给予", "培育", "打造",
    "实施", "开展", "完善", "加大", "促进", "引导", "探索", "设立", "创建", "落实", "强化", "加强", "深化",
    "发展", "提升", "构建", "建立", "健全", "优化", "扩大", "布局", "争取", "开行", "申请", "夯实", "增强",
    "倡导", "推行", "推广", "统筹", "改造", "淘汰", "遏制", "保障", "提高", "激发", "壮大", "聚焦", "组织",
    "安排", "实行", "规范", "整合", "试点", "搭建", "筹建", "设置", "配置", "投资", "资助", "补助",
    "奖励", "减免", "免征", "降低", "简化", "取消", "放宽", "允许", "同意", "批准", "授权", "确定", "开放",
    "组建", "选择", "选取", "遴选", "选定", "认定", "命名", "授予", "表彰", "批复", "推荐", "召开", "总结", "协调", "指导", "监督", "考核", "评估", "审核", "核准", "备案", "做好", "负责", "牵头",
    "纳入", "列入", "列为", "编制", "制定", "责令", "撤销", "吊销", "检查", *PROHIBITIONS,
)
# Verbs of founding a body that are no triggers: a place before them is where the body is set up, not the first
# word of its name (在X成立律师协会).
FOUNDING_VERBS = ("成立", "创办", "兴办", "举办")
# Modal verbs open a predicate: no name of a body or an industry holds one (X新区应当合理安排…布局 is a clause).
MODALS = ("应当", "应该", "必须", "可以", "不得")
# Words that may stand before a trigger at the start of a clause without making it a continuation.
LEAD_WORDS = (r"(?:要|应|应当|须|必须|将|可|可以|需|并|同时|另外|此外|对此|"
         r"进一步|积极|大力|继续|持续|逐步|稳步|稳妥有序|稳妥|有序|优先|重点|着力|全面|深入|切实|"
         r"因地制宜|按规定|依法|统筹|加快|结合实际|认真|努力|共同|协同|充分)*")
_LEAD_ONLY = re.compile(LEAD_WORDS)
# The statement of a text's scope (本条例适用于X, X…适用本办法, 在X…应当遵守本规定) is a measure too: its
# verb is a trigger there, and only there (适用税率 is none). So is the definition of an area the text
# covers (本规定所称X地区，是指A县、B县…), where it names places (kg.extract.targets.scope_places).
TEXT_ITSELF = r"本(?:条例|办法|规定|细则|决定|法|实施办法|实施细则|规则)"
_SCOPE_VERB = r"适用于|所称|(?:参照)?适用(?=" + TEXT_ITSELF + r")|遵守(?=" + TEXT_ITSELF + r")"
_AFTER_TEXT_ITSELF = ("适用于", "所称")   # scope verbs only after 本条例, 本办法…
DEFINES = "所称"
_SCOPE_SUBJECT = re.compile(TEXT_ITSELF + r"(?:的规定)?$")
_SCOPE_VERB_AFTER = re.compile(r"(?:参照)?适用|遵守")
_TRIGGER = re.compile("|".join(sorted(TRIGGERS, key=len, reverse=True)) + "|" + _SCOPE_VERB)
# A trigger that modifies a noun of bodies or persons is no verb: 负责部门, 牵头单位, 建设单位, 负责同志;
# nor is one that names a state of affairs: 投资情况, 建设进展.
_NOUN_HEAD = re.compile(r"部门|单位|同志|人(?![民才员口])|情况|进展")
# The object of 对 before the verb it frames (对行业组织进行监督, 对…给予支持) is a noun phrase: a trigger in it
# is no verb.
_OBJECT_OF_DUI = re.compile(r"对(?!于|此|外|接|照|标)([^，,；;。对]{1,30}?)(?=进行|予以|加以|给予)")
# A trigger right after 受到 names what someone received (受到撤销…职务处分, 受到表彰): no action of the policy.
_RECEIVED = "受到"
# Clause boundaries; enumeration commas (、) do not split.
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?]")
_BREAKS = "；;：:"
_OPEN_BRACKETS = "（(《“「『【"
_CLOSE_BRACKETS = "）)》”」』】"
# What the clause split looks at: brackets and clause ends (every other character is passed over).
_CLAUSE_MARK = re.compile(f"[{re.escape(_OPEN_BRACKETS + _CLOSE_BRACKETS)}]|{_CLAUSE_END.pattern}")


@dataclass(frozen=True)
class Clause:
    """A comma-delimited clause of a sentence (span excludes the closing punctuation).

    ``after_break`` is true when a semicolon or colon precedes it: a measure never runs across one.
    """

    span: Span
    text: str
    after_break: bool = False


@dataclass(frozen=True)
class MeasureSpan:
    """The clauses of one measure: ``span`` covers them, ``trigger`` is the verb that opened it."""

    span: Span
    trigger: str
    trigger_at: int


def split_clauses(text: str, sentence: Span) -> list[Clause]:
    """Clauses of ``text[sentence]``, not splitting inside brackets or quotes."""
    clauses: list[Clause] = []
    depth, start, after_break = 0, sentence.start, False
    for mark in _CLAUSE_MARK.finditer(text, sentence.start, sentence.end):
        pos, ch = mark.start(), mark.group()
        if ch in _OPEN_BRACKETS:
            depth += 1
        elif ch in _CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0:  # a clause end
            if pos > start:
                clauses.append(Clause(Span(start, pos), text[start:pos], after_break))
            start, after_break = pos + 1, after_break if pos == start else ch in _BREAKS
    if sentence.end > start:
        clauses.append(Clause(Span(start, sentence.end), text[start:sentence.end], after_break))
    return [c for c in clauses if c.text.strip()]


@dataclass(frozen=True)
class WordContext:
    """What the grouping needs to know about words: where tokens start and end (jieba), where actor
    names start (a clause led by one is a new measure), and the spans of names, inside which a verb
    is no verb (建设 in 住房城乡建设部, 组织 in 国际金融组织 is caught by the boundaries)."""

    boundaries: frozenset[int] | None = None
    subjects: frozenset[int] = frozenset()
    names: tuple[Span, ...] = ()

    def is_verb(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a verb word: on the boundaries, or opening a compound of two verbs
        or a set phrase the segmentation keeps whole (see ``_opens_compound``); not inside a name."""
        if self.boundaries is not None and (start not in self.boundaries or (
                end not in self.boundaries and not _opens_compound(text, start, end, self.boundaries))):
            return False
        return not self._names.covers(start, end)

    @cached_property
    def _names(self) -> SpanIndex[Span]:
        return SpanIndex(self.names)


# jieba's tags of set phrases, idioms and abbreviations (推进改革 l, 贯彻落实 i, 深化改革 j): a verb opening one
# is the verb of its clause.
_PHRASE_TAGS = frozenset({"l", "i", "j"})


def _opens_compound(text: str, start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether the trigger ``text[start:end]`` opens a word the segmentation joined to what follows it
    that is two verbs of one compound (``建立健全``: another trigger) or a set phrase of jieba's
    dictionary (``推进改革``); not a noun (``建设项目``)."""
    word_end = next_boundary(boundaries, end, min(len(text), end + 6))
    if word_end is None:
        return False
    return _TRIGGER.fullmatch(text, end, word_end) is not None or dictionary_entry(text[start:word_end])[0] in _PHRASE_TAGS


def _verb_start(text: str, start: int, words: WordContext) -> int:
    """Where the word holding a trigger starts when jieba joined an adverb to it (``大力发展``,
    ``加快推进``): the adverb must be a lead word and start a word itself; else ``start``."""
    if words.boundaries is None or start in words.boundaries:
        return start
    for lead_start in range(start - 1, max(-1, start - 5), -1):
        if lead_start in words.boundaries:
            return lead_start if _LEAD_ONLY.fullmatch(text, lead_start, start) else start
    return start


# A clause ending in a word of time (编制…计划时, 规划完成之后), or a frame 在…中 (将在编制…规划中), is an
# adverbial of the measure that follows: its verbs are not the measure's.
_WHEN = re.compile(r"(?:时|之时|期间|之前|之后|以前|以后)\s*$|^\s*" + LEAD_WORDS + r"在[^，,；;。]*中\s*$")


def _triggers(text: str, clause: Clause, words: WordContext) -> list[re.Match[str]]:
    if _WHEN.search(clause.text):
        return []
    objects = [o.span(1) for o in _OBJECT_OF_DUI.finditer(text, clause.span.start, clause.span.end)]
    return [m for m in _TRIGGER.finditer(text, clause.span.start, clause.span.end)
            if not any(start <= m.start() < end for start, end in objects)
            and words.is_verb(text, _verb_start(text, m.start(), words), m.end()) and not _NOUN_HEAD.match(text, m.end())
            and not text.endswith(_RECEIVED, 0, m.start())
            and (m.group() not in _AFTER_TEXT_ITSELF or _SCOPE_SUBJECT.search(text, max(0, m.start() - 9), m.start()))]


def group_measures(text: str, clauses: list[Clause], words: WordContext = WordContext(),
                   openers: frozenset[int] = frozenset()) -> list[MeasureSpan]:
    """Measures of one sentence.

    A clause that opens with a trigger (after modal words and adverbs) starts a new measure, and so
    does a clause that opens with a named actor and holds a trigger (``国家开发银行对…给予倾斜支持``).
    Other clauses continue the current measure. If no clause opens one, the first clause holding a
    trigger starts the measure. Clauses before a measure (``立足转型需求，加快…``) join it; a semicolon
    or colon ends the open measure. Only triggers that are words of their own count. Clauses left
    before any measure make one of their own when one of them starts in ``openers`` (a named actor
    takes a role in it: ``X要会同Y制定…``), although no trigger opens it (its trigger is then empty).
    A clause stating that the text applies (``，适用本条例``) closes the open measure as its verb: the
    clauses before it say where and to what.
    """
    measures: list[list] = []  # [start, end, trigger, trigger_at]
    pending: list[Clause] = []  # clauses before any measure of the current stretch
    open_measure = False

    def close_pending() -> None:  # pending clauses that give an actor a role are a measure of their own
        opener = next((c for c in pending if c.span.start in openers), None)
        if opener is not None:
            measures.append([pending[0].span.start, pending[-1].span.end, "", opener.span.start])
        pending.clear()

    for clause in clauses:
        if clause.after_break:
            close_pending()
            open_measure = False
        triggers = _triggers(text, clause, words)
        first = triggers[0] if triggers else None
        lead = _LEAD_ONLY.fullmatch(text, clause.span.start, first.start()) if first else None
        if first and _SCOPE_VERB_AFTER.fullmatch(first.group()) and open_measure:
            measures[-1][1:] = [clause.span.end, first.group(), first.start()]  # X的…活动，适用本条例: one statement
        elif first and (lead or clause.span.start in words.subjects or not open_measure):
            start = pending[0].span.start if pending else clause.span.start
            measures.append([start, clause.span.end, first.group(), first.start()])
            pending.clear()
            open_measure = True
        elif open_measure:
            measures[-1][1] = clause.span.end
        else:
            pending.append(clause)
    close_pending()
    return [MeasureSpan(Span(s, e), trigger, at) for s, e, trigger, at in measures]
