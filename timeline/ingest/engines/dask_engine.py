"""The Dask engine: the crawl's units as tasks on a Dask distributed cluster.

Without a scheduler address it starts a ``LocalCluster`` of ``workers`` processes with one thread
each, listening on 127.0.0.1 only and without the dashboard, and closes it at the end. With
``scheduler="tcp://HOST:PORT"`` it uses that cluster; its workers must see the input files and the
work folder at the same paths (a shared file system).

A task only carries a unit (a file name and a byte range) and returns a small summary: the workers
read the files and write the candidates themselves. When a worker dies, the scheduler runs its tasks
again on the others (a unit's files are replaced, so nothing counts twice); a unit whose task raises,
or that kills workers again and again, is reported with its place and the other units go on.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Callable, Iterator

from distributed import Client, LocalCluster, as_completed

from timeline.ingest.batch import Options, UnitResult, run_unit
from timeline.ingest.engines import OnDone, failed_unit
from timeline.ingest.sources import Unit

#: Where a local cluster's scheduler serves its HTTP routes: loopback, any free port.
LOOPBACK_HTTP = {"dashboard_address": "127.0.0.1:0"}


@contextlib.contextmanager
def client_for(workers: int = 2, scheduler: str = "") -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster that is closed afterwards."""
    if scheduler:
        with Client(scheduler, timeout="30s") as client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        worker_dashboard_address=None,
        # Without a dashboard the scheduler still serves its HTTP routes (health, metrics), by default on
        # port 8787; a free port on 127.0.0.1 keeps two clusters on one machine from colliding.
        scheduler_kwargs=LOOPBACK_HTTP,
    )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def run(
    units: list[Unit],
    options: Options,
    on_done: OnDone,
    *,
    workers: int = 2,
    scheduler: str = "",
    client: Client | None = None,
    unit_fn: Callable[[Unit, Options], UnitResult] = run_unit,
) -> list[UnitResult]:
    """Run ``unit_fn`` on every unit on the cluster; results come back as units finish."""
    if client is None:
        with client_for(workers, scheduler) as own:
            return run(units, options, on_done, client=own, unit_fn=unit_fn)
    run_id = uuid.uuid4().hex[:8]
    by_key = {}
    futures = []
    for unit in units:
        # Keys name the run and the unit, so a rerun on a long-lived cluster is never served an old result.
        future = client.submit(unit_fn, unit, options, key=f"timeline-unit-{run_id}-{unit.index:06d}", pure=False)
        by_key[future.key] = unit
        futures.append(future)
    results = []
    for future in as_completed(futures):
        unit = by_key[future.key]
        try:
            result = future.result()
        # The task raised, its worker died too often (KilledWorker), or it was cancelled (scheduler lost).
        except (Exception, asyncio.CancelledError) as exc:
            result = failed_unit(unit.index, unit.place, exc)
        future.release()
        on_done(result)
        results.append(result)
    return sorted(results, key=lambda r: r.index)
