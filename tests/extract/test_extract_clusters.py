"""Industry clusters: a place directly before an industry, a park named after one, a base built in targets."""

from __future__ import annotations

from kg.extract.clusters import find_clusters


def clusters_of(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(c.place.name, c.industry.id) for c in extraction.clusters]


def test_place_directly_before_industry(run) -> None:
    # seed (四)
    text = "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。"
    assert clusters_of(run, text) == [("沈阳市", "industry/robotics"), ("洛阳市", "industry/agricultural-machinery"),
                                      ("株洲市", "industry/rail-transit-equipment")]


def test_cluster_span_covers_place_and_industry(run) -> None:
    structure, extraction = run("支持株洲先进轨道交通装备等国家制造业创新中心建设。")
    [cluster] = extraction.clusters
    assert structure.text[cluster.span.start:cluster.span.end] == "株洲先进轨道交通装备"


def test_park_named_after_an_industry(run) -> None:
    # seed (九)
    found = clusters_of(run, "推进大连长兴岛(西中岛)石化产业基地高质量发展。")
    assert found == [("大连长兴岛（西中岛）石化产业基地", "industry/petrochemicals")]


def test_base_built_in_the_targeted_places(run) -> None:
    # seed (九)
    text = "支持自贡、湘潭、萍乡、平顶山等城市打造新材料及环保装备制造基地。"
    found = set(clusters_of(run, text))
    cities = {"自贡市", "湘潭市", "萍乡市", "平顶山市"}
    assert found == {(c, i) for c in cities for i in ("industry/new-materials", "industry/environmental-protection-equipment")}


def test_base_without_targeted_places_is_no_cluster(run) -> None:
    assert clusters_of(run, "加快建设新能源发电和装备制造基地。") == []


def test_a_class_of_industries_is_no_cluster(run) -> None:
    found = clusters_of(run, "沈阳市大力发展战略性新兴产业、制造业和机器人产业，培育特色优势产业。")
    assert found == [("沈阳市", "industry/robotics")]


def test_partner_places_get_no_cluster(run) -> None:
    text = "推动示范区城市加强与京津冀协同发展的对接合作,因地制宜建设先进制造业基地。"
    assert clusters_of(run, text) == []


def test_one_cluster_per_place_industry_and_provision(seed) -> None:
    _, extraction = seed
    keys = [(c.place.id, c.industry.id, c.provision.number) for c in extraction.clusters]
    assert len(keys) == len(set(keys))
    assert ("place/210100", "industry/robotics", "（四）") in keys


def test_no_measures_no_places_no_clusters() -> None:
    assert find_clusters("沈阳机器人", [], [], [], lambda offset: None) == []


def test_a_subject_place_developing_industries(run) -> None:
    # constructed from the 鄂尔多斯 sentence of issue 8: 现代煤化工 is a surface of the scheme's 煤化工
    assert clusters_of(run, "内蒙古自治区鄂尔多斯市大力发展现代煤化工。") == [("鄂尔多斯市", "industry/coal-chemical")]


def test_an_industry_the_scheme_lacks_is_minted_below_its_head(run) -> None:
    _, extraction = run("支持张家口市建设冰雪装备制造基地。")
    [cluster] = extraction.clusters
    assert (cluster.place.name, cluster.industry.name) == ("张家口市", "冰雪装备制造")
    assert cluster.industry.id.startswith("industry/x-")
    assert cluster.industry.broader == "industry/equipment-manufacturing"


def test_a_place_qualifying_an_industry_with_de(run) -> None:
    _, extraction = run("宁夏的枸杞产业发展迅速。")
    assert [(c.place.name, c.industry.name) for c in extraction.clusters] == [("宁夏回族自治区", "枸杞产业")]


def test_industries_moving_to_a_place(run) -> None:
    assert clusters_of(run, "引导纺织服装产业向新疆集聚。") == [("新疆维吾尔自治区", "industry/textile-garments")]


def test_coordinated_objects_of_development_are_split(run) -> None:
    found = {(p, i) for p, i in clusters_of(run, "支持长沙市发展工程机械、海洋生物医药等产业。")}
    assert ("长沙市", "industry/construction-machinery") in found
    assert len(found) == 2


def test_umbrella_and_generic_objects_are_not_paired(run) -> None:
    assert clusters_of(run, "支持长沙市发展壮大民营经济和县域经济。") == []
    assert clusters_of(run, "鼓励长沙市大力发展新兴产业。") == []


