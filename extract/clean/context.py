"""Noise that only the whole article reveals: teasers and repeated captions.

A teaser headline for another article and a caption that repeats the body
look like ordinary lines; what gives them away is their vocabulary compared
with the rest of the article. Words are compared as folded stems (no case,
no accents, no plural ending, first six letters) so that "diplomatiques"
matches "diplomatique" and "frappes" matches "frappé".
"""

from __future__ import annotations

import re

from extract.clean.lines import Line
from extract.lang.fr import clean as patterns
from extract.lang.fr.text import strip_accents
from extract.records import Removed

STEM_LENGTH = 6


def stems(text: str) -> set[str]:
    """Content-word stems of ``text``."""
    words = re.findall(r"[a-z]+", strip_accents(text.casefold()))
    return {
        w.rstrip("sx")[:STEM_LENGTH]
        for w in words
        if len(w) >= patterns.MIN_CONTENT_LETTERS and w not in patterns.STOP_WORDS
    }


def _shared(part: set[str], whole: set[str]) -> float:
    return len(part & whole) / len(part) if part else 1.0


def _remove(line: Line, reason: str) -> Removed:
    """Remove what is left of ``line`` (inline removals already made stay as they are)."""
    start, end = line.keep[0][0], line.keep[-1][1]
    line.keep = []
    return Removed(raw_start=start, raw_end=end, reason=reason, text=line.text[start - line.start:end - line.start])


def find_teasers(lines: list[Line]) -> list[Removed]:
    """Heading-like lines (not the first, not credited captions) sharing almost no words with the article."""
    removed = []
    bodies = [stems(line.kept_text()) for line in lines]
    # The vocabulary of the paragraphs, gathered once (a teaser candidate is never a paragraph
    # itself, and kinds do not change here): not once per candidate line.
    rest: set[str] = set().union(*(b for b, line in zip(bodies, lines) if line.kind == "paragraph"))
    for index, line in enumerate(lines):
        if index == 0 or line.kind not in ("subheading", "caption") or line.credited or not line.keep:
            continue
        own = bodies[index]
        if len(own) < patterns.TEASER_MIN_WORDS:
            continue
        if not rest:
            continue  # no paragraph to compare with (a text without full stops): nothing to tell
        if _shared(own, rest) <= patterns.TEASER_MAX_SHARED:
            removed.append(_remove(line, "teaser"))
    return removed


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def find_duplicate_captions(lines: list[Line]) -> list[Removed]:
    """Captions whose words and numbers are all already in the body paragraphs."""
    removed = []
    paragraphs = [line.kept_text() for line in lines if line.kind == "paragraph"]
    body = stems(" ".join(paragraphs))
    body_numbers = _numbers(" ".join(paragraphs))
    for line in lines:
        if line.kind != "caption" or not line.keep:
            continue
        kept_text = line.kept_text()
        own = {w for w in stems(kept_text) if not w.startswith(tuple(patterns.PICTURE_STEMS))}
        new_words = own - body
        if (own and _shared(own, body) >= patterns.DUPLICATE_CAPTION_MIN_SHARED
                and len(new_words) <= patterns.DUPLICATE_CAPTION_MAX_NEW_WORDS
                and _numbers(kept_text) <= body_numbers):
            removed.append(_remove(line, "duplicate_caption"))
    return removed
