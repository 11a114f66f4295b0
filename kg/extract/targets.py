"""Decide which places a measure targets, and find dated goals."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from kg.extract.clauses import FOUNDING_VERBS, LEAD_WORDS, TEXT_ITSELF, TRIGGERS, Clause
from kg.extract.model import Role
from kg.extract.organisations import HUB_DESIGNATIONS
from kg.extract.roles import PROVIDING
from kg.link import Gazetteer, PlaceMention, PlaceRecord
from kg.structure import Span
from kg.text.segment import is_verb_at
from kg.text.titles import in_cited_title

# A place between 与/同 and a cooperation word is a partner, not a target:
# 加强与京津冀协同发展、粤港澳大湾区建设…的对接合作.
_PARTNER_OPEN = re.compile(r"(?:与|同|和|对|融入|对接|联合|借鉴|学习)")
# 对 marks a partner only with the cooperation word close after the place (建设对俄罗斯及东北亚全面合作的…);
# elsewhere it marks what a measure acts on (对X给予支持).
_TOWARD_PARTNER, _TOWARD_REACH = "对", 6
# 与X…的关系/联系 names X as a relatum of what is studied or watched, not as its target.
_PARTNER_CLOSE = re.compile(r"(?:合作|对接|协作|协同|联动|交流|融合|接轨|衔接|一体化|关系|联系)")
# The other party of a bilateral phrase, 中国—X合作 (中国—东盟合作, 中国—X投资与贸易合作, 中国—X关系): a partner.
_BILATERAL = re.compile(r"中国?[—–-]$")
_BILATERAL_REACH = 8
# A verb of linking right before the place makes it the partner on its own: 深度对接X教育, 衔接X标准; so does
# the orientation of what is built (面向东盟的物流中心: the market it faces, not where it is).
_LINKING_VERB = re.compile(r"(?:对接|衔接|接轨|融入|面向)$")
# 要/应 as modal verbs, not inside 主要, 重要, 需要求, 适应, 供应, 应用…
_DIRECTIVE = re.compile(r"(?<![主重纲只不想需])要(?![求素点件害])|(?<![适相对供响反效])应(?![用])|必须|务必|负责|牵头")
_EVENT = re.compile(r"[^，,；;。]{0,8}?(?:发生|出现)(?:的|了)")
# 在/于/对/为/向/给 as prepositions, not inside 存在, 由于, 针对, 因为, 方向…
_LOCATIVE = re.compile(r"(?<![存现正所实])在|(?<![由关属等至基])于|(?<![针面相反核绝])对(?!接)|(?<![因作成认以行])为"
                       r"|(?<![方面指导倾偏志意])向|给")
# 将/把 X 纳入…, 把X打造成…: the disposal construction puts its object before the verb that selects
# or makes it.
_DISPOSAL = re.compile(r"(?<![即必])[将把]")
_SELECTING = ("纳入", "列入", "列为", "打造成", "打造为", "建设成", "建设为")
# What may stand between a subject list of places and the measure's verb: 鄂尔多斯市大力发展…,
# 唐山、包头等5个城市要…, 沈阳市作为试点….
_SUBJECT_GAP = re.compile(r"(?:等(?:[0-9一二三四五六七八九十两]+个)?(?:城市|地区|省份|省区|省市|地方|市|县|区)?)?"
                          r"(?:人民政府|政府)?(?:作为|率先|先行)?" + LEAD_WORDS)
# A clause that reports what a place did (…先行先试，取得了…经验) does not address it.
_REPORT = re.compile(r"了|已经|取得|曾经")
_NUMBERING = re.compile(r"\s*(?:[（(]?[0-9一二三四五六七八九十]+[）)．.、]?)?\s*")
_LIST_JOINER = re.compile(r"(?:、|和|及|与|以及)(?:其他|其它)?")  # A及其他B国家
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_GOAL = re.compile(r"(?:到|(?<!截)至|力争|争取)\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*年(?:底|末)?(?:前|以前|之前)")
_GOAL_WORDS = re.compile(r"(?:形成|达到|实现|建成|覆盖|完成|取得|全部|基本|力争|争取|超过|不低于|提高到|降低|控制在|突破)")


# A place opening the name of an event or an organisation (X奥运会, X博览会, X组委会, X天文台) or of a
# school or class named after it (X中学, X班 for pupils from X): the heads of such names (…运会, …博会,
# …委会, …中学, …班) end it within a few characters; the name is what the text speaks of, the place no
# target of its own.
_NAMED_AFTER = re.compile(r"(?:第[0-9一二三四五六七八九十]+届)?([\u4e00-\u9fff]{0,6}?)"
                          r"(?:[奥运博展交洽峰委]会|论坛|天文台|气象台|海关|大学|学院|研究院|研究所|医院|公司|集团|协会|商会"
                          r"|[中小]学|学校|(?<![航专])班(?![列子次])|" + "|".join(HUB_DESIGNATIONS) + ")")
_VERB_IN_NAME = re.compile("|".join(sorted((*TRIGGERS, *FOUNDING_VERBS), key=len, reverse=True)) + r"|办|[的和与及等在对向为]")
# A place named as where goods or people come from (X生产的棉花, 产自X, 从X进入) or go to (前往X定居), where
# what a place takes over moves from (承接X产业转移, 承接X非首都功能疏解) or as the home of a counterpart
# (向X金融同业拆出, X同胞) is no target of the measure.
_ORIGIN_AFTER = re.compile(r"(?:地区)?(?:生产|出产|原产|产|种植|养殖|制造|加工)(?:的|且|并)")
_ORIGIN_BEFORE = re.compile(r"(?:产自|原产于|原产地为|产于|来自|源自|进口自|承接|从|前往|赴)$")
# The way things are done in a place, taken as a model (澳门模式的医疗, 香港标准): not a target.
_WAY_OF_DOING = re.compile(r"(?:模式|标准|规则|做法)")
_COUNTERPART_AFTER = re.compile(r"(?:地区)?的?(?:金融)?(?:同业|同胞|居民|投资者|客商)|籍")  # X籍: nationality
# People, bodies and vehicles of a place outside the zone a measure acts in (澳门青年, 新加坡金融机构, 澳门的
#保险机构, 澳门机动车辆, A及其他B国家文化团体): their home, not a target; a zone's own enterprises are in the
# zone it targets.
_MEMBERS_AFTER = re.compile(r"(?:国家的?[\u4e00-\u9fff]{0,4}?|的?(?:金融|保险|科研)?)"
                            r"(?:青年|人士|机构|企业|组织|团体|留学生|高等学校|高校|机动车辆)")
_ZONE_KINDS = ("park", "new-area")


# A place written as a model to follow (借鉴X…经验, 参照德国、日本等国家的做法) is no target.
_MODEL = re.compile(r"(?:借鉴|学习|参照|比照|参考|仿照)(?:[^，,；;。]{0,30}?[、和及与])?$")
# 以X为重点/试点…: the place the measure focuses on.
_FOCUS_BEFORE = re.compile(r"(?<![可予所加难得足用])以(?:[^，,；;。]{0,30}?[、和及与])?$")
_FOCUS_AFTER = re.compile(r"(?:[、和及与][^，,；;。]{0,30}?)?(?:等地区|等地|等省份|等城市)?为(?:重点|试点|突破口|龙头|核心|主体|示范)")


def is_model(text: str, clause: Span, mention: PlaceMention) -> bool:
    """True when the place follows 借鉴/参照… in its clause, alone or in a list: a model, not a target."""
    return _MODEL.search(text, clause.start, mention.start) is not None


def is_focus(text: str, clause: Span, mention: PlaceMention) -> bool:
    """True for ``以X为重点`` (alone or in a list): the place the measure concentrates on."""
    return (_FOCUS_BEFORE.search(text, clause.start, mention.start) is not None
            and _FOCUS_AFTER.match(text, mention.end) is not None)


def _clause_at(clauses: Sequence[Span], pos: int) -> Span | None:
    """The clause holding the character at ``pos``, if any."""
    return next((c for c in clauses if c.start <= pos < c.end), None)


def focus_places(text: str, clauses: Sequence[Span], mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The mentions a measure concentrates on (``以X、Y等地为试点``, see :func:`is_focus`)."""
    return [m for m in mentions if (clause := _clause_at(clauses, m.start)) is not None and is_focus(text, clause, m)]


