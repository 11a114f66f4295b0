"""Places recognised by their form rather than listed one by one.

- Informal regions: a province abbreviation of ``informal_regions.tsv`` followed by a direction
  (苏南, 陕北, 川东北, 粤东西北) is a region inside that province.
- Natural features named after a place: a place form directly followed by a geographic ending of
  two or more characters (四川盆地, 成都平原, 呼伦贝尔草原). Single-character endings (山, 湖, 河, 江)
  are too common in ordinary words (矿山, 人工湖, 母亲河): such features come from the list in
  ``features.tsv`` only.
- Parts of a sea: a direction directly before a listed sea or ocean (东黄海, 西太平洋) is that part;
  as the longer span it hides the sea it contains.
- Runs of province abbreviations: two or more one-character abbreviations (``abbr``, ``run`` and
  ``sar`` rows of ``informal_regions.tsv``: 港, 澳, 台 too) run together, starting on a word boundary
  and directly followed by a location head (川黔交界, 湘鄂赣毗邻地区, 晋陕蒙接壤, 港澳台地区, 粤港合作,
  粤澳两地), or a word of their own right after a verb of motion (来往粤澳, 赴港澳): each character is
  its province. Otherwise a run is a contraction used as a qualifier (港澳台资, 京沪高铁) and names no
  place; nor is a run with a character twice (蒙蒙) or one jieba's dictionary lists as an ordinary word
  (新贵). The abbreviations may also be separated by 、 (川、滇、藏、青交界一带).
- Abbreviations fused with a verb of motion or stay (离京, 进京, 在沪, 入川, 进藏): the abbreviation after
  离, 进, 来, 赴, 抵, 返, 回, 驻, 入, 在 or 出, the two one word or two words of their own, is its province;
  ``abbr`` rows and the ``run`` rows jieba tags as a place or an abbreviation (京, 沪, 津; not 新, 黑, 贵).
  Programmes named so (援藏, 援疆) are no places.
- Neighbouring countries: 中 and the one-character abbreviations of ``neighbours.tsv`` before a boundary
  word (边界, 边境, 交界) name those countries (中缅边界 → 缅甸, 中俄边境 → 俄罗斯); 中 is China itself.
- A listed region directly followed by 地区 is the same region written with it (华东地区).

These yield candidates for the linker, which keeps them only as words of their own and lets a
listed place of the same extent win (晋中 is the city, 湘西 the prefecture).

- Features and regions built on a name (``named_features``, after linking): a place mention, a run of
  abbreviations, an orientation (南北, 东西) or, before a geological ending or a group of rivers, a
  rare word jieba's dictionary tags as a place name; optionally a direction; then a feature ending:
  geological belts and blocks (祁连山地震带, 龙门山断裂带, 川滇构造带), groups of rivers or lakes (X四河,
  X三江), after a run of abbreviations the area where those provinces meet (晋陕蒙接壤地区, 湘鄂赣毗邻地区),
  reservoirs (X水库), regions around a place (X库区, X都市圈) and, after a listed feature or
  a basin only, river systems and parts (X水系, X流域, X中下游地区, X沿线, X河口); optionally 地区. It must
  end on a word boundary. The place inside stays a mention of its own (a place named inside another
  name counts), as with parks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.link.gazetteer import Gazetteer, hashed_id, read_tsv
from kg.link.records import PlaceMention, PlaceRecord
from kg.resources import data_dir
from kg.text.segment import dictionary_entry, next_boundary

DIRECTIONS = ("东西北", "东北", "西北", "东南", "西南", "东", "南", "西", "北", "中")
GEOGRAPHIC_ENDINGS = ("沙漠", "沙地", "草原", "高原", "盆地", "平原", "山脉", "山区", "三角洲", "海峡", "丘陵", "河谷", "谷地")
HOST_KINDS = ("province", "city", "county", "region", "natural-feature")
SEA_ENDINGS = ("海", "洋")
RANGE_ENDINGS = ("山", "岭")   # a range: 太行山 (written 太行), 秦岭
BORDER_HEADS = ("边界", "边境", "交界")
FUSED_VERBS = "离进来赴抵返回驻入在出"   # verbs of motion or stay fused with an abbreviation (离京, 进藏, 在沪)
FUSED_TAGS = frozenset({"ns", "j"})  # jieba tags of a `run` character that reads as a place after such a verb
RUN_HEADS = ("交界", "边界", "边境", "接壤", "毗邻", "地区", "区域", "一带", "经济区", "经济带", "协作区", "协作",
             "合作", "协同", "省区", "省际", "边区", "片区", "近海", "沿海", "两省", "三省", "四省", "五省", "两地", "三地")
RUN_KINDS = ("abbr", "run", "sar")  # rows of informal_regions.tsv read in runs (sar: 港, 澳, 台 — in runs only)
MOTION_WORDS = ("来往", "往来", "往返", "前往", "进出")  # verbs of motion whose object a run may be (来往粤澳)
STANDING_AFTER = "，。；：、,.;:和与及等"   # after a run standing as a word of its own (沪苏浙、…)
GEOLOGICAL_ENDINGS = ("地震带", "构造带", "断裂带", "构造块体")
LOCALITY_HEADS = ("街道", "镇", "乡", "村")   # the generic terms a township's or village's name ends in
RIVER_ENDINGS = ("流域", "水系", "中下游", "上中游", "中上游", "上游", "中游", "下游", "沿线", "沿岸", "入海口", "河口")
# The banks of a river or lake (长江沿线, 鄱阳湖沿岸) are the places along it, not a place of its own.
BANK_ENDINGS = ("沿线", "沿岸")
_RIVER_FEATURE_ENDINGS = tuple(e for e in RIVER_ENDINGS if e not in BANK_ENDINGS)  # what names a feature of a river
AREA_ENDINGS = ("水库", "库区", "都市圈", "城市圈", "经济圈", "经济带", "泉域")   # 泉域: a karst spring's catchment (晋祠泉域)
BORDER_AREA_ENDINGS = ("接壤地区", "交界地区", "毗邻地区", "边界地区", "边境地区")   # after a run of abbreviations
RIVER_GROUP = "[两二三四五六七八九]+[河江湖水]"   # a named group of rivers or lakes (X四河, X三江)
ORIENTATIONS = ("南北", "东西")    # belts named by their orientation (南北构造带)
WORD_TAGS = frozenset({"a", "ad", "an", "d", "v", "vn", "z", "t"})   # jieba tags of ordinary words
RARE = 1000                        # jieba dictionary frequency below which an ns word is a proper name
AREA_HEADS = ("区", "市", "城", "镇", "乡", "村", "县", "省")
NAMED_HOSTS = (*HOST_KINDS, "district")
_REGION_ENDINGS = frozenset({*RIVER_ENDINGS, "库区", "都市圈", "城市圈", "经济圈", "经济带", "泉域"}) - {"水系", "入海口", "河口"}


@dataclass(frozen=True)
class FormMatch:
    """A place found by form at ``[start, end)``."""

    start: int
    end: int
    place: PlaceRecord


@cache
def _abbreviations(kinds: tuple[str, ...] = ("abbr",)) -> dict[str, str]:
    return {r["text"]: r["code"] for _, r in read_tsv(data_dir() / "places" / "informal_regions.tsv")
            if r["kind"] in kinds}


@cache
def _run_pattern(separated: bool = False) -> re.Pattern[str]:
    """Two or more abbreviation characters run together (or, ``separated``, also with 、 between them)."""
    chars = f"[{''.join(sorted(_abbreviations(RUN_KINDS)))}]"
    return re.compile(f"{chars}(?:{'、?' if separated else ''}{chars})+")


@cache
def _neighbours() -> dict[str, str]:
    """One-character abbreviation of a neighbouring country → its id (``neighbours.tsv``)."""
    return {r["text"]: f"place/{r['country']}" for _, r in read_tsv(data_dir() / "places" / "neighbours.tsv")}


@cache
def _border_pattern() -> re.Pattern[str]:
    return re.compile(f"中([{''.join(sorted(_neighbours()))}]+)(?:{'|'.join(BORDER_HEADS)})")


@cache
def _informal_pattern() -> re.Pattern[str]:
    return re.compile(f"([{''.join(sorted(_abbreviations()))}])({'|'.join(DIRECTIONS)})")


def informal_regions(text: str, gazetteer: Gazetteer) -> list[FormMatch]:
    """Every abbreviation + direction in the text (苏南 → a region in 江苏省)."""
    found = []
    for match in _informal_pattern().finditer(text):
        name, code = match.group(), _abbreviations()[match.group(1)]
        parent = gazetteer.get(f"place/{code}")
        record = PlaceRecord(id=hashed_id("region", name), name=name, kind="region", code=None,
                             parent=parent.id, aliases=(), members=(), lon=None, lat=None)
        found.append(FormMatch(match.start(), match.end(), record))
    return found


def feature_after(text: str, start: int, end: int, host: PlaceRecord) -> FormMatch | None:
    """A natural feature named after the place form at ``[start, end)`` (四川 + 盆地), or None."""
    if host.kind not in HOST_KINDS:
        return None
    ending = next((e for e in GEOGRAPHIC_ENDINGS if text.startswith(e, end)), None)
    if ending is None:
        return None
    return FormMatch(start, end + len(ending), form_record(text[start:end] + ending, "natural-feature"))


# The words of a state's official name after its short name (哈萨克斯坦共和国, 俄罗斯联邦, 柬埔寨王国,
# 老挝人民民主共和国, 巴基斯坦伊斯兰共和国).
STATE_FORM = re.compile(r"(?:联邦|社会主义|人民|民主|伊斯兰|合作|联合){0,3}(?:共和国|联邦|王国|合众国|大公国|公国)")


def state_name(text: str, start: int, end: int, country: PlaceRecord) -> FormMatch | None:
    """A country's short name at ``[start, end)`` followed by the words of its official name, or None."""
    if country.kind != "country":
        return None
    form = STATE_FORM.match(text, end)
    return FormMatch(start, form.end(), country) if form else None


