"""Name keys: one spelling for the many ways a name is written.

:func:`extract.lang.fr.text.name_key` removes case, accents and punctuation
(``États-Unis`` -> ``etats unis``). :func:`translit_key` also folds the spelling variants that
come from transliterating Russian and Ukrainian names into French or English
(Vorobiov / Vorobyov, Sergueï / Sergey, Viatcheslav / Vyacheslav,
Poutine / Putin, Holosiiv / Holosiyiv, Zaporijjia / Zaporizhzhia), so that two
mentions of one person or place meet on the same key.
"""

from __future__ import annotations

import re

from extract.lang.fr.text import name_key

# Ordered rewrites on a folded name; each pair is a French vs English
# transliteration habit for the same Cyrillic letter or ending.
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    (r"tch", "ch"),      # ч: Viatcheslav / Vyacheslav
    (r"sh", "ch"),       # ш: Chevtchenko / Shevchenko
    (r"zh", "j"),        # ж: Zaporijjia / Zaporizhzhia
    (r"kh", "h"),        # х: Kharkiv / Harkiv
    (r"ou", "u"),        # у: Poutine / Putin, Sergueï / Sergey (with the next rule)
    (r"gu(?=[ei])", "g"),
    (r"y", "i"),         # й, ы, и: Vorobyov / Vorobiov, Andrey / Andreï
    (r"w", "v"),         # в in German-style spellings: Wladimir
    (r"(.)\1+", r"\1"),  # doubled letters: Holosiiv / Holosiyiv, Zaporijjia
    (r"(?<=[bcdfghjklmnpqrstvxz])e\b", ""),  # French final -e: Sobianine / Sobyanin
)


def translit_key(name: str) -> str:
    """A key shared by transliteration variants of one name."""
    key = name_key(name)
    for pattern, replacement in TRANSLIT_RULES:
        key = re.sub(pattern, replacement, key)
    return key
