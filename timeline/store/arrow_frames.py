"""Events between pandas and Arrow: the Parquet file's column types, and frames of CSV cells <-> typed tables.

Dates are ``date32``, the float and integer columns of :mod:`timeline.store.schema` are ``float64`` /
``int64``, every other column a string. :mod:`timeline.store.parquet_store` reads and writes the file.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline.store import schema
from timeline.store.csv_store import split_cells

STRING = pa.string()
#: String columns with few distinct values, read as Parquet dictionaries (decoded once per distinct value).
DICTIONARY_COLUMNS = ("date_precision", "event_type", "actors", "countries", "location", "quantity_unit",
                      "modality", "source_name", "language", "confidence", "status")  # fmt: skip


def arrow_type(column: str) -> pa.DataType:
    """The Arrow type of a schema column in the Parquet file (columns outside the schema are strings)."""
    if column in schema.DATE_COLUMNS:
        return pa.date32()
    if column in schema.FLOAT_COLUMNS:
        return pa.float64()
    if column in schema.INT_COLUMNS:
        return pa.int64()
    return STRING


#: The Parquet file's columns and their types.
ARROW_SCHEMA = pa.schema([pa.field(c, arrow_type(c)) for c in schema.COLUMNS])
_NUMBERS = {pa.float64(): pd.Float64Dtype(), pa.int64(): pd.Int64Dtype()}


def frame_to_table(frame: pd.DataFrame) -> pa.Table:
    """A frame of strings in the CSV's cells (schema columns, maybe more) as a typed Arrow table.

    The frame must already be valid (:func:`validate_frame`); other columns than the schema's (but not
    ``line``) are kept as strings after them.
    """
    arrays, fields = [], []
    extras = [c for c in frame.columns if c not in schema.COLUMNS and c != "line"]
    for col in [*schema.COLUMNS, *extras]:
        cells = frame[col].astype("str") if col in frame.columns else pd.Series("", index=frame.index, dtype="str")
        kind = arrow_type(col) if col in schema.COLUMNS else STRING
        blank = cells.str.strip() == ""
        if kind == pa.date32():
            stamps = pd.to_datetime(cells.where(~blank, None), format="%Y-%m-%d")
            arr = pa.array(stamps.to_numpy(dtype="datetime64[D]"), type=pa.date32(), from_pandas=True)
        elif kind in (pa.float64(), pa.int64()):
            numbers = pd.to_numeric(cells.where(~blank, None))
            arr = pa.array(numbers.to_numpy(dtype="float64", na_value=np.nan), type=pa.float64(), from_pandas=True)
            arr = arr.cast(kind)
        else:
            arr = pa.array(cells.to_numpy(dtype=object), type=STRING)
        arrays.append(arr)
        fields.append(pa.field(col, kind))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def number_text(values: pd.Series) -> pd.Series:
    """Numbers as the CSV writes them (``11``, ``12.5``; empty when missing), formatted once per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    texts = np.array([str(int(v)) if float(v).is_integer() else repr(float(v)) for v in uniques] + [""], dtype=object)
    return pd.Series(texts[codes], index=values.index, dtype="str")


def _text(col: pa.ChunkedArray) -> tuple[pd.Series, np.ndarray | None, list | None]:
    """A string or dictionary column as a ``str`` Series ("" for null); for a dictionary also its codes and values."""
    if not pa.types.is_dictionary(col.type):
        return pc.fill_null(col.cast(STRING), "").to_pandas(), None, None
    arr = col.combine_chunks() if col.num_chunks else pa.array([], type=col.type)
    values = pc.fill_null(arr.dictionary.cast(STRING), "")
    codes = pc.fill_null(arr.indices, len(values)).to_numpy(zero_copy_only=False)
    values = pa.concat_arrays([values, pa.array([""], type=STRING)])
    return values.take(codes).to_pandas(), codes, values.to_pylist()


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """The typed events frame :func:`timeline.store.load` gives, from a table in :data:`ARROW_SCHEMA`.

    Text cells are strings, dates ``YYYY-MM-DD`` (with ``date_dt``/``end_dt``), numbers nullable,
    and ``actors``/``countries`` are also split into ``actors_list``/``countries_list``. Only the
    table's columns are converted, so a projection gives the helpers its columns allow.
    """
    columns: dict[str, object] = {}
    lists: dict[str, np.ndarray] = {}
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_date32(col.type):
            # Cast once per distinct day (pc.strftime is 15x slower than a cast).
            columns[name], _, _ = _text(pc.dictionary_encode(col).cast(pa.dictionary(pa.int32(), STRING)))
        elif col.type in _NUMBERS:
            columns[name] = col.to_pandas(types_mapper=_NUMBERS.get)
        else:
            columns[name], codes, values = _text(col)
            if name in ("actors", "countries"):
                if codes is None:
                    lists[name] = split_cells(columns[name])
                else:
                    split = np.empty(len(values), dtype=object)
                    for i, cell in enumerate(values):  # one by one: numpy would nest equal-length lists
                        split[i] = schema.split_list(cell)
                    lists[name] = split[codes]
    frame = pd.DataFrame(columns)
    frame["line"] = pd.Series(np.arange(2, len(frame) + 2), dtype="int64")
    for source, derived in (("date", "date_dt"), ("end_date", "end_dt")):
        if source in table.column_names:
            frame[derived] = table.column(source).cast(pa.timestamp("us")).to_pandas()
    for source in ("actors", "countries"):
        if source in lists:
            frame[f"{source}_list"] = lists[source]
    return frame


def table_to_strings(table: pa.Table) -> pd.DataFrame:
    """The table's cells as the CSV holds them: one string per cell, the table's columns in order."""
    frame = table_to_frame(table)
    for col in (*schema.FLOAT_COLUMNS, *schema.INT_COLUMNS):
        frame[col] = number_text(frame[col])
    return frame[table.column_names]
