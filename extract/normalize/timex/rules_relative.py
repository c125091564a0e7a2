"""Handlers for expressions relative to the document date: days, parts of day,
weekdays, clock times, "il y a", durations, periods, vague references, sets."""

from __future__ import annotations

import re

from extract import settings as cfg
from extract.lang.fr import timex as lx
from extract.lang.fr.text import singular
from extract.normalize.timex.calendar import at_granularity, shift, weekday_date
from extract.normalize.timex.rules import (
    Context,
    Value,
    day_value,
    lowered,
    number,
    relation,
    with_part,
)

UNKNOWN_DAY = "XXXX-XX-XX"


def _relative_date(word: str, ctx: Context) -> str:
    if ctx.anchor.date is None:
        return UNKNOWN_DAY
    offset = lx.RELATIVE_DAYS[lowered(word).replace("apres", "après")]
    return day_value(shift(ctx.anchor.date, offset, "D"), ctx)


def relative_day(m: re.Match, ctx: Context) -> Value:
    """"hier", "hier soir", "Hier à 10 h" (one TIME, as TimeBank writes it)."""
    return with_part(_relative_date(m["rel"], ctx), m["part"], m["h"], m["m"])


def this_part(m: re.Match, ctx: Context) -> Value:
    day = day_value(ctx.anchor.date, ctx) if ctx.anchor.date else UNKNOWN_DAY
    return with_part(day, m["part"])


def the_part(m: re.Match, ctx: Context) -> Value:
    """"la nuit", "la matinée", "l'aube" (the dct's), "la nuit de samedi à dimanche" (the later day)."""
    if ctx.anchor.date is None:
        return with_part(UNKNOWN_DAY, m["part"])
    if m["wd2"]:
        date = weekday_date(ctx.anchor.date, lx.WEEKDAYS[lowered(m["wd2"])], ctx.direction_at(m.start()))
        return with_part(day_value(date, ctx), m["part"])
    value = with_part(day_value(ctx.anchor.date, ctx), m["part"])
    value.reanchor = True  # "la nuit" is the night of the day being told
    return value


def weekday(m: re.Match, ctx: Context) -> Value | None:
    number_of_day = lx.WEEKDAYS[lowered(m["wd"])]
    part = m["part"] or ("matin" if m["hours"] and lowered(m["hours"]) == "premières" and not m["part"] else None)
    if ctx.anchor.date is None or not ctx.anchor.known_day:
        value = f"XXXX-WXX-{number_of_day}"
        return Value("TIME" if part else "DATE", value + (f"T{lx.PARTS_OF_DAY[lowered(part)]}" if part else ""))
    date = weekday_date(ctx.anchor.date, number_of_day, relation(m["rel"], ctx, m.start()))
    return with_part(date.isoformat(), part, m["h"], m["m"])


def clock_time(m: re.Match, ctx: Context) -> Value | None:
    """"vers 15 h 30": on the day the text last named (reanchored by the finder), else the dct's."""
    if int(m["h"]) > 24:
        return None
    clock = f"T{int(m['h']):02d}:{int(m['m'] or 0):02d}"
    if m["rel"]:
        return Value("TIME", _relative_date(m["rel"], ctx) + clock, ctx.anchor.date is not None,
                     "APPROX" if m["vers"] else None)
    if m["wd"] and ctx.anchor.known_day and ctx.anchor.date is not None:  # known_day implies a date
        date = weekday_date(ctx.anchor.date, lx.WEEKDAYS[lowered(m["wd"])], ctx.direction_at(m.start()))
        return Value("TIME", date.isoformat() + clock, True, "APPROX" if m["vers"] else None)
    day = day_value(ctx.anchor.date, ctx) if ctx.anchor.date else UNKNOWN_DAY
    return Value("TIME", f"{day}T{int(m['h']):02d}:{int(m['m'] or 0):02d}", ctx.anchor.date is not None,
                 "APPROX" if m["vers"] else None, reanchor=True)


def same_part(m: re.Match, ctx: Context) -> Value:
    """"le matin même": the morning of the day being told."""
    value = with_part(day_value(ctx.anchor.date, ctx) if ctx.anchor.date else UNKNOWN_DAY, m["part"])
    value.reanchor = True
    return value


def fraction(m: re.Match, ctx: Context) -> Value:
    return Value("DURATION", lx.FRACTIONS[re.sub(r"\s+", " ", lowered(m["frac"]))])


def term(m: re.Match, ctx: Context) -> Value:
    return Value("DURATION", lx.TERMS[lowered(m["term"])])


def habitual(m: re.Match, ctx: Context) -> Value:
    return Value("SET", lx.HABITUAL_ADJECTIVES[lowered(m["word"])])


def clock_word(m: re.Match, ctx: Context) -> Value:
    day = day_value(ctx.anchor.date, ctx) if ctx.anchor.date else UNKNOWN_DAY
    return Value("TIME", f"{day}T{lx.CLOCK_WORDS[lowered(m['word'])]}", ctx.anchor.date is not None, reanchor=True)


def _unit(word: str) -> tuple[str, bool]:
    word = lowered(word)
    unit = {"ans": "an"}.get(word) or singular(word)  # "ans" is too short for singular()
    return lx.UNITS.get(unit, ("D", False))


def ago(m: re.Match, ctx: Context) -> Value | None:
    """"il y a trois ans" -> the year three years before the dct; vague amounts -> PAST_REF."""
    amount = number(m["n"])
    letter, _ = _unit(m["unit"])
    if m["q"] or amount is None or ctx.anchor.date is None or letter not in ("D", "W", "M", "Y"):
        return Value("DATE", "PAST_REF", ctx.anchor.date is not None)
    return Value("DATE", at_granularity(shift(ctx.anchor.date, -int(amount), letter), letter), True)


