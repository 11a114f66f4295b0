"""Extraction: places, actors, industries, measures, industry clusters and dated goals of a document."""

from __future__ import annotations

import re
from bisect import bisect_right
from heapq import heappop, heappush
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.annotate.spans import AnnotationLayer, SpanIndex
from kg.annotate.spans import Span as AnnotationSpan
from kg.extract.actors import ORG_SUFFIXES, ActorFinder
from kg.extract.citations import find_citations
from kg.extract.clauses import DEFINES, WordContext, group_measures, split_clauses
from kg.extract.clusters import find_clusters
from kg.extract.industries import IndustryFinder, is_minted
from kg.extract.jurisdiction import (division_chain, is_area, own_division, own_references, own_subjects,
                                     single_city)
from kg.extract.lexicon import actors as actor_lexicon
from kg.extract.lexicon import all_local_body_suffixes, instruments, surface_index
from kg.extract.matcher import Segmenter, TermMatch, TermMatcher
from kg.extract.notes import find_notes, is_actor_list
from kg.extract.model import ClusterFact, Entity, Extraction, MeasureFact, Mention, Role, TargetFact
from kg.extract.roles import (APPROVES, COOPERATES, GUIDES, RESPONSIBLE, ActorSpan, assign_roles, duty_holder,
                              duty_roles, role_openers, speaker_spans)
from kg.extract.tables import RoleCell, role_cells
from kg.extract.targets import (addressee_targets, anaphoric_places, dated_goal_span, focus_places, is_list_title,
                                list_row_places, refers_to_annex, reports_done, scope_places, subject_places,
                                target_places, years_in)
from kg.link import Gazetteer, PlaceLinker, PlaceMention, PlaceRecord
from kg.link.parks import PARTNER_KINDS
from kg.link.records import DIVISION_KINDS
from kg.structure import DocumentStructure, Provision, Span

__all__ = ["Extractor", "Extraction", "Entity", "MeasureFact", "ClusterFact", "TargetFact", "Mention", "Role"]


# In replies, the addressee's own requests and proposals are reported, not decided.
REPORTED_REQUEST = re.compile(r"(?:你|贵)(?:省|区|市|县|部|委|局|厅|办|们|单位|公司)(?:曾|多次|再次)?"
                              r"(?:请求|建议|提出|要求|反映|报请|呈报|申请)")
# The acts of a law's promulgation record by which a body decides on it (adoption, approval).
APPROVING_ACTS = ("通过", "批准")
# The list of annex titles before the signature (附件：1.…组建方案) names documents, not measures.
ANNEX_LIST = re.compile(r"附件[0-9一二三四五六七八九十]*[：:]")


