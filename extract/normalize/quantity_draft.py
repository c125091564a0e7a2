"""A quantity being read, and char-offset access to the parse it is read from."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from extract.normalize.number_words import Core


@dataclass
class Draft:
    """A quantity being read: extent, amount, qualifier; unit and counted noun come later."""

    start: int
    end: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    core: Core
    qualifier: str = "exact"
    unit: str | None = None
    unit_end: int | None = None
    counted: str | None = None
    elided: bool = False


class Parse:
    """Char-offset access to the spaCy tokens of the text."""

    def __init__(self, parsed: Doc) -> None:
        self.doc = parsed
        self.starts = [t.idx for t in parsed]
        sentenced = parsed.has_annotation("SENT_START") or parsed.has_annotation("DEP")
        self.sent_starts = sorted(s.start_char for s in parsed.sents) if sentenced else [0]
        # What the readers of counted nouns compute once per token or per document, by key.
        self.memo: dict[Any, Any] = {}

    def token_at(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos) - 1
        return self.doc[i] if i >= 0 and pos < self.doc[i].idx + len(self.doc[i]) else None

    def next_word(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos - 1)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def previous_word(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos - 1) - 1
        while i >= 0 and (self.doc[i].is_space or self.doc[i].idx >= pos):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos)