# "un chauffeur de 38 ans", "âgé de 54 ans", "il a 6 ans", ", 26 ans,", "les 6-16 ans", "les moins de 17 ans".
AGE_BEFORE = re.compile(r"(?:\b(?P<noun>[^\W\d]+)\s+(?:de|d['’])\s*"
                        r"|\b(?:[âa]g[ée]e?s?\s+de|a|avait|aura|avaient|ont)\s+"
                        r"|,\s*|\d\s*-\s*|\bles\s+(?:moins|plus)\s+de\s+)$", re.IGNORECASE)


def _is_age(text: str, start: int) -> bool:
    found = AGE_BEFORE.search(text[max(0, start - cfg.TIMEX_AGE_CUE_CHARS):start])
    return found is not None and (found["noun"] or "").lower() not in lx.DURATION_HEADS


def duration(m: re.Match, ctx: Context) -> Value | None:
    letter, is_time = _unit(m["unit"])
    if lowered(m["unit"]) in ("ans", "an") and (
            (not m["q"] and _is_age(ctx.text, m.start()))
            or (m["q"] and re.search(r"\bles\s+$", ctx.text[max(0, m.start() - 5):m.start()]))):
        return None  # "un homme de 53 ans", "il a 53 ans", "les moins de 17 ans": an age
    amount = None if lowered(m["n"]) in lx.VAGUE_AMOUNTS else number(m["n"])
    if amount is None and lowered(m["n"]) not in lx.VAGUE_AMOUNTS:
        return None
    shown = "X" if amount is None else (f"{amount:g}" if isinstance(amount, float) else str(amount))
    if letter[0].isdigit():  # semestre = 6M, quinquennat = 5Y
        shown, letter = (str(int(letter[:-1]) * amount) if amount else "X"), letter[-1]
    return Value("DURATION", f"PT{shown}{letter}" if is_time else f"P{shown}{letter}")


def vague_period(m: re.Match, ctx: Context) -> Value:
    letter, is_time = _unit(m["unit"])
    return Value("DURATION", f"PTX{letter}" if is_time else f"PX{letter}")


PERIOD_UNITS = {"semaine": "W", "mois": "M", "année": "Y", "an": "Y", "week-end": "WE", "trimestre": "Q"}


def period(m: re.Match, ctx: Context) -> Value | None:
    """"cette année", "la semaine dernière", "le mois prochain", "plus tôt cette année"."""
    det, rel, unit = lowered(m["det"]).strip(), lowered(m["rel"]), PERIOD_UNITS[lowered(m["unit"])]
    if det not in ("cette", "ce", "cet") and not rel:
        return None  # "la semaine", "l'année": no particular one
    if ctx.anchor.date is None or unit == "Q":
        return None
    step = -1 if rel in lx.LAST else 1 if rel in lx.NEXT else 0
    if unit == "WE":
        # "ce week-end" told in the past early in the week is the one just gone
        if not step and ctx.anchor.date.isoweekday() < 5 and ctx.direction_at(m.start()) == "past":
            step = -1
        return Value("DATE", at_granularity(shift(ctx.anchor.date, step, "W"), "W") + "-WE", True)
    mod = {"début": "START", "fin": "END"}.get(lowered(m["early"]))
    return Value("DATE", at_granularity(shift(ctx.anchor.date, step, unit), unit), True, mod)


def period_edge(m: re.Match, ctx: Context) -> Value | None:
    """"début du mois", "fin de l'année dernière": the period, with a START / END mod."""
    if ctx.anchor.date is None:
        return None
    unit = PERIOD_UNITS[lowered(m["unit"])]
    rel = lowered(m["rel"])
    step = -1 if rel in lx.LAST else 1 if rel in lx.NEXT else 0
    mod = {"début": "START", "fin": "END", "milieu": "MID"}[lowered(m["edge"])]
    return Value("DATE", at_granularity(shift(ctx.anchor.date, step, unit), unit), True, mod)


def vague_word(m: re.Match, ctx: Context) -> Value:
    return Value("DATE", lx.VAGUE_REFERENCES[lowered(m["word"])])


VAGUE_PHRASES = [(re.compile(pattern, re.IGNORECASE), value) for pattern, value in lx.VAGUE_PHRASES.items()]


def vague_phrase(m: re.Match, ctx: Context) -> Value | None:
    for pattern, value in VAGUE_PHRASES:
        found = pattern.match(ctx.text, m.start())
        if found and found.end() == m.end():
            return Value("DATE", value)
    return None


def every(m: re.Match, ctx: Context) -> Value:
    unit = lowered(m["unit"])
    day = lx.WEEKDAYS.get(singular(unit))
    if day:
        return Value("SET", f"XXXX-WXX-{day}")
    if unit.startswith(("matin", "soir")):
        return Value("SET", f"XXXX-XX-XXT{'MO' if unit.startswith('matin') else 'EV'}")
    letter, _ = _unit(unit)
    return Value("SET", f"P1{letter}")


def per_unit(m: re.Match, ctx: Context) -> Value:
    unit = lowered(m["unit"])
    return Value("SET", lx.TERMS.get(unit) or f"P1{_unit(unit)[0]}")


def set_adjective(m: re.Match, ctx: Context) -> Value:
    return Value("SET", lx.SET_ADJECTIVES[lowered(m["word"])])
