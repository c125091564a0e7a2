"""In-document name coreference: each mention's canonical name.

A person mentioned as "Sobianine" after "Sergueï Sobianine", or as
"Vorobyov" after "Andrey Vorobyov", gets the fullest form the article gives.
Mentions corefer when the shorter one's words are the last words of the
longer one, comparing transliteration keys (so "Andreï Vorobiov" and
"Andrey Vorobyov" meet).
"""

from __future__ import annotations

from extract.geo.names import translit_key


def _keys(name: str) -> list[str]:
    return [translit_key(word) for word in name.replace("-", " ").split()]


def _is_tail(short: list[str], long: list[str]) -> bool:
    return 0 < len(short) <= len(long) and long[-len(short):] == short


def person_canonicals(names: list[str]) -> dict[str, str]:
    """Mention text -> the fullest name of the same person in the document."""
    ordered = sorted(dict.fromkeys(names), key=lambda n: (-len(n.split()), names.index(n)))
    canonical: dict[str, str] = {}
    for name in ordered:
        keys = _keys(name)
        fuller = next((c for c in ordered if len(c.split()) > len(name.split()) and _is_tail(keys, _keys(c))),
                      None)
        same = next((c for c in canonical.values() if _keys(c) == keys), None)
        canonical[name] = canonical.get(fuller, fuller) if fuller else (same or name)
    return canonical
