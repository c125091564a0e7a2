"""Spans already taken (timexes, entity names), asked about in the length of the span asked.

``Taken(spans).overlaps(start, end)`` is ``any(start < e and s < end for s, e in spans)``,
without going through every span for every question: the characters the spans
cover are marked once. A span without characters (``start >= end``), on either
side, is compared as before, one by one.
"""

from __future__ import annotations


class Taken:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.empty = [(s, e) for s, e in spans if s >= e]
        self.chars = bytearray(max((e for _, e in spans), default=0) + 1)
        for s, e in spans:
            if s < e:
                self.chars[s:e] = b"\x01" * (e - s)

    def overlaps(self, start: int, end: int) -> bool:
        if start >= end:
            return any(start < e and s < end for s, e in self.spans)
        if any(start < e and s < end for s, e in self.empty):
            return True
        return self.chars.find(1, max(start, 0), max(min(end, len(self.chars)), 0)) >= 0