def test_places_inside_organisation_names_or_models_qualify_no_industry(run) -> None:
    # 国办发〔2019〕2号; 国发〔2018〕38号 (一)
    assert clusters_of(run, "这是由上海市医药集中招标采购事务管理所组织实施集中采购的结果。") == []
    assert clusters_of(run, "借鉴北京市服务业扩大开放综合试点经验，放宽外籍技术人员的比例要求。") == []


# Constructed sentences (issue #8): place–industry as an open-vocabulary relation.

def names_of(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(c.place.name, c.industry.name) for c in extraction.clusters]


def test_a_place_directly_before_a_term_the_scheme_lacks(run) -> None:
    assert names_of(run, "推动成都航空物流加快发展。") == [("成都市", "航空物流")]
    assert names_of(run, "做大做强广西的林果种植。") == [("广西壮族自治区", "林果种植")]
    _, extraction = run("推动成都航空物流加快发展。")
    assert extraction.clusters[0].industry.broader == "industry/logistics"


def test_a_trade_heading_an_organisation_name_is_no_industry_of_the_place(run) -> None:
    assert names_of(run, "江西省旅游局负责组织实施。") == []
    assert names_of(run, "允许区内金融机构向香港地区金融同业拆借资金。") == []


def test_a_proper_name_between_place_and_head_blocks_the_term(run) -> None:
    assert names_of(run, "推进海南博鳌会展旅游发展。") == []
    # a county named there is itself a place qualifying the industry
    assert names_of(run, "推进四川九寨沟旅游恢复重建。") == [("九寨沟县", "旅游业")]


def test_developing_and_building_terms_the_scheme_lacks(run) -> None:
    found = names_of(run, "支持黑龙江省发展寒地水稻种植和生猪养殖。")
    assert ("黑龙江省", "寒地水稻种植") in found and ("黑龙江省", "生猪养殖") in found
    assert names_of(run, "支持郑州市建设航空物流枢纽。") == [("郑州市", "航空物流")]


def test_an_industry_located_in_a_place(run) -> None:
    assert clusters_of(run, "新能源汽车产业主要布局在合肥市。") == [("合肥市", "industry/new-energy-vehicles")]
    assert clusters_of(run, "引导家具制造业在赣州集聚发展。") == [("赣州市", "industry/furniture")]
    assert clusters_of(run, "新能源汽车产业在合肥市召开座谈会。") == []


def test_a_park_name_gives_its_industry_with_its_modifiers(run) -> None:
    assert names_of(run, "支持三亚崖州湾深海科技旅游产业园建设。") == [("三亚崖州湾深海科技旅游产业园", "科技旅游产业")]
    # the county directly before the industry qualifies it too; the province before the county does not
    assert names_of(run, "推进海南陵水国际康养旅游示范基地建设。") == [("海南陵水国际康养旅游示范基地", "国际康养旅游"),
                                                               ("陵水黎族自治县", "国际康养旅游")]


def test_scope_words_and_verbs_are_no_part_of_a_minted_term(run) -> None:
    assert names_of(run, "关于开展试点的通知\n各省人民政府：\n把贵州建设成全国大数据产业基地。\n") == [("贵州省", "大数据")]
    assert names_of(run, "海南自由贸易港要加快建立开放型经济新体制。") == []


def test_a_list_of_places_closed_by_deng_or_de_qualifies_one_industry(run) -> None:
    assert names_of(run, "加快发展大连、青岛等地的海洋渔业。") == [("大连市", "海洋渔业"), ("青岛市", "海洋渔业")]


def test_object_phrases_lose_scope_words_and_keep_their_chanye(run) -> None:
    assert names_of(run, "推动云南建设国家级花卉产业示范区。") == [("云南省", "花卉产业")]
    assert names_of(run, "支持福建泉州发展鞋服产业集群。") == [("泉州市", "鞋服产业")]
    assert names_of(run, "支持攀枝花钒钛产业发展。") == [("攀枝花市", "钒钛产业")]


def cluster_names(run, text: str) -> set[tuple[str, str]]:
    _, extraction = run(text)
    return {(c.place.name, c.industry.name) for c in extraction.clusters}


def test_industries_named_as_pillars_of_the_subject_place(run) -> None:
    found = cluster_names(run, "苏州工业园区要加快建设以电子信息、精密机械为支柱产业的现代化园区。")
    assert {("苏州工业园区", "电子信息"), ("苏州工业园区", "精密机械")} <= found
    found = cluster_names(run, "苏州工业园区以电子信息和精密机械为主导，相应发展现代物流。")  # 为主导 ending the clause
    assert {("苏州工业园区", "电子信息"), ("苏州工业园区", "精密机械")} <= found