class Extractor:
    """Holds the lexicons, matchers and segmenter (built once) and extracts documents with them."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self.places = PlaceLinker(self.gazetteer)
        self.actors = ActorFinder(self.gazetteer)
        self.industries = IndustryFinder()
        self.instruments: TermMatcher[Entity] = TermMatcher(surface_index(instruments()))
        place_words = self.places.words()
        full_names = [w for w in place_words if any(e.form == "full" for e in self.gazetteer.entries(w))]
        words = [*place_words, *_without_inner_places(surface_index(actor_lexicon()), full_names),
                 *self.industries.words()]
        tails = [*self.places.tails(), *(s.suffix for s in all_local_body_suffixes()), *ORG_SUFFIXES, *self.industries.words(),
                 *self.actors.place_named_heads(self.places.words())]
        name_ends = [*ORG_SUFFIXES, *(t for t in self.places.tails() if len(t) >= 2)]
        self.segmenter = Segmenter(words, heads=self.places.words(), tails=tails, name_ends=name_ends)

    def extract(self, structure: DocumentStructure, progress: Callable[[int], None] | None = None) -> Extraction:
        """Everything extracted from one parsed document; ``progress`` is told the offset of each provision
        reached (for progress lines on a large document)."""
        text = structure.text
        boundaries = self.segmenter.boundaries(text)
        provisions = _ProvisionIndex(structure)
        title = (structure.title.span.start, structure.title.span.end) if structure.title else None
        places = self.places.find(text, boundaries=boundaries, title=title)
        year = structure.issued.year if structure.issued else None
        division = own_division([*structure.issuers, *(f for f in (structure.title,) if f is not None)], places,
                                self._holding_division)
        divisions = division_chain(division, self.gazetteer.ancestors(division.id)) if division else []
        city = single_city(division, places) if division else None
        divisions += [city] if city is not None else []
        actor_matches = self.actors.find(text, boundaries, places, year, divisions)
        own = own_references(text, division, boundaries) if division is not None else []
        subjects = own_subjects(text, division, boundaries) if division is not None else []
        industry_matches = self.industries.find(text, boundaries)
        instrument_matches = self.instruments.find(text)
        layer = AnnotationLayer(text, boundaries)
        layer.add(AnnotationSpan(m.start, m.end, "place", m.place, "place-linker") for m in places)
        layer.add(AnnotationSpan(m.start, m.end, "place", m.place, "jurisdiction") for m in own)
        for label, matches in (("actor", actor_matches), ("industry", industry_matches),
                               ("instrument", instrument_matches)):
            layer.add(AnnotationSpan(m.start, m.end, label, m.value, f"{label}-finder") for m in matches)
        result = Extraction(layer=layer)
        for span in (*layer.spans("place"), *layer.spans("actor"), *layer.spans("industry")):
            result.mentions.append(Mention(span.entity, Span(span.start, span.end), layer.surface(span),
                                           provisions.at(span.start)))
        result.issuers = self._issuers(structure, actor_matches)
        words = WordContext(boundaries, frozenset(m.start for m in actor_matches),
                            tuple(Span(m.start, m.end) for m in actor_matches))
        header = [f.span for f in (structure.title, structure.number, structure.addressees) if f is not None]
        addressees = [m.place for m in places if structure.addressees is not None
                      and structure.addressees.span.start <= m.start < structure.addressees.span.end]
        found = _Found(SpanIndex(places), SpanIndex(actor_matches), SpanIndex(industry_matches),
                       SpanIndex(instrument_matches), SpanIndex(own), SpanIndex(subjects),
                       tuple(speaker_spans(text, result.issuers, structure.title)))
        lists = _Lists()
        for provision in structure.all_provisions():
            if progress is not None:
                progress(provision.span.start)
            self._measures_and_goals(text, provision, found, words, header, addressees, lists, result)
        _apply_role_cells(role_cells(text), result.measures, _actor_spans(actor_matches))
        _apply_duty_headings(text, structure, result.measures, _actor_spans(actor_matches))
        self._record_approvals(structure, provisions, result)
        result.citations = find_citations(text, provisions.at, structure.number.value if structure.number else None,
                                          structure.title.value if structure.title else None,
                                          tuple(f.span for f in (structure.number,) if f is not None))
        result.clusters = find_clusters(text, result.measures, places, industry_matches, provisions.at,
                                        self._industries_in_parks(text, places, boundaries),
                                        self.industries.reader(text, boundaries),
                                        words.names, _title_subject(places, industry_matches, title))
        for cluster in result.clusters:
            if is_minted(cluster.industry):  # an industry the scheme lacks is mentioned where its cluster is
                result.mentions.append(Mention(cluster.industry, cluster.span, cluster.industry.name, cluster.provision))
        return result

    def _industries_in_parks(self, text: str, places: Sequence[PlaceMention],
                             boundaries: frozenset[int]) -> list[TermMatch[Entity]]:
        """Industries inside park names (宁东能源化工基地 → 化工): a listed park is one jieba word, so the
        word-boundary check cannot apply inside it. Where the words of the name are known, a concept
        found there takes its modifiers (``…乐城国际医疗旅游先行区`` → 国际医疗旅游, not 旅游)."""
        found: list[TermMatch[Entity]] = []
        indexed = SpanIndex(places)
        for park in (p for p in places if p.place.kind == "park"):
            inside: list[TermMatch[Entity]] = []
            for match in self.industries.find(text[park.start:park.end], None):
                start, end = park.start + match.start, park.start + match.end
                after_places = max((p.end for p in indexed.within(park.start, start) if p is not park),
                                   default=park.start)
                inside.extend(self.industries.widest_ending(text, after_places, end, boundaries)
                              or [TermMatch(start, end, match.surface, match.value)])
            found.extend(m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end
                                                      and o.end - o.start > m.end - m.start for o in inside))
        return found

    def _issuers(self, structure: DocumentStructure, actor_matches: Sequence[TermMatch[Entity]]) -> list[Entity]:
        """Issuing agencies: the signature lines (or title prefix) read as actors, in order, once each. An
        issuer the header named apart from its text (the body of a meeting, ``上海市第十五届人民代表大会
        常务委员会第二十一次会议`` → ``上海市人民代表大会常务委员会``) is read from that name when nothing
        is found in its span."""
        found: list[Entity] = []
        year = structure.issued.year if structure.issued else None
        for field in structure.issuers:
            inside = [m.value for m in actor_matches if field.span.start <= m.start and m.end <= field.span.end]
            if not inside and field.value != structure.text[field.span.start:field.span.end]:
                inside = self._named_as(field.value, year)
            found.extend(value for value in dict.fromkeys(inside) if value not in found)
        return found

    def _record_approvals(self, structure: DocumentStructure, provisions: _ProvisionIndex, result: Extraction) -> None:
        """Each adoption or approval in a law's promulgation record (``…常务委员会第三十次会议批准``) is a
        measure of its provision in which the meeting's body approves; an approval line the provision
        already read as a measure takes the role there. The body is mentioned where the record names it
        (its term, 第十三届, written inside the name)."""
        year = structure.issued.year if structure.issued else None
        for act in structure.record:
            if act.act not in APPROVING_ACTS or act.body is None:
                continue
            named = self._named_as(act.body.value, year)
            if not named:
                continue
            role = Role(named[0], APPROVES, act.body.span)
            provision = provisions.at(act.span.start)
            if not any(m.entity == named[0] and m.provision is provision for m in result.mentions):
                surface = structure.text[act.body.span.start:act.body.span.end]
                result.mentions.append(Mention(named[0], act.body.span, surface, provision))
            own = [m for m in result.measures if m.provision is provision]
            measure = next((m for m in own if m.span.start < act.span.end and act.span.start < m.span.end), None)
            if measure is None:
                measure = MeasureFact(provision=provision, ordinal=max((m.ordinal for m in own), default=0) + 1,
                                      span=act.span, sentence=act.span, trigger=act.act)
                result.measures.append(measure)
            if not any(r.actor == role.actor and r.role == APPROVES for r in measure.roles):
                measure.roles.append(role)

    def _holding_division(self, area: PlaceRecord) -> PlaceRecord | None:
        """The nearest listed division holding an area that is no division (a new area, a park)."""
        return next((p for p in self.gazetteer.ancestors(area.id) if p.code), None)

    def _named_as(self, name: str, year: int | None) -> list[Entity]:
        """The actors a name on its own names as a whole (a name the header or record put together)."""
        boundaries = self.segmenter.boundaries(name)
        return [m.value for m in self.actors.find(name, boundaries, self.places.find(name, boundaries=boundaries), year)
                if (m.start, m.end) == (0, len(name))]

    def _measures_and_goals(self, text: str, provision: Provision, found: _Found, words: WordContext,
                            header: Sequence[Span], addressees: Sequence[PlaceRecord], lists: _Lists,
                            result: Extraction) -> None:
        """Measures and dated goals of one provision. ``lists`` carries the measure whose list of places
        may go on in the next provision (``支持下列地区开展试点：`` followed by items ``1.沈阳市``) and
        the measure that refers to an annex for its list (``确定沈阳等5个城市为试点城市（名单见附件）``):
        the rows under an annex's list title (``试点城市名单``) are its targets."""
        measure_ordinal = goal_ordinal = 0
        first_measure: int | None = None
        own_end = provision.children[0].span.start if provision.children else provision.span.end
        notes = _notes(text, provision.span.start, own_end, found)
        topic = self._heading_targets(text, provision, found)
        for sentence in provision.sentences:
            if any(note.span.start <= sentence.span.start < note.span.end for note in notes):
                continue  # a note standing as its own sentence is no measure
            if provision.kind == "annex" and lists.annexed is not None and is_list_title(text, sentence.span):
                lists.head = lists.annexed  # 附件 试点城市名单: the rows below list what the measure refers to
                continue
            row = (list_row_places(text, sentence.span, found.places.within(sentence.span.start, sentence.span.end))
                   if lists.head is not None else [])
            if row:  # a row of the list the last measure introduced with a colon or referred to the annex for
                lists.head.targets = _unique([*lists.head.targets, *(m.place for m in row)])
                continue
            if lists.head is not None and _inside(provision, lists.head.provision):
                lists.head.rows.append(sentence.span)  # a row of other things (industries): read as its own too
            else:
                lists.head = None
            if provision.heading_span and sentence.span.end <= provision.heading_span.end + 1:
                continue  # a provision's title is not a measure
            if any(f.start <= sentence.span.start < f.end for f in header):
                continue  # nor is the document's title, number or addressee line
            if ANNEX_LIST.match(text, sentence.span.start):
                continue  # titles of the annexes, not what the policy does
            if REPORTED_REQUEST.match(text, sentence.span.start):
                continue  # 你省请求…: what the addressee asked for, not what the policy does
            clauses = split_clauses(text, sentence.span)
            goal = dated_goal_span(text, clauses)
            if goal is not None:
                goal_ordinal += 1
                years = years_in(text[goal.start:goal.end])
                result.targets.append(TargetFact(provision, goal_ordinal, goal, years[0] if years else None))
            addressed: list[PlaceRecord] = []  # the addressed subject (X要…): it governs its sentence's later clauses
            addressing: MeasureFact | None = None  # the measure that names it
            openers = role_openers(text, sentence.span, clauses,
                                   found.role_actors(sentence.span.start, sentence.span.end))
            for measure in group_measures(text, clauses, words, openers):
                span = measure.span
                inside = [m for m in found.places.within(span.start, span.end)
                          if not found.actors.covers(m.start, m.end)]
                own_here = found.own.within(span.start, span.end)
                inside += [m for m in own_here if is_area(text, m)]
                inside = inside or found.subjects.within(span.start, span.end)  # 自治区加快…: nothing else named
                if measure.trigger == DEFINES and not _defines_area(text, measure.trigger_at, inside, span, self.gazetteer):
                    continue  # a definition (本条例所称…) is a measure only where it delimits an area
                measure_ordinal += 1
                measure_clauses = [c.span for c in clauses if span.start <= c.span.start < span.end]
                fact = MeasureFact(provision=provision, ordinal=measure_ordinal, span=span, sentence=sentence.span,
                                   trigger=measure.trigger)
                fact.roles = assign_roles(text, sentence.span, span,
                                          found.role_actors(sentence.span.start, sentence.span.end))
                # a measure opened by a role alone (no trigger verb) targets the places of its object too
                chosen = target_places(text, measure_clauses, inside, self.gazetteer, measure.trigger_at,
                                       words.boundaries)
                fact.targets = _unique(m.place for m in chosen)
                if not inside:  # no place of its own: the addressed subject of its sentence (X要…，…，…), a word
                    # standing for a place named before (该市, 库区), else the provision's heading governs it
                    def earlier(start: int = provision.span.start, end: int = span.start) -> Iterator[PlaceMention]:
                        return (m for m in found.places.latest_first(start, end)
                                if not found.actors.covers(m.start, m.end))
                    fact.targets = (list(addressed) or anaphoric_places(text, span, measure.trigger_at, earlier,
                                                                          words.boundaries)
                                    or list(topic))
                elif (subjects := [m.place for m in [*subject_places(text, measure_clauses, inside, measure.trigger_at,
                                                                       words.boundaries),
                                                     *focus_places(text, measure_clauses, chosen)] if m in chosen]):
                    addressed = _unique(subjects)  # the subject, or the place in focus (以X为试点，推进…)
                    addressing = fact
                fact.targets = _unique([*fact.targets, *addressee_targets(
                    text, span, measure.trigger_at, fact.roles, found.places.within(span.start, span.end), addressees,
                    named=bool(fact.targets))])
                if reports_done(text, measure_clauses, measure.trigger_at):
                    fact.targets = []  # what was done is reported, not decided: no place is its target
                scope = scope_places(text, span, [*inside, *(m for m in own_here if not is_area(text, m))],
                                     self.gazetteer)
                if scope is not None:
                    fact.targets = _unique(m.place for m in scope)
                fact.industries = _unique(m.value for m in found.industries.within(span.start, span.end))
                fact.instruments = _unique(m.value for m in found.instruments.within(span.start, span.end))
                fact.years = years_in(text[span.start:span.end])
                if (not inside and addressing is not None and fact.targets == addressing.targets == addressed
                        and not _opens_sentence_part(text, addressing.span.end, span.start)):
                    _extend(addressing, fact)  # X要A，B，C: one measure of the subject, its later clauses joined
                    measure_ordinal -= 1
                    fact = addressing
                else:
                    result.measures.append(fact)
                first_measure = first_measure if first_measure is not None else len(result.measures) - 1
                if text[span.end:span.end + 1] in ("：", ":") and span.end >= sentence.span.end - 1:
                    lists.head = fact
                if refers_to_annex(text, span):
                    lists.annexed = fact
        if first_measure is None and any(note.roles for note in notes):
            tagged = _tagged_unit(text, provision, own_end, notes, measure_ordinal + 1)
            if tagged is not None:
                result.measures.append(tagged)
                first_measure = len(result.measures) - 1
        if first_measure is not None:
            _apply_notes(text, provision.span.start, notes, result.measures[first_measure:])

    def _heading_targets(self, text: str, provision: Provision, found: _Found) -> list[PlaceRecord]:
        """The places a provision's heading names as its topic (``（一）关于加大对X…投资问题``), read as
        a measure's objects: partners, scoping parents, hosts of parks and names of events are left out."""
        heading = provision.heading_span
        if heading is None or provision.kind == "annex":  # an annex's title names a document, not a topic
            return []
        inside = [m for m in found.places.within(heading.start, heading.end) if not found.actors.covers(m.start, m.end)]
        return _unique(m.place for m in target_places(text, [heading], inside, self.gazetteer, heading.start))


