"""Screenshots of the map and timeline pages in headless Chromium (playwright), for docs/screenshots/.

Usage: ``python tools/screenshot_views.py PAGES_DIR OUT_DIR`` where PAGES_DIR holds the pages of
``policykg viz``. Chromium is Debian's (``/usr/bin/chromium``, or ``POLICYKG_CHROMIUM``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("POLICYKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
SHOTS = {"geo.html": "map.png", "timeline.html": "timeline.png", "graph.html": "full-graph.png",
         "cities.html": "cities.png"}


def main(pages: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=ARGS, headless=True, viewport={"width": 1400, "height": 900})
        for page_name, shot in SHOTS.items():
            page = context.new_page()
            page.goto((pages / page_name).resolve().as_uri())
            for _ in range(1200):
                if page.evaluate("!!(window.policykg && window.policykg.ready && window.policykg.drawn)"):
                    break
                page.wait_for_timeout(100)
            page.wait_for_timeout(500)
            page.screenshot(path=str(out / shot))
            print(f"wrote {out / shot}")
            page.close()
        context.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