def test_a_relative_pillar_of_no_industry(run) -> None:
    assert cluster_names(run, "支持深圳市探索以市场为主导的价格形成机制。") == set()


def test_a_later_measure_of_the_sentence_takes_the_earlier_ones_place(run) -> None:
    found = cluster_names(run, "支持苏州工业园区编制产业发展规划，重点发展生物医药、纳米技术应用等产业。")
    assert ("苏州工业园区", "生物医药") in found and ("苏州工业园区", "纳米技术应用") in found


def test_the_rows_of_a_list_a_measure_opens_name_industries_of_its_place(run) -> None:
    text = ("某某开发区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 鼓励企业在苏州工业园区内兴办以下项目：\n（一）道路、供水等基础设施；\n"
            "（二）金融、商贸、仓储运输等产业。\n")
    found = cluster_names(run, text)
    assert {("苏州工业园区", "金融"), ("苏州工业园区", "商贸"), ("苏州工业园区", "仓储运输")} <= found
    assert not any(industry in ("道路", "供水") for _, industry in found)


def test_a_place_followed_by_a_localiser_qualifies_no_industry(run) -> None:
    assert cluster_names(run, "禁止在太湖流域内倾倒工业固体废物，流域内区农业农村部门负责监督。") == set()


def test_rows_a_measure_announces_as_industries_name_each_one(run) -> None:
    text = ("某某开发区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 苏州工业园区重点发展下列产业：\n（一）生物医药与大健康产业；\n（二）新一代信息技术产业；\n"
            "（三）其他知识密集型产业。\n")
    _, extraction = run(text)
    assert [(c.place.name, c.industry.id) for c in extraction.clusters] == [
        ("苏州工业园区", "industry/biomedicine"), ("苏州工业园区", "industry/health-industry"),
        ("苏州工业园区", "industry/next-generation-it")]  # not 其他…产业 nor 下列产业: they refer to others


def test_a_sentence_announcing_industries_before_a_later_clause_with_the_colon(run) -> None:
    text = ("某某开发区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 苏州工业园区应当优化产业布局，重点发展下列高端产业、特色产业，建设先进制造业集群：\n"
            "（一）生物医药产业。支持创新药物研发。\n（二）新一代信息技术产业。\n")
    _, extraction = run(text)
    assert {("苏州工业园区", "industry/biomedicine"), ("苏州工业园区", "industry/next-generation-it")} <= {
        (c.place.name, c.industry.id) for c in extraction.clusters}


def test_rows_of_a_list_develop_industries_of_the_measures_place(run) -> None:
    # the rows of a measure whose subject is a place do what it announces: 发展/培育 and a list closed by a class
    text = ("某某开发区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 苏州工业园区通过以下方式推进转型升级：\n（一）培育总部经济，完善配套服务；\n"
            "（二）鼓励开展期货经纪、资产托管等新业态。\n")
    found = cluster_names(run, text)
    assert {("苏州工业园区", "总部经济"), ("苏州工业园区", "期货经纪"), ("苏州工业园区", "资产托管")} <= found


def test_a_section_opening_a_sentence_is_the_place_not_its_city(run) -> None:
    # the longest place at the sentence start is its subject (X片区, not the city X), 突出 names an industry too
    text = ("某某自由贸易试验区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 株洲片区重点对接长江经济带建设，突出会展经济，重点发展轨道交通装备、现代物流等产业。\n")
    found = cluster_names(run, text)
    assert {("株洲片区", "会展"), ("株洲片区", "轨道交通装备")} <= found
    assert not any(place == "株洲市" for place, _ in found)


def test_a_sentence_without_a_subject_continues_the_place_its_provision_opened_with(run) -> None:
    # 重点发展以下…产业： after a sentence whose subject is a body named after the place; the rows name the
    # industries (a qualifier between 以下 and 产业 too), a catch-all row names none, the next article inherits nothing
    text = ("某某开发区条例\n\n第一条 为了促进开发，制定本条例。\n"
            "第二条 苏州工业园区管理委员会应当编制产业规划。重点发展以下先进制造产业：\n（一）集成电路；\n"
            "（二）生物医药；\n（三）国家和省确定的其他先进制造产业。\n"
            "第三条 重点发展以下服务产业：\n（一）现代物流；\n（二）会展。\n")
    found = cluster_names(run, text)
    assert {("苏州工业园区", "集成电路"), ("苏州工业园区", "生物医药")} <= found
    assert not any(industry in ("国家", "现代物流", "会展") for _, industry in found)