def bounded(text: str, pos: int, boundaries: frozenset[int] | None) -> bool:
    """Whether ``pos`` is a word boundary (the text's ends and punctuation count)."""
    return (boundaries is None or pos in boundaries or pos == len(text)
            or not _is_word_char(text[pos]) or (pos > 0 and not _is_word_char(text[pos - 1])))


def _is_word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isalnum()


def form_record(name: str, kind: str) -> PlaceRecord:
    """A feature or region found by form (ids from the name, as for listed features)."""
    prefix = "feature" if kind == "natural-feature" else "region"
    return PlaceRecord(id=hashed_id(prefix, name), name=name, kind=kind, code=None, parent=None,
                       aliases=(), members=(), lon=None, lat=None)


def direction_part(text: str, start: int, end: int, feature: PlaceRecord) -> FormMatch | None:
    """A direction directly before a listed sea, ocean or mountain range at ``[start, end)`` (西太平洋, 南太行:
    a part of it named so), or None."""
    if feature.kind != "natural-feature" or not feature.name.endswith((*SEA_ENDINGS, *RANGE_ENDINGS)):
        return None
    direction = next((d for d in DIRECTIONS if text.endswith(d, 0, start)), None)
    if direction is None:
        return None
    return FormMatch(start - len(direction), end, form_record(direction + text[start:end], "natural-feature"))


