"""Writing a file again from byte ranges of other files and a few new bytes, and finding lines in a file
of sorted lines: how the build's four files are written after a few graphs changed
(:mod:`kg.graph.write`) in time that follows the change, not the corpus. Unchanged ranges are copied
by the kernel (``copy_file_range``), never read into this process.
"""

from __future__ import annotations

import errno
import mmap
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

Span = tuple[int, int]  # the start and end (byte offsets) of a part of a file
_BUFFER = 1 << 20


class Splicer:
    """An output file written front to back from pieces: byte ranges of open files (adjacent ranges of
    one file copied in one call) and bytes. :attr:`position` is where the next piece starts."""

    def __init__(self, fd: int) -> None:
        self.fd, self.position = fd, 0
        self._pending: tuple[int, int, int] | None = None  # a range not yet copied: (source fd, start, end)
        self._buffer = bytearray()

    def copy(self, source: int, start: int, end: int) -> Span:
        """Append bytes ``start``–``end`` of the open file ``source``."""
        if self._pending and self._pending[0] == source and self._pending[2] == start:
            self._pending = (source, self._pending[1], end)
        else:
            self.flush()
            self._pending = (source, start, end)
        return self._advance(end - start)

    def write(self, data: bytes) -> Span:
        """Append ``data``."""
        self._flush_range()
        self._buffer += data
        if len(self._buffer) >= _BUFFER:
            self._flush_bytes()
        return self._advance(len(data))

    def append_file(self, path: Path, skip: int = 0) -> Span:
        """Append the file ``path`` from byte ``skip`` on."""
        self.flush()
        with open(path, "rb") as stream:
            end = os.fstat(stream.fileno()).st_size
            copy_range(stream.fileno(), skip, end, self.fd)
        return self._advance(end - skip)

    def flush(self) -> None:
        self._flush_range()
        self._flush_bytes()

    def _advance(self, length: int) -> Span:
        self.position += length
        return self.position - length, self.position

    def _flush_range(self) -> None:
        if self._pending:
            copy_range(*self._pending, self.fd)
            self._pending = None

    def _flush_bytes(self) -> None:
        with memoryview(self._buffer) as data:
            written = 0
            while written < len(data):
                written += os.write(self.fd, data[written:])
        self._buffer.clear()


@contextmanager
def splicing(target: Path) -> Iterator[Splicer]:
    """A :class:`Splicer` writing ``target`` (created or emptied), flushed when the block ends."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        splicer = Splicer(fd)
        yield splicer
        splicer.flush()
    finally:
        os.close(fd)


def copy_range(source: int, start: int, end: int, target: int) -> None:
    """Append bytes ``start``–``end`` of ``source`` to ``target`` (at its file offset), in the kernel
    where the file system lets it, else through a buffer."""
    while start < end:
        try:
            copied = os.copy_file_range(source, target, end - start, start)
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
                raise
            copied = os.write(target, os.pread(source, min(end - start, _BUFFER), start))
        if copied == 0:
            raise OSError(errno.EIO, f"file {source} ends before byte {end}")
        start += copied


@contextmanager
def mapped(path: Path) -> Iterator[bytes | mmap.mmap]:
    """The bytes of ``path``, mapped (read lazily, page by page)."""
    with open(path, "rb") as stream:
        if os.fstat(stream.fileno()).st_size == 0:
            yield b""
            return
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as text:
            yield text


def lower_bound(text: bytes | mmap.mmap, key: bytes, start: int = 0) -> int:
    """The offset of the first line of ``text`` not less than ``key`` (lines without their newline, in
    byte order, as ``sort`` in the C locale orders them), searching from ``start`` (a line's start)."""
    low, high = start, len(text)
    while low < high:
        line = text.rfind(b"\n", low, (low + high) // 2) + 1 or low
        end = text.find(b"\n", line) + 1 or len(text)
        if text[line:end].rstrip(b"\n") < key:
            low = end
        else:
            high = line
    return low


def line_range(text: bytes | mmap.mmap, prefix: bytes) -> Span:
    """The span of the lines of ``text`` (sorted) that start with ``prefix``."""
    start = lower_bound(text, prefix)
    return start, lower_bound(text, prefix + b"\xff", start)  # no UTF-8 text holds 0xff
