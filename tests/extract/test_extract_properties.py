"""Property-based tests: extraction never crashes, and every span it reports is consistent with the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Extraction
from kg.normalise import normalise
from kg.structure import DocumentStructure, parse_document

# Common Han characters of policy texts, the punctuation that drives clause and sentence splitting,
# digits, and whole words that make the recognisers fire: places, triggers, actors, industries, notes.
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
PUNCT = "。，、；：（）“”《》！？—\n ,;:()"
WORDS = (
    "沈阳", "沈阳市", "辽宁省", "北京市石景山区", "门头沟区", "徐州新沂", "京津冀", "长三角", "粤港澳大湾区",
    "中德(沈阳)高端装备制造产业园", "浙江自贸试验区", "支持", "鼓励", "推动", "加快", "建设", "打造", "优先支持",
    "要", "在", "对", "与", "合作", "对接", "等城市", "基地", "产业集群", "国家发展改革委", "发展改革委", "国家开发银行",
    "人民政府", "国务院", "办公室", "委员会", "中国", "有限公司", "新能源", "新能源汽车", "机器人", "家电",
    "国家电网", "新材料", "装备制造业", "到2025年", "2025年底前", "形成", "全部实施", "（负责部门：", "适用范围：",
    "（一）", "一、", "第三条", "1.", "（1）", "— 3 —", "區(qū)", "發(fā)展(zhǎn)",
)
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(alphabet=HAN, min_size=1, max_size=4),
                   st.sampled_from(PUNCT), st.text(alphabet="0123456789", min_size=1, max_size=4))
POLICY_TEXT = st.lists(TOKENS, max_size=60).map("".join)
ANY_TEXT = st.text(max_size=200)
TEXTS = st.one_of(POLICY_TEXT, ANY_TEXT, st.lists(st.one_of(TOKENS, st.characters()), max_size=40).map("".join))

# derandomize: the same examples on every run, so that CI is reproducible.
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def extract(extractor, text: str) -> tuple[DocumentStructure, Extraction]:
    structure = parse_document(normalise(text).text)
    return structure, extractor.extract(structure)


def inside(inner, outer) -> bool:
    return outer.start <= inner.start <= inner.end <= outer.end


@SETTINGS
@given(TEXTS)
def test_mentions_slice_to_their_surface(extractor, text: str) -> None:
    structure, extraction = extract(extractor, text)
    for mention in extraction.mentions:
        assert structure.text[mention.span.start:mention.span.end] == mention.surface
        assert mention.span.start < mention.span.end


@SETTINGS
@given(TEXTS)
def test_measures_lie_inside_their_sentence_and_provision(extractor, text: str) -> None:
    structure, extraction = extract(extractor, text)
    provisions = [id(p) for p in structure.all_provisions()]
    for measure in extraction.measures:
        assert id(measure.provision) in provisions
        assert measure.span.start < measure.span.end
        assert inside(measure.span, measure.sentence)
        assert inside(measure.sentence, measure.provision.span)
        assert measure.trigger in structure.text[measure.span.start:measure.span.end]
    for goal in extraction.targets:
        assert inside(goal.span, goal.provision.span)
    for cluster in extraction.clusters:
        assert 0 <= cluster.span.start < cluster.span.end <= len(structure.text)


@SETTINGS
@given(POLICY_TEXT)
def test_measure_ordinals_count_up_per_provision(extractor, text: str) -> None:
    _, extraction = extract(extractor, text)
    seen: dict[int, list[int]] = {}
    for measure in extraction.measures:
        seen.setdefault(id(measure.provision), []).append(measure.ordinal)
    assert all(ordinals == list(range(1, len(ordinals) + 1)) for ordinals in seen.values())


@settings(max_examples=40, deadline=None, derandomize=True)
@given(POLICY_TEXT)
def test_extraction_is_deterministic(extractor, text: str) -> None:
    _, first = extract(extractor, text)
    _, second = extract(extractor, text)
    assert first == second
