"""Plain numerals and explicit dates (the first, simple normaliser: normalize.v1)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.normalize.lexicon import MONTH_PATTERN, MONTHS

# "le 8 juin 2022", "8 juin", "1er mai 2023": day and month, year optional.
DAY_MONTH = re.compile(rf"\b(?:le\s+)?(\d{{1,2}}|1er)\s+({MONTH_PATTERN})(?:\s+(\d{{4}}))?\b", re.I)
# "juin 2022", "en février 2022": month and year.
MONTH_YEAR = re.compile(rf"\b({MONTH_PATTERN})\s+(\d{{4}})\b", re.I)
# Digits with French thousands separators (space, no-break space, thin space) and decimal comma.
NUMBER = re.compile(r"(?<![\w-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\w-])|(?<![\w,-])\d+(?:,\d+)?(?![\w-])")
NEXT_WORD = re.compile(r"\s+(?:de\s+|d['’])?([^\W\d_]+)")


def explicit_dates(text: str, dct: str | None) -> Iterator[tuple[int, int, str]]:
    """(start, end, TIMEX3 value) of dates written with a month name."""
    taken: list[tuple[int, int]] = []
    for match in DAY_MONTH.finditer(text):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        month = MONTHS[match.group(2).lower()]
        year = match.group(3) or (dct[:4] if dct else "XXXX")
        taken.append(match.span())
        yield match.start(), match.end(), f"{year}-{month:02d}-{day:02d}"
    for match in MONTH_YEAR.finditer(text):
        if not any(s <= match.start() < e for s, e in taken):
            yield match.start(), match.end(), f"{match.group(2)}-{MONTHS[match.group(1).lower()]:02d}"


def numerals(text: str) -> Iterator[tuple[int, int, int | float, str | None]]:
    """(start, end, value, counted word) of numbers written in digits."""
    for match in NUMBER.finditer(text):
        digits = re.sub(r"[ \u00a0\u202f]", "", match.group()).replace(",", ".")
        value: int | float = float(digits) if "." in digits else int(digits)
        following = NEXT_WORD.match(text, match.end())
        counted = following.group(1).lower() if following else None
        yield match.start(), match.end(), value, counted
