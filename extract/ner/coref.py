"""In-document name coreference: each mention's canonical name.

A person mentioned as "Sobianine" after "Sergueï Sobianine", or as
"Vorobyov" after "Andrey Vorobyov", gets the fullest form the article gives.
Mentions corefer when the shorter one's words are the last words of the
longer one, comparing transliteration keys (so "Andreï Vorobiov" and
"Andrey Vorobyov" meet).

Names are indexed by their key tails, so that a document with many names
costs their number, not its square.
"""

from __future__ import annotations

from extract.geo.names import translit_key


def _keys(name: str) -> list[str]:
    return [translit_key(word) for word in name.replace("-", " ").split()]


def _is_tail(short: list[str], long: list[str]) -> bool:
    return 0 < len(short) <= len(long) and long[-len(short):] == short


def _by_tail(ordered: list[str], keys: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Each key tail (of the lengths names have) -> the first name in ``ordered`` ending so."""
    lengths = {len(k) for k in keys.values()}
    first: dict[tuple[str, ...], str] = {}
    for name in ordered:
        own = keys[name]
        for size in lengths:
            if 0 < size <= len(own):
                first.setdefault(own[-size:], name)
    return first


def person_canonicals(names: list[str]) -> dict[str, str]:
    """Mention text -> the fullest name of the same person in the document."""
    first_index: dict[str, int] = {}
    for i, name in enumerate(names):
        first_index.setdefault(name, i)
    ordered = sorted(first_index, key=lambda n: (-len(n.split()), first_index[n]))
    keys = {name: tuple(_keys(name)) for name in ordered}
    by_tail = _by_tail(ordered, keys)
    canonical: dict[str, str] = {}
    by_keys: dict[tuple[str, ...], str] = {}  # keys -> the first canonical name with them
    for name in ordered:
        # The first name in order ending with these keys has the most words: a fuller one
        # exists if and only if it has more words than this name.
        candidate = by_tail.get(keys[name]) if keys[name] else None
        fuller = candidate if candidate is not None and len(candidate.split()) > len(name.split()) else None
        same = by_keys.get(keys[name])
        canonical[name] = canonical.get(fuller, fuller) if fuller else (same or name)
        by_keys.setdefault(tuple(_keys(canonical[name])), canonical[name])
    return canonical
