"""One annotation layer per document: recognisers write spans, one policy resolves them.

``spans`` holds the value types (``Span``, ``SpanIndex``, ``AnnotationLayer``), ``resolve`` the
policy (word boundaries, longest span first, priorities between sources) and ``kinds`` the one
table from entity kinds to ontology classes.
"""

from kg.annotate.kinds import ACTOR_KINDS, PLACE_KINDS, ontology_class, ontology_classes
from kg.annotate.resolve import filter_spans, on_boundaries
from kg.annotate.spans import AnnotationLayer, Span, SpanIndex

__all__ = ["ACTOR_KINDS", "PLACE_KINDS", "AnnotationLayer", "Span", "SpanIndex", "filter_spans",
           "on_boundaries", "ontology_class", "ontology_classes"]
