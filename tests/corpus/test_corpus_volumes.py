"""A large plain-text document read in a stream of volumes (issue 12, inputs with bounded cost): the files
of a build in parts wherever the volumes are cut before top-level headings, a peak of memory that does
not follow the text, spill files that never outlive the build, the refusal and errors of a whole read."""

from __future__ import annotations

import tracemalloc
from contextlib import ExitStack
from pathlib import Path

import pytest

import kg.corpus.document as document
import kg.corpus.parts as parts
import kg.corpus.volumes as volumes
from kg.corpus.document import COMPANIONS, build_document
from kg.corpus.size import SizePolicy
from kg.corpus.volumes import open_document

IN_PARTS = SizePolicy(max_mb=100, parts_from_mb=0.0, stream_from_mb=None)


def streamed(volume_chars: int, **limits) -> SizePolicy:
    """Every plain-text file read in a stream of volumes of ``volume_chars``, with progress."""
    return SizePolicy(**{"max_mb": 100, **limits}, parts_from_mb=0.0, stream_from_mb=0.0,
                      volume_chars=volume_chars, progress_from_mb=0.0)


def spill_files(folder: Path) -> list[Path]:
    return list(folder.glob(f"*{volumes.VOLUME_SUFFIX}*"))


@pytest.mark.parametrize("lines", [True, False], ids=["lines", "one line"])
def test_a_compilation_streamed_in_volumes_gives_the_files_of_its_build_in_parts(
        tmp_path, monkeypatch, capsys, compilation, lines) -> None:
    monkeypatch.setattr(parts, "PART_CHARS", 1)  # each top-level provision a part, in both builds
    path = tmp_path / "laws.txt"
    path.write_text(compilation(12, lines=lines), encoding="utf-8")  # 12 parts (编) of 2,300 to 12,500 characters
    whole = build_document(path, tmp_path / "whole.nq", validate=False, size=IN_PARTS)
    capsys.readouterr()
    cut = build_document(path, tmp_path / "streamed.nq", validate=False, size=streamed(12_000))
    progress = capsys.readouterr().err
    assert whole.error is None and cut.error is None
    for suffix in ("", *COMPANIONS):  # the shard, and the fragments and facts made from it
        assert (tmp_path / f"whole.nq{suffix}").read_bytes() == (tmp_path / f"streamed.nq{suffix}").read_bytes(), suffix
    assert (cut.triples, cut.stats, cut.slug) == (whole.triples, whole.stats, whole.slug)
    assert whole.stats["provisions"] > 600
    assert ": read (" in progress and "volume 5 of 6: structure found" in progress
    assert "extracted 90 % of the characters" in progress and ": shard written (" in progress.splitlines()[-1]
    assert not spill_files(tmp_path) and not list(tmp_path.glob("*.part-*"))


def test_reading_and_structuring_a_streamed_text_holds_a_volume_not_the_text(tmp_path, compilation) -> None:
    text = compilation(30)
    path = tmp_path / "large.txt"
    path.write_text(text * (8_000_000 // len(text.encode("utf-8")) + 1), encoding="utf-8")
    megabytes = path.stat().st_size / 1e6  # about 8 MB of text

    size = streamed(100_000)
    tracemalloc.start()  # the peak while the file is read and every volume structured
    try:
        with ExitStack() as held:
            read, pieces, _, _ = open_document(path, tmp_path / "shard.nq", size, size.progress(path), held)
            del read
            for piece in pieces:
                assert piece.part.provisions and 0 < len(piece.read.structure.text) <= 100_000
                del piece
            assert len(spill_files(tmp_path)) == 30
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    assert peak < megabytes / 2  # a whole read holds the file's bytes and its text: over 1.6 times the file
    assert not spill_files(tmp_path)


def test_a_streamed_text_above_the_limit_is_refused_with_the_whole_reads_line_and_no_file_left(
        tmp_path, compilation) -> None:
    path = tmp_path / "laws.txt"
    path.write_text(compilation(12), encoding="utf-8")
    whole = build_document(path, tmp_path / "whole.nq", size=SizePolicy(max_mb=0.1, stream_from_mb=None))
    cut = build_document(path, tmp_path / "streamed.nq", size=streamed(3_000, max_mb=0.1))
    assert cut.error == whole.error and "0.156 MB of normalised text, more than the limit of 0.1 MB" in cut.error
    assert cut.exit_code == whole.exit_code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laws.txt"]


def test_a_build_failing_inside_a_streamed_text_leaves_no_spill_file(tmp_path, monkeypatch, compilation) -> None:
    path = tmp_path / "laws.txt"
    path.write_text(compilation(6), encoding="utf-8")
    built = []

    def fail_on_the_third(piece, *args, **kwargs):
        built.append(piece)
        if len(built) == 3:
            assert spill_files(tmp_path)
            raise RuntimeError("killed")
        return original(piece, *args, **kwargs)

    original = document._build_part
    monkeypatch.setattr(document, "_build_part", fail_on_the_third)
    with pytest.raises(RuntimeError, match="killed"):
        build_document(path, tmp_path / "streamed.nq", validate=False, size=streamed(3_000))
    assert not spill_files(tmp_path)


def test_a_file_that_is_not_utf8_past_its_first_bytes_is_read_whole_with_the_whole_reads_error(
        tmp_path, monkeypatch, compilation) -> None:
    monkeypatch.setattr(volumes, "PREFIX_BYTES", 4096)  # the encoding is judged on 4 KB
    path = tmp_path / "mixed.txt"
    path.write_bytes(compilation(2).encode("utf-8") + compilation(1).encode("gb18030"))
    whole = build_document(path, tmp_path / "whole.nq", size=SizePolicy(stream_from_mb=None))
    cut = build_document(path, tmp_path / "streamed.nq", size=streamed(3_000))
    assert cut.error == whole.error and "is not valid UTF-8" in cut.error
    assert not spill_files(tmp_path)
