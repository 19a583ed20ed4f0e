"""``timeline convert IN OUT``: copy an events file between CSV and Parquet, losslessly, both ways."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline import store
from timeline.store import changelog, parquet_store, schema
from timeline.store.lock import locked

#: Columns ``store.load`` adds to the file's own.
DERIVED = ("line", "date_dt", "end_dt", "actors_list", "countries_list")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "convert",
        help="convert an events file between CSV and Parquet (by the names' suffixes)",
        description="Copy the events of IN into OUT, CSV to Parquet or Parquet to CSV, chosen by the suffixes "
        "(.parquet is Parquet). IN must be valid: fix its problems first (`timeline validate IN`). "
        "OUT is replaced atomically under its lock.",
    )
    p.add_argument("source", metavar="IN", help="events file to read (.csv or .parquet)")
    p.add_argument("target", metavar="OUT", help="events file to write (.csv or .parquet)")
    p.set_defaults(func=run)


def convert(source: Path, target: Path) -> int:
    """Write the events of ``source`` to ``target`` in the other format; returns the number of events.

    Raises :class:`store.StoreError` when ``source`` has problems (a conversion must not drop rows)
    or both files have the same format.
    """
    if store.is_parquet(source) == store.is_parquet(target):
        kind = "Parquet" if store.is_parquet(source) else "CSV"
        raise store.StoreError(
            f"{source} and {target} are both {kind}; name the output .parquet or .csv to convert between the two."
        )
    result = store.load(source)
    if result.problems:
        first = "; ".join(str(p) for p in result.problems[:3])
        raise store.StoreError(
            f"Nothing was written: {source} has {len(result.problems)} problem(s) ({first}). "
            f"Fix them first (`python -m timeline validate {source}`), so that no event is left out."
        )
    if store.is_parquet(target):  # the CSV's cells, numbers written back as the CSV store writes them
        cells = result.events.drop(columns=list(DERIVED))
        for col in (*schema.FLOAT_COLUMNS, *schema.INT_COLUMNS):
            cells[col] = parquet_store.number_text(cells[col])
        return parquet_store.write_frame(target, cells, source=str(source))
    cells = parquet_store.table_to_strings(parquet_store.read_table(source))
    text = store.to_csv_text(list(cells.columns), cells.itertuples(index=False, name=None))
    with locked(target, None):
        before = target.read_bytes() if target.exists() else b""
        changelog.record(target, "convert", [], "", before=before, after=text.encode("utf-8"),
                         note=f"converted from {source}")  # fmt: skip
        store.write_atomic(target, text)
    return len(cells)


def run(args: argparse.Namespace) -> int:
    source, target = Path(args.source), Path(args.target)
    try:
        count = convert(source, target)
    except (OSError, store.StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{count:,} events written to {target}")
    return 0