@dataclass
class _Lists:
    """Measures whose lists of places come later: after a colon (``head``, the rows right below) or
    in an annex (``annexed``, the rows under the annex's list title)."""

    head: MeasureFact | None = None
    annexed: MeasureFact | None = None


@dataclass(frozen=True)
class _Found:
    """The document's mentions, indexed by position (a measure queries its own span, never scans all)."""

    places: SpanIndex[PlaceMention]
    actors: SpanIndex[TermMatch[Entity]]
    industries: SpanIndex[TermMatch[Entity]]
    instruments: SpanIndex[TermMatch[Entity]]
    own: SpanIndex[PlaceMention]  # the text's own division named by 本 and its level word (本市)
    subjects: SpanIndex[PlaceMention]  # the own division by its level word opening a clause (自治区加快…)
    speaker: tuple[ActorSpan, ...] = ()  # the issuer where it speaks of itself (我们)

    def role_actors(self, start: int, end: int) -> list[ActorSpan]:
        """The actors named in ``text[start:end]`` and the issuer where it speaks of itself there."""
        return sorted([*_actor_spans(self.actors.within(start, end)),
                       *(s for s in self.speaker if start <= s.start and s.end <= end)], key=lambda s: s.start)


def _actor_spans(actor_matches: Sequence[TermMatch[Entity]]) -> list[ActorSpan]:
    """The one access point through which relations read actor mentions."""
    return [ActorSpan(m.start, m.end, m.value) for m in actor_matches]


