"""Benchmark: the app in headless Chromium at 100k and 1M events, against a naive px.timeline page, in one run.

One command does everything:

1. writes synthetic events in the schema (``bench/synthetic_events.py``) as Parquet, 100k and 1M rows,
   in a temporary folder (checked on write by the store, like any Parquet store);
2. for each size starts ``streamlit run app.py`` on a free 127.0.0.1 port with ``TIMELINE_EVENTS``
   pointing at the file, and drives Debian's Chromium with Playwright:
   - cold: the first page opened on the fresh server, until a chart shows every event, timed twice: the
     first chart of any kind (the static strip a large file's first visit shows before Plotly has loaded,
     drawn when the ``data-count`` attributes of its drawn marks add up to the number of events) and the
     first interactive chart (Plotly: the sum of the heatmap's counts, or of the points and bars drawn,
     equals the number of events);
   - second visit: a new tab in the same browser context (a new session, with the HTTP cache, as a
     reader's second visit), once the first page has had 5 s to finish; and, printed beside it, a tab
     in a new browser context (an empty HTTP cache: Streamlit's 7.4 MB of JavaScript fetched again),
     which is what this column measured before 2026-12-07;
   - filter change: in the second visit's tab, pick "Strike on a boat" in the Event type widget, then "Venezuela" in
     the Country widget, each timed from the click to the chart showing exactly the matching events;
   - the server process's peak resident memory (psutil, sampled every 50 ms);
3. does the same (cold start only) for a naive page, a tiny Streamlit script written to the temporary
   folder that reads the same Parquet file with pandas and draws ``px.timeline`` of all events, at 100k;
4. measures two floors the same two ways: a Streamlit page with a one-point Plotly chart (most of it is
   the browser evaluating Plotly's 4.7 MB of JavaScript), and a Streamlit page with one SVG mark (the
   floor of a first chart drawn without Plotly);
5. prints a table, the ratios and each figure's distance to the floor, with the load average at the
   start and the end (the machine may be shared). Servers are stopped by their PID.

    python bench/app_browser_bench.py                 # 100k and 1M, naive at 100k
    python bench/app_browser_bench.py --sizes 100000  # one size
    python bench/app_browser_bench.py --data /tmp/x   # keep (or reuse) the generated files there

Times come from one run on whatever machine runs it; compare the ratios, which are from the same run.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import psutil
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_events import events_frame  # noqa: E402

from timeline.store import parquet_store, parquet_summary  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]  # fmt: skip
NAIVE_SIZE = 100_000
TIMEOUT_MS = 600_000
SETTLE_S = 5.0
FILTER_TYPE, FILTER_TYPE_LABEL = "boat_strike", "Strike on a boat"
FILTER_COUNTRY, FILTER_COUNTRY_LABEL = "VEN", "Venezuela"

NAIVE_PAGE = '''"""A naive timeline page: read the events with pandas, one px.timeline bar per event."""
import os

import pandas as pd
import plotly.express as px
import streamlit as st

st.set_page_config(layout="wide")
events = pd.read_parquet(os.environ["TIMELINE_EVENTS"])
events["start"] = pd.to_datetime(events["date"])
events["finish"] = pd.to_datetime(events["end_date"]).fillna(events["start"] + pd.Timedelta(days=1))
fig = px.timeline(events, x_start="start", x_end="finish", y="event_type", hover_name="title",
                  hover_data=["actors", "countries", "fatalities", "source_name"])
st.plotly_chart(fig)
'''

FLOOR_PAGE = '''"""The floor: a Streamlit page with a one-point Plotly chart, what any page costs on this machine now."""
import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Scatter(x=[1], y=[1], mode="markers")))
'''

FLOOR_STATIC_PAGE = '''"""The floor without Plotly: a Streamlit page with one static SVG mark (what the app's first strip costs at least)."""
import streamlit as st

st.markdown('<div>\\n<svg width="100" height="20" role="img" aria-label="1 event" data-overview="strip">'
            '<rect width="10" height="10" fill="#333" data-count="1"/></svg>\\n</div>', unsafe_allow_html=True)
'''

# True once a static strip on screen (the app's first chart of a large file, drawn without Plotly) shows
# exactly ``n`` events: the sum of the data-count attributes of its drawn marks.
STATIC_SHOWS = """(n) => [...document.querySelectorAll('svg[data-overview]')].some((svg) => svg.checkVisibility()
  && [...svg.querySelectorAll('[data-count]')].reduce((sum, mark) => sum + Number(mark.dataset.count), 0) === n)"""

# True once a chart on screen shows exactly ``n`` events: the sum of a heatmap's counts, or the number of
# points and bars of the other traces (the ring marking a selected event is not counted). Hidden charts
# (the app's one-point Plotly warm-up) do not count.
CHART_SHOWS = """(n) => {
  const shows = (gd) => {
    if (!gd._fullData || !gd.querySelector('.main-svg') || !gd.checkVisibility()) return false;
    if (!gd.querySelector('.hm, .scatterlayer .point, .barlayer .point, .gl-container canvas')) return false;
    let total = 0;
    for (const t of gd._fullData) {
      if (t.type === 'heatmap') { for (const row of t.z) for (const v of row) if (v === v && v != null) total += v; }
      else if (t.name !== 'selected' && t.x) total += t.x.length;
    }
    return total === n;
  };
  return [...document.querySelectorAll('.js-plotly-plot')].some(shows);
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``streamlit run SCRIPT`` over an events file on a free local port; peak RSS sampled; stopped by PID."""

    def __init__(self, script: Path, events: Path, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(self.port),
               "--server.address", "127.0.0.1", "--server.headless", "true",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]  # fmt: skip
        self.log = log.open("w")
        started = time.perf_counter()
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "TIMELINE_EVENTS": str(events)},
                                     stdout=self.log, stderr=subprocess.STDOUT)  # fmt: skip
        self.peak_rss = 0
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1) as resp:  # noqa: S310 - local
                    if resp.status == 200:
                        break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise SystemExit(f"streamlit did not start; see {log}") from None
                time.sleep(0.1)
        self.ready_s = time.perf_counter() - started

    def _sample(self) -> None:
        try:
            proc = psutil.Process(self.proc.pid)
            while not self._stop.is_set():
                self.peak_rss = max(self.peak_rss, proc.memory_info().rss)
                time.sleep(0.05)
        except psutil.Error:
            return

    def rss_now(self) -> int:
        try:
            return psutil.Process(self.proc.pid).memory_info().rss
        except psutil.Error:
            return 0

    def stop(self) -> None:
        self._stop.set()
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        self.log.close()


ANY_SHOWS = f"(n) => ({STATIC_SHOWS})(n) || ({CHART_SHOWS})(n)"


def wait_chart(page, n: int) -> None:
    page.wait_for_function(CHART_SHOWS, arg=n, timeout=TIMEOUT_MS, polling=50)


def open_page(browser, url: str, n: int, context=None, *, interactive: bool = True) -> tuple[object, float, float]:
    """A new tab (a new Streamlit session) on ``url``; seconds until a chart (static or Plotly) shows ``n``
    events, and until the interactive (Plotly) chart does (NaN when ``interactive`` is false: a page without one).

    Without ``context`` the tab opens in a new browser context: an empty HTTP cache, so Streamlit's
    JavaScript (7.4 MB, of which Plotly 4.7 MB) is fetched again, as on a reader's very first visit.
    With ``context``, the tab shares that context's HTTP cache, as a reader's second visit does.
    """
    context = context or browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    t0 = time.perf_counter()
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_function(ANY_SHOWS, arg=n, timeout=TIMEOUT_MS, polling=50)
    first = time.perf_counter() - t0
    if not interactive:
        return page, first, float("nan")
    wait_chart(page, n)
    return page, first, time.perf_counter() - t0


def pick(page, widget: str, option: str, n: int) -> float:
    """Choose ``option`` in the sidebar multiselect ``widget``; seconds from the click until the chart shows ``n``."""
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text=widget)
    box.get_by_role("combobox").click()
    page.keyboard.type(option)  # the list is virtualised: an option far down is drawn only once typed
    choice = page.get_by_role("option", name=option, exact=True)
    choice.wait_for(timeout=60_000)
    t0 = time.perf_counter()
    choice.click()
    wait_chart(page, n)
    elapsed = time.perf_counter() - t0
    page.keyboard.press("Escape")
    return elapsed


def measure_app(browser, events: Path, counts: dict[str, int], folder: Path) -> dict:
    server = Server(ROOT / "app.py", events, folder / f"app_{counts['all']}.log")
    try:
        first, cold_any, cold = open_page(browser, server.url, counts["all"])
        time.sleep(SETTLE_S)  # the reader reads the first chart while the rest of the page comes
        first.close()
        page, warm_any, warm = open_page(browser, server.url, counts["all"], context=first.context)
        type_s = pick(page, "Event type", FILTER_TYPE_LABEL, counts["type"])
        country_s = pick(page, "Country", FILTER_COUNTRY_LABEL, counts["type_country"])
        page.context.close()
        other, fresh_any, fresh = open_page(browser, server.url, counts["all"])  # the earlier method: no HTTP cache
        other.context.close()
        time.sleep(1)
        return {"ready_s": server.ready_s, "cold_any_s": cold_any, "cold_s": cold, "warm_any_s": warm_any,
                "warm_s": warm, "fresh_any_s": fresh_any, "fresh_s": fresh, "type_s": type_s, "country_s": country_s,
                "peak_mb": server.peak_rss / 1e6, "end_mb": server.rss_now() / 1e6}  # fmt: skip
    finally:
        server.stop()


PAGE_FILES = {NAIVE_PAGE: "naive_page.py", FLOOR_PAGE: "floor_page.py", FLOOR_STATIC_PAGE: "floor_static_page.py"}


def measure_naive(browser, events: Path, n: int, folder: Path, page_source: str = NAIVE_PAGE) -> dict:
    """The naive page's first chart (cold), or a floor page's first chart both ways (cold, then a new tab)."""
    script = folder / PAGE_FILES[page_source]
    script.write_text(page_source, encoding="utf-8")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    server = Server(script, events, folder / f"{script.stem}_{n}.log")
    warm = float("nan")
    interactive = page_source != FLOOR_STATIC_PAGE
    try:
        page, cold_any, cold = open_page(browser, server.url, n, interactive=interactive)
        if page_source != NAIVE_PAGE:  # a floor's second visit: a new tab with the HTTP cache, as for the app
            page.close()
            second, warm_any, warm = open_page(browser, server.url, n, context=page.context, interactive=interactive)
        page.context.close()
    except PlaywrightTimeout:  # a lower bound, said as such in the table
        cold = cold_any = float("inf")
    finally:
        server.stop()
    if not interactive:  # the static floor's only chart is its first
        cold, warm = cold_any, warm_any
    return {"ready_s": server.ready_s, "cold_s": cold, "warm_s": warm, "peak_mb": server.peak_rss / 1e6}


def make_events(n: int, folder: Path) -> tuple[Path, dict[str, int]]:
    """The synthetic events file of ``n`` rows (written unless already there) and the counts the views must show."""
    path = folder / f"events_{n}.parquet"
    if not path.exists() or parquet_store.row_count(path) != n:
        t0 = time.perf_counter()
        parquet_store.write_frame(path, events_frame(n))
        print(f"wrote {n:,} synthetic events to {path} in {time.perf_counter() - t0:.0f} s", flush=True)
    if parquet_summary.read(path) is None:
        print(f"note: {path} has no counts in its footer (written before 2026-12-07 or by another tool): the app "
              "draws its static strip after reading its rows; write a new file (another --data folder) to measure "
              "the stored counts", flush=True)  # fmt: skip
    cells = pq.read_table(path, columns=["event_type", "countries"]).to_pandas()
    strikes = cells["event_type"] == FILTER_TYPE
    in_country = cells["countries"].str.contains(rf"(?:^|;){FILTER_COUNTRY}(?:;|$)", regex=True)
    return path, {"all": n, "type": int(strikes.sum()), "type_country": int((strikes & in_country).sum())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000], help="none: only the floor")
    parser.add_argument("--data", type=Path, default=None, help="folder for the generated files (default: a temp dir)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    start_load = os.getloadavg()[0]
    folder = args.data or Path(tempfile.mkdtemp(prefix="app_browser_bench_"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            # What Chromium and Streamlit alone cost right now: a page with a one-point chart, and one with an SVG.
            floor = measure_naive(browser, folder / "none.parquet", 1, folder, page_source=FLOOR_PAGE)
            print(f"  floor: {floor}", flush=True)
            floor_static = measure_naive(browser, folder / "none.parquet", 1, folder, page_source=FLOOR_STATIC_PAGE)
            print(f"  floor without Plotly: {floor_static}", flush=True)
            for n in args.sizes:
                path, counts = make_events(n, folder)
                print(f"measuring the app on {n:,} events ({counts})", flush=True)
                ours = measure_app(browser, path, counts, folder)
                naive = None
                if n == NAIVE_SIZE:
                    print(f"measuring the naive page on {n:,} events", flush=True)
                    naive = measure_naive(browser, path, n, folder)
                results.append((n, counts, ours, naive))
                print(f"  {n:,}: {ours}" + (f"\n  naive: {naive}" if naive else ""), flush=True)
        finally:
            browser.close()
    print(f"\nmachine: {os.cpu_count()} CPUs, load average {start_load:.1f} at the start and "
          f"{os.getloadavg()[0]:.1f} at the end; one run")  # fmt: skip
    print(f"floor (a page with a one-point Plotly chart, same browser and machine): {floor['cold_s']:.2f} s in a new "
          f"browser context, {floor['warm_s']:.2f} s in a new tab with the HTTP cache; floor without Plotly (a page "
          f"with one SVG mark): {floor_static['cold_s']:.2f} s and {floor_static['warm_s']:.2f} s\n")  # fmt: skip
    print("| events | page | server ready s | first chart (any), cold s | first interactive chart (Plotly), cold s | "
          "second visit (any) s | second visit (Plotly) s | second visit (Plotly), new context s | filter: type s | "
          "filter: + country s | server peak RSS MB |")  # fmt: skip
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| – | floor (one-point Plotly chart) | {floor['ready_s']:.1f} | {floor['cold_s']:.2f} | {floor['cold_s']:.2f} "
          f"| {floor['warm_s']:.2f} | {floor['warm_s']:.2f} | – | – | – | {floor['peak_mb']:.0f} |")  # fmt: skip
    print(f"| – | floor without Plotly (one SVG mark) | {floor_static['ready_s']:.1f} | {floor_static['cold_s']:.2f} | – "
          f"| {floor_static['warm_s']:.2f} | – | – | – | – | {floor_static['peak_mb']:.0f} |")  # fmt: skip
    for n, counts, ours, naive in results:
        print(f"| {n:,} | this app | {ours['ready_s']:.1f} | {ours['cold_any_s']:.2f} | {ours['cold_s']:.2f} | "
              f"{ours['warm_any_s']:.2f} | {ours['warm_s']:.2f} | {ours['fresh_s']:.2f} | {ours['type_s']:.2f} "
              f"({counts['type']:,} events) | {ours['country_s']:.2f} ({counts['type_country']:,} events) | "
              f"{ours['peak_mb']:.0f} |")  # fmt: skip
        if naive:
            cold = f"{naive['cold_s']:.2f}" if naive["cold_s"] < float("inf") else f"> {TIMEOUT_MS / 1000:.0f}"
            print(f"| {n:,} | naive px.timeline | {naive['ready_s']:.1f} | {cold} | {cold} | – | – | – | – | – | "
                  f"{naive['peak_mb']:.0f} |")  # fmt: skip
    for n, _, ours, _ in results:
        print(f"\n{n:,} events, over the floors of the same run: first chart (any) {ours['cold_any_s']:.2f} s, "
              f"{ours['cold_any_s'] - floor_static['cold_s']:+.2f} s over the floor without Plotly "
              f"({ours['cold_any_s'] / floor_static['cold_s']:.2f}x); first interactive chart {ours['cold_s']:.2f} s, "
              f"{ours['cold_s'] - floor['cold_s']:+.2f} s over the Plotly floor ({ours['cold_s'] / floor['cold_s']:.2f}x); "
              f"second visit (any) {ours['warm_any_s']:.2f} s, {ours['warm_any_s'] - floor_static['warm_s']:+.2f} s "
              f"({ours['warm_any_s'] / floor_static['warm_s']:.2f}x); second visit (Plotly) {ours['warm_s']:.2f} s, "
              f"{ours['warm_s'] - floor['warm_s']:+.2f} s ({ours['warm_s'] / floor['warm_s']:.2f}x)")  # fmt: skip
    for n, _, ours, naive in results:
        if naive:
            bound = min(naive["cold_s"], TIMEOUT_MS / 1000)
            more = "at least " if naive["cold_s"] == float("inf") else ""
            print(f"\n{n:,} events: first interactive chart {more}{bound / ours['cold_s']:.1f}x faster than the naive "
                  f"page ({ours['cold_s']:.2f} s vs {more}{bound:.2f} s), first chart (any) {more}"
                  f"{bound / ours['cold_any_s']:.1f}x ({ours['cold_any_s']:.2f} s), same run")  # fmt: skip
    print(f"\nfiles and server logs: {folder}")


if __name__ == "__main__":
    main()