def names_something_else(text: str, mention: PlaceMention, listed: tuple[int, int] | None = None) -> bool:
    """True when the place only opens the name of an event or an organisation, names the origin of
    goods or people (``从X进入``) or their destination (``前往X定居``), the home of a counterpart, or a
    model of how things are done there (``X模式的医疗``): the measure does not target it. What comes
    before or after may stand before or after the list the place belongs to (``前往A、B``, ``A、B和C的投资者``:
    ``listed``, where that list starts and ends)."""
    named = _NAMED_AFTER.match(text, mention.end)
    if named is not None and not _VERB_IN_NAME.search(named.group(1)) and not _within(mention, named.group(1)):
        return True
    first, last = listed if listed is not None else (mention.start, mention.end)
    after, before = {mention.end, last}, {mention.start, first}
    if mention.place.kind not in _ZONE_KINDS and any(_MEMBERS_AFTER.match(text, end) for end in after):
        return True
    return bool(_ORIGIN_AFTER.match(text, mention.end)
                or any(_COUNTERPART_AFTER.match(text, end) or _WAY_OF_DOING.match(text, end) for end in after)
                or any(_ORIGIN_BEFORE.search(text, max(0, start - 5), start) for start in before))


def list_spans(text: str, ordered: Sequence[PlaceMention]) -> dict[int, tuple[int, int]]:
    """For each mention's start in ``ordered`` (sorted by start), where the list of places it belongs
    to starts and ends (``A、B和C``: A's start and C's end for each)."""
    outer = [m for m in ordered if not nested_in_other(m, ordered)]
    joined = [index + 1 < len(outer) and _LIST_JOINER.fullmatch(text, m.end, outer[index + 1].start) is not None
              for index, m in enumerate(outer)]
    spans: dict[int, tuple[int, int]] = {}
    first = 0
    for index, mention in enumerate(outer):
        if index > 0 and not joined[index - 1]:
            first = index
        if not joined[index]:
            for member in outer[first:index + 1]:
                spans[member.start] = (outer[first].start, mention.end)
    return spans


