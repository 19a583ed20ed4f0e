"""Crawl ingestion end to end: the local and Dask engines give the same store byte for byte, a unit
that fails or kills its worker is reported or rerun, the store is written once, and the CLI."""

from __future__ import annotations

import ast
import json
import os
from pathlib import Path

import psutil
import pytest

from bench.make_crawl import write_crawl
from timeline import store
from timeline.cli import main
from timeline.ingest import batch
from timeline.ingest.crawl import ingest_crawl

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    """60 synthetic articles in 2 JSONL files, 6 of them also in 2 WARC files."""
    out = tmp_path_factory.mktemp("crawl")
    write_crawl(out, 60, seed=3, files=2, warc=True)
    return out


@pytest.fixture(scope="module")
def local_store(crawl: Path, tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("local") / "events.csv"
    report = ingest_crawl([str(crawl)], str(path), engine="local", progress=False)
    assert report.issues == [] and report.duplicates > 0 and report.saved.added
    return path.read_bytes()


@pytest.fixture(scope="module")
def cluster():
    """A 2-worker LocalCluster on 127.0.0.1 without dashboard, closed at the end."""
    from distributed import LocalCluster

    from timeline.ingest.engines.dask_engine import LOOPBACK_HTTP

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      scheduler_kwargs=LOOPBACK_HTTP) as lc:  # fmt: skip
        yield lc


@pytest.fixture(scope="module")
def client(cluster):
    from distributed import Client

    with Client(cluster) as c:
        yield c


def test_dask_engine_gives_the_local_store_byte_for_byte(crawl, local_store, cluster, tmp_path):
    path = tmp_path / "events.csv"
    # The CLI's path to an existing cluster (--scheduler), and smaller chunks than the local run.
    report = ingest_crawl([str(crawl)], str(path), engine="dask", scheduler=cluster.scheduler_address,
                          chunk_lines=7, progress=False)  # fmt: skip
    assert report.units > 4 and report.issues == []
    assert path.read_bytes() == local_store


def test_the_engine_starts_its_cluster_on_loopback_and_closes_it():
    from timeline.ingest.engines.dask_engine import client_for

    with client_for(workers=1) as c:
        info = c.scheduler_info()
        addresses = [info["address"], *info["workers"]]
        http = c.cluster.scheduler.http_server.address
        pids = list(c.run(os.getpid).values())
    assert len(pids) == 1 and all(a.startswith("tcp://127.0.0.1:") for a in addresses), addresses
    assert http == "127.0.0.1"  # the scheduler's health and metrics routes, on loopback too
    assert not psutil.pid_exists(pids[0]) or psutil.Process(pids[0]).status() == psutil.STATUS_ZOMBIE


def raise_on_second_unit(unit, options):
    if unit.index == 1:
        raise RuntimeError("disk full")
    return batch.run_unit(unit, options)


def die_once_on_first_unit(unit, options):
    """Kill the worker process running unit 0 the first time (a worker dying mid-run)."""
    marker = Path(options.work_dir) / "died-once"
    if unit.index == 0 and not marker.exists():
        marker.write_text(str(os.getpid()))
        os._exit(1)
    return batch.run_unit(unit, options)


def test_a_unit_that_raises_is_reported_with_its_place_and_the_rest_is_saved(crawl, client, tmp_path):
    path = tmp_path / "events.csv"
    report = ingest_crawl([str(crawl)], str(path), engine="dask", client=client, chunk_lines=10,
                          unit_fn=raise_on_second_unit, progress=False)  # fmt: skip
    assert report.failed_units == 1
    assert len(report.issues) == 1 and "crawl-00.jsonl lines 11-20" in report.issues[0]
    assert "RuntimeError: disk full" in report.issues[0]
    assert report.articles == 60 + 6 - 10 and store.load(path).ok and len(store.load(path).events) == report.events


def test_a_worker_that_dies_mid_run_has_its_unit_rerun_elsewhere(crawl, local_store, client, tmp_path):
    path = tmp_path / "events.csv"
    work = tmp_path / "work"
    report = ingest_crawl([str(crawl)], str(path), engine="dask", client=client, work_dir=str(work),
                          unit_fn=die_once_on_first_unit, progress=False)  # fmt: skip
    assert (work / "died-once").exists()  # a worker did die
    assert report.issues == []
    assert path.read_bytes() == local_store


