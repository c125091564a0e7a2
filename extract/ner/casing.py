"""Case restoration for words written in capitals before tagging.

Scraped leads often open with a word in capitals ("MOSCOU a été..."), which
the statistical model reads as an acronym (ORG). A word of four or more
letters written all in capitals is given the case it has elsewhere in the
article ("OTAN" becomes "Otan" only if the article also writes "Otan"), or
title case when it is a known place name. Shorter capital words (AFP, ONU)
are acronyms and stay. The result has the same length
as the input, so offsets do not move.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CAPITAL_WORD = re.compile(r"\b[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{3,}\b")
MIN_LETTERS = 4


def _forms_in_text(text: str) -> dict[str, str]:
    """Lower-case word -> the first way it is written not all in capitals."""
    forms: dict[str, str] = {}
    for word in re.findall(r"\b\w[\w'’-]*\b", text):
        if not word.isupper():
            forms.setdefault(word.lower(), word)
    return forms


def restore_case(text: str, is_place: Callable[[str], bool] = lambda word: False) -> str:
    """``text`` with capitalised words given their usual case (same length)."""
    matches = [m for m in CAPITAL_WORD.finditer(text) if sum(c.isalpha() for c in m.group()) >= MIN_LETTERS]
    if not matches:
        return text
    forms = _forms_in_text(text)
    pieces, last = [], 0
    for match in matches:
        word = match.group()
        known = forms.get(word.lower())
        if known is None and is_place(word.title()):
            known = word.title()
        if known is not None and len(known) == len(word):
            pieces.append(text[last:match.start()])
            pieces.append(known)
            last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def analysis_text(text: str) -> str:
    """The text every stage parses: ``text`` with case restored (same length, same offsets), so
    that one parse per document serves NER, normalize and events."""
    from extract.geo.gazetteer import default_gazetteer

    return restore_case(text, default_gazetteer().is_place)