def _abbreviation_run(run: str) -> bool:
    """Whether a run of abbreviation characters reads as provinces: no character twice (青青, 蒙蒙 are
    reduplications) and, when run together, not a dictionary word of another part of speech (新贵)."""
    chars = run.replace("、", "")
    return len(set(chars)) == len(chars) and ("、" in run or dictionary_entry(run)[0] not in WORD_TAGS)


def abbreviation_runs(text: str, gazetteer: Gazetteer, boundaries: frozenset[int] | None = None,
                      occupied: frozenset[int] = frozenset()) -> list[FormMatch]:
    """Each province of a run of two or more abbreviations before a location head, run together or
    separated by 、 (川黔交界, 川、滇、藏、青交界), one character each; a run not starting on a word boundary (``boundaries``; the head marks its end,
    also inside one token: 京津地区), or holding an ``occupied`` offset (a longer name: 宁津, 京津冀),
    is none."""
    found = []
    codes = _abbreviations(RUN_KINDS)
    for match in _run_pattern(separated=True).finditer(text):
        start, end = match.span()
        if not (text.startswith(RUN_HEADS, end) or _after_motion(text, start, end, boundaries)
                or _standing_run(text, start, end, boundaries)) \
                or not bounded(text, start, boundaries) \
                or any(i in occupied for i in range(start, end)) \
                or not _abbreviation_run(match.group()):
            continue
        found += [FormMatch(i, i + 1, gazetteer.get(f"place/{codes[text[i]]}")) for i in range(start, end)
                  if text[i] != "、"]
    return found