def test_the_store_is_untouched_when_a_run_is_interrupted(crawl, small_events_csv):
    before = small_events_csv.read_bytes()

    def interrupt_on_second_unit(unit, options):
        if unit.index == 1:
            raise KeyboardInterrupt
        return batch.run_unit(unit, options)

    with pytest.raises(KeyboardInterrupt):
        ingest_crawl([str(crawl)], str(small_events_csv), unit_fn=interrupt_on_second_unit, progress=False)
    assert small_events_csv.read_bytes() == before


# --- the CLI -------------------------------------------------------------------------------------


def test_cli_ingests_a_crawl_and_merges_into_the_existing_store(crawl, small_events_csv, capsys):
    code = main(["ingest", str(crawl), "--store", str(small_events_csv), "--yes", "--no-progress"])
    out = capsys.readouterr().out
    loaded = store.load(small_events_csv)
    assert code == 0 and loaded.ok
    assert "66 articles in 4 parts" in out and "duplicate reports" in out
    extracted = loaded.events[loaded.events["status"] == "extracted"]
    assert len(loaded.events) == 5 + len(extracted) and len(extracted) > 10
    assert extracted["other_sources"].str.len().gt(0).any()  # reports of one event merged into one row
    # Running it again adds nothing: every event is already there.
    assert main(["ingest", str(crawl), "--store", str(small_events_csv), "--yes", "--no-progress"]) == 0
    assert f"0 added, 0 merged, {len(extracted)} already present" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["CRAWL"], "--yes"),
        (["CRAWL", "--yes", "--engine", "local", "--scheduler", "tcp://127.0.0.1:1"], "drop --engine local"),
        (["CRAWL", "https://outlet-01.example/a", "--yes"], "ingest URLs in a separate command"),
        (["CRAWL", "--yes", "--workers", "0"], "must be 1 or more"),
    ],
    ids=["needs-yes", "scheduler-with-local", "url-in-crawl", "no-workers"],
)
def test_cli_refuses_a_crawl_it_cannot_run_and_saves_nothing(crawl, tmp_path, capsys, extra, message):
    path = tmp_path / "events.csv"
    argv = [str(crawl / "jsonl") if a == "CRAWL" else a for a in extra]
    assert main(["ingest", *argv, "--store", str(path)]) == 2
    assert message in capsys.readouterr().err and not path.exists()


def test_cli_reports_bad_lines_with_their_place_and_saves_the_rest(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    good = {"url": "https://outlet-01.example/a", "published": "2025-09-03", "language": "en",
            "text": "On September 2, 2025, the US military struck a boat of the Tren de Aragua in the Caribbean."}  # fmt: skip
    dump.write_text("\n".join([json.dumps(good), "{oops", json.dumps({"text": "no url"})]) + "\n", encoding="utf-8")
    path = tmp_path / "events.csv"
    code = main(["ingest", str(dump), "--store", str(path), "--yes", "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"problem {dump}:2: is not a JSON object" in captured.err
    assert f"problem {dump}:3: has no 'url'" in captured.err
    assert store.load(path).events["source_url"].tolist() == ["https://outlet-01.example/a"]


def test_cli_runs_a_folder_of_article_files_as_a_crawl_with_engine(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Source: https://outlet-01.example/a\nPublished: 2025-09-03\n\n"
                                  "Mexico sent 26 cartel prisoners to the United States on Tuesday.", encoding="utf-8")  # fmt: skip
    path = tmp_path / "events.csv"
    assert main(["ingest", str(folder), "--engine", "local", "--store", str(path), "--yes", "--no-progress"]) == 0
    events = store.load(path).events
    assert events[["event_type", "date", "status"]].values.tolist() == [["extradition", "2025-09-02", "extracted"]]


def test_only_the_dask_engine_imports_dask():
    importers = []
    for path in (ROOT / "timeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            if any(n.split(".")[0] in ("dask", "distributed") for n in names):
                importers.append(path.relative_to(ROOT).as_posix())
    assert sorted(set(importers)) == ["timeline/ingest/engines/dask_engine.py"]
