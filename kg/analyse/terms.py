"""Terms of the analysis graph: the ``pkg:`` analysis vocabulary and the analysis graph's IRI."""

from __future__ import annotations

from kg.vocab import PKG, PKGD

PlacePairing = PKG.PlacePairing
IndustryPairing = PKG.IndustryPairing
Community = PKG.Community
pairMember = PKG.pairMember
weight = PKG.weight
jaccard = PKG.jaccard
sharedMeasure = PKG.sharedMeasure
sharedIndustry = PKG.sharedIndustry
communityMember = PKG.communityMember
bindingMeasure = PKG.bindingMeasure
modularity = PKG.modularity

ANALYSIS_GRAPH = PKGD["graph/analysis"]
