"""Calendar arithmetic for TIMEX3 values, anchored on the document date.

Directions: ``past`` picks the most recent day up to the anchor itself,
``future`` the next one from the anchor on, ``nearest`` whichever is closer
(present tense: "ils se réunissent vendredi" in a Thursday article is the
next day), ``strict_past`` / ``strict_future`` exclude the anchor day
("vendredi dernier", "lundi prochain").
"""

from __future__ import annotations

import datetime as dt

Direction = str  # "past", "future", "nearest", "strict_past", "strict_future"


def weekday_date(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The date of ISO ``weekday`` (1 = Monday) relative to ``anchor``."""
    back = (anchor.isoweekday() - weekday) % 7
    forward = (weekday - anchor.isoweekday()) % 7
    if direction == "strict_past":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "strict_future":
        return anchor + dt.timedelta(days=forward or 7)
    if direction == "future":
        return anchor + dt.timedelta(days=forward)
    if direction == "nearest" and forward < back:
        return anchor + dt.timedelta(days=forward)
    return anchor - dt.timedelta(days=back)


def _candidates(anchor: dt.date, month: int, day: int) -> list[dt.date]:
    found = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return found


def month_day_date(anchor: dt.date, month: int, day: int, direction: Direction) -> dt.date | None:
    """The year of a date written without one ("le 30 juillet"), by tense."""
    candidates = _candidates(anchor, month, day)
    if not candidates:
        return None
    past = [d for d in candidates if d <= anchor] if direction != "strict_past" else \
        [d for d in candidates if d < anchor]
    future = [d for d in candidates if d >= anchor] if direction != "strict_future" else \
        [d for d in candidates if d > anchor]
    if direction in ("past", "strict_past") and past:
        return max(past)
    if direction in ("future", "strict_future") and future:
        return min(future)
    return min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))


def month_year(anchor: dt.date, month: int, direction: Direction) -> int:
    """The year of a month named alone ("en février", "juin prochain")."""
    if direction in ("past", "strict_past"):
        return anchor.year if month < anchor.month or (month == anchor.month and direction == "past") \
            else anchor.year - 1
    if direction in ("future", "strict_future"):
        return anchor.year if month > anchor.month or (month == anchor.month and direction == "future") \
            else anchor.year + 1
    options = [anchor.year - 1, anchor.year, anchor.year + 1]
    return min(options, key=lambda y: abs((y - anchor.year) * 12 + month - anchor.month))


def shift(anchor: dt.date, amount: int, unit: str) -> dt.date:
    """``anchor`` moved by ``amount`` days, weeks, months or years."""
    if unit == "D":
        return anchor + dt.timedelta(days=amount)
    if unit == "W":
        return anchor + dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "Y" else 1)
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    day = min(anchor.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                           31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month])
    return dt.date(year, month + 1, day)


def at_granularity(date: dt.date, unit: str) -> str:
    """The TIMEX3 value of ``date`` at the granularity of ``unit`` (D, W, M, Y)."""
    if unit == "Y":
        return f"{date.year:04d}"
    if unit == "M":
        return f"{date.year:04d}-{date.month:02d}"
    if unit == "W":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return date.isoformat()


def two_digit_year(year: int, anchor: dt.date | None) -> int:
    """'93 -> 1993 and '05 -> 2005 as seen from the anchor's century."""
    reference = anchor.year if anchor else 2000
    century = reference // 100 * 100
    return century + year if century + year <= reference + 10 else century - 100 + year
