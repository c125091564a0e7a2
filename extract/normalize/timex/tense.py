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


class MorphologyTense:
    """Tense at an offset of ``text`` from the verb forms around it."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _sentence(self, offset: int) -> tuple[int, int]:
        start = max((m.end() for m in SENTENCE_END.finditer(self.text, 0, offset)), default=0)
        end_match = SENTENCE_END.search(self.text, offset)
        return start, end_match.start() if end_match else len(self.text)

    def _clause(self, offset: int, start: int, end: int) -> tuple[int, int]:
        before = [m.end() for m in CLAUSE_BREAK.finditer(self.text, start, offset)]
        after = CLAUSE_BREAK.search(self.text, offset, end)
        return (before[-1] if before else start), (after.start() if after else end)

    def _search(self, start: int, end: int, offset: int) -> Direction | None:
        words = [(m.start(), m.group()) for m in WORD_RE.finditer(self.text, start, end)]
        for index in sorted(range(len(words)), key=lambda i: abs(words[i][0] - offset)):
            direction = word_direction(words[index][1])
            if direction == "nearest" and index and words[index - 1][1].lower() in ("s", "se"):
                return "past"  # "s'est écrasé", "se sont rendus": a pronominal passé composé
            if direction:
                return direction
        return None

    def direction_at(self, offset: int) -> Direction:
        """The verb of the expression's clause, else of its sentence; an unmarked verb
        is a present (nearest day)."""
        start, end = self._sentence(offset)
        clause_start, clause_end = self._clause(offset, start, end)
        return self._search(clause_start, clause_end, offset) or self._search(start, end, offset) or "nearest"
