"""Calendar arithmetic of the date finder (timeline/extract/dates.py): the past and future readings
of a day, weekday or month written without a year, around the publication date."""

from __future__ import annotations

import datetime as dt

DAY = dt.timedelta(days=1)


def iso(d: dt.date) -> str:
    """The day as YYYY-MM-DD.

    >>> iso(dt.date(2025, 2, 5))
    '2025-02-05'
    """
    return d.isoformat()


def ym(year: int, month: int) -> str:
    """The month as YYYY-MM.

    >>> ym(2025, 2)
    '2025-02'
    """
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) k months later (k < 0: earlier).

    >>> add_months(2025, 1, -1)
    (2024, 12)
    """
    t = year * 12 + month - 1 + k
    return t // 12, t % 12 + 1


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist.

    >>> make_date(2025, 2, 29) is None
    True
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_readings(month: int, day: int, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """Latest occurrence on or before published + 1 day, and first one on or after published.

    >>> day_readings(3, 1, dt.date(2025, 2, 5))
    (datetime.date(2024, 3, 1), datetime.date(2025, 3, 1))
    """
    past = future = None
    limit = published + DAY
    for year in range(limit.year, limit.year - 9, -1):  # 29 February may be years back
        d = make_date(year, month, day)
        if d and d <= limit:
            past = d
            break
    for year in range(published.year, published.year + 9):
        d = make_date(year, month, day)
        if d and d >= published:
            future = d
            break
    return past, future


def month_day_readings(day: int, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """A day number without its month ("el pasado día 3"): the latest such day on or before published
    + 1 day and the first on or after published, in the publication's month or the next to it.

    >>> month_day_readings(3, dt.date(2025, 11, 19))
    (datetime.date(2025, 11, 3), datetime.date(2025, 12, 3))
    """
    this = make_date(published.year, published.month, day)
    before = make_date(*add_months(published.year, published.month, -1), day)
    after = make_date(*add_months(published.year, published.month, 1), day)
    past = this if this and this <= published + DAY else before
    future = this if this and this >= published else after
    return past, future


def weekday_readings(weekday: int, published: dt.date, kind: str) -> tuple[dt.date, dt.date]:
    """(past, future) readings of a weekday (0 = Monday); kind past|future|either.

    >>> weekday_readings(1, dt.date(2025, 9, 3), "either")
    (datetime.date(2025, 9, 2), datetime.date(2025, 9, 9))
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if kind == "past":  # "last Tuesday": strictly before the publication day
        d = published - dt.timedelta(days=back or 7)
        return d, d
    if kind == "future":
        d = published + dt.timedelta(days=ahead or 7)
        return d, d
    return published - dt.timedelta(days=back), published + dt.timedelta(days=ahead)


def month_readings(month: int, published: dt.date, kind: str) -> tuple[str, str]:
    """(past, future) YYYY-MM readings of a month name without a year; kind past|future|either.

    >>> month_readings(11, dt.date(2025, 2, 5), "either")
    ('2024-11', '2025-11')
    """
    y = published.year
    past = y if month < published.month or (month == published.month and kind != "past") else y - 1
    future = y if month > published.month or (month == published.month and kind != "future") else y + 1
    if kind == "past":
        return ym(past, month), ym(past, month)
    if kind == "future":
        return ym(future, month), ym(future, month)
    return ym(past, month), ym(future, month)


def weekend_readings(published: dt.date, kind: str) -> tuple[dt.date, dt.date]:
    """(past, future) Saturdays of "last weekend" (kind 'last') or "this weekend" (kind 'this').

    'this' is the latest weekend on or before published, or the next one ahead; 'last' is the
    weekend before the publication's week, so said on a Sunday it is the one a week earlier.

    >>> weekend_readings(dt.date(2025, 10, 15), "last")
    (datetime.date(2025, 10, 11), datetime.date(2025, 10, 11))
    >>> weekend_readings(dt.date(2025, 10, 15), "this")
    (datetime.date(2025, 10, 11), datetime.date(2025, 10, 18))
    """
    back = (published.weekday() - 5) % 7  # days since the latest Saturday (0 on a Saturday)
    if kind == "last":
        past = published - dt.timedelta(days=back + (7 if back < 2 else 0))
        return past, past
    past = published - dt.timedelta(days=back)
    return past, past if back < 2 else past + dt.timedelta(days=7)