def _standing_run(text: str, start: int, end: int, boundaries: frozenset[int] | None) -> bool:
    """The run at ``[start, end)`` has three or more abbreviations run together and stands as a word of its
    own before punctuation, a joiner or a word that is no noun in jieba's dictionary (协同沪苏浙深化…): it names
    the provinces, it does not qualify a noun (沪苏浙企业), a verb used as one included (港澳台运输业务)."""
    if boundaries is None or end - start < 3 or "、" in text[start:end] or end not in boundaries:
        return False
    if end == len(text) or text[end] in STANDING_AFTER:
        return True
    word_end = next_boundary(boundaries, end, min(len(text), end + 4))
    tag = dictionary_entry(text[end:word_end])[0] if word_end is not None else None
    if tag == "vn" and word_end is not None:  # a verb used as a noun heading a noun (港澳台运输业务) is one too
        after = next_boundary(boundaries, word_end, min(len(text), word_end + 4))
        return after is None or not (dictionary_entry(text[word_end:after])[0] or "").startswith("n")
    return tag is not None and not tag.startswith("n")


def _after_motion(text: str, start: int, end: int, boundaries: frozenset[int] | None) -> bool:
    """The run at ``[start, end)`` is a word of its own right after a verb of motion or stay (来往粤澳的,
    赴港澳): the object of the verb, not a qualifier."""
    if boundaries is None or end not in boundaries:
        return False
    return text.endswith(MOTION_WORDS, 0, start) or (
        start > 0 and text[start - 1] in FUSED_VERBS and start - 1 in boundaries)


@cache
def _fused_pattern() -> re.Pattern[str]:
    runs = [c for c in _abbreviations(("run",)) if dictionary_entry(c)[0] in FUSED_TAGS]
    return re.compile(f"(?<=[{FUSED_VERBS}])[{''.join(sorted([*_abbreviations(), *runs]))}]")


def fused_abbreviations(text: str, gazetteer: Gazetteer, boundaries: frozenset[int] | None,
                        occupied: frozenset[int] = frozenset()) -> list[FormMatch]:
    """A province abbreviation directly after a verb of motion or stay, the two forming one word or two
    words of their own (离京 → 北京市, 在/沪, 进藏); not inside a longer name (``occupied``: 进京津冀)."""
    if boundaries is None:
        return []
    codes = _abbreviations(RUN_KINDS)
    return [FormMatch(m.start(), m.end(), gazetteer.get(f"place/{codes[m.group()]}"))
            for m in _fused_pattern().finditer(text)
            if m.start() - 1 in boundaries and m.end() in boundaries and m.start() not in occupied]


def border_countries(text: str, gazetteer: Gazetteer, boundaries: frozenset[int] | None = None) -> list[FormMatch]:
    """Each neighbouring country in 中 + its one-character abbreviation + a boundary word (中缅边界 → 缅甸),
    when 中 starts a word; 中 is China itself, no place."""
    found = []
    for match in _border_pattern().finditer(text):
        if bounded(text, match.start(), boundaries):
            found += [FormMatch(i, i + 1, gazetteer.get(_neighbours()[text[i]])) for i in range(*match.span(1))]
    return found


def _is_river(place: PlaceRecord) -> bool:
    """A listed feature or a river basin (长江 names 长江流域): the hosts of river parts (流域, 中下游, 沿线); not a
    mountain or a range (X山流域分水岭: the watershed between the mountains' rivers)."""
    return (place.kind == "natural-feature" and not place.name.endswith(RANGE_ENDINGS)) \
        or (place.kind == "region" and place.name.endswith("流域"))


@cache
def _ending_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """An optional direction, one of ``endings`` or a group of rivers or lakes, an optional 地区."""
    return re.compile(f"(?:{'|'.join(DIRECTIONS)})?(?:{'|'.join((*endings, RIVER_GROUP))})(?:地区)?")


@cache
def _bare_ending() -> re.Pattern[str]:
    """Where a geological ending or a group of rivers starts (zero-width: endings may overlap)."""
    return re.compile(f"(?=(?:{'|'.join(GEOLOGICAL_ENDINGS)}|{RIVER_GROUP}))")