@dataclass(frozen=True)
class _NoteFacts:
    """What one bracketed note at ``span`` gives: roles and scope places."""

    span: Span
    roles: list[Role]
    places: list


def _notes(text: str, start: int, end: int, found: _Found) -> list[_NoteFacts]:
    """The bracketed notes of ``text[start:end]`` with the roles and places they give; a
    responsibility tag whose bodies are not only actor names is a remark and left out."""
    notes = []
    for note in find_notes(text, start, end):
        mentions = {role: [m for s in spans for m in _actor_spans(found.actors.within(s.start, s.end))]
                    for spans, role in ((note.responsible, RESPONSIBLE), (note.cooperating, COOPERATES),
                                        (note.guiding, GUIDES))}
        if note.tag and not is_actor_list(text, [*note.responsible, *note.cooperating, *note.guiding],
                                          [(m.start, m.end) for group in mentions.values() for m in group]):
            continue
        roles = [Role(m.actor, role, Span(m.start, m.end)) for role, group in mentions.items() for m in group]
        places = _unique(m.place for s in note.scope for m in found.places.within(s.start, s.end)
                         if not found.places.covers(m.start - 1, m.end) and not found.places.covers(m.start, m.end + 1))
        notes.append(_NoteFacts(note.span, roles, places))
    return notes


