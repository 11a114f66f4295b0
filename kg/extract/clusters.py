"""Industry clusters: a place paired with an industry by the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from kg.annotate.spans import SpanIndex
from kg.extract.clauses import PROHIBITIONS
from kg.extract.industries import CLASS_AFTER_LIST, IndustryReader, is_umbrella
from kg.extract.matcher import TermMatch
from kg.extract.model import ClusterFact, Entity, MeasureFact
from kg.extract.targets import is_model
from kg.link import PlaceMention, PlaceRecord
from kg.link.parks import PARTNER_KINDS
from kg.structure import Provision, Span
from kg.text.segment import dictionary_entry, next_boundary

# Modifiers allowed between a place and its industry: 株洲先进轨道交通装备, 包头稀土新材料.
_MODIFIER = re.compile(r"(?:先进|高端|现代|新型|特色|优势|绿色|智能|新兴|传统|战略性)*")
# Objects that locate an industry in the measure's target places: 打造新材料及环保装备制造基地.
_BASE_WORDS = r"(?:示范基地|基地|产业集群|集群|产业园区|产业园|园区|集聚区|产业链|创新中心|中心|示范区|产业带|枢纽)"
_BASE = re.compile(r"(?:建设|打造|培育|发展|布局|建成|创建|壮大|构建|形成)(?:成为|成|为)?([^，,；;。]*?)" + _BASE_WORDS)
# A further base of the same list (建设A数据交易中心、B外包服务中心等…): its object ends at its own base word.
_NEXT_BASE = re.compile(r"[、和及]([^，,；;。、和及]{2,20}?)" + _BASE_WORDS + r"(?=[、，,；;。和及等]|$)")
# What closes a list of places that qualifies one industry: 大连、青岛等地的海洋渔业.
_LIST_TAIL = re.compile(r"(?:等(?:[0-9一二三四五六七八九十两]+个)?(?:地区|地方|地|城市|省份|省区|省市|市|县)?)?的?")
# Scope words before an object's industry: 国家级花卉产业示范区, 国家重要能源基地, 全国大数据产业基地.
_SCOPE = re.compile(r"(?:国家级|省级|国家|全国|全省|全球|世界级|区域性|区域|重要|一批|若干)*")
# The object of a verb of developing: up to the clause's end, a colon or a bracket (lists of industries run long).
_OBJECT = r"[^，,；;。：:（(]{2,80}"
# A place developing industries: 鄂尔多斯市大力发展现代煤化工, 支持X培育壮大冰雪经济 (not 发展改革, the field of
# the development and reform departments opening a list of departments: 发展改革、交通运输等部门).
_DEVELOP = re.compile(r"(?:大力|加快|积极|重点|着力|继续|优先|率先|进一步|因地制宜|有序)*"
                      r"(?:发展壮大|培育壮大|做大做强|做强做优|做优做强|发展(?!和?改革)|培育|壮大|突出|打造)"
                      rf"(?:壮大|一批|发展(?!和?改革))?({_OBJECT})")
# Industries whose development a measure furthers, named before the 发展 (推动航运物流、航运金融等发展,
# 支持数字贸易创新发展): the object sits between a verb of furthering and the development, which ends the
# clause (not 发展空间, 发展示范区: a noun the development qualifies); a place opening the object is where.
_FURTHER = re.compile(r"(?:推动|推进|促进|支持|鼓励|引导|加快)([^，,；;。：:（(]{2,60}?)"
                      r"的?(?:创新|融合|集聚|集群化|高质量|加快|健康|规模化|特色化)?发展(?=[，,；;。、的]|$)")
# The lines of business of the enterprises or bodies a measure concerns (对从事法律、会计、资产评估的相关组织…,
# 从事港口、机场等基础设施开发经营的企业, 从事信托等业务的金融机构): what they engage in is an industry of the
# measure's places.
_ENGAGED = re.compile(r"从事([^，,；;。：:（(的]{2,60}?)(?:等[^，,；;。：:（(的]{0,10})?(?:开发经营|经营|业务)?的(?:相关)?"
                      r"[\u4e00-\u9fff]{0,4}?(?:企业|组织|机构|单位)")
_PROHIBITED = re.compile("|".join(PROHIBITIONS))
_GENERIC_ACTIVITY = re.compile(r"生产|服务|经营|保护|利用|管理|建设|开发|.*活动")  # activities of any kind, no industry
# The clauses after the object that hold no verb of their own (a measure ends where a verb starts one)
# go on naming what is developed: 重点发展A、B等战略性新兴产业，C、D等现代服务业和E经济.
_OBJECT_CLAUSE = re.compile(rf"{_OBJECT}(?=[，,；;。]|$)")
# Industries named as a place's pillars: 以出口加工、内外贸易为支柱, 以装备制造为主导产业.
# (以市场为主导的机制 names no industry: 主导 without 产业 is a pillar only where it ends the clause.)
# So are those a system of industries is built from (以A、B为代表的开放型产业体系, 以X为重点的现代服务业; not
# 以X为核心的…经济体系: what drives an economy).
_PILLAR = re.compile(r"以([^，,；;。以]{2,40}?)为(?:(?:支柱|主导|龙头|特色|优势)产业|(?:支柱|主导)(?=[，,；;。])"
                     r"|(?:代表|重点|主导)的[\u4e00-\u9fff]{0,8}?(?:产业|经济|行业|业态|服务业|制造业))")
# A row of a list that names industries (（三）金融、商贸、物流等产业): the items before 等…产业.
_ROW_INDUSTRIES = re.compile(r"([\u4e00-\u9fff、和及与]{2,80}?)" + CLASS_AFTER_LIST)
# Words that lead a phrase before its industries and are no part of them (推动, 鼓励…).
_LEAD_WORDS = "推动|引导|促进|鼓励|支持|加快|推进|吸引"
# Verbs and adverbs that open such a row before its first industry: 鼓励开展转口贸易、…等新业态.
_ROW_LEAD = re.compile(rf"(?:{_LEAD_WORDS}|开展|发展|培育|引进|大力|积极|重点)+")
# A sentence that announces the rows of its colon as industries (重点发展下列产业：, 可以开展以下业务：, 重点支持发展
# 下列高端产业、特色产业，建设…集群：): each row is one industry phrase, after its number (（一）生物医药与大健康产业；).
_ROWS_ARE_INDUSTRIES = re.compile(r"(?:下列|以下|如下)[\u4e00-\u9fff、]{0,12}?(?:产业|行业|业务)(?=[，,：:]|$)")
_CATCH_ALL = re.compile(r"其他|其它")  # （六）国家确定的其他…产业: a row that names no industry of its own
_ROW_PHRASE = re.compile(r"\s*(?:[（(][0-9一二三四五六七八九十]+[）)]|[0-9一二三四五六七八九十]+[、.．])?\s*"
                         r"([\u4e00-\u9fff、和及与]{2,40})[；;。，,]?\s*$")
# Industries located in or moving to a place: 引导纺织服装产业向X转移, Y产业在X集聚, Y主要布局在X.
_LOCATING = r"(?:集聚|聚集|集中|转移|布局|落户|落地|发展)"
_GATHER = re.compile(r"(?:等地区|等地)?" + _LOCATING)
_TOWARD = re.compile(r"(?:向|在|到)$")            # Y向X集聚: the verb follows the place
_LOCATED = re.compile(_LOCATING + r"(?:在|到|于|至)$")  # Y布局在X: the verb precedes it
# Words that lead the phrase before the place and are no part of the industry.
_LEAD_VERB = re.compile(rf"^(?:{_LEAD_WORDS})+")
_ADVERBS = re.compile(r"(?:主要|重点|优先|集中|逐步|有序|加快|进一步|积极)+$")
# An organisation or a zone named after a place and a trade is no industry of the place: 江苏省旅游局,
# 海南自由贸易港, X自由贸易试验区.
_NAME_AFTER = re.compile(r"(?:局|厅|委员会|委|办公室|公司|集团|协会|商会|学会|研究院|研究所|大学|学院|港(?![口务])|试验区|区|园)")
# A place qualifying an industry with 的 or directly, up to a head word: 宁夏的枸杞产业, 江西稀土产业.
_QUALIFIED = re.compile(r"的?([\u4e00-\u9fff]{1,10}?(?:产业|经济))(?![\u4e00-\u9fff]*?(?:产业|经济))")
_CLAUSE_END = "，,；;。：:！？!?\n"
_LOCALISER = re.compile(r"内(?![河贸])|以[内外]|范围|境内|辖区")  # not 内河航运, 内贸


def find_clusters(text: str, measures: Sequence[MeasureFact], places: Sequence[PlaceMention],
                  industries: Sequence[TermMatch[Entity]], provision_at: Callable[[int], Provision],
                  park_industries: Sequence[TermMatch[Entity]] = (),
                  reader: IndustryReader | None = None, names: Sequence[Span] = (),
                  subject: Sequence[PlaceRecord] = ()) -> list[ClusterFact]:
    """Clusters, once per (place, industry, provision), from these constructions:

    1. a place directly followed by an industry (``沈阳机器人``, ``洛阳农机装备``, ``宁夏的枸杞产业``,
       ``西安航空物流``: a term the scheme lacks, read up to a word boundary by its head word), unless
       the term heads an organisation's or a zone's name (``江苏省旅游局``, ``海南自由贸易港``); also a park whose name holds an
       industry (``大连长兴岛(西中岛)石化产业基地``; ``park_industries`` are found inside park names);
    2. a measure that builds a base or cluster of an industry in the places it targets
       (``支持自贡、湘潭…等城市打造新材料及环保装备制造基地``), develops industries there
       (``鄂尔多斯市大力发展现代煤化工``) or names them its pillars (``以出口加工、仓储运输为支柱``); a
       measure that targets no place takes the targets of an earlier measure of its sentence
       (``制定示范区…目录，重点发展新一代信息技术…``), else the place its sentence opens with as its
       subject (``开发区…，建成以出口加工…为支柱…的贸易区``) or whose advantage it builds on (``发挥X的资源
       优势，加快发展…``) or, for a sentence without one, the place
       the latest sentence of its provision opening with one opened with (``X管理委员会应当编制…。重点
       发展以下…产业：``: the subject goes on), else the ``subject`` of the document (the zone, area or
       basin its title names: 中国（陕西）自由贸易试验区条例); the rows of a list such a measure opens
       with a colon that name industries (``兴办以下项目：…（三）金融、商贸等产业``) pair them with its
       targets;
    3. industries located in or moving to a place (``引导纺织服装产业向X转移``, ``Y产业在X集聚``,
       ``Y主要布局在X``).

    ``reader`` reads the industries of a phrase, including those the scheme lacks. A place
    inside an organisation's name (``names``: 上海市医药集中招标采购事务管理所) or written as a model
    (借鉴X…) qualifies no industry, nor does one that begins a longer place name other than a park's (太湖
    in 太湖流域: what follows it is the rest of that name). A country or region abroad (东盟, 俄罗斯) is a
    partner or a market, never the place of a cluster.
    """
    found: dict[tuple[str, str, int], ClusterFact] = {}

    def add(place, industry: Entity, span: Span) -> None:
        if place.kind in PARTNER_KINDS:
            return  # a country or region abroad is a partner or a market, not where a Chinese policy develops
        if is_umbrella(industry):
            return  # a class of industries (战略性新兴产业, 制造业) names no sector a place develops
        provision = provision_at(span.start)
        key = (place.id, industry.id, id(provision))
        found.setdefault(key, ClusterFact(place, industry, provision, span))

    by_start = {m.start: m for m in industries}
    place_at: dict[int, PlaceMention] = {}  # the longest mention starting at each offset (长沙片区, not 长沙)
    for mention in places:
        if mention.start not in place_at or mention.end > place_at[mention.start].end:
            place_at[mention.start] = mention
    name_ends: dict[int, int] = {}  # start → end of the longest place name other than a park's starting there
    for other in places:
        if other.place.kind != "park":
            name_ends[other.start] = max(other.end, name_ends.get(other.start, other.end))
    industry_index, park_index, name_index = SpanIndex(industries), SpanIndex(park_industries), SpanIndex(names)
    for mention in places:
        if name_index.covers(mention.start, mention.end) or is_model(
                text, Span(_clause_start(text, mention.start), mention.end), mention):
            continue  # a model to follow is not where the industry is: 借鉴北京市服务业扩大开放…经验
        opening = None if name_ends.get(mention.start, 0) > mention.end else _after_list(text, mention, place_at)
        for inner in _qualified(text, mention, opening, by_start, reader, places) if opening is not None else ():
            add(mention.place, inner.value, Span(mention.start, inner.end))
        if mention.place.kind == "park":
            for inner in park_index.within(mention.start, mention.end):
                add(mention.place, inner.value, Span(mention.start, mention.end))
    topics: dict[int, list] = {}  # sentence start → the targets of its first measure that has any
    openings: dict[int, list] = {}  # sentence start → the place it opens with or builds on (read once a sentence)
    subjects: dict[int, list] = {}  # provision → the place its latest sentence opening with one opens with
    for measure in measures:
        provision = id(provision_at(measure.sentence.start))
        if measure.sentence.start not in openings:
            openings[measure.sentence.start] = (_opening_place(text, measure.sentence, place_at)
                                                or _place_of_advantage(text, measure.sentence, place_at))
        opening = openings[measure.sentence.start]
        if opening:
            subjects[provision] = opening
        targets = measure.targets or topics.get(measure.sentence.start) or subjects.get(provision) or subject
        if measure.targets:
            topics.setdefault(measure.sentence.start, measure.targets)
        if not targets:
            continue
        rows_are_industries = bool(measure.rows) and _ROWS_ARE_INDUSTRIES.search(
            text, measure.sentence.start, measure.span.end) is not None
        for row in measure.rows if reader else ():  # 兴办以下项目：…（三）金融、商贸、物流等产业
            whole = _ROW_PHRASE.match(text, row.start, row.end) if rows_are_industries else None
            whole = None if whole is None or _CATCH_ALL.search(whole.group(1)) else whole
            for inner in reader.in_phrase(whole.start(1), whole.end(1), declared=True) if whole else ():
                for place in targets:
                    add(place, inner.value, Span(row.start, row.end))
            for listed in _ROW_INDUSTRIES.finditer(text, row.start, row.end):
                lead = _ROW_LEAD.match(text, listed.start(1), listed.end(1))
                for inner in reader.in_phrase(lead.end() if lead else listed.start(1), listed.end(1), declared=True):
                    for place in targets:
                        add(place, inner.value, Span(row.start, listed.end()))
        for span in [*measure.clauses, *measure.rows]:  # a row of the measure's list does what it announces
            for statement, inner in _statements(text, span, industry_index, reader, place_at):
                for place in targets:
                    add(place, inner.value, statement)
    for mention in places if reader else ():
        window = text[max(0, mention.start - 6):mention.start]
        located = _LOCATED.search(window)
        toward = _TOWARD.search(window) if located is None else None
        if located is None and (toward is None or not _GATHER.match(text, mention.end)):
            continue
        phrase_end = mention.start - len((located or toward).group())
        start = _clause_start(text, phrase_end)
        lead = _LEAD_VERB.match(text[start:phrase_end])
        adverbs = _ADVERBS.search(text, start, phrase_end)
        for inner in reader.in_phrase(start + (lead.end() if lead else 0), adverbs.start() if adverbs else phrase_end):
            add(mention.place, inner.value, Span(inner.start, mention.end))
    return sorted(found.values(), key=lambda c: (c.span.start, c.place.id, c.industry.id))


def _statements(text: str, span: Span, industry_index: SpanIndex, reader: IndustryReader | None,
                place_at: dict[int, PlaceMention]) -> Iterator[tuple[Span, TermMatch[Entity]]]:
    """The industries ``text[span]`` develops, builds a base of or names as pillars (constructions 2 of
    :func:`find_clusters`), each with the span of its statement."""
    for pillar in _PILLAR.finditer(text, span.start, span.end) if reader else ():
        for inner in reader.in_phrase(pillar.start(1), pillar.end(1), declared=True):
            yield Span(pillar.start(), pillar.end()), inner
    for base in _BASE.finditer(text, span.start, span.end):
        inside = reader.in_phrase(*_object(text, base.start(1), base.end(1))) if reader is not None else []
        for inner in inside or industry_index.within(base.start(), base.end()):
            yield Span(base.start(), base.end()), inner
        further = _NEXT_BASE.match(text, base.end(), span.end) if reader is not None else None
        while further is not None:
            for inner in reader.in_phrase(*_object(text, further.start(1), further.end(1))):
                yield Span(base.start(), further.end()), inner
            further = _NEXT_BASE.match(text, further.end(), span.end)
    for engaged in _ENGAGED.finditer(text, span.start, span.end) if reader else ():
        if not _PROHIBITED.search(text, _clause_start(text, engaged.start()), engaged.start()):
            for inner in reader.in_phrase(engaged.start(1), engaged.end(1), declared=True):
                if not _GENERIC_ACTIVITY.fullmatch(inner.surface):
                    yield Span(engaged.start(), engaged.end()), inner
    for furthered in _FURTHER.finditer(text, span.start, span.end) if reader else ():
        where = place_at.get(furthered.start(1))  # 推动产业园区软件信息…发展: the industry starts after the place,
        opening = where.end if where else furthered.start(1)  # and after the place's own verb (支持X推进Y发展)
        lead = _ROW_LEAD.match(text, opening, furthered.end(1)) if where else None
        for inner in reader.in_phrase(lead.end() if lead else opening, furthered.end(1)):
            yield Span(furthered.start(), furthered.end()), inner
    for develop in _DEVELOP.finditer(text, span.start, span.end) if reader else ():
        start, end = develop.start(1), develop.end(1)
        tail = re.search(_BASE_WORDS + r"?(?:建设|发展)?$", text[start:end])
        for inner in reader.in_phrase(*_object(text, start, start + tail.start() if tail else end)):
            yield Span(develop.start(), inner.end), inner
        for clause_start, clause_end in _continued_objects(text, develop.end(), span.end, reader.boundaries):
            for inner in reader.in_phrase(clause_start, clause_end):
                yield Span(develop.start(), inner.end), inner


def _continued_objects(text: str, pos: int, end: int, boundaries: frozenset[int] | None) -> Iterator[tuple[int, int]]:
    """The clauses from ``pos`` (where an object ends at a comma) to ``end`` (the measure's end), each as
    (start, end), up to one opening with a verb (实现…, 做强…): the object goes on over them."""
    while pos < end and text[pos] in "，,":
        clause = _OBJECT_CLAUSE.match(text, pos + 1, end)
        if clause is None or boundaries is None or _opens_with_verb(text, clause.start(), clause.end(), boundaries):
            return
        yield clause.start(), clause.end()
        pos = clause.end()


def _opens_with_verb(text: str, start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether the first word of ``text[start:end]`` is a verb in jieba's dictionary (tag ``v``)."""
    first = next_boundary(boundaries, start, end) or end
    return dictionary_entry(text[start:first])[0] == "v"


_NUMBER = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇0-9]+条|[（(]?[一二三四五六七八九十0-9]+[）)、．.])?\s*")


