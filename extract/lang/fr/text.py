"""Comparing French words: one ``fold()``, one ``name_key()``, one ``singular()``.

- :func:`fold` is for matching words against lexicons: lower case, no
  accents, typographic apostrophes and hyphens made plain (``Kh‑101`` ->
  ``kh-101``, ``l’armée`` -> ``l'armee``); punctuation stays, so hyphenated
  names keep their shape.
- :func:`name_key` is for comparing names: :func:`fold`, then every
  apostrophe, hyphen and punctuation mark a space, single spaces
  (``États-Unis`` -> ``etats unis``, ``Tel-Aviv`` == ``Tel Aviv``).
- :func:`singular` gives the lower-case singular of a French noun.
"""

from __future__ import annotations

import re
import unicodedata

# Typographic apostrophes (’ ‘ ʼ) and hyphens (‐ ‑ ‒ –) as the plain ones.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_HYPHENS = re.compile("[\u2010\u2011\u2012\u2013]")
# What separates the words of a name: apostrophes, dashes, punctuation, quotes, brackets.
_NAME_PUNCTUATION = re.compile(r"[’'`\-‐‑‒–—_.,;:!?«»\"()]")

# Nouns whose plural is their singular ("des obus", "deux fois", "trois mois").
INVARIABLE_PLURALS = frozenset({
    "fois", "mois", "obus", "corps", "bras", "pays", "prix", "choix", "voix", "croix", "noix",
    "paix", "taux", "poids", "débris", "avis", "colis", "tapis", "cas", "gaz", "bus", "autobus",
    "virus", "secours", "discours", "concours", "procès", "succès", "accès", "processus",
    "tiers", "fils", "souris", "repas", "bois", "palais", "abus", "refus", "os", "puits",
})


def strip_accents(text: str) -> str:
    """``text`` without its combining accents (``é`` -> ``e``, ``ï`` -> ``i``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Lower case, no accents, plain apostrophes and hyphens; other characters kept."""
    if not text:
        return ""
    return strip_accents(_HYPHENS.sub("-", text.casefold().translate(_APOSTROPHES)))


def name_key(text: str | None) -> str:
    """:func:`fold` with apostrophes, hyphens and punctuation as spaces, single spaces."""
    return " ".join(_NAME_PUNCTUATION.sub(" ", fold(text)).split())


def singular(word: str) -> str:
    """Lower-case singular of a French noun ("drones" -> "drone", "hôpitaux" -> "hôpital", "obus")."""
    w = word.lower()
    if w in INVARIABLE_PLURALS or len(w) < 4 or w.endswith(("us", "ès")):
        return w
    if word[:1].isupper() and w.endswith(("ais", "ois")):
        return w  # peoples: "Français", "Chinois"
    if w.endswith(("eaux", "eux", "oux")):
        return w[:-1]
    if w.endswith("aux"):
        return w[:-3] + "al"
    return w[:-1] if w.endswith("s") else w
