"""Screenshots of every page at the window sizes analysts use, saved to docs/screenshots/ (``make screenshots``).

Serves the app over the bundled data on a free local port (`streamlit run`, stopped by its PID) and
drives Debian's Chromium with Playwright: the Timeline (its four views, and an event's detail), the
Data page and the Add page at 1440x900, 1280x800, 1024x768 and a 390x844 phone.

    python tools/screenshots.py            # every page at every size
    python tools/screenshots.py 390x844    # one size
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZES = {"1440x900": (1440, 900), "1280x800": (1280, 800), "1024x768": (1024, 768), "390x844": (390, 844)}
#: name -> (path and query, what to wait for)
PAGES = {
    "timeline": ("/", ".js-plotly-plot .xtick text"),
    "timeline_detail": ("/?type=boat_strike&country=VEN&event=boat_strike-2025-09-02-5b63bae5", ".st-key-event_detail"),
    "per_month": ("/?view=monthly", ".js-plotly-plot .xtick text"),
    "deaths": ("/?view=deaths", ".js-plotly-plot .xtick text"),
    "map": ("/?view=map", ".js-plotly-plot .geo"),
    "data": ("/data", '[data-testid="stDataFrame"]'),
    "add": ("/add", "textarea"),
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve() -> tuple[subprocess.Popen, str]:
    port = _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    env = {**os.environ, "TIMELINE_EVENTS": str(ROOT / "data" / "events.csv")}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):  # noqa: S310 - local server
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("streamlit did not start within 60 s")


def main(sizes: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    proc, url = _serve()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            for size in sizes:
                width, height = SIZES[size]
                phone = width < 500
                context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=phone,
                                              has_touch=phone)  # fmt: skip
                page = context.new_page()
                for name, (path, ready) in PAGES.items():
                    page.goto(url + path)
                    page.wait_for_selector(ready, timeout=60_000)
                    page.wait_for_timeout(800)
                    target = OUT / f"{name}_{size}.png"
                    page.screenshot(path=str(target))
                    print(target.relative_to(ROOT))
                context.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main(sys.argv[1:] or list(SIZES))
