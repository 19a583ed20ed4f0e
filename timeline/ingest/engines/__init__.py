"""Engines that run the crawl's units: ``local`` (this process) and ``dask`` (Dask distributed).

Both take the same units and options, call :func:`timeline.ingest.batch.run_unit` on each, and
report each unit's :class:`~timeline.ingest.batch.UnitResult` to ``on_done`` as it finishes, so they
write the same candidate files. Only :mod:`timeline.ingest.engines.dask_engine` imports Dask.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.ingest.batch import UnitResult

ENGINES = ("local", "dask")

#: Called with each unit's result as it finishes (the progress bar).
OnDone = Callable[[UnitResult], None]


def failed_unit(index: int, place: str, exc: BaseException) -> UnitResult:
    """The result of a unit whose task raised or whose worker died: nothing written, one issue."""
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return UnitResult(
        index,
        place,
        issues=[f"{place}: this part of the crawl failed ({reason}); its articles are not in the store. "
                "Fix the cause and run the same command again (events already saved are merged, not doubled)."],
        failed=True,
    )  # fmt: skip
