"""A guard around spaCy's tokenizer for runs of characters no text has.

spaCy splits text at white space, then peels prefixes and suffixes off each
piece one at a time, searching the rest of the piece for every affix: a
piece of n punctuation marks ("[[[[...", "!?!?...") costs n searches of up to
n characters, and becomes n tokens for the statistical model. A piece longer
than :data:`GUARD_CHARS` (far longer than any word, URL or hashtag of news
text) is therefore cut into tokens of :data:`PIECE_CHARS` characters without
asking the tokenizer; the rest of the text is tokenised as before, so a text
without such a piece gets exactly the tokenizer's own Doc.
:func:`extract.nlp.load_pipeline` installs the guard on every pipeline it loads.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# Longest run of non-blank characters left to the tokenizer (real words, URLs: < 150).
GUARD_CHARS = 256
# Length of the tokens a longer run is cut into.
PIECE_CHARS = 64
# A longer run: no French word, name or link, but scraping debris ("[[[[...", "!?!?...").
LONG_RUN = re.compile(rf"\S{{{GUARD_CHARS + 1},}}")
# What stands for a long run while the rest of the text is tokenised: one letter, alone
# between blanks, is one token.
PLACEHOLDER = "x"


def _pieces(run: str) -> list[str]:
    return [run[i:i + PIECE_CHARS] for i in range(0, len(run), PIECE_CHARS)]


def _words(text: str, runs: list[tuple[int, int]], short: Doc) -> tuple[list[str], list[bool]]:
    """Words and trailing spaces of ``text``: the tokens of ``short``, each placeholder as its run's pieces."""
    placeholders: dict[int, tuple[int, int]] = {}
    shift = 0
    for start, end in runs:
        placeholders[start - shift] = (start, end)
        shift += end - start - len(PLACEHOLDER)
    words: list[str] = []
    spaces: list[bool] = []
    for token in short:
        run = placeholders.get(token.idx)
        if run is not None and token.text == PLACEHOLDER:
            pieces = _pieces(text[run[0]:run[1]])
            words += pieces
            spaces += [False] * (len(pieces) - 1) + [bool(token.whitespace_)]
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return words, spaces


class GuardedTokenizer:
    """spaCy's tokenizer, except for runs of more than GUARD_CHARS non-blank characters."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        runs = [m.span() for m in LONG_RUN.finditer(text)]
        if not runs:
            return self.tokenizer(text)
        pieces, last = [], 0
        for start, end in runs:
            pieces.append(text[last:start])
            last = end
        pieces.append(text[last:])
        words, spaces = _words(text, runs, self.tokenizer(PLACEHOLDER.join(pieces)))
        doc = Doc(self.vocab, words=words, spaces=spaces)
        return doc if doc.text == text else self.tokenizer(text)

    def __getattr__(self, name: str) -> Any:  # the rest of the tokenizer's interface
        if name == "tokenizer":  # not set yet (copy, unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def guard(nlp: Language) -> Language:
    """``nlp`` with its tokenizer guarded (once; the pipeline object is shared)."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp
