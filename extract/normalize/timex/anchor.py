"""The document date that relative expressions are resolved against."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Anchor:
    """The dct and how much of it is known: a header "date 2023-05" knows the month only."""

    date: dt.date | None
    precision: str = "day"  # "day", "month" or "year"

    @classmethod
    def of(cls, dct: str | None, precision: str | None = None) -> Anchor:
        return cls(dt.date.fromisoformat(dct) if dct else None, precision or "day")

    @property
    def known_day(self) -> bool:
        return self.date is not None and self.precision == "day"

    @property
    def year(self) -> int | None:
        return self.date.year if self.date else None
