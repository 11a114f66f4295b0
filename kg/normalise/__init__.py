"""Normalisation: read policy files (plain text or HTML, any common Chinese encoding) and turn
them into clean Simplified Chinese text with a character offset map back to the original."""

from kg.normalise.model import NormalisedText, SourceDocument
from kg.normalise.pipeline import load, normalise
from kg.normalise.read import read_source

__all__ = ["NormalisedText", "SourceDocument", "load", "normalise", "read_source"]
