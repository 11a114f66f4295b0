"""Oxigraph stores: load a built graph fast, keep it on disk, and run SELECT queries on it."""

from kg.store.oxigraph import STORE_SCHEME, open_source, save_store
from kg.store.select import select, select_terms, term_value

__all__ = ["STORE_SCHEME", "open_source", "save_store", "select", "select_terms", "term_value"]
