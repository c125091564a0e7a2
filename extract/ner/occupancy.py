"""Which characters of a text are already taken by an entity, and where a name occurs.

The merge keeps a span only if it overlaps none of the spans chosen so far.
Asking every chosen span in turn costs the number of spans, for every span
asked about: quadratic in a long document. :class:`Taken` marks the chosen
characters instead, so a question costs the length of the span asked about.

:func:`name_occurrences` finds a name as a whole word (``(?<!\\w)name(?!\\w)``,
left to right, not overlapping) from an index of the text's words, instead of
searching the whole text once per name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Protocol

# A word as the name search sees it: a run of letters and digits ("Kharkiv", "Su-34" is two).
WORD = re.compile(r"\w+")
# One such character: what may not touch a name on either side ("Kiev" is not in "Kievan").
WORD_CHAR = re.compile(r"\w")


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class Taken:
    """The spans chosen so far, as the characters they cover.

    ``overlaps(start, end)`` is ``any(start < c.end and c.start < end for c in spans)``;
    a span without characters (start >= end), asked about or chosen, is compared with the
    spans one by one, as before.
    """

    def __init__(self, length: int, spans: list[Spanned] | None = None) -> None:
        self._chars = bytearray(length + 1)
        self._spans: list[Spanned] = []
        self._empty: list[Spanned] = []
        for span in spans or []:
            self.add(span)

    def add(self, span: Spanned) -> None:
        self._spans.append(span)
        if span.start < span.end:
            self.extend(span.start, span.end)
        else:
            self._empty.append(span)

    def extend(self, start: int, end: int) -> None:
        """Mark [start, end) taken (a chosen span grown by those characters)."""
        self._chars[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        if start >= end:
            return any(start < c.end and c.start < end for c in self._spans)
        if any(start < c.end and c.start < end for c in self._empty):
            return True
        return self._chars.find(1, start, end) >= 0


class WordIndex:
    """Where each word (a run of \\w characters) of a text starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = defaultdict(list)
        for match in WORD.finditer(text):
            self.starts[match.group()].append(match.start())


def _anchor(name: str, index: WordIndex) -> tuple[int, list[int]] | None:
    """The rarest word of ``name`` (its offset in the name, and where the text has it)."""
    words = [(len(index.starts.get(m.group(), ())), m.start(), m.group()) for m in WORD.finditer(name)]
    if not words:
        return None
    _, offset, word = min(words)
    return offset, index.starts.get(word, [])


def _whole_at(text: str, name: str, start: int) -> bool:
    end = start + len(name)
    return (start >= 0 and text.startswith(name, start)
            and not (start > 0 and WORD_CHAR.match(text, start - 1))
            and not WORD_CHAR.match(text, end))


def name_occurrences(name: str, index: WordIndex) -> Iterator[tuple[int, int]]:
    """(start, end) of ``name`` as a whole word, as ``re.finditer(rf"(?<!\\w){re.escape(name)}(?!\\w)")``.

    Each word of the name is a whole word of the text where the name occurs (the name's
    first and last words by the look-arounds, the others by the name's own separators),
    so the places of the name's rarest word give every candidate place.
    """
    text = index.text
    anchor = _anchor(name, index) if name else None
    if anchor is None:  # no word in the name (or an empty name): search the text
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            yield match.span()
        return
    offset, places = anchor
    last_end = 0
    for place in places:
        start = place - offset
        if start >= last_end and _whole_at(text, name, start):
            last_end = start + len(name)
            yield start, last_end
