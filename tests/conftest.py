"""What the browser tests share: Chromium, a running `streamlit run app.py`, and a tiny events file.

Each browser module starts its own server (a module-scoped fixture over ``streamlit_app``) so a
failure in one cannot leave state for the next; the server is stopped by its PID.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from timeline import store
from timeline.extract import extract_events

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
#: Skip marker for tests that drive Debian's Chromium, with the way to get it.
needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="needs Chromium at /usr/bin/chromium: `sudo apt-get install chromium` (or `make test` as root)",
)
HOSTILE = "<img src=x onerror=alert(1)>"
BASE = {"date_precision": "day", "modality": "happened", "source_url": "https://example.org/a",
        "source_name": "Example News", "confidence": "high", "status": "curated"}  # fmt: skip
#: Five invented events (example.org sources): two of them involve Venezuela, one is a month-dated
#: tariff whose title is an HTML injection, one a bar with an end date.
SMALL_EVENTS = [
    {"date": "2025-02-20", "event_type": "fto_designation", "title": "Cartels listed", "countries": "USA;MEX"},
    {"date": "2025-09-02", "event_type": "boat_strike", "title": "First strike", "countries": "USA;VEN",
     "fatalities": "11", "latitude": "12.5", "longitude": "-66.9"},
    {"date": "2025-10-16", "event_type": "boat_strike", "title": "Strike near Colombia", "countries": "USA;COL"},
    {"date": "2025-11-01", "end_date": "2025-12-15", "event_type": "troop_deployment", "title": "Carrier sent",
     "countries": "USA;VEN"},
    {"date": "2025-03-01", "date_precision": "month", "event_type": "tariff", "title": f"Tariffs {HOSTILE}",
     "countries": "USA;MEX"},
]  # fmt: skip


# Openings of a transcript in each language (a question, then the speaker), for the extractor's tests.
CONFERENCE = (
    "Versión estenográfica de la conferencia de prensa de la presidenta Claudia Sheinbaum Pardo.\n\n"
    "PREGUNTA: ¿Cuál es su posición?\n\nPRESIDENTA CLAUDIA SHEINBAUM PARDO: "
)
BRIEFING = "Point de presse du porte-parole.\n\nQ - Quelle est votre position ?\n\nR - "
REMARKS = "Remarks to the press.\n\nQUESTION: What is your position?\n\nSECRETARY: "


def extracted(text: str, lang: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(event type, date, modality) of each event the extractor proposes for ``text``."""
    return [(e.event_type, e.date, e.modality) for e in extract_events(text, published=published, lang=lang)]


def write_small_events(folder: Path) -> Path:
    """``folder/events.csv`` holding :data:`SMALL_EVENTS`; returns its path."""
    path = folder / "events.csv"
    store.write_events(path, [{**BASE, **row} for row in SMALL_EVENTS])
    return path


@pytest.fixture
def small_events_csv(tmp_path: Path) -> Path:
    """A fresh events file with the five small events."""
    return write_small_events(tmp_path)


@pytest.fixture
def download_makers(monkeypatch) -> dict[str, Callable[[], bytes]]:
    """The callable behind each deferred download button the app registers, by file name (filled as AppTest runs)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    makers: dict[str, Callable[[], bytes]] = {}
    real_add = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kw):
        makers[file_name] = data_callable
        return real_add(self, data_callable, mimetype, coordinates, file_name, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return makers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _serve(events: Path, *extra_args: str, port: int | None = None, **env: str) -> Iterator[str]:
    """`streamlit run app.py` on a free port over ``events``; yields its base URL, then stops it by PID.

    No file watcher: edits to the checkout while a test runs must not show "source changed" notices.
    The server's output goes to ``streamlit.log`` beside the events file, named when it fails to start.
    """
    port = port or _free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
           "--server.headless", "true", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", "--server.address", "127.0.0.1", *extra_args]  # fmt: skip
    log_path = events.with_name("streamlit.log")
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            cmd, cwd=ROOT, env={**os.environ, "TIMELINE_EVENTS": str(events), **env},
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as resp:  # noqa: S310 - local server
                        if resp.status == 200:
                            break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"streamlit did not start; see {log_path}")
                    time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@pytest.fixture(autouse=True, scope="session")
def _apps_listen_on_loopback() -> None:
    """AppTest runs the app as ``make run`` serves it, on 127.0.0.1, where editing is open.

    Streamlit's default (no address: every interface) makes the app read-only without a sign-in;
    tests of that case set the address themselves (``tests/test_access_app.py``).
    """
    from streamlit import config

    config.set_option("server.address", "127.0.0.1")


@pytest.fixture(scope="session")
def streamlit_app() -> Callable[..., contextlib.AbstractContextManager[str]]:
    """Factory: ``with streamlit_app(events_path, TIMELINE_X="1") as url:`` serves the app over that file.

    Extra positional arguments go to ``streamlit run`` (e.g. ``"--secrets.files", path``); ``port=`` fixes the port.
    """
    pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -r requirements-dev.txt")
    return _serve


@contextlib.contextmanager
def chromium_browser() -> Iterator[object]:
    """A Playwright Chromium browser (Debian's binary, no download), closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
