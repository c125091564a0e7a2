"""Bytes to raw text.

The raw text is the decoded file, nothing else changed: it is what raw
offsets index into. UTF-8 (with or without a byte-order mark) is tried
first; anything else goes to charset-normalizer, which recognises the
Windows-1252 / Latin-1 files that French sites and older archives still
produce. Binary files and empty documents are refused with a reason.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from extract.errors import DocumentError

# Control characters a text file may legitimately contain.
ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
# Share of other control characters (NUL included) above which a file is not
# text; below it, a few strays are scraping debris that repair removes.
MAX_CONTROL_SHARE = 0.05
TEXT_CONTROL_BYTES = frozenset(b"\n\r\t\f\v")
UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


# Windows-1252 is the usual non-UTF-8 encoding of French text (a superset of
# Latin-1's printable range). It is tried before any statistical guess, which
# on short French texts can pick a Central European code page ("ą" for "à").
WESTERN_ENCODING = "cp1252"
# Non-ASCII characters of French text and its typography; a cp1252 reading
# whose non-ASCII characters are mostly outside this set is rejected.
FRENCH_NON_ASCII = frozenset(
    "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ«»‘’“”–—…€°·•\xa0©®ºª±×§"
)
MIN_FRENCH_SHARE = 0.9


def _french_western(data: bytes) -> str | None:
    """The cp1252 reading of ``data`` if it looks like French text, else None."""
    try:
        text = data.decode(WESTERN_ENCODING)
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return text
    french = sum(1 for c in non_ascii if c in FRENCH_NON_ASCII)
    return text if french / len(non_ascii) >= MIN_FRENCH_SHARE else None


def _control_byte_share(data: bytes) -> float:
    controls = sum(1 for b in data if (b < 0x20 and b not in TEXT_CONTROL_BYTES) or b == 0x7F)
    return controls / max(len(data), 1)


def _control_share(text: str) -> float:
    controls = sum(1 for c in text if (c < " " and c not in ALLOWED_CONTROLS) or c == "\x7f")
    return controls / max(len(text), 1)


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 / UTF-16 text announced by its byte-order mark (Windows tools write UTF-16 this way)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a document's bytes, or a DocumentError."""
    if not data.strip():
        raise DocumentError("empty", "the file is empty or only white space")
    if not data.startswith(UTF16_32_BOMS) and _control_byte_share(data) > MAX_CONTROL_SHARE:
        raise DocumentError("binary", f"{_control_byte_share(data):.1%} of its bytes are control codes")
    try:
        text, encoding = _decode_with_bom(data) or (data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        western = _french_western(data)
        if western is not None:
            text, encoding = western, WESTERN_ENCODING
        else:
            guess = from_bytes(data).best()
            if guess is None:
                raise DocumentError("undecodable", "no text encoding fits these bytes") from None
            text, encoding = str(guess), guess.encoding
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise DocumentError("binary", f"{_control_share(text):.1%} control characters once decoded")
    return text, encoding


def check_text(text: str) -> str:
    """Refuse a text that has nothing to process (used for JSONL corpora)."""
    if not text.strip():
        raise DocumentError("empty", "the text is empty or only white space")
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise DocumentError("binary", "the text is mostly control characters")
    return text
