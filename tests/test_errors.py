"""Errors are one line each: no file name or quoted input can split a message or forge another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.errors import InputError, one_line


def test_control_characters_in_a_path_are_escaped() -> None:
    error = InputError("the file is empty", path="a\npolicykg: error: forged\u2028.txt", offset=3)
    text = str(error)
    assert "\n" not in text and "\u2028" not in text
    assert text == "a\\npolicykg: error: forged\\u2028.txt (offset 3): the file is empty"


def test_printable_text_and_chinese_names_are_unchanged() -> None:
    assert one_line("政策/发改振兴 2021.txt: 空文件") == "政策/发改振兴 2021.txt: 空文件"


def test_the_command_prints_one_line_for_a_file_named_with_a_newline(tmp_path: Path) -> None:
    bad = tmp_path / "policy\npolicykg: error: forged.txt"
    bad.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(bad), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("policykg: error: ") and "policy\\npolicykg" in lines[0]