def _tagged_unit(text: str, provision: Provision, own_end: int, notes: Sequence[_NoteFacts],
                 ordinal: int) -> MeasureFact | None:
    """A unit that a responsibility tag closes is a task of the tagged bodies even when no trigger verb
    opens a measure in it (``将…从目录中剔除。（商务部、海关总署负责）``): its text (after the heading,
    without the notes) as one measure with an empty trigger; None when it has no such text."""
    heading_end = provision.heading_span.end + 1 if provision.heading_span else provision.span.start
    own = [s for s in provision.sentences if s.span.end <= own_end and s.span.end > heading_end
           and not any(note.span.start <= s.span.start < note.span.end for note in notes)]
    if not own:
        return None
    return MeasureFact(provision=provision, ordinal=ordinal, span=Span(own[0].span.start, own[-1].span.end),
                       sentence=own[0].span, trigger="")


def _apply_notes(text: str, start: int, notes: Sequence[_NoteFacts], measures: list[MeasureFact]) -> None:
    """Each note of a provision (starting at ``start``) gives its roles and scope to the measures of
    the unit it closes: the sentence it stands in before the sentence's end, else (after a full stop,
    or closing the heading or a sentence without measures) every measure of the provision."""
    for note in notes:
        governed = measures
        if note.span.start > start and text[note.span.start - 1] not in "。！？!?；;\n":
            governed = [m for m in measures if m.sentence.start <= note.span.start < m.sentence.end] or measures
        for measure in governed:
            _add_roles(measure, note.roles)
            measure.targets = _unique([*measure.targets, *note.places])