def _proper_place_word(word: str) -> bool:
    """A word jieba's dictionary tags ``ns`` that is rare (frequency below ``RARE``) and does not end in
    an area word (城市, 垦区, 大城市 are common nouns tagged ns)."""
    tag, frequency = dictionary_entry(word)
    return tag == "ns" and frequency < RARE and not word.endswith(AREA_HEADS)


def _dictionary_hosts(text: str, boundaries: frozenset[int] | None) -> list[tuple[int, int, None]]:
    """Proper place words of jieba's dictionary directly before a geological ending or a group of rivers
    (龙门山 + 断裂带): names the gazetteer lacks (only with the segmentation's boundaries)."""
    if boundaries is None:
        return []
    hosts: list[tuple[int, int, None]] = []
    for match in _bare_ending().finditer(text):
        pos = match.start()
        size = next((n for n in (4, 3, 2)
                     if pos - n in boundaries and _proper_place_word(text[pos - n:pos])), 0)
        if size and pos in boundaries:
            hosts.append((pos - size, pos, None))
    return hosts


def named_features(text: str, mentions: Sequence[PlaceMention], boundaries: frozenset[int] | None = None,
                   hosts: Sequence[PlaceMention] | None = None) -> list[PlaceMention]:
    """Features and regions built on a place mention, a run of abbreviations or an orientation and
    ending on a word boundary (see the module docstring); ``mentions`` sorted by start. With ``hosts``,
    only features built on those mentions (found after the first pass, as rivers by their head)."""
    chosen: list[tuple[int, int, PlaceRecord | None]] = [
        (m.start, m.end, m.place) for m in (mentions if hosts is None else hosts) if m.place.kind in NAMED_HOSTS]
    if hosts is None:
        chosen += [(m.start(), m.end(), None) for m in _run_pattern().finditer(text)
                   if bounded(text, m.start(), boundaries)]
        chosen += [(m.start(), m.end(), None) for m in re.finditer("|".join(ORIENTATIONS), text)
                   if bounded(text, m.start(), boundaries)]
        chosen += _dictionary_hosts(text, boundaries)
    found: list[PlaceMention] = []
    for start, host_end, place in sorted(chosen, key=lambda h: (h[0], -h[1])):
        endings = GEOLOGICAL_ENDINGS
        if place is None and _run_pattern().fullmatch(text, start, host_end):
            endings += BORDER_AREA_ENDINGS
        if place is not None:
            endings += AREA_ENDINGS + (_RIVER_FEATURE_ENDINGS if _is_river(place) else ())
        ending = _ending_pattern(endings).match(text, host_end)
        end = ending.end() if ending is not None else None
        if end is None or not bounded(text, end, boundaries) \
                or any(m.start < end and m.end > host_end for m in mentions) \
                or any(f.start <= start < f.end for f in found):
            continue  # a longer name covers the ending, or a feature found already covers the host
        name = text[start:end]
        found.append(PlaceMention(start, end, name, form_record(name, ending_kind(name))))
    return found


def features_inside(mentions: Sequence[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The listed feature or river that opens the name of a listed region or feature (长江经济带,
    长江三角洲 → 长江; 黄河三角洲 → 黄河), the longest such opening: a place named inside another name
    counts. A basin is its river (长江流域, 太湖水系 hold no other place)."""
    found = []
    for mention in mentions:
        if mention.place.kind not in ("region", "natural-feature") or mention.surface.endswith(("流域", "水系")):
            continue
        for size in range(len(mention.surface) - 1, 1, -1):
            inner = next((e.place for e in gazetteer.entries(mention.surface[:size])
                          if e.form in ("full", "alias") and _is_river(e.place) and e.place.id != mention.place.id),
                         None)
            if inner is not None:
                found.append(PlaceMention(mention.start, mention.start + size, mention.surface[:size], inner))
                break
    return found


def ending_kind(name: str) -> str:
    """The kind of a place found by its ending: a basin, a reach or an area around a place is a
    region (长江流域, 黄河上游, 三峡库区), any other feature a natural feature (三门峡水库, 柴达木盆地)."""
    stem = name.removesuffix("地区")
    return "region" if any(stem.endswith(e) for e in _REGION_ENDINGS) or name.endswith(BORDER_AREA_ENDINGS) \
        else "natural-feature"