def test_trade_and_finance_forms_are_industries_a_place_develops(run) -> None:
    found = cluster_names(run, "支持黑河市大力发展边境贸易和科技金融。")
    assert {("黑河市", "边境贸易"), ("黑河市", "科技金融")} <= found


def test_a_term_heading_a_zones_name_is_no_industry_of_the_place(run) -> None:
    assert cluster_names(run, "加快建设海南自由贸易港，推进福建自由贸易试验区建设。") == set()


def test_the_place_whose_advantage_a_sentence_builds_on_develops_its_industries(run) -> None:
    found = cluster_names(run, "要充分发挥青海的资源优势，加快发展石油化工、有色金属等产业。")
    assert {place for place, _ in found} == {"青海省"} and len(found) >= 2


def test_business_lines_a_zone_may_carry_on_are_its_industries(run) -> None:
    text = ("某某园区管理办法\n\n第一条 为了规范管理，制定本办法。\n"
            "第二条 苏州工业园区可以开展以下业务：\n（一）加工制造；\n（二）国际转口贸易；\n（三）其他经批准的业务。\n")
    found = cluster_names(run, text)
    assert {("苏州工业园区", "加工制造"), ("苏州工业园区", "国际转口贸易")} <= found and len(found) == 2


def test_clauses_without_a_verb_after_the_object_go_on_naming_what_is_developed(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区重点发展生物医药等战略性新兴产业，科技、金融等现代服务业和冰雪经济，"
                               "实现绿色经济发展。\n")
    assert {("苏州工业园区", industry) for industry in ("生物医药", "科技", "金融", "冰雪产业")} <= found
    assert "绿色经济" not in {industry for _, industry in found}


def test_the_field_of_the_development_and_reform_departments_is_no_industry_developed(run) -> None:
    text = ("某某条例\n\n第一条 太湖流域县级以上地方人民政府发展改革、交通运输、自然资源等部门应当按照各自职责，"
            "做好流域保护的相关工作。\n")
    assert cluster_names(run, text) == set()


def test_every_base_of_a_list_of_bases_names_an_industry_of_the_place(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 支持苏州工业园区建设新能源汽车研发基地、跨境电商物流中心、出口加工基地等产业集聚区。\n")
    assert {("苏州工业园区", "新能源汽车"), ("苏州工业园区", "跨境电商物流"), ("苏州工业园区", "出口加工")} <= found


def test_industries_whose_development_a_measure_furthers_are_the_places(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 本条例适用于苏州工业园区（以下简称园区）。\n第二条 园区应当推动航运物流、航运金融等发展，"
                               "支持数字贸易创新发展，推动园区软件信息等服务外包产业发展，拓展文化产业发展空间。"
                               "推动商业保理、股权基金等业务的发展。推进清洁能源、节能环保等绿色产业集聚发展。\n")
    assert {("苏州工业园区", industry) for industry in ("航运物流", "航运金融", "数字贸易", "软件信息", "商业保理",
                                                      "股权基金", "清洁能源", "节能环保")} <= found
    assert not any(industry.startswith(("园区", "文化")) for _, industry in found)  # no place, no 发展空间


def test_a_country_or_region_abroad_develops_no_industry_of_the_policy(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 支持苏州工业园区与东盟开展合作，推动东盟数字经济、跨境电商等产业发展。\n")
    assert not any(place == "东南亚国家联盟" for place, _ in found)


def test_industries_developed_without_a_place_are_those_of_the_area_the_title_names(run) -> None:
    found = cluster_names(run, "苏州工业园区条例\n\n第一条 为了促进园区建设，制定本条例。\n"
                               "第二条 大力发展集成电路、生物医药等产业。\n")
    assert {("苏州工业园区", "集成电路"), ("苏州工业园区", "生物医药")} <= found
    # a division the title names with an industry develops it; named alone, it is the issuer's jurisdiction
    found = cluster_names(run, "苏州市旅游业促进条例\n\n第一条 为了促进旅游业发展，制定本条例。\n第二条 大力发展乡村旅游、研学旅游。\n")
    assert {("苏州市", "乡村旅游"), ("苏州市", "研学旅游")} <= found
    assert cluster_names(run, "江苏省促进革命老区振兴发展条例\n\n第一条 为了促进振兴，制定本条例。\n"
                              "第二条 大力发展集成电路、生物医药等产业。\n") == set()


def test_what_the_enterprises_a_measure_concerns_engage_in_is_an_industry_of_its_places(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 对在苏州工业园区从事法律、会计、审计的相关组织开展业务提供便利。\n"
                               "第二条 禁止在苏州工业园区从事围网养殖的单位扩大规模。苏州工业园区应当支持从事生产、服务的企业。\n")
    assert {("苏州工业园区", industry) for industry in ("法律", "会计", "审计")} <= found
    # the kind of body may be qualified: 从事X等业务的金融机构
    assert {("苏州工业园区", "商业保理"), ("苏州工业园区", "信托")} <= cluster_names(
        run, "某某条例\n\n第一条 支持在苏州工业园区设立从事信托、期货投资、商业保理等业务的金融机构。\n")
    assert not {industry for _, industry in found} & {"围网养殖", "生产", "服务"}  # prohibited; activities of any kind


def test_a_chain_or_cluster_a_place_builds_or_forms_names_its_industries(run) -> None:
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区应当加快构建集成电路、生物医药和跨境物流产业链，形成新能源汽车产业集群。\n")
    named = {(place, industry.removesuffix("产业")) for place, industry in found}
    assert {("苏州工业园区", industry) for industry in ("集成电路", "生物医药", "跨境物流", "新能源汽车")} <= named


def test_a_long_list_object_is_read_to_the_class_that_closes_it(run) -> None:
    # the object runs past forty characters: its last items and the 等…服务业 that declares the list still count
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区加快发展现代物流、研发设计、科技服务、工业设计、知识产权服务、信息技术服务、"
                               "法律服务、金融服务等生产性服务业。\n")
    assert {("苏州工业园区", industry) for industry in ("法律服务", "金融服务")} <= found


def test_modern_services_are_an_industry_a_place_develops(run) -> None:
    # 现代服务业 is a class of the national statistics, not an umbrella word like 服务业 or 新兴产业
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区推动现代服务业集聚发展，大力发展新兴产业。\n")
    assert found == {("苏州工业园区", "现代服务业")}


def test_industries_a_place_makes_into_its_products_are_its_industries(run) -> None:
    # 打造 develops what it names when its object is a list of industries, not a destination or a brand
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区应当制定旅游发展规划，支持企业打造冰雪旅游、工业旅游等具有核心竞争力的"
                               "旅游产品，打造国际旅游目的地和文化旅游品牌。\n")
    assert found == {("苏州工业园区", "冰雪产业"), ("苏州工业园区", "工业旅游")}  # 冰雪旅游 is a surface of 冰雪产业


