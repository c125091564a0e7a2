"""Map offsets in the cleaned text back to the raw text.

The cleaned text is built from the raw text by copying runs, deleting runs
and, rarely, replacing or inserting a few characters (a separator between
blocks, a missing space, a repaired character). :class:`TextBuilder` records
every piece it appends as a segment ``(clean_start, clean_end, raw_start,
raw_end)``; the segments cover the clean text without gaps and appear in the
record as ``alignment``.

Inside a segment whose two sides have the same length the mapping is
character by character (copied text, or a same-length repair). A segment
whose lengths differ (an insertion, a multi-character repair) is atomic: a
span starting inside it maps to its raw start and a span ending inside it to
its raw end, so a span always covers at least the raw characters it came
from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TypedDict

Segment = tuple[int, int, int, int]


class SpanFields(TypedDict):
    """The span keys of the contract, as :func:`span_fields` returns them."""

    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str


class TextBuilder:
    """Accumulates clean text from pieces of raw text, keeping the alignment."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._parts: list[str] = []
        self._segments: list[list[int]] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, raw_start: int, raw_end: int) -> None:
        """Append raw[raw_start:raw_end] unchanged."""
        if raw_end > raw_start:
            self._append(self.raw[raw_start:raw_end], raw_start, raw_end)

    def replace(self, raw_start: int, raw_end: int, text: str) -> None:
        """Append ``text`` in place of raw[raw_start:raw_end] (may be empty: an insertion)."""
        if text:
            self._append(text, raw_start, raw_end)

    def _append(self, text: str, raw_start: int, raw_end: int) -> None:
        clean_start = self._length
        self._parts.append(text)
        self._length += len(text)
        last = self._segments[-1] if self._segments else None
        contiguous_copy = (
            last is not None
            and last[1] == clean_start
            and last[3] == raw_start
            and last[1] - last[0] == last[3] - last[2]
            and len(text) == raw_end - raw_start
        )
        if last is not None and contiguous_copy:  # contiguous_copy implies a last segment
            last[1] = self._length
            last[3] = raw_end
        else:
            self._segments.append([clean_start, self._length, raw_start, raw_end])

    def ends_with(self, suffix: str | tuple[str, ...]) -> bool:
        return "".join(self._parts[-3:]).endswith(suffix)

    def build(self) -> tuple[str, list[Segment]]:
        return "".join(self._parts), [tuple(s) for s in self._segments]  # type: ignore[misc]


class Alignment:
    """Offset mapping from clean text to raw text, from a record's segments."""

    def __init__(self, segments: Sequence[Sequence[int]]) -> None:
        self.segments = [tuple(s) for s in segments]
        self._starts = [s[0] for s in self.segments]

    def _segment_at(self, offset: int, *, is_end: bool) -> tuple[int, int, int, int]:
        # An end offset belongs to the segment it closes, a start offset to the one it opens.
        index = bisect_right(self._starts, offset - 1 if is_end else offset) - 1
        if index < 0:
            raise ValueError(f"offset {offset} is before the text")
        segment = self.segments[index]
        if offset > segment[1] or (not is_end and offset == segment[1]):
            raise ValueError(f"offset {offset} is past the text")
        return segment  # type: ignore[return-value]

    def raw_offset(self, offset: int, *, is_end: bool = False) -> int:
        clean_start, clean_end, raw_start, raw_end = self._segment_at(offset, is_end=is_end)
        if clean_end - clean_start == raw_end - raw_start:
            return raw_start + (offset - clean_start)
        return raw_end if is_end else raw_start

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw (start, end) of the clean span [start, end)."""
        if end <= start:
            point = self.raw_offset(start) if start < self._end() else self._raw_end()
            return point, point
        return self.raw_offset(start), self.raw_offset(end, is_end=True)

    def exact_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut where the clean text is not the raw text character for character: at
        a repair ("russeDe" read "russe De") and where raw text was removed in between (a credit
        line, a teaser). Each piece is a span whose raw text is its clean text."""
        pieces: list[list[int]] = []
        last_raw_end = None
        index = max(0, bisect_right(self._starts, start) - 1)
        for clean_start, clean_end, raw_start, raw_end in self.segments[index:]:
            if clean_start >= end:
                break
            lo, hi = max(start, clean_start), min(end, clean_end)
            if lo >= hi or clean_end - clean_start != raw_end - raw_start:
                last_raw_end = None  # a repair: nothing of it is raw text
                continue
            raw_lo = raw_start + lo - clean_start
            if pieces and pieces[-1][1] == lo and last_raw_end == raw_lo:
                pieces[-1][1] = hi
            else:
                pieces.append([lo, hi])
            last_raw_end = raw_start + hi - clean_start
        return [(lo, hi) for lo, hi in pieces]

    def _end(self) -> int:
        return self.segments[-1][1] if self.segments else 0

    def _raw_end(self) -> int:
        return self.segments[-1][3] if self.segments else 0


def span_fields(text: str, alignment: Alignment, start: int, end: int) -> SpanFields:
    """The span keys of the contract (clean and raw offsets, text) for text[start:end]."""
    raw_start, raw_end = alignment.to_raw(start, end)
    return {
        "start": start,
        "end": end,
        "raw_start": raw_start,
        "raw_end": raw_end,
        "text": text[start:end],
    }
