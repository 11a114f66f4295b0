"""Load built graphs into pyoxigraph stores: in memory for one run, or on disk for serving."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from pyoxigraph import RdfFormat, Store
from rdflib import Dataset

from kg.errors import InputError
from kg.store.formats import format_for

STORE_SCHEME = "oxigraph:"


def _load_file(store: Store, path: Path) -> None:
    """Bulk-load one graph file into ``store``; parser errors become :class:`InputError`."""
    if not path.is_file():
        raise InputError("graph file not found (run `policykg build` first, or pass --graph)", path=path)
    fmt = format_for(path)
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"cannot parse as {fmt.name}: {exc}", path=path) from exc
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read: {exc}", path=path) from exc


def _load_dataset(store: Store, dataset: Dataset) -> None:
    """Copy an rdflib Dataset (all its named graphs) into ``store`` through N-Quads."""
    data = dataset.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, format=RdfFormat.N_QUADS)


def save_store(dataset_or_file: Dataset | Path | str, directory: Path | str) -> Path:
    """Write a graph into an on-disk Oxigraph store at ``directory``, replacing it atomically.

    The store is built in a sibling temporary folder, optimised, and then renamed into place,
    so a reader never sees a half-loaded store. Returns the store folder.
    """
    directory = Path(directory)
    directory.parent.mkdir(parents=True, exist_ok=True)
    build_dir = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
    try:
        store = Store(str(build_dir))
        if isinstance(dataset_or_file, Dataset):
            _load_dataset(store, dataset_or_file)
        else:
            _load_file(store, Path(dataset_or_file))
        store.optimize()
        store.flush()
        del store
        old_dir = None
        if directory.exists():
            old_dir = directory.with_name(f".{directory.name}-old")
            shutil.rmtree(old_dir, ignore_errors=True)
            directory.rename(old_dir)
        build_dir.rename(directory)
        if old_dir is not None:
            shutil.rmtree(old_dir, ignore_errors=True)
    except BaseException:
        shutil.rmtree(build_dir, ignore_errors=True)
        raise
    return directory


def open_source(spec: str | Path) -> Store:
    """A store to query: ``oxigraph:DIR`` opens an on-disk store read-only; a graph file is loaded in memory."""
    text = str(spec)
    if text.startswith(STORE_SCHEME):
        directory = Path(text[len(STORE_SCHEME):])
        if not directory.is_dir():
            raise InputError("Oxigraph store folder not found", path=directory)
        try:
            return Store.read_only(str(directory))
        except OSError as exc:
            raise InputError(f"cannot open Oxigraph store: {exc}", path=directory) from exc
    store = Store()
    _load_file(store, Path(spec))
    return store
