"""The on-disk store as versions: ``DIR`` is a link to ``.DIR.versions/<id>``, switched in one rename.

A new version is a fresh bulk load of every shard, or — when the current version is the one the
previous build wrote — a hard-link backup of it changed graph by graph (cheap for ``add``/``remove``).
A server reading the old version keeps it until it lets go (see :func:`kg.corpus.versions.reading`).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.corpus.manifest import Manifest
from kg.corpus.versions import Versions, fault_point
from kg.errors import PolicyKGError
from kg.graph.iris import REFERENCE_GRAPH, graph_iri

REFERENCE_SHARD = "reference.nq"


class StoreHoldsOthers(PolicyKGError):
    """A build would silently drop documents the store holds."""


def store_versions(directory: Path) -> Versions:
    """The versions of the store at ``directory`` (its link), beside it in ``.NAME.versions``."""
    return Versions(directory, directory.parent / f".{directory.name}.versions",
                    directory.parent / f".{directory.name}.lock")


class _Chain(io.RawIOBase):
    """Several files read as one stream (one bulk load for many shards)."""

    def __init__(self, paths: Iterable[Path]) -> None:
        self._paths, self._current = iter(paths), None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._current is None:
                path = next(self._paths, None)
                if path is None:
                    return 0
                self._current = open(path, "rb")
            count = self._current.readinto(buffer)
            if count:
                return count
            self._current.close()
            self._current = None


def backup_store(folder: Path, version: Path) -> None:
    """A copy of the store in ``folder`` at ``version`` (hard links where the file system allows)."""
    ox.Store.read_only(str(folder)).backup(str(version))


def shard_paths(build: Path, manifest: Manifest, slugs: Iterable[str] | None = None) -> list[Path]:
    """The shards of ``slugs`` (default: every document) in slug order, then the reference shard."""
    chosen = sorted(manifest.documents if slugs is None else slugs)
    return [*(build / manifest.documents[slug].shard for slug in chosen), build / REFERENCE_SHARD]


def load_store(directory: Path, shards: list[Path]) -> ox.Store:
    """A new on-disk store at ``directory`` holding the quads of ``shards`` (one bulk load)."""
    store = ox.Store(str(directory))
    store.bulk_load(io.BufferedReader(_Chain(shards), 1 << 20), format=ox.RdfFormat.N_QUADS)
    return store


def document_graphs(store: ox.Store) -> set[str]:
    """IRIs of the document graphs a store holds (every named graph but the reference graph)."""
    return {graph.value for graph in store.named_graphs()} - {str(REFERENCE_GRAPH)}


def load_version(stores: Versions, build: Path, manifest: Manifest, *, previous: Manifest | None,
                 rebuilt: set[str], replace: bool) -> Path:
    """Write the store version for the build in ``build`` (not yet current); returns its folder.

    Refuses (unless ``replace``) when the current store holds document graphs the build has not."""
    current = stores.current()
    wanted = {str(graph_iri(slug)) for slug in manifest.documents}
    held: set[str] = set()
    if current is not None:
        held = document_graphs(ox.Store.read_only(str(current)))
        dropped = held - wanted
        if dropped and not replace:
            raise StoreHoldsOthers(f"the store holds {len(dropped)} document graph(s) this build does not "
                                   f"have (e.g. {min(dropped)}); use `policykg add` to add documents, or "
                                   "--replace to replace the store's content", path=stores.link)
    new = stores.new_version()
    new.rmdir()
    if current is not None and previous is not None and previous.store_version == current.name:
        backup_store(current, new)
        store = ox.Store(str(new))
        changed = {str(graph_iri(slug)) for slug in rebuilt}
        for graph in sorted(held - wanted):
            store.remove_graph(ox.NamedNode(graph))
        for graph in sorted((changed & held) | {str(REFERENCE_GRAPH)}):
            store.clear_graph(ox.NamedNode(graph))
        fault_point("store-cleared")
        added = [slug for slug in manifest.documents if str(graph_iri(slug)) in (changed | (wanted - held))]
        store.bulk_load(io.BufferedReader(_Chain(shard_paths(build, manifest, added)), 1 << 20),
                        format=ox.RdfFormat.N_QUADS)
    else:
        store = load_store(new, shard_paths(build, manifest))
        store.optimize()
    store.flush()
    manifest.store_version = new.name
    return new
