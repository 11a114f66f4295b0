"""The CJK font requirement: found through fontconfig, warned about when missing."""

from __future__ import annotations

import shutil

import pytest

from kg.viz import fonts


def test_no_fontconfig_means_unknown_and_no_warning(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert fonts.cjk_font_families() is None and fonts.font_warning() is None


def test_no_cjk_family_gives_one_warning_line(monkeypatch):
    monkeypatch.setattr(fonts, "cjk_font_families", lambda: [])
    warning = fonts.font_warning()
    assert "fonts-noto-cjk" in warning and "\n" not in warning


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig not installed")
def test_fontconfig_answers_with_family_names():
    families = fonts.cjk_font_families()
    assert isinstance(families, list) and all(isinstance(name, str) and name for name in families)
