"""Repair characters without losing the offset map.

Scraped text carries mojibake ("lâ€™armÃ©e" for "l’armée"), stray control
characters, decomposed accents, ligatures and full-width letters, and words
glued together by a lost line break ("russeDe son côté"). :func:`repair`
fixes a piece of text; :func:`copy_repaired` appends the repair to a
:class:`~extract.alignment.TextBuilder` so that unchanged characters keep a
character-by-character mapping and only the changed runs become atomic
segments.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import ftfy

from extract.alignment import TextBuilder
from extract.lang.fr import clean as patterns

# ftfy settings: fix mojibake, remove control characters, NFC; keep the
# article's typographic quotes and its line structure as they are.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)


def _unglue(text: str) -> str:
    return patterns.GLUED_WORDS.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)


def repair(text: str) -> str:
    """The repaired form of ``text`` (identical when nothing needs repair)."""
    if text.isascii() and text.isprintable() and not patterns.GLUED_WORDS.search(text):
        return text
    return _unglue(ftfy.fix_text(text, config=FTFY_CONFIG))


def _common_prefix_length(a: str, b: str) -> int:
    """How many leading characters two strings share (character by character, as
    ``os.path.commonprefix`` did, without its path connotation)."""
    shortest = min(len(a), len(b))
    for index in range(shortest):
        if a[index] != b[index]:
            return index
    return shortest


def copy_repaired(builder: TextBuilder, raw_start: int, raw_end: int) -> None:
    """Append raw[raw_start:raw_end], repaired, keeping the alignment exact where unchanged."""
    original = builder.raw[raw_start:raw_end]
    fixed = repair(original)
    if fixed == original:
        builder.copy(raw_start, raw_end)
        return
    # Diff only what lies between the common prefix and suffix: a long line with one
    # repair must not cost a quadratic character diff.
    prefix = _common_prefix_length(original, fixed)
    suffix = _common_prefix_length(original[prefix:][::-1], fixed[prefix:][::-1])
    builder.copy(raw_start, raw_start + prefix)
    middle_end, fixed_end = len(original) - suffix, len(fixed) - suffix
    matcher = SequenceMatcher(None, original[prefix:middle_end], fixed[prefix:fixed_end], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            builder.copy(raw_start + prefix + i1, raw_start + prefix + i2)
        else:
            builder.replace(raw_start + prefix + i1, raw_start + prefix + i2, fixed[prefix + j1:prefix + j2])
    builder.copy(raw_start + middle_end, raw_end)
