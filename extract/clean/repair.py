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


# difflib's SequenceMatcher aligns a changed stretch exactly, but its work grows with the number of
# changes times the square of the stretch's length: past this budget (a long line with many
# repairs, minutes of work, never an ordinary paragraph), the stretch is aligned by a linear scan.
EXACT_DIFF_BUDGET = 50_000_000
# The linear scan: after a difference, the two texts agree again within this many characters on
# either side, for this many characters in a row (a repair changes a few characters at a time).
RESYNC_WINDOW = 8
RESYNC_CHARS = 4

Opcode = tuple[str, int, int, int, int]


def _resync(a: str, i: int, b: str, j: int) -> tuple[int, int] | None:
    """The nearest (p, q) after a difference at (i, j) where the texts agree again (or both end)."""
    for total in range(1, 2 * RESYNC_WINDOW + 1):
        for skip_a in range(max(0, total - RESYNC_WINDOW), min(total, RESYNC_WINDOW) + 1):
            p, q = i + skip_a, j + total - skip_a
            if p <= len(a) and q <= len(b) and a[p:p + RESYNC_CHARS] == b[q:q + RESYNC_CHARS]:
                return p, q
    return None


def _scan_opcodes(a: str, b: str) -> list[Opcode]:
    """SequenceMatcher-style opcodes from one pass: equal runs, and a replacement up to each resync."""
    ops: list[Opcode] = []
    i = j = 0
    while i < len(a) or j < len(b):
        if i < len(a) and j < len(b) and a[i] == b[j]:
            start_i, start_j = i, j
            while i < len(a) and j < len(b) and a[i] == b[j]:
                i, j = i + 1, j + 1
            ops.append(("equal", start_i, i, start_j, j))
            continue
        p, q = (_resync(a, i, b, j) if i < len(a) and j < len(b) else None) or (len(a), len(b))
        ops.append(("replace", i, p, j, q))
        i, j = p, q
    return ops


def _opcodes(a: str, b: str) -> list[Opcode]:
    """How ``a`` becomes ``b``: SequenceMatcher's opcodes, unless its work would exceed the budget."""
    scanned = _scan_opcodes(a, b)
    changes = sum(1 for op in scanned if op[0] != "equal")
    if changes * len(a) * len(b) > EXACT_DIFF_BUDGET:
        return scanned
    return list(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


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
    for op, i1, i2, j1, j2 in _opcodes(original[prefix:middle_end], fixed[prefix:fixed_end]):
        if op == "equal":
            builder.copy(raw_start + prefix + i1, raw_start + prefix + i2)
        else:
            builder.replace(raw_start + prefix + i1, raw_start + prefix + i2, fixed[prefix + j1:prefix + j2])
    builder.copy(raw_start + middle_end, raw_end)
