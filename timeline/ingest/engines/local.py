"""The local engine: every unit in this process, one after the other."""

from __future__ import annotations

from collections.abc import Callable

from timeline.ingest.batch import Options, UnitResult, run_unit
from timeline.ingest.engines import OnDone, failed_unit
from timeline.ingest.sources import Unit


def run(
    units: list[Unit], options: Options, on_done: OnDone, *, unit_fn: Callable[[Unit, Options], UnitResult] = run_unit
) -> list[UnitResult]:
    """Run ``unit_fn`` on each unit in order; a unit that raises is reported and the others go on."""
    results = []
    for unit in units:
        try:
            result = unit_fn(unit, options)
        except Exception as exc:  # one unit must not stop the crawl; it is reported with its place
            result = failed_unit(unit.index, unit.place, exc)
        on_done(result)
        results.append(result)
    return results
