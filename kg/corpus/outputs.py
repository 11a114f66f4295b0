"""The output folder: ``out/graph.*`` and ``out/manifest.json`` are fixed links into ``out/current``,
which names one complete build in ``out/.builds/``; a build switches ``current`` in one rename."""

from __future__ import annotations

import os
from pathlib import Path

from kg.corpus.manifest import MANIFEST
from kg.corpus.versions import LEGACY, Versions, fault_point
from kg.graph.write import OUTPUT_FILES

ENTRIES = (*OUTPUT_FILES, MANIFEST)


class OutputFolder(Versions):
    """``out/``: versions under ``.builds``, the ``current`` link, and one link per output file."""

    def __init__(self, out: Path) -> None:
        super().__init__(out / "current", out / ".builds", out / ".lock")
        self.out = out

    def publish(self, version: Path) -> None:
        """Switch to ``version``; files of an older layout (plain files in ``out/``) first become a
        version of their own, so no reader ever sees files of two builds side by side."""
        self._adopt_plain_files()
        super().publish(version)
        self._link_entries()

    def _adopt_plain_files(self) -> None:
        plain = [name for name in ENTRIES if (self.out / name).is_file() and not (self.out / name).is_symlink()]
        if not plain:
            return
        if self.current() is None:
            legacy = self.versions / LEGACY
            legacy.mkdir(parents=True, exist_ok=True)
            for name in plain:
                (legacy / name).unlink(missing_ok=True)
                os.link(self.out / name, legacy / name)
            self.switch(legacy)
        self._link_entries()

    def _link_entries(self) -> None:
        for name in ENTRIES:
            entry, target = self.out / name, f"{self.link.name}/{name}"
            if entry.is_symlink() and os.readlink(entry) == target:
                continue
            temporary = entry.with_name(f".{name}.link-{os.getpid()}")
            temporary.unlink(missing_ok=True)
            os.symlink(target, temporary)
            os.replace(temporary, entry)
            fault_point(f"linked-{name}")


def out_versions(out: Path) -> OutputFolder:
    return OutputFolder(out)