def _apply_role_cells(cells: Sequence[RoleCell], measures: Sequence[MeasureFact], actors: Sequence[ActorSpan]) -> None:
    """The bodies of a table's role column hold that role in the measures of their row."""
    for cell in cells:
        roles = [Role(m.actor, cell.role, Span(m.start, m.end)) for m in actors
                 if cell.cell.start <= m.start and m.end <= cell.cell.end]
        for measure in measures:
            if roles and cell.row.start <= measure.span.start and measure.span.end <= cell.row.end:
                _add_roles(measure, roles)


def _apply_duty_headings(text: str, structure: DocumentStructure, measures: Sequence[MeasureFact],
                         actors: Sequence[ActorSpan]) -> None:
    """Under a heading that names a body's duties (``2.1.1国家粮食应急工作指挥部职责``), the measures with no
    body in charge of their own are the holder's tasks."""
    for provision in structure.all_provisions():
        heading = provision.heading_span
        holder = duty_holder(text, heading, actors) if heading is not None else None
        if holder is None:
            continue
        for measure in measures:
            if heading.end <= measure.span.start and measure.span.end <= provision.span.end \
                    and all(r.role == APPROVES for r in measure.roles):
                _add_roles(measure, duty_roles(text, holder, measure.span))


def _add_roles(measure: MeasureFact, roles: Sequence[Role]) -> None:
    measure.roles = [*measure.roles, *(r for r in roles
                                       if not any(o.actor == r.actor and o.role == r.role for o in measure.roles))]


def _defines_area(text: str, defines_at: int, inside: Sequence[PlaceMention], span: Span, gazetteer: Gazetteer) -> bool:
    """Whether the definition whose 所称 is at ``defines_at`` defines an area: the term defined names a
    place (本规定所称X接壤地区, 本条例所称主要入X河道…) and the definition delimits places; 本条例所称粤菜，
    包括… defines no area."""
    term_end = next((i for i in range(defines_at, span.end) if text[i] in "，,：:；;。"), span.end)
    return any(defines_at < m.start < term_end for m in inside) and bool(scope_places(text, span, inside, gazetteer))


