"""How each class is drawn: colour, shape and legend names (Chinese and English)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.vocab import PKG

GREY = "#9e9e9e"


@dataclass(frozen=True)
class ClassStyle:
    """The look of one class of node."""

    key: str
    zh: str
    en: str
    color: str
    shape: str


# Most specific first: a node takes the first style whose class it has.
CLASS_STYLES: tuple[tuple[URIRef, ClassStyle], ...] = (
    (PKG.PolicyDocument, ClassStyle("document", "政策文件", "policy document", "#37474f", "box")),
    (PKG.Provision, ClassStyle("provision", "条款", "provision", "#90a4ae", "square")),
    (PKG.Measure, ClassStyle("measure", "措施", "measure", "#ef6c00", "diamond")),
    (PKG.Target, ClassStyle("target", "目标", "target", "#fbc02d", "star")),
    (PKG.FinancialInstitution, ClassStyle("finance", "金融机构", "financial institution", "#6a1b9a", "triangle")),
    (PKG.GovernmentAgency, ClassStyle("agency", "政府机构", "government agency", "#8e24aa", "triangle")),
    (PKG.Actor, ClassStyle("actor", "主体", "actor", "#ab47bc", "triangle")),
    (PKG.Province, ClassStyle("province", "省级", "province", "#0d47a1", "dot")),
    (PKG.City, ClassStyle("city", "城市", "city", "#1976d2", "dot")),
    (PKG.District, ClassStyle("district", "区", "district", "#42a5f5", "dot")),
    (PKG.County, ClassStyle("county", "县", "county", "#64b5f6", "dot")),
    (PKG.IndustrialPark, ClassStyle("park", "园区", "industrial park", "#00838f", "hexagon")),
    (PKG.Region, ClassStyle("region", "区域", "region", "#26a69a", "ellipse")),
    (PKG.Place, ClassStyle("place", "地点", "place", "#4fc3f7", "dot")),
    (PKG.IndustryCluster, ClassStyle("cluster", "产业集群", "industry cluster", "#558b2f", "hexagon")),
    (PKG.Industry, ClassStyle("industry", "产业", "industry", "#2e7d32", "ellipse")),
)

# Ten colours that stay apart on white, for communities (then grey).
COMMUNITY_COLORS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                    "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")


def style_for(types: set[URIRef]) -> ClassStyle | None:
    """The style of the most specific known class among ``types``; None when none is known."""
    for cls, style in CLASS_STYLES:
        if cls in types:
            return style
    return None


def community_color(index: int) -> str:
    """Colour of the ``index``-th community (0-based, largest first); grey beyond the palette."""
    return COMMUNITY_COLORS[index] if index < len(COMMUNITY_COLORS) else GREY
