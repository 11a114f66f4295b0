"""The pages' one requirement on the viewing machine: a font with Chinese characters (CJK).

The pages name Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei and WenQuanYi Micro
Hei, then the browser's ``sans-serif``; without any CJK font every label is drawn as boxes. Windows
and macOS ship one; on Linux install ``fonts-noto-cjk`` (Debian/Ubuntu) or ``google-noto-sans-cjk-fonts``.
:func:`cjk_font_families` asks fontconfig, where there is one, so that ``policykg viz`` can warn.
"""

from __future__ import annotations

import shutil
import subprocess

FONT_HINT = "install a CJK font (Debian/Ubuntu: apt-get install fonts-noto-cjk), or labels show as boxes"


def cjk_font_families() -> list[str] | None:
    """Font families that cover Chinese (``fc-list :lang=zh``); None when fontconfig is not there to ask."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        listed = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=20,
                                check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return sorted({family.strip() for line in listed.splitlines() for family in line.split(",") if family.strip()})


def font_warning() -> str | None:
    """A warning line when this machine has no CJK font (fontconfig says so); None otherwise."""
    families = cjk_font_families()
    if families == []:
        return f"no font with Chinese characters found (fc-list :lang=zh); {FONT_HINT}"
    return None
