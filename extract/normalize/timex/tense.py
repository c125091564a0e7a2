"""Which way a weekday or a partial date points, from the tense of the nearby verb.

French news tells past events in the passé composé ("a abattu mardi":
past), plans in the future or with "aller" / "devoir" ("se réunira jeudi",
"va voter jeudi": future), and uses the present both for scheduled events and
the very near ("se réunissent jeudi et vendredi", "est prévue pour le 20
janvier": the nearest day either way). The tense is read from verb forms,
without a parse: the auxiliary or ending of the nearest verb in the
expression's clause, else its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

Direction = str

# Auxiliaries of the passé composé and plus-que-parfait, and past forms of être.
PAST_AUXILIARIES = {"ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "avais", "eut", "eurent",
                    "était", "étaient", "fut", "furent", "ayant", "aurait", "auraient"}
# Present of être: a passive present ("est prévue") or, after "se", a pronominal past.
NEAREST_AUXILIARIES = {"est", "sont", "suis", "sommes", "êtes", "es"}
# Future auxiliaries and modal verbs of plans ("va frapper", "devrait voter").
FUTURE_WORDS = {"va", "vont", "allons", "allez", "vas", "vais", "aura", "auront", "sera", "seront", "devra",
                "devront", "devrait", "devraient", "doit", "doivent", "ira", "iront", "pourra", "pourront",
                "pourrait", "pourraient", "prévoit", "prévoient"}
# Future and conditional endings ("frappera", "feront", "viendrait"); "-rons" and
# "-rez" are left out: rare in news, and nouns end so ("environs", "patrons").
FUTURE_ENDING = re.compile(r"^(?:[a-zà-ÿ]{2,}ront|[a-zà-ÿ]{3,}(?:erai|dra|era|ira))$")
CONDITIONAL_ENDINGS = ("rait", "raient")
# Imperfect endings ("visait", "étaient").
IMPERFECT_ENDING = re.compile(r"^[a-zà-ÿ]{2,}(?:ait|aient)$")
# Common words with those endings that are not verbs.
NOT_VERBS = {"caméra", "opéra", "ultra", "extra", "cobra", "sierra", "mais", "jamais", "souhait", "portrait",
             "retrait", "attrait", "trait", "lait", "fait", "bienfait", "forfait", "parfait", "quartier"}
WORD_RE = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…\n]")
CLAUSE_BREAK = re.compile(r"[,;:()«»—–]")


def word_direction(word: str) -> Direction | None:
    word = word.lower()
    if word in FUTURE_WORDS:
        return "future"
    if word in PAST_AUXILIARIES:
        return "past"
    if word in NEAREST_AUXILIARIES:
        return "nearest"
    if word in NOT_VERBS:
        return None
    if word.endswith(CONDITIONAL_ENDINGS) or FUTURE_ENDING.match(word):
        return "future"
    if IMPERFECT_ENDING.match(word):
        return "past"
    return None


def _between(positions: list[int], start: int, end: int) -> tuple[int | None, int | None]:
    """The last position before ``start`` and the first from ``end`` on (None: there is none)."""
    before = bisect_left(positions, start) - 1
    after = bisect_left(positions, end)
    return (positions[before] if before >= 0 else None), (positions[after] if after < len(positions) else None)


class MorphologyTense:
    """Tense at an offset of ``text`` from the verb forms around it.

    Sentence ends, clause breaks and verb forms are located once for the whole text
    (on the first question), so that each question costs a few bisections, not a scan of
    the text before it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._indexed = False

    def _index(self) -> None:
        if self._indexed:
            return
        self._sentence_ends = [m.start() for m in SENTENCE_END.finditer(self.text)]
        self._clause_breaks = [m.start() for m in CLAUSE_BREAK.finditer(self.text)]
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(self.text)]
        # Words that tell a tense: (start, index among all words, direction).
        self._verbs = [(start, i, direction) for i, (start, word) in enumerate(words)
                       if (direction := word_direction(word))]
        self._verb_starts = [start for start, _, _ in self._verbs]
        self._words = words
        self._indexed = True

    def _sentence(self, offset: int) -> tuple[int, int]:
        last, following = _between(self._sentence_ends, offset, offset)
        return (last + 1 if last is not None else 0), (following if following is not None else len(self.text))

    def _clause(self, offset: int, start: int, end: int) -> tuple[int, int]:
        last, following = _between(self._clause_breaks, offset, offset)
        return (last + 1 if last is not None and last >= start else start), \
            (following if following is not None and following < end else end)

    def _search(self, start: int, end: int, offset: int) -> Direction | None:
        """The direction of the verb form of [start, end) nearest to ``offset`` (the earlier on a tie)."""
        low, high = bisect_left(self._verb_starts, start), bisect_left(self._verb_starts, end)
        right = bisect_left(self._verb_starts, offset, low, high)
        left = right - 1
        if left < low and right >= high:
            return None
        if left >= low and (right >= high or offset - self._verb_starts[left] <= self._verb_starts[right] - offset):
            chosen = self._verbs[left]
        else:
            chosen = self._verbs[right]
        _, index, direction = chosen
        previous = self._words[index - 1] if index else None
        if direction == "nearest" and previous is not None and previous[0] >= start \
                and previous[1].lower() in ("s", "se"):
            return "past"  # "s'est écrasé", "se sont rendus": a pronominal passé composé
        return direction

    def direction_at(self, offset: int) -> Direction:
        """The verb of the expression's clause, else of its sentence; an unmarked verb
        is a present (nearest day)."""
        self._index()
        start, end = self._sentence(offset)
        clause_start, clause_end = self._clause(offset, start, end)
        return self._search(clause_start, clause_end, offset) or self._search(start, end, offset) or "nearest"
