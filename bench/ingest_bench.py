"""Speed of crawl ingestion: the local engine, then Dask with 1 and 2 workers, in one run.

Run: ``.venv/bin/python bench/ingest_bench.py [--articles 20000] [--full] [--crawl DIR]`` (or
``make bench-ingest``). It writes a synthetic crawl with ``bench/make_crawl.py`` (JSONL, seed 7; the
100k-article one with ``--full``), then ingests the same files three times into fresh stores and
prints, for each run: articles per second (whole command: plan, extract, merge, save), the time on
the engine and in the merge, peak memory (resident set size, sampled every 0.1 s, of this process and
of each worker process) and how many duplicate reports were merged. Then the scaling efficiency
rate(2 workers) / (2 x rate(1 worker)), whose goal is at least 0.8 on 2 cores, and whether the three
stores are identical. Each Dask cluster is started and its workers warmed up (imports, lexicons) before
its clock starts; those seconds are printed apart. The machine's load average is printed too: on a
shared machine the figures say as much about the neighbours as about the code.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_crawl import write_crawl  # noqa: E402
from timeline.ingest.crawl import ingest_crawl  # noqa: E402


class PeakMemory:
    """Sample the resident memory of this process and its children (the workers) until stopped."""

    def __init__(self, every: float = 0.1) -> None:
        self.every = every
        self.driver = 0
        self.workers: dict[int, int] = {}
        self.worker_cpu: dict[int, float] = {}  # user+system CPU seconds, last sample
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                self.driver = max(self.driver, me.memory_info().rss)
                for child in me.children(recursive=True):
                    # Worker processes run the tasks; their nannies are small supervisors.
                    try:
                        if "--multiprocessing-fork" in " ".join(child.cmdline()) or child.name().startswith("python"):
                            self.workers[child.pid] = max(self.workers.get(child.pid, 0), child.memory_info().rss)
                            times = child.cpu_times()
                            self.worker_cpu[child.pid] = times.user + times.system
                    except psutil.Error:
                        continue
            except psutil.Error:
                pass
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def warm_up() -> int:
    """Load the extractor's lexicons (three languages) and the HTML reader in a process, as its first tasks would."""
    from timeline.extract import extract_article
    from timeline.ingest.article import article_from_html

    page = article_from_html(
        "<html><body><article><p>On September 2, 2025, the US military struck a boat.</p></article></body></html>"
    )
    texts = [
        page.text,
        "El 2 de septiembre de 2025, atacaron una lancha.",
        "Le 2 septembre 2025, une frappe a visé un bateau.",
    ]
    return sum(len(extract_article(text, "2025-09-03").events) for text in texts)


def run(label: str, crawl: Path, out: Path, workers: int, chunk_lines: int) -> dict:
    store_path = out / f"{label}.csv"
    setup = 0.0
    me = psutil.Process()
    with PeakMemory() as memory:
        if workers:
            from distributed import Client, LocalCluster

            from timeline.ingest.engines.dask_engine import LOOPBACK_HTTP

            t0 = time.perf_counter()
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, scheduler_kwargs=LOOPBACK_HTTP)  # fmt: skip
            client = Client(cluster)
            client.run(warm_up)
            setup = time.perf_counter() - t0
            time.sleep(0.3)  # let the sampler see the workers' CPU time after warm-up
            cpu_before = sum(memory.worker_cpu.values()) + sum(me.cpu_times()[:2])
            try:
                t0 = time.perf_counter()
                report = ingest_crawl([str(crawl)], str(store_path), engine="dask", client=client,
                                      chunk_lines=chunk_lines, progress=False)  # fmt: skip
                seconds = time.perf_counter() - t0
                time.sleep(0.3)
                cpu = sum(memory.worker_cpu.values()) + sum(me.cpu_times()[:2]) - cpu_before
            finally:
                client.close()
                cluster.close()
        else:
            warm_up()
            cpu_before = sum(me.cpu_times()[:2])
            t0 = time.perf_counter()
            report = ingest_crawl(
                [str(crawl)], str(store_path), engine="local", chunk_lines=chunk_lines, progress=False
            )
            seconds = time.perf_counter() - t0
            cpu = sum(me.cpu_times()[:2]) - cpu_before
    rate = report.articles / seconds
    worker_peaks = sorted(memory.workers.values(), reverse=True)[: max(workers, 1)] if workers else []
    print(
        f"{label:<14} {report.articles:>7,} articles in {seconds:7.1f} s = {rate:6.1f} articles/s "
        f"(engine {report.seconds_units:.1f} s, merge+save {report.seconds_merge:.1f} s"
        + (f", cluster start+warm-up {setup:.1f} s apart" if workers else "")
        + f"); peak RSS driver {memory.driver / 2**20:.0f} MiB"
        + (f", workers {' + '.join(f'{p / 2**20:.0f}' for p in worker_peaks)} MiB" if workers else "")
        + f"; CPU {1000 * cpu / report.articles:.1f} ms per article (driver + workers)"
        + f"; {report.reports:,} reports -> {report.events:,} events ({report.duplicates:,} duplicates merged);"
        f" {len(report.issues)} problems; load avg {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return {"rate": rate, "store": store_path.read_bytes(), "cpu": cpu, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="crawl size (default 20000)")
    parser.add_argument("--full", action="store_true", help="the full 100k-article crawl")
    parser.add_argument("--crawl", type=Path, help="reuse or write the crawl here (default: a temporary folder)")
    parser.add_argument("--chunk-lines", type=int, default=500, help="JSONL lines per task (default 500)")
    parser.add_argument("--skip-local", action="store_true", help="do not time the local engine")
    args = parser.parse_args(argv)
    count = 100_000 if args.full else args.articles
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        crawl = args.crawl or Path(tmp) / "crawl"
        if not (crawl / "jsonl").is_dir():
            t0 = time.perf_counter()
            write_crawl(crawl, count, seed=7, files=8, warc=False)
            print(f"wrote {count:,} synthetic articles to {crawl / 'jsonl'} in {time.perf_counter() - t0:.1f} s")
        out = Path(tmp) / "stores"
        out.mkdir()
        print(f"{os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.1f}")
        runs = {}
        if not args.skip_local:
            runs["local"] = run("local", crawl / "jsonl", out, 0, args.chunk_lines)
        runs["dask-1"] = run("dask 1 worker", crawl / "jsonl", out, 1, args.chunk_lines)
        runs["dask-2"] = run("dask 2 workers", crawl / "jsonl", out, 2, args.chunk_lines)
        efficiency = runs["dask-2"]["rate"] / (2 * runs["dask-1"]["rate"])
        print(f"scaling efficiency rate2 / (2 x rate1) = {efficiency:.2f} (goal >= 0.8 on 2 free cores)")
        # How busy the run kept the CPUs it had: CPU seconds over wall seconds (2.0 = both cores all the time).
        for name in runs:
            print(f"{name}: CPU busy {runs[name]['cpu'] / runs[name]['seconds']:.2f} cores on average")
        stores = {name: r["store"] for name, r in runs.items()}
        same = len(set(stores.values())) == 1
        print(f"stores identical across {', '.join(stores)}: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
