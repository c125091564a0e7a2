"""Split raw text into lines and decide, line by line, what is kept.

A :class:`Line` is a stripped raw line; :func:`classify` either removes it
whole (a noise class from :mod:`extract.lang.fr.clean`) or keeps it as a
block with the pieces of it that survive inline removals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from extract.lang.fr import clean as patterns
from extract.records import BlockKind, Removed


@dataclass
class Line:
    start: int  # raw offset of the first non-blank character
    end: int  # raw offset after the last non-blank character
    text: str
    keep: list[tuple[int, int]] = field(default_factory=list)  # raw ranges kept
    kind: BlockKind = "paragraph"
    credited: bool = False  # a photo credit was cut from it: a caption of this article's picture

    def kept_text(self) -> str:
        """What is left of the line once inline noise is cut out."""
        return " ".join(self.text[a - self.start:b - self.start] for a, b in self.keep)


def iter_lines(raw: str, start: int = 0) -> Iterator[Line | None]:
    """Stripped lines of ``raw`` from ``start``; ``None`` for a blank line."""
    position = start
    for chunk in raw[start:].splitlines(keepends=True):
        body = chunk.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        left = len(body) - len(body.lstrip())
        text = body.strip()
        if text:
            line_start = position + left
            yield Line(line_start, line_start + len(text), text)
        else:
            yield None
        position += len(chunk)


def _is_english_aside(words: str) -> bool:
    tokens = re.findall(r"[a-z]+", words.lower())
    return any(token in patterns.ENGLISH_FUNCTION_WORDS for token in tokens)


def _inline_removals(line: Line) -> list[Removed]:
    """Parts of a kept line that are noise (credits, English MT brackets)."""
    removed: list[Removed] = []
    text = line.text
    for reason, rule in patterns.INLINE_RULES:
        match = rule.search(text)
        if match and match.start() > 0:  # never remove the whole line this way
            removed.append(_removed(line, match.start(), match.end(), reason))
            text = text[: match.start()]
    for match in patterns.BRACKET.finditer(text):
        if _is_english_aside(match.group(1)):
            removed.append(_removed(line, match.start(), match.end(), "mt_debris"))
    return removed


def _removed(line: Line, start: int, end: int, reason: str) -> Removed:
    raw_start, raw_end = line.start + start, line.start + end
    return Removed(raw_start=raw_start, raw_end=raw_end, reason=reason, text=line.text[start:end])


def classify(line: Line) -> list[Removed]:
    """Fill ``line.keep`` and ``line.kind``; return what was removed from it."""
    for reason, rule in patterns.LINE_RULES:
        if rule.search(line.text):
            return [_removed(line, 0, len(line.text), reason)]
    bullet = patterns.BULLET.match(line.text)
    content_start = line.start + (bullet.end() if bullet else 0)
    removed = sorted(_inline_removals(line), key=lambda r: r.raw_start)
    cursor = content_start
    for item in removed:
        if item.raw_start > cursor:
            line.keep.append((cursor, item.raw_start))
        cursor = max(cursor, item.raw_end)
    if cursor < line.end:
        line.keep.append((cursor, line.end))
    if bullet:
        line.kind = "list_item"
    elif removed and removed[-1].reason == "credit":
        line.kind = "caption"
        line.credited = True
    return removed