def _opening_place(text: str, sentence: Span, place_at: dict[int, PlaceMention]) -> list:
    """The place a sentence opens with as its subject (``开发区遵循…，建成…``), not as a modifier
    (``X的…``) or the first of a list; empty when it opens with none."""
    mention = place_at.get(_NUMBER.match(text, sentence.start).end())
    if mention is None or text.startswith(("的", "、", "和", "与", "及"), mention.end):
        return []
    return [mention.place]


# 发挥X的资源优势，加快发展…: the place whose advantage a sentence builds on is where it develops.
_BUILDS_ON = re.compile(r"发挥(?:好)?$")
_ADVANTAGE = re.compile(r"的?[\u4e00-\u9fff]{0,8}?优势")


def _place_of_advantage(text: str, sentence: Span, place_at: dict[int, PlaceMention]) -> list:
    """The place whose advantage a sentence says to build on (``充分发挥X的区位优势``), if any."""
    for start in range(sentence.start, sentence.end):
        mention = place_at.get(start)
        if mention is not None and _BUILDS_ON.search(text, max(sentence.start, start - 3), start) \
                and _ADVANTAGE.match(text, mention.end, sentence.end):
            return [mention.place]
    return []


def _after_list(text: str, mention: PlaceMention, place_at: dict[int, PlaceMention]) -> int | None:
    """Where the industry a place qualifies opens: right after it (``沈阳机器人``), after 的, or after
    the rest of its list closed by 等… or 的 (``大连、青岛等地的海洋渔业``); None for a place inside a
    list that goes on without them."""
    pos = mention.end
    while pos < len(text) and text[pos] in "、和及与" and pos + 1 in place_at:
        pos = place_at[pos + 1].end
    tail = _LIST_TAIL.match(text, pos)
    return None if pos > mention.end and tail.end() == pos else tail.end()


