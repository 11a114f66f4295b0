"""Run SELECT queries on a pyoxigraph store and get plain Python values back."""

from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, QuerySolutions, Store, Variable

from kg.errors import InputError

Term = NamedNode | BlankNode | Literal


def term_value(term: object | None) -> str | None:
    """The lexical value of a term: the IRI, the literal's text, ``_:id`` for blank nodes."""
    if term is None:
        return None
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value  # type: ignore[attr-defined]


def select_terms(store: Store, sparql: str, *, bindings: dict[str, Term] | None = None,
                 ) -> tuple[list[str], list[tuple[Term | None, ...]]]:
    """Run a SELECT query over the union of all graphs; rows hold pyoxigraph terms (or None).

    ``bindings`` pre-binds variables (SPARQL substitution), so values never enter the query text.
    Raises :class:`InputError` with the parser's message when the query is malformed or not a SELECT.
    """
    substitutions = {Variable(name): term for name, term in (bindings or {}).items()}
    try:
        result = store.query(sparql, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as exc:
        raise InputError(f"malformed SPARQL: {exc}") from exc
    if not isinstance(result, QuerySolutions):
        raise InputError("expected a SELECT query")
    names = [variable.value for variable in result.variables]
    return names, [tuple(solution[name] for name in names) for solution in result]


def select(store: Store, sparql: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """Run a SELECT query; rows hold plain strings (IRI, literal text, ``_:id``) or None when unbound."""
    names, rows = select_terms(store, sparql)
    return names, [tuple(term_value(term) for term in row) for row in rows]
