"""Turn extracted facts into RDF: IRIs, triples with provenance, named graphs, and graph files."""