def test_a_list_of_departments_before_a_park_is_no_list_of_industries(run) -> None:
    # 082: the duties of a park's committee list the departments it coordinates in the park
    text = ("中国—马来西亚钦州产业园区条例\n\n第一条 为了促进产业园区建设，制定本条例。\n\n第二条 "
            "中国—马来西亚钦州产业园区管理委员会（以下简称园区管委会）负责产业园区的管理。\n\n第三条 "
            "园区管委会履行以下职责：协调公安、环境保护、安全生产以及海事、税务等部门在产业园区内的行政管理工作。")
    _, extraction = run(text)
    assert extraction.clusters == []
    roles = {(r.actor.name, r.role, m.provision.number) for m in extraction.measures for r in m.roles}
    assert ("中国—马来西亚钦州产业园区管理委员会", "responsible", "第三条") in roles


def test_a_place_furthering_an_industry_after_its_own_verb(run) -> None:
    # 支持X推进Y发展: the industry starts after the place and the place's verb
    found = cluster_names(run, "某某条例\n\n第一条 本市支持苏州工业园区推进数字创意产业发展。\n")
    assert found == {("苏州工业园区", "数字创意")}  # a concept of the scheme


def test_a_verb_of_developing_doubled_reads_its_whole_object(run) -> None:
    # 培育发展A、B等新业态: the first item is read without the 发展 that doubles the verb
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区培育发展数据经纪、数据运营等新业态。\n")
    assert found == {("苏州工业园区", "数据经纪"), ("苏州工业园区", "数据运营")}


def test_the_industries_a_system_of_industries_is_built_from(run) -> None:
    # 以A、B为代表的…产业体系 declares its items industries; 以X为核心的…经济体系 names what drives an economy
    found = cluster_names(run, "某某条例\n\n第一条 苏州工业园区建设以新型国际贸易、跨境金融服务为代表的开放型产业体系。\n")
    assert found == {("苏州工业园区", "新型国际贸易"), ("苏州工业园区", "跨境金融服务")}
    assert cluster_names(run, "某某条例\n\n第一条 苏州工业园区构建以创新驱动为核心的现代化经济体系。\n") == set()