def _qualified(text: str, mention: PlaceMention, opening: int, by_start: dict[int, TermMatch[Entity]],
               reader: IndustryReader | None, places: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
    """The industries a place qualifies from ``opening`` on: a scheme concept after optional modifiers,
    else (not for parks) the coordinated industries before 产业/经济 or one term read by its head word.
    None when the term heads an organisation's or a zone's name or holds another place (海南陵水…: 陵水 qualifies it),
    or when a localiser follows the place (流域内…: the place is where, not whose the trade is)."""
    if _LOCALISER.match(text, opening):
        return []  # 流域内…, X以外…: where something happens, no industry of the place
    industry = by_start.get(opening) or by_start.get(_MODIFIER.match(text, opening).end())
    if industry is not None:
        terms = [industry]
    elif reader is not None and mention.place.kind != "park":
        qualified = _QUALIFIED.match(text, opening)
        terms = reader.in_phrase(qualified.start(1), qualified.end(1)) if qualified else []
        terms = terms or reader.term_at(opening, _clause_end(text, opening))
    else:
        return []
    if not terms or _NAME_AFTER.match(text, terms[-1].end) or any(
            opening <= other.start < terms[-1].end for other in places):
        return []
    return terms


def _object(text: str, start: int, end: int) -> tuple[int, int]:
    """The industry phrase of an object ``text[start:end]`` that a base word ended: without leading
    scope words (``国家级花卉产业`` → 花卉产业), and with the 产业 that opens the base word
    (``鞋服`` + ``产业集群`` → 鞋服产业)."""
    scope = _SCOPE.match(text, start, end)
    return scope.end(), end + 2 if text.startswith("产业", end) else end


def _clause_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] not in _CLAUSE_END:
        pos -= 1
    return pos


def _clause_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] not in _CLAUSE_END:
        pos += 1
    return pos