def _within(mention: PlaceMention, after: str) -> bool:
    """Whether ``after`` opens with the locative 内/外 of an area or a division (…试验区内保险公司,
    市内企业): the bodies are in the place, their name does not start with it."""
    return after.startswith(("内", "外")) and mention.surface.endswith(("区", "市", "省", "县", "州"))


def is_abbreviation(mention: PlaceMention) -> bool:
    """True for a place named by one character: an abbreviation in a contraction of several places
    (闽台合作, 港澳台地区人才) or fused with a verb (中央驻桂单位, 来陕学习). The place qualifies a
    partnership, a group or whose units are meant; it is not targeted."""
    return len(mention.surface) == 1


def is_partner(text: str, clause: Span, mention: PlaceMention, place_ends: frozenset[int] = frozenset(),
               listed_from: int | None = None) -> bool:
    """True when the place sits inside a ``与 … 合作/对接/一体化`` construction of its clause, or right
    after a verb of linking, alone or in a list starting at ``listed_from`` (``对接X教育``, ``融入A、B和C``).
    A 与/和 right after another place joins a list (``辽宁和内蒙古加强合作``): that is no partner marker."""
    before = text[clause.start:mention.start]
    after = text[mention.end:clause.end]
    if _LINKING_VERB.search(text, clause.start, max(clause.start, min(mention.start, listed_from or mention.start))):
        return True
    if _BILATERAL.search(text, max(clause.start, mention.start - 3), mention.start) \
            and _PARTNER_CLOSE.search(after[:_BILATERAL_REACH]):
        return True
    opener = None
    for found in _PARTNER_OPEN.finditer(before):
        if clause.start + found.start() not in place_ends:
            opener = found
    if opener is not None and opener.group() == _TOWARD_PARTNER:  # 对X全面合作, not 对X…人员的联系
        after = after[:_TOWARD_REACH]
    return opener is not None and _PARTNER_CLOSE.search(after) is not None


