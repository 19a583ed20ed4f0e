"""Images drawn by kaleido in a system Chrome or Chromium, one browser per process, every call with a deadline.

One browser is started per process and reused, so each image after the first takes a fraction of a
second instead of the 2-3 s of starting Chrome. The browser is looked for before anything starts:
without a browser, or with one that fails, :class:`ExportUnavailable` says what to do, and every
format that needs no browser keeps working.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import os
import shutil
import threading
from pathlib import Path

import plotly.graph_objects as go

from timeline import settings
from timeline.i18n import N_

#: Where maps find their country outlines: the project's own copy, so exports work offline.
TOPOJSON = (Path(__file__).resolve().parents[2] / "static").as_uri() + "/"
#: Formats drawn by kaleido.
IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
#: Pixel scale of PNG exports (sharp on slides and in print).
PNG_SCALE = 2
#: Names of Chrome-like browsers looked up on PATH when kaleido's own lookup is not available.
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
#: Shown where images cannot be made (marked for the catalogues; the app and the bundle translate it).
INSTALL_HINT = N_(
    "Image export (PNG, SVG, PDF) needs Chrome or Chromium and none was found. "
    "Install Chromium (sudo apt-get install chromium) or run plotly_get_chrome, "
    "or set BROWSER_PATH to the browser's executable; HTML, CSV, JSON, TimelineJS and citations work without it."
)


class ExportUnavailable(RuntimeError):
    """An image cannot be made here (no browser, or the browser failed); the message says what to do."""


_lock = threading.Lock()
_server: _Kaleido | None = None


class _Kaleido:
    """One kaleido (one headless browser) on its own event-loop thread; every call has a deadline.

    kaleido's own ``start_sync_server`` waits forever when its browser fails to start or dies
    (its queue is never answered), which would hang a download or the CLI. Here each call is a
    future with a timeout, so a broken browser becomes an error the user can read.
    """

    def __init__(self, browser: str, timeout: float) -> None:
        import kaleido

        self.browser = browser
        self.timeout = timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kaleido", daemon=True)
        self._thread.start()
        # mathjax=False: kaleido would otherwise load MathJax from a CDN; exports must work offline.
        self._kaleido = kaleido.Kaleido(path=browser, mathjax=False, timeout=timeout)
        try:
            self._call(self._kaleido.__aenter__(), timeout)
        except BaseException:
            self._kaleido = None
            self.close()
            raise

    def _call(self, coro, timeout: float):
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no answer from the browser within {timeout:g} s") from None

    def render(self, figure: dict, opts: dict) -> bytes:
        # Maps read country outlines from the copy in static/ (the app serves the same), not Plotly's CDN.
        return self._call(self._kaleido.calc_fig(figure, opts=opts, topojson=TOPOJSON), self.timeout + 5)

    def close(self) -> None:
        if self._kaleido is not None:
            with contextlib.suppress(Exception):
                self._call(self._kaleido.__aexit__(None, None, None), 15)
            self._kaleido = None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)


def find_browser() -> str | None:
    """Path of a Chrome or Chromium kaleido can use, or None: ``BROWSER_PATH``, kaleido's lookup, then PATH."""
    override = os.environ.get("BROWSER_PATH")
    if override:
        return override if os.access(override, os.X_OK) else None
    try:
        # The same lookup kaleido does (PATH, usual install places, plotly_get_chrome's download).
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
    except (ImportError, AttributeError, OSError):
        found = None
    if found:
        return str(found)
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def browser_available() -> bool:
    """True when image formats can be produced (a browser was found)."""
    return find_browser() is not None


def _started(browser: str) -> _Kaleido:
    """The process-wide kaleido, started on first use (about 2 s) and reused (a fraction of a second each)."""
    global _server
    if _server is None or _server.browser != browser:
        _stop_locked()
        _server = _Kaleido(browser, float(settings.get("export_image_timeout_s")))
    return _server


def to_image(fig: go.Figure, fmt: str, *, scale: float | None = None) -> bytes:
    """PNG, SVG or PDF bytes of ``fig`` at its layout width and height (PNG at 2x by default).

    Raises :class:`ExportUnavailable` with the fix when no browser is found or the browser fails.
    """
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format '{fmt}'; choose one of {', '.join(IMAGE_FORMATS)}")
    browser = find_browser()
    if browser is None:
        raise ExportUnavailable(INSTALL_HINT)
    opts = {
        "format": fmt,
        "width": fig.layout.width or 1000,
        "height": fig.layout.height or 600,
        "scale": scale if scale is not None else (PNG_SCALE if fmt == "png" else 1),
    }
    # One browser tab serves every request: one at a time (Streamlit runs downloads in threads).
    with _lock:
        try:
            return _started(browser).render(fig.to_dict(), opts)
        except Exception:  # kaleido raises several unrelated types for a browser that fails
            # A crashed browser leaves the server unusable: restart it and try once more.
            _stop_locked()
        try:
            return _started(browser).render(fig.to_dict(), opts)
        except Exception as exc:
            _stop_locked()
            raise ExportUnavailable(
                f"The browser at {browser} could not draw the {fmt.upper()} ({type(exc).__name__}: {exc}). "
                "Try again; if it keeps failing, reinstall Chromium or set BROWSER_PATH to another Chrome."
            ) from exc


def _stop_locked() -> None:
    global _server
    if _server is not None:
        server, _server = _server, None
        server.close()


def stop() -> None:
    """Close the browser if one was started (the CLI does before exiting; tests too)."""
    with _lock:
        _stop_locked()


# Close the browser before the interpreter exits: left to itself, its profile folder can be
# removed while Chromium still writes to it, which prints a traceback.
atexit.register(stop)
