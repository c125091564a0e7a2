"""Is a text French? A cheap check on function words, for the run summary's warnings.

The pipeline's rules are French; a document in another language still goes
through (no error), but the run summary names it, because what the stages
find there (an "event" in an English paragraph) is not to be trusted.
Function words are frequent and short, so a few sentences suffice; the
languages compared are those a French news archive also holds.
"""

from __future__ import annotations

import re

# The most frequent function words of each language (articles, prepositions, pronouns,
# conjunctions, auxiliaries), none of which is also a frequent French word.
FUNCTION_WORDS = {
    language: frozenset(words.split())
    for language, words in {
        "fr": "le la les un une des du de au aux et est sont dans sur pour par avec qui que "
              "ne pas plus il elle ils ont été selon cette ces son sa ses leur",
        "en": "the of and to in is was were are for with that this by from on at has have "
              "been said which it its their they",
        "de": "der die das und ist nicht mit von den dem ein eine sich auf für wurde sind",
        "es": "el los las y del por con para una según fue han sido está",
    }.items()
}
WORD = re.compile(r"[^\W\d_]+")
# Below this many function words the text is too short to judge (a headline, a caption).
MIN_EVIDENCE = 4


def looks_french(text: str) -> bool:
    """False only when another language's function words clearly outnumber French ones."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    for match in WORD.finditer(text[:20000].lower()):
        for language, words in FUNCTION_WORDS.items():
            if match.group() in words:
                counts[language] += 1
    best = max(counts, key=lambda language: counts[language])
    return best == "fr" or counts[best] < MIN_EVIDENCE or counts[best] < 2 * counts["fr"]