def is_scoping_parent(text: str, mention: PlaceMention, following: PlaceMention | None, gazetteer: Gazetteer) -> bool:
    """``北京市石景山区``, ``徐州新沂``: a place directly followed by a place inside it only scopes it; so
    does a place whose parts follow it in brackets (``X市（A区、B县）``: only those parts are meant)."""
    if following is None or following.start != mention.end + _opens_note(text, mention.end):
        return False
    parent = following.place.parent
    if parent is None:
        return False
    if parent == mention.place.id:
        return True
    try:
        return any(a.id == mention.place.id for a in gazetteer.ancestors(parent))
    except KeyError:  # the parent is a locality or park found in the text, not in the gazetteer
        return False


def _opens_note(text: str, pos: int) -> int:
    """1 if an opening bracket stands at ``pos``, else 0."""
    return int(text.startswith(("（", "("), pos))


_MODIFIER_GAP = re.compile(r"[^，,；;。：:]{0,24}的")


def qualifies_later_place(text: str, clause: Span, mention: PlaceMention, later: Sequence[PlaceMention]) -> bool:
    """True when the place stands in a phrase ending in 的 that modifies a place named right after it
    (``在X内设立的…Y``, ``授权X实施管辖的Y``, ``X的Y园区``): it only describes Y, which is the target."""
    return any(other.start > mention.end and other.start <= clause.end
               and _MODIFIER_GAP.fullmatch(text, mention.end, other.start) for other in later)


