"""Legacy Chinese encodings told apart by plausibility: Big5 is never built as GB18030 mojibake."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import opencc
import pytest

from kg.errors import InputError
from kg.normalise import load, read_source
from kg.normalise.encoding import legacy_readings, plausibility, utf16_without_bom

GOLD_TEXTS = Path(__file__).resolve().parents[2] / "gold" / "texts"
# A real passage (国办发〔1996〕32号, a development gold text), Simplified and in Traditional characters.
SIMPLIFIED = load(GOLD_TEXTS / "govcn-052.html").text[:1500]
TRADITIONAL = opencc.OpenCC("s2t").convert(SIMPLIFIED)


def _written(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "policy.txt"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs"])
def test_big5_text_is_decoded_as_big5_not_gb18030(tmp_path: Path, encoding: str) -> None:
    data = TRADITIONAL.encode(encoding, errors="ignore")
    assert data.decode("gb18030", errors="strict")  # the trap: Big5 bytes are valid GB18030
    source = read_source(_written(tmp_path, data))
    assert source.encoding in {"big5", "big5hkscs"}
    assert source.text == data.decode(encoding)
    title = SIMPLIFIED.split("\n")[0]
    assert load(_written(tmp_path, data)).text.split("\n")[0] == title


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "gb2312"])
def test_gb_family_text_is_decoded_as_gb18030(tmp_path: Path, encoding: str) -> None:
    data = SIMPLIFIED.encode(encoding, errors="ignore")
    source = read_source(_written(tmp_path, data))
    assert source.encoding == "gb18030"
    assert source.text == data.decode("gb18030")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path: Path, encoding: str) -> None:
    data = SIMPLIFIED.encode(encoding)
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    source = read_source(_written(tmp_path, data))
    assert source.text == SIMPLIFIED
    assert source.encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_read(tmp_path: Path, encoding: str) -> None:
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    data = bom + SIMPLIFIED.encode(encoding)
    assert read_source(_written(tmp_path, data)).text == SIMPLIFIED


def test_binary_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    assert utf16_without_bom(b"\x00\x01\x02\x03" * 100) is None
    with pytest.raises(InputError, match="binary file"):
        read_source(_written(tmp_path, b"\x00\x01\x02\x03" * 100))


def test_the_right_reading_is_far_more_plausible_than_the_wrong_one() -> None:
    big5 = TRADITIONAL.encode("big5", errors="ignore")
    readings = {reading.encoding: reading.common_share for reading in legacy_readings(big5)}
    assert readings["big5"] > 0.95 > 0.75 > readings["gb18030"]
    assert plausibility(SIMPLIFIED)[1] > 0.95


def test_random_high_bytes_are_refused_with_the_reason(tmp_path: Path) -> None:
    generator = random.Random(7)
    # Byte pairs that decode strictly in GB18030 and Big5 alike but spell rare characters.
    pairs = [bytes([generator.randrange(0xD8, 0xF8), generator.randrange(0xA1, 0xFF)]) for _ in range(600)]
    data = b"".join(pairs)
    with pytest.raises(InputError) as raised:
        read_source(_written(tmp_path, data))
    message = str(raised.value)
    assert "\n" not in message
    assert "rare" in message or "cannot decode" in message
