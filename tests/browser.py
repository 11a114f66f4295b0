"""Headless Chromium for the browser tests (pages of kg.viz, the workbench and pages of kg.serve).

Where Chromium or playwright is missing the tests are skipped, saying why, except in CI, where they fail.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("POLICYKG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if importlib.util.find_spec("playwright") is None:
        return "the PyPI package 'playwright' is not installed"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    return None


def browser_context(profile: Path, **options: Any) -> Iterator[Any]:
    """A persistent Chromium context (for a fixture to ``yield from``); ``options`` go to playwright."""
    reason = missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"browser test cannot run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, **options)
        yield context
        context.close()


def wait_until(page: Any, expression: str, timeout_ms: int = 30_000) -> None:
    """Poll ``expression`` with ``page.evaluate`` (``wait_for_function`` needs eval, which the CSP forbids)."""
    waited = 0
    while not page.evaluate(expression):
        if waited >= timeout_ms:
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {expression}")
        page.wait_for_timeout(100)
        waited += 100