def nested_in_other(mention: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """A host named inside a park's name (中德(沈阳)…产业园): mentioned, but the park is the target."""
    return any(o is not mention and o.start <= mention.start and mention.end <= o.end
               and (o.end - o.start) > (mention.end - mention.start) for o in mentions)


# A topic phrase X的Y whose clause ends before a passive agent clause (，由Z制定): Y of X is what Z acts on.
_TOPIC = re.compile(r"(?:[、和及与][^，,；;。]{0,12}?)?的[^，,；;。]{1,20}[，,]")
_PASSIVE_AGENT = re.compile(r"[，,](?:分别|均|统一|一律)?由")
# A place opening its clause, then a noun phrase (its Y) and adverbs up to the verb: X(的)Y依法实行….
# (Not a report or another preposition's phrase: 湖北省地震局已在X设立了….)
_SCOPED_TOPIC = re.compile(r"的?[^\W\d已曾在了由对向把将给与和及]{1,12}?" + LEAD_WORDS + r"(?:依法|一律|均|统一)?")


def is_addressed_before_trigger(text: str, clause: Span, mention: PlaceMention, trigger_at: int) -> bool:
    """A place written before the measure's verb is a target only when the text addresses it:
    ``X要进一步落实…`` (a directive to X), or ``在X开展…``/``对X给予…`` (X is where or whom it acts on).
    ``将X纳入…`` puts the selected place before its verb, and a topic phrase before a passive agent
    (``X的防御洪水方案，由Y制定``) names what the agent acts on. A place that is merely the subject of a
    report (``X等8个区域…先行先试，取得了…``) is not, nor, wherever it stands, the place where an event
    happened (``X发生的事故``)."""
    if _EVENT.match(text, mention.end):
        return False  # 山西、安徽省发生的事故: the place of an event, not a target
    if mention.end > trigger_at:
        return True
    if text.startswith(_SELECTING, trigger_at) and _DISPOSAL.search(text, clause.start, mention.start):
        return True
    if is_focus(text, clause, mention):
        return True
    if _TOPIC.match(text, mention.end) and _PASSIVE_AGENT.search(text, mention.end, trigger_at):
        return True  # 长江、黄河的防御洪水方案，由X制定: the topic of a passive statement
    if (_NUMBERING.match(text, clause.start).end() == mention.start and trigger_at < clause.end
            and _SCOPED_TOPIC.fullmatch(text, mention.end, trigger_at)):
        return True  # 海南岛的矿藏资源依法实行有偿开采: the place whose Y the measure rules
    return bool(_DIRECTIVE.search(text, mention.end, trigger_at)) or bool(
        _LOCATIVE.search(text[clause.start:mention.start]))


# A measure that reports what was done rather than deciding it: 已/已经/曾 before its verb (not 已有, the
# adjective, nor in a relative clause 已…的X), or the aspect particle 了 after it (not 为了, 了解, 除了, nor
# in a relative clause 取得了…的X).
_DONE_BEFORE = re.compile(r"已(?:经)?(?!有)|曾(?:经)?")
_DONE_AFTER = re.compile(r"(?<![为除])了(?![解结如])(?![^的]*的)")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")  # a note in brackets (其中…落实了…) reports beside the measure


def reports_done(text: str, clauses: Sequence[Span], trigger_at: int) -> bool:
    """True when the measure reports a completed action: 已 before its verb in the verb's clause
    (``发展改革委已在…中安排…``) or 了 in a clause from the verb on (``组织…专家组，…对X进行了调查``).
    Such a measure targets no place, whatever it names. A bracketed note (``（其中…落实了…）``)
    reports beside the measure and is not read."""
    clause = _clause_at(clauses, trigger_at)
    if clause is None:
        return False
    done = list(_DONE_BEFORE.finditer(text, clause.start, trigger_at))
    if done and "的" not in text[done[-1].end():clause.end]:  # 对已设立试点的X: a relative clause
        return True
    return any(_DONE_AFTER.search(_BRACKETED.sub("", text[max(c.start, trigger_at):c.end]))
               for c in clauses if c.end > trigger_at)


def _opening_places(text: str, clause: Span, mentions: Sequence[PlaceMention], limit: int) -> tuple[list[PlaceMention], int]:
    """The list of places opening ``clause`` (after numbering) before ``limit``, and where it ends."""
    run: list[PlaceMention] = []
    pos = _NUMBERING.match(text, clause.start).end()
    for mention in sorted((m for m in mentions if clause.start <= m.start < limit), key=lambda m: (m.start, -m.end)):
        if run and mention.end <= run[-1].end:
            continue  # nested in the previous place
        if mention.start != pos and not _LIST_JOINER.fullmatch(text, pos, mention.start):
            break
        run.append(mention)
        pos = mention.end
    return run, pos


# A preposition opening a predicate's adverbial (X以Y为核心, X对Y实行…, X在Y方面…), not 以上/以外….
_COVERB = re.compile(r"(?:以(?![上下外内南北东西及来后前])|对(?!于)|在|按照|依照|依据|根据|通过|围绕|结合|针对|依托|立足)")


def _opens_predicate(text: str, pos: int, limit: int, boundaries: frozenset[int] | None) -> bool:
    """Whether adverbs and modal verbs after ``pos`` lead, before ``limit``, to a verb word of jieba's
    dictionary or to a preposition opening the predicate's adverbial."""
    predicate = _SUBJECT_GAP.match(text, pos, limit).end()
    return boundaries is not None and predicate < limit and (
        is_verb_at(text, predicate, boundaries) or (_COVERB.match(text, predicate) is not None and predicate in boundaries))


def subject_places(text: str, clauses: Sequence[Span], mentions: Sequence[PlaceMention],
                   trigger_at: int, boundaries: frozenset[int] | None = None) -> list[PlaceMention]:
    """The places written as the grammatical subject of the measure's verb: the verb's clause opens
    with a list of places (after numbering) and only adverbs, modal verbs or 作为 stand between the
    list and the verb (``内蒙古自治区鄂尔多斯市大力发展现代煤化工``, ``唐山、包头等城市要…``), or
    between the list and a verb of its own that governs the measure's (``X重点对接Y建设``: a verb jieba's
    dictionary tags, on the segmentation's ``boundaries``) or a preposition opening its adverbial
    (``X以Y为核心``, ``X对Y实行…``). A subject so opening the measure's first
    clause is the subject of its later clauses too (``X重点对接…，突出…，重点发展…``). A clause that
    reports (…取得了…) has none."""
    clause = _clause_at(clauses, trigger_at)
    if clause is None or _REPORT.search(text, trigger_at, clause.end):
        return []
    run, pos = _opening_places(text, clause, mentions, trigger_at)
    if run and (_SUBJECT_GAP.fullmatch(text, pos, trigger_at) or _opens_predicate(text, pos, trigger_at, boundaries)):
        return run
    first = clauses[0]
    if first.start < clause.start and not _REPORT.search(text, first.start, clause.start):
        run, pos = _opening_places(text, first, mentions, first.end)
        if run and _opens_predicate(text, pos, first.end, boundaries):
            return run
    return []


# The article stating where a law applies: 本条例适用于X…, X…的活动，适用本办法, 在X…的，应当遵守本条例,
# 本规定所称X地区，是指A县、B县….
SCOPE_STATEMENT = re.compile(TEXT_ITSELF + r"(?:的规定)?(?:适用于|所称)|适用" + TEXT_ITSELF + r"|遵守" + TEXT_ITSELF)


def scope_places(text: str, measure: Span, mentions: Sequence[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention] | None:
    """The places where a measure stating the text's scope says it applies (``本条例适用于X的…``,
    ``本市行政区域内…，适用本条例``), or None when the measure states no scope. A region or feature that
    only qualifies divisions after it (``X流域的A省、B省``), a place scoping one inside it, a place in a
    cited title or a name, or in a bracketed note is left out."""
    if SCOPE_STATEMENT.search(text, measure.start, measure.end) is None:
        return None
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    chosen = []
    parts_from = -1  # where a bracket holding the parts of the place before it opened (X市（A区、B县）)
    for index, mention in enumerate(ordered):
        following = next((m for m in ordered[index + 1:] if m.start >= mention.end), None)
        if is_scoping_parent(text, mention, following, gazetteer) and _opens_note(text, mention.end):
            parts_from = mention.end
        before = text[max(measure.start, parts_from + 1):mention.start]
        divisions_after = [m for m in ordered[index + 1:] if m.place.code and not mention.place.code]
        if (nested_in_other(mention, ordered) or is_scoping_parent(text, mention, following, gazetteer)
                or qualifies_later_place(text, measure, mention, divisions_after)
                or in_cited_title(text, measure.start, mention.start) or names_something_else(text, mention)
                or before.count("（") + before.count("(") > before.count("）") + before.count(")")):
            continue
        chosen.append(mention)
    return chosen


def target_places(text: str, clauses: Sequence[Span], mentions: Sequence[PlaceMention],
                  gazetteer: Gazetteer, trigger_at: int, boundaries: frozenset[int] | None = None) -> list[PlaceMention]:
    """The place mentions of a measure that it names as supported, encouraged or targeted: after the
    verb, addressed before it, its subject, or opening the measure as its topic (``X水功能区划，按照…确定``)."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    place_ends = frozenset(m.end for m in ordered)
    subjects = subject_places(text, clauses, ordered, trigger_at, boundaries)
    listed = list_spans(text, ordered)
    chosen: list[PlaceMention] = []
    for index, mention in enumerate(ordered):
        following = next((m for m in ordered[index + 1:] if m.start >= mention.end), None)
        clause = _clause_at(clauses, mention.start)
        if clause is None or nested_in_other(mention, ordered) or is_scoping_parent(text, mention, following, gazetteer):
            continue
        if in_cited_title(text, clauses[0].start, mention.start) or names_something_else(
                text, mention, listed.get(mention.start)):
            continue
        if qualifies_later_place(text, clause, mention, ordered[index + 1:]) or is_abbreviation(mention):
            continue
        if is_partner(text, clause, mention, place_ends, listed.get(mention.start, (None,))[0]) \
                or is_model(text, clause, mention) or not (
                mention in subjects or _NUMBERING.match(text, clauses[0].start).end() == mention.start
                or is_addressed_before_trigger(text, clause, mention, trigger_at)):
            continue
        chosen.append(mention)
    return chosen


# A word standing for a place named before it: 该市, 该省 (the last place of that level), and a bare
# generic area noun that ends that place's name (库区 for X库区, 流域 for X流域).
_DEMONSTRATIVE = re.compile(r"该(自治区|省|市|县|区)")
_DEMONSTRATED_KINDS = {"自治区": ("province",), "省": ("province",), "市": ("city", "province", "county"),
                       "县": ("county",), "区": ("district", "park", "area", "region")}
_AREA_NOUN = re.compile(r"[库湖林牧垦矿灾景园新]区|流域|试验区|示范区|开发区|高新区|自贸区|经济带|城市群")


def anaphoric_places(text: str, measure: Span, trigger_at: int, earlier: Callable[[], Iterable[PlaceMention]],
                     boundaries: frozenset[int] | None = None) -> list[PlaceRecord]:
    """The places a measure without a place name of its own refers to by a word that stands for a
    place named before it in its provision (``earlier()``: those places, the latest first, read only
    as far as needed, so a long provision costs no scan per measure): ``该市`` is the last city
    named, ``库区`` after the verb the last place whose name ends in 库区 (``提高库区…监测预警水平``;
    not ``将是库区…的高发期`` before it)."""
    found: list[PlaceRecord] = []

    def take(matches) -> None:
        last = next((m.place for m in earlier() if matches(m)), None)
        if last is not None and last not in found:
            found.append(last)

    for word in _DEMONSTRATIVE.finditer(text, measure.start, measure.end):
        take(lambda m, kinds=_DEMONSTRATED_KINDS[word.group(1)]: m.place.kind in kinds)
    for word in _AREA_NOUN.finditer(text, max(measure.start, trigger_at), measure.end):
        if boundaries is not None and (word.start() not in boundaries or word.end() not in boundaries):
            continue
        take(lambda m, noun=word.group(): m.surface.endswith(noun) and len(m.surface) > len(noun))
    return found


# 你省, 贵区: the addressee of a reply, referred to by a deictic form; 你们, the addressees of a notice,
# only when asked to act (请你们…): a document forwarded or issued to them (转发给你们) targets no one.
_DEICTIC = re.compile(r"(?:你|贵)(?:省|自治区|区|市|县|州|盟|旗)")
_ASKED_ADDRESSEES = re.compile(r"你们")
_ASKS = re.compile(r"(?:建议|请|由|要求)$")
# A local government the measure asks (建议X人民政府…, 请X人民政府…) or directs (X人民政府要…: a directive of
# a superior) is addressed; one that merely pays or acts (经费由X人民政府承担, 由X人民政府制定) is the agent, and
# so is one a law obliges (X人民政府应当…: the executor of its duty, no target).
_ASKED_BODY = re.compile(r"(?:建议|请|要求|责成|希望|支持|鼓励|指导|督促)$")
_DIRECTED_BODY = re.compile(r"(?:要|务必)(?!求)")


# A prepositional clause between a body and its verb: X要按照…的规定，负责…
_PREPOSITIONAL = re.compile(r"(?:要|应当|应|须|必须|务必)(?:按照|根据|依照|依据|结合|对|在|从|通过|围绕|针对)[^，,；;。]*[，,]")


def _own_clause(text: str, start: int, at: int) -> bool:
    """The trigger at ``at`` is the verb of the body ending at ``start``: in its clause (``X要加快…``)
    or after a prepositional clause (``X要按照…，负责…``), not in a later clause of its own
    (``X要明确…，对…实施…``)."""
    if at < start:
        return False
    step = _PREPOSITIONAL.match(text, start, at)
    return not re.search(r"[，,；;。]", text[step.end() if step else start:at])


def addressee_targets(text: str, measure: Span, trigger_at: int, roles: Sequence[Role],
                      places: Sequence[PlaceMention], addressees: Sequence[PlaceRecord],
                      named: bool = False) -> list[PlaceRecord]:
    """Places a measure addresses through a body or a deictic form rather than by name:
    a local government asked to do the task (``建议湖北省人民政府…做好…``), or directed to when the measure
    ``named`` no target (``X人民政府要加快…``; ``X人民政府应当支持Y…`` acts on Y): its place; not
    ``由湖北省人民政府承担`` nor ``X人民政府应当…``, where it is the agent; and ``你省`` after the verb or asked to act
    (``统筹考虑你省的要求``, ``建议你省…``), which is the addressee's place."""
    found: list[PlaceRecord] = []
    for role in roles:
        if role.role in PROVIDING and role.actor.name.endswith("政府") and (
                _ASKED_BODY.search(text, max(measure.start, role.span.start - 2), role.span.start)
                or (not named and _DIRECTED_BODY.match(text, role.span.end)
                    and _own_clause(text, role.span.end, trigger_at))):
            found.extend(m.place for m in places if role.span.start <= m.start and m.end <= role.span.end
                         and m.place not in found)
    for deictic in _DEICTIC.finditer(text, measure.start, measure.end):
        if deictic.start() >= trigger_at or _ASKS.search(text, measure.start, deictic.start()):
            found.extend(p for p in addressees if p not in found)
    for deictic in _ASKED_ADDRESSEES.finditer(text, measure.start, measure.end):
        if _ASKS.search(text, measure.start, deictic.start()):
            found.extend(p for p in addressees if p not in found)
    return found


# What may stand in a row of a list beside its places: numbering, separators, a count.
_ROW_FILLER = re.compile(r"[\s0-9０-９.．、，,；;。:：()（）等个和及与]*")


def list_row_places(text: str, row: Span, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The places of a row that names nothing but places (``1.沈阳市``, ``唐山市、包头市；``), the
    rows of a list that a measure ending in a colon introduces; empty for any other row."""
    inside = sorted((m for m in mentions if row.start <= m.start and m.end <= row.end), key=lambda m: (m.start, -m.end))
    outer = [m for m in inside if not nested_in_other(m, inside)]
    pos = row.start
    for mention in outer:
        if not _ROW_FILLER.fullmatch(text, pos, mention.start):
            return []
        pos = mention.end
    return outer if outer and _ROW_FILLER.fullmatch(text, pos, row.end) else []


# A measure that sends the reader to an annex for its list: （名单见附件）, 详见附件2, 名单附后.
_ANNEX_REFERENCE = re.compile(r"(?:详见|见)附件[0-9一二三四五六七八九十]*|(?:名单|名录|清单)附后")
# The title of an annex that lists places: 试点城市名单, 第一批示范县名录.
_LIST_TITLE = re.compile(r"[^，,；;。]{0,30}(?:名单|名录|清单|一览表)")


def refers_to_annex(text: str, measure: Span) -> bool:
    """True when the measure, or a bracket closing it, refers to an annex for its list
    (``确定沈阳等5个城市为试点城市（名单见附件）``)."""
    return _ANNEX_REFERENCE.search(text, measure.start, min(len(text), measure.end + 12)) is not None


def is_list_title(text: str, sentence: Span) -> bool:
    """True for a line that titles a list (``试点城市名单``): the rows below it are the list."""
    return _LIST_TITLE.fullmatch(text, sentence.start, sentence.end) is not None


def years_in(text: str) -> list[int]:
    """Four-digit years written as ``2025年`` in the text, in order, without repeats."""
    seen: list[int] = []
    for found in YEAR.finditer(text):
        year = int(found.group(1))
        if year not in seen:
            seen.append(year)
    return seen


def dated_goal_span(text: str, clauses: Sequence[Clause]) -> Span | None:
    """A dated goal in a sentence: from the clause naming the year (``到2025年``, ``2025年底前``) to the
    end of the sentence, when the sentence states an outcome (形成, 建成, 覆盖, 全部实施…)."""
    for index, clause in enumerate(clauses):
        if _GOAL.search(clause.text):
            rest = clauses[index:]
            if any(_GOAL_WORDS.search(c.text) for c in rest):
                return Span(clause.span.start, rest[-1].span.end)
    return None
