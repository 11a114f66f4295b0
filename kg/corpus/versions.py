"""Folders that switch from one complete version to the next in one atomic step.

A versioned folder keeps each build in its own directory and one symbolic link, ``link``, that
names the current one. A new version is written in full beside the old, then the link is replaced
by ``rename(2)`` — atomic on POSIX — so a reader, or a build killed at any moment, sees the old
version or the new one, never a mix. Leftovers of killed runs (versions no link names, temporary
links) are removed by the next run. An ``fcntl`` lock keeps two builds apart; readers (a server)
take a shared lock on the version they opened so it is not deleted under them.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import PolicyKGError

LEGACY = "legacy"
_FAULT = os.environ.get("POLICYKG_FAULT")  # test hook: "stage:N" raises SystemExit at that stage


def fault_point(stage: str) -> None:
    """Die here when the fault-injection test asks for it (``POLICYKG_FAULT=stage``); no-op otherwise."""
    if _FAULT == stage:
        os._exit(70)


class Locked(PolicyKGError):
    """Another build holds the lock."""


class Versions:
    """Versions of one folder: ``link`` → ``versions/<id>``; ``lock`` serialises writers."""

    def __init__(self, link: Path, versions: Path, lock: Path) -> None:
        self.link, self.versions, self.lock_path = link, versions, lock

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the writer lock (non-blocking: a second writer gets a one-line error)."""
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise Locked(f"locked by another build ({self.lock_path.name} is held); try again when it ends",
                             path=self.link) from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def current(self) -> Path | None:
        """The folder of the current version, or None before the first build."""
        if self.link.is_symlink():
            target = self.link.parent / os.readlink(self.link)
            return target if target.is_dir() else None
        return None

    def new_version(self) -> Path:
        """A fresh, empty version folder (not yet current)."""
        self.versions.mkdir(parents=True, exist_ok=True)
        name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
        folder = self.versions / name
        folder.mkdir()
        return folder

    def publish(self, version: Path) -> None:
        """Make ``version`` current in one rename, then remove the versions nobody uses."""
        self.switch(version)
        self.clean()

    def switch(self, version: Path) -> None:
        """Make ``version`` current in one rename (nothing removed)."""
        fault_point("before-switch")
        temporary = self.link.with_name(f".{self.link.name}.switch-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        os.symlink(os.path.relpath(version, self.link.parent), temporary)
        fault_point("link-made")
        os.replace(temporary, self.link)
        fault_point("after-switch")

    def clean(self) -> None:
        """Remove leftovers: versions other than the current one that no reader holds, stray links."""
        current = self.current()
        for stray in self.link.parent.glob(f".{self.link.name}.switch-*"):
            if stray.is_dir() and not stray.is_symlink():
                shutil.rmtree(stray, ignore_errors=True)  # an older plain folder swapped out by adopt_folder
            else:
                stray.unlink(missing_ok=True)
        if not self.versions.is_dir():
            return
        for folder in self.versions.iterdir():
            if folder.is_dir() and (current is None or folder.resolve() != current.resolve()) and not _in_use(folder):
                shutil.rmtree(folder, ignore_errors=True)
                reader_lock(folder).unlink(missing_ok=True)

    def adopt_folder(self, copy: Callable[[Path, Path], None]) -> None:
        """Turn a plain folder at ``link`` (an older store) into the first version, in one step.

        ``copy(folder, version)`` makes the version (for a store: a hard-link backup); then the folder
        and a link to the version swap places atomically (``renameat2(RENAME_EXCHANGE)``)."""
        if not self.link.is_dir() or self.link.is_symlink():
            return
        legacy = self.versions / LEGACY
        shutil.rmtree(legacy, ignore_errors=True)
        self.versions.mkdir(parents=True, exist_ok=True)
        copy(self.link, legacy)
        temporary = self.link.with_name(f".{self.link.name}.switch-{os.getpid()}")
        temporary.unlink(missing_ok=True)
        os.symlink(os.path.relpath(legacy, self.link.parent), temporary)
        fault_point("adopt-linked")
        _exchange(temporary, self.link)
        fault_point("adopt-exchanged")
        shutil.rmtree(temporary, ignore_errors=True)


def _exchange(first: Path, second: Path) -> None:
    """Swap two paths atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``)."""
    libc = ctypes.CDLL(None, use_errno=True)
    at_fdcwd, rename_exchange = -100, 2
    if libc.renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) != 0:
        error = ctypes.get_errno()
        raise PolicyKGError(f"cannot switch to a versioned store: {os.strerror(error)}", path=second)


def reader_lock(version: Path) -> Path:
    return version.with_name(version.name + ".readers")


def _in_use(version: Path) -> bool:
    path = reader_lock(version)
    if not path.exists():
        return False
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


@contextmanager
def reading(version: Path) -> Iterator[Path]:
    """Hold a shared lock on ``version`` while reading it, so a build does not delete it meanwhile."""
    with open(reader_lock(version), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        try:
            yield version
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