def _opens_sentence_part(text: str, end: int, start: int) -> bool:
    """Whether a semicolon or colon stands between two measures of a sentence (``end`` to ``start``): the
    later one opens a part of its own."""
    return any(ch in "；;：:" for ch in text[end:start])


def _extend(measure: MeasureFact, later: MeasureFact) -> None:
    """Join the ``later`` clause to ``measure``, whose subject and targets it shares."""
    measure.parts = [*measure.clauses, later.span]
    measure.span = Span(measure.span.start, later.span.end)
    measure.roles = _unique([*measure.roles, *later.roles])
    measure.industries = _unique([*measure.industries, *later.industries])
    measure.instruments = _unique([*measure.instruments, *later.instruments])
    measure.years = _unique([*measure.years, *later.years])


def _unique(items) -> list:
    seen: list = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _inside(provision: Provision, parent: Provision) -> bool:
    """Whether ``provision`` is an item nested in ``parent``."""
    return provision is not parent and parent.span.start <= provision.span.start and provision.span.end <= parent.span.end


def _without_inner_places(names: Iterable[str], place_words: Iterable[str]) -> list[str]:
    """The names without a place's full name inside after their first character (民航华北管理局): such a name
    is left to jieba's own words, so that the place inside it stays a word of its own and counts (a place
    named inside another name is a place too); the name still matches on its word boundaries."""
    inner = re.compile("|".join(re.escape(w) for w in sorted((w for w in place_words if len(w) >= 2), key=len,
                                                                  reverse=True)))
    return [name for name in names if not inner.search(name, 1)]


class _ProvisionIndex:
    """The innermost provision holding an offset (or the nearest one before it), found by bisection.

    The answer is constant between consecutive provision starts and ends: a sweep over them records,
    per stretch, the latest provision (in tree order, so the deepest) holding it.
    """

    def __init__(self, structure: DocumentStructure) -> None:
        self._provisions = list(structure.all_provisions())
        self._starts = [p.span.start for p in self._provisions]
        ranges = [(p.span.start, max(p.span.end, p.span.start + 1)) for p in self._provisions]
        points = sorted({offset for pair in ranges for offset in pair})
        opening = sorted(range(len(ranges)), key=lambda i: ranges[i][0])
        active: list[int] = []
        self._points: list[int] = []
        self._holder: list[int | None] = []
        next_open = 0
        for point in points:
            while next_open < len(opening) and ranges[opening[next_open]][0] <= point:
                heappush(active, -opening[next_open])
                next_open += 1
            while active and ranges[-active[0]][1] <= point:
                heappop(active)  # lazily: only the top must still hold the point
            self._points.append(point)
            self._holder.append(-active[0] if active else None)

    def at(self, offset: int) -> Provision:
        stretch = bisect_right(self._points, offset) - 1
        holder = self._holder[stretch] if stretch >= 0 else None
        if holder is not None:
            return self._provisions[holder]
        index = max(0, bisect_right(self._starts, offset) - 1)
        return self._provisions[index]


def _title_subject(places: Sequence[PlaceMention], industries: Sequence[TermMatch[Entity]],
                   title: tuple[int, int] | None) -> list[PlaceRecord]:
    """The place a document's title is about: the last place it names, the longest of those ending
    there (湖南省洞庭湖保护条例 → 洞庭湖; 中国（陕西）自由贸易试验区条例 → the zone), not one abroad; a
    division only where the title names an industry too (安顺市…旅游…促进条例: the law develops it there;
    江西省促进革命老区振兴发展条例 names the issuer's jurisdiction, not where its industries go)."""
    if title is None:
        return []
    inside = [m for m in places if title[0] <= m.start and m.end <= title[1] and m.place.kind not in PARTNER_KINDS]
    if not inside:
        return []
    last = max(inside, key=lambda m: (m.end, m.end - m.start))
    if last.place.kind in DIVISION_KINDS and not any(last.end <= m.start and m.end <= title[1] for m in industries):
        return []
    return [last.place]
