"""Corpus builds: one task per document, a manifest of what was built, versioned output folders."""
