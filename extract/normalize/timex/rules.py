"""What each temporal pattern means: TIMEX3 type and value for a match.

A handler takes the regular-expression match and the context (document
text, anchor, tense) and returns a :class:`Value`, or None when the match is
not a temporal expression after all ("a été", "Mars" the planet, an age).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from text_to_num import text2num

from extract.lang.fr import timex as lx
from extract.normalize.timex.anchor import Anchor
from extract.normalize.timex.calendar import (
    at_granularity,
    month_day_date,
    month_year,
    two_digit_year,
)
from extract.records import TimexType


@dataclass
class Context:
    text: str
    anchor: Anchor
    direction_at: Callable[[int], str]


@dataclass
class Value:
    type: TimexType
    value: str
    anchored: bool = False
    mod: str | None = None
    reanchor: bool = False  # the day is the text's reference day, not necessarily the dct


def lowered(group: str | None) -> str:
    return (group or "").lower().replace("’", "'")


def number(words: str) -> float | int | None:
    words = lowered(words).strip()
    if re.fullmatch(r"\d+(?:,\d+)?", words):
        return float(words.replace(",", ".")) if "," in words else int(words)
    if words in ("un", "une"):
        return 1
    try:
        return text2num(words.replace(" et ", "-et-").replace(" ", "-"), "fr")
    except ValueError:
        return None


def relation(group: str | None, ctx: Context, start: int) -> str:
    rel = lowered(group)
    if rel in lx.LAST:
        return "strict_past"
    if rel in lx.NEXT:
        return "strict_future"
    return ctx.direction_at(start)


def day_value(date: dt.date, ctx: Context) -> str:
    """A date as precise as the anchor allows (a month-only dct cannot place a weekday)."""
    return date.isoformat() if ctx.anchor.known_day else at_granularity(date, "M")


def with_part(day: str, part: str | None, hour: str | None = None, minute: str | None = None) -> Value:
    if hour is not None:
        return Value("TIME", f"{day}T{int(hour):02d}:{int(minute or 0):02d}", True)
    if part:
        code = lx.CLOCK_WORDS.get(lowered(part)) or lx.PARTS_OF_DAY.get(lowered(part))
        return Value("TIME", f"{day}T{code}", True)
    return Value("DATE", day, True)


def date_full(m: re.Match, ctx: Context) -> Value | None:
    month = lx.MONTHS[lowered(m["month"]).rstrip(".")]
    day = 1 if lowered(m["day"]) in ("1er", "premier") else int(m["day"])
    year = int(m["year"]) if m["year"] else (two_digit_year(int(m["yy"].lstrip("'’")), ctx.anchor.date)
                                             if m["yy"] else None)
    if year is not None:
        try:
            return Value("DATE", dt.date(year, month, day).isoformat())
        except ValueError:
            return None
    if ctx.anchor.date is None:
        return Value("DATE", f"XXXX-{month:02d}-{day:02d}")
    if m["wd"]:  # "dimanche 5 janvier": the year in which that date is a Sunday
        date = _year_of_weekday(ctx.anchor.date, month, day, lx.WEEKDAYS[lowered(m["wd"])])
        if date:
            return Value("DATE", date.isoformat(), True)
    if ctx.anchor.precision == "month" and month == ctx.anchor.date.month:
        # a dct known to the month ("2024-04"): "le 13 avril" is in it, whatever the day placeholder
        try:
            return Value("DATE", dt.date(ctx.anchor.date.year, month, day).isoformat(), True)
        except ValueError:
            return None
    date = month_day_date(ctx.anchor.date, month, day, relation(m["rel"], ctx, m.start()))
    return Value("DATE", date.isoformat(), True) if date else None


def _year_of_weekday(anchor: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    options = []
    for year in range(anchor.year - 3, anchor.year + 4):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            options.append(date)
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def date_numeric(m: re.Match, ctx: Context) -> Value | None:
    year = int(m["year"]) if len(m["year"]) == 4 else two_digit_year(int(m["year"]), ctx.anchor.date)
    try:
        return Value("DATE", dt.date(year, int(m["month"]), int(m["day"])).isoformat())
    except ValueError:
        return None


def month_year_value(m: re.Match, ctx: Context) -> Value:
    mod = {"début": "START", "fin": "END", "mi-": "MID"}.get(lowered(m["mod"]))
    return Value("DATE", f"{int(m['year']):04d}-{lx.MONTHS[lowered(m['month'])]:02d}", mod=mod)


def month_alone(m: re.Match, ctx: Context) -> Value | None:
    if m["month"][0].isupper() and not _sentence_start(ctx.text, m.start()):
        return None  # "Mars" the planet, "Mai" a name
    month = lx.MONTHS[lowered(m["month"])]
    mod = {"début": "START", "fin": "END", "mi-": "MID"}.get(lowered(m["mod"]))
    if ctx.anchor.date is None:
        return Value("DATE", f"XXXX-{month:02d}", mod=mod)
    year = month_year(ctx.anchor.date, month, relation(m["rel"], ctx, m.start()))
    return Value("DATE", f"{year:04d}-{month:02d}", True, mod)


YEAR_CUES = re.compile(r"(?:\b(?:en|depuis|de|dès|avant|après|jusqu['’]en|fin|début|mi|printemps|été|automne|"
                       r"hiver|d['’]ici|vers)\s*-?\s*|d['’])$", re.IGNORECASE)


def year_alone(m: re.Match, ctx: Context) -> Value | None:
    before = ctx.text[max(0, m.start() - 15):m.start()]
    after = ctx.text[m.end():m.end() + 2]
    if not (m["det"] or YEAR_CUES.search(before) or re.match(r"\s*(?:[,.;:)»]|$)", after)):
        return None  # "2000 soldats", "1500 habitants": a count
    if re.search(r"\d[\s\u00a0]$", before):
        return None  # "12 2022"-like digit groups
    return Value("DATE", m["year"])


def decade(m: re.Match, ctx: Context) -> Value:
    digits = m["decade"]
    full = digits if len(digits) == 4 else ("19" if int(digits) >= 30 else "20") + digits  # "années 90"
    return Value("DATE", full[:3])


AUXILIARY_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ayant|avoir|as|avons|avez|"
                              r"eût|eut|aies|ait)\s+$", re.IGNORECASE)


def season(m: re.Match, ctx: Context) -> Value | None:
    code = lx.SEASONS[lowered(m["season"])]
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if re.search(r"\b(?:d['’]|de\s+)$", before, re.IGNORECASE):
        return None  # "Jeux d'hiver", "vêtements d'été": a kind, not a time
    if code == "SU" and (AUXILIARY_BEFORE.search(before) or not (m["det"] or m["year"] or m["rel"]
                                                                  or re.search(r"\b(?:en|l['’])\s*$", before, re.I))):
        return None  # "a été": the verb, not the summer
    if m["year"]:
        return Value("DATE", f"{m['year']}-{code}")
    if ctx.anchor.date is None:
        return Value("DATE", f"XXXX-{code}")
    det, rel = lowered(m["det"]).strip(), lowered(m["rel"])
    if det in ("cet", "ce", "cette"):
        return Value("DATE", f"{ctx.anchor.year:04d}-{code}", True)
    if rel:
        shift_years = -1 if rel in lx.LAST else 1
        return Value("DATE", f"{ctx.anchor.date.year + shift_years:04d}-{code}", True)
    return Value("DATE", f"XXXX-{code}")


def _sentence_start(text: str, offset: int) -> bool:
    """Only blanks before ``offset``, or a sentence end before the blanks (looking back over the
    blanks only, not copying the text before)."""
    last = offset
    while last > 0 and text[last - 1].isspace():
        last -= 1
    return last == 0 or text[last - 1] in ".!?»\n:"
