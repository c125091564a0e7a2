"""French calendar words: months and weekdays, the one table every finder reads."""

from __future__ import annotations

# Months, with the abbreviations of dates ("12 sept.", "3 janv.") and the
# unaccented spellings of scraped text.
MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}
# Abbreviations are only months next to a day number ("sept" alone is seven).
MONTH_ABBREVIATIONS = {"janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec"}

WEEKDAYS = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}

# The full month names as one regex alternation, longest first ("septembre" before "sept").
MONTH_PATTERN = "|".join(sorted((m for m in MONTHS if m not in MONTH_ABBREVIATIONS), key=len, reverse=True))
# The weekday names as one regex alternation.
WEEKDAY_PATTERN = "|".join(WEEKDAYS)
