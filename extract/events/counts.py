"""Counts of an attack: weapons launched and intercepted, people killed and injured.

A weapon count goes to ``intercepted`` or ``launched`` by the verb that
governs the number in the parse ("31 missiles ... abattus", "ont tiré 11
missiles"), else by the verbs of its clause. "un drone s'est écrasé" counts
1 without a quantity (the article is read as a count). A people count goes to
``killed`` or ``injured`` by its counted noun ("cinq blessés", "le nombre de
morts") or the words right around it ("trois ont été blessées", "tuant au
moins une personne").
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc

from extract import settings as cfg
from extract.events.index import Memo, tokens_in
from extract.events.mentions import Mention, in_clause
from extract.events.slots import count_of, verb_lemma
from extract.lang.fr import events as lx
from extract.lang.fr.text import singular
from extract.lang.fr.weapons import find_weapon_systems, system_of_surface
from extract.records import Count, Document, Quantity

# One weapon, by an article or a definite noun phrase: "un drone", "qu'un missile", "l'un d'eux",
# "le missile a été abattu", "la roquette", "l'engin".
ONE_WEAPON = re.compile(r"\b(?:(?:un|qu['’]un|l['’]un(?:\s+d['’]eux)?)\s+(?:(?:seul|autre)\s+)?"
                        r"(?:drone|missile|appareil|engin|projectile|roquette)?s?|(?:le|la|l['’])\s*(?:drone|missile|engin|projectile|roquette))\b",
                        re.IGNORECASE)
ONE_PERSON = re.compile(r"\b(?:une?|qu['’]une?)\s+(?:personne|homme|femme|enfant|résidente?|habitante?|civile?|"
                        r"soldat|passante?|employée?|mort|blessée?|tuée?)\b", re.IGNORECASE)
# "les huit missiles ... tirés", "Deux missiles ... tirés par ... ont été interceptés": what was
# intercepted is also what was fired.
LAUNCHED_PARTICIPLE = re.compile(r"\b(?:tirée?s?|lancée?s?)\b", re.IGNORECASE)
WINDOW = 45


# "s'abattre sur" is to crash down on, not to be shot down: "cinq roquettes se sont abattues sur
# une base" hit it.
CRASHED_DOWN = re.compile(r"\b(?:s['’]|se\s+)(?:\w+\s+){0,2}abatt\w*", re.IGNORECASE)
# A denied interception: "un drone qui n'a pas été intercepté", "n'ont pas pu être abattus".
NOT_INTERCEPTED = re.compile(r"\bn['’](?:a|ont|avait|avaient)\s+pas\s+(?:été|pu\s+être)\s+"
                             r"(?:intercepté|abattu|détruit|neutralisé)e?s?\b", re.IGNORECASE)


def _weapon_role(quantity: Quantity, parsed: Doc, clause_lemmas: set[str]) -> str | None:
    span = parsed.char_span(quantity.start, quantity.end, alignment_mode="expand")
    lemma = verb_lemma(span[0]) if span is not None and len(span) else None
    if (lemma == "abattre" or lemma is None) and \
            CRASHED_DOWN.search(parsed.text[quantity.end:quantity.end + cfg.COUNT_VERB_CHARS]):
        return "launched"
    if lemma in lx.INTERCEPT_VERBS:
        return "intercepted"
    if lemma in lx.LAUNCH_VERBS:
        return "launched"
    if clause_lemmas & (lx.INTERCEPT_VERBS | lx.INTERCEPT_NOUNS):
        return "intercepted"
    if clause_lemmas & lx.LAUNCH_VERBS:
        return "launched"
    return None


def _people_role(text: str, start: int, end: int, counted: str | None) -> str | None:
    if counted in ("blessé",):
        return "injured"
    if counted in ("mort", "tué", "décédé"):
        return "killed"
    after, before = text[end:end + WINDOW], text[max(0, start - WINDOW):start]
    found = []  # (distance, role): the nearest casualty word decides ("a tué quatre personnes ... en a blessé onze")
    for pattern, role in ((lx.KILL_WORDS, "killed"), (lx.INJURE_WORDS, "injured")):
        found += [(m.start(), role) for m in pattern.finditer(after)]
        found += [(len(before) - m.end(), role) for m in pattern.finditer(before)]
    return min(found)[1] if found else None


def _adjacent_people_role(text: str, start: int) -> str | None:
    """A casualty word right before the number decides ("en blessant deux autres")."""
    before = text[max(0, start - cfg.PEOPLE_ROLE_CHARS):start]
    if re.search(r"\bblessant\s+(?:au moins\s+|plus de\s+)?$", before, re.IGNORECASE):
        return "injured"
    if re.search(r"\btuant\s+(?:au moins\s+|plus de\s+)?$", before, re.IGNORECASE):
        return "killed"
    return None


KILL_LEMMAS = {"tuer", "mourir", "périr", "décéder", "succomber"}
INJURE_LEMMAS = {"blesser"}


def _verb_people_role(quantity: Quantity, parsed: Doc) -> str | None:
    """The verb that governs a people count in the parse ("trois ont été blessées", "a tué quatre")."""
    if quantity.counted in ("blessé", "mort", "tué"):
        return None  # the noun itself says it
    span = parsed.char_span(quantity.start, quantity.end, alignment_mode="expand")
    lemma = verb_lemma(span[0]) if span is not None and len(span) else None
    return "killed" if lemma in KILL_LEMMAS else "injured" if lemma in INJURE_LEMMAS else None


def _counts_this_kind(counted: str, kinds: set[str | None]) -> bool:
    """A count of drones is not a count of the missiles told in the same clause."""
    kind = lx.KIND_TO_TYPE.get(lx.WEAPON_NOUNS.get(counted, ""))
    return kind is None or not kinds or kind in kinds


def _keep_max(counts: dict[str, Count], slot: str, count: Count) -> None:
    current = counts.get(slot)
    if current is None or (count.value or 0) > (current.value or 0):
        counts[slot] = count


# The lemmas of a sentence, read once for all its clauses.
_sentence_lemmas = Memo(lambda sentence: {t.lemma_.lower() for t in sentence})


def read_counts(mention: Mention, doc: Document, parsed: Doc) -> tuple[dict[str, Count], bool]:
    """The mention's counts, and whether it says all were intercepted ("tous ont été abattus")."""
    text = doc.text
    clause = mention.clause
    lemmas = {t.lemma_.lower() for t in tokens_in(clause.sentence, clause.start, clause.end)}
    counts: dict[str, Count] = {}
    sentence_lemmas = _sentence_lemmas(clause.sentence)
    kinds = {lx.KIND_TO_TYPE.get(w.kind) for w in mention.weapons}
    quantities = [q for q in in_clause(doc.quantities or [], clause) if not q.unit]
    wholes = _partitives(text, quantities)
    whole_ids = {id(whole) for whole in wholes.values()}
    for quantity in quantities:
        if _is_age(text, quantity):
            continue
        whole = wholes.get(id(quantity))
        counted = _model_noun(quantity.counted) or _next_noun(text, quantity.end, mention)
        if whole is not None:
            counted = counted or whole.counted or _next_noun(text, whole.end, mention)
        role: str | None = None
        if counted in lx.WEAPON_COUNTED and (whole is not None or id(quantity) in whole_ids):
            # "45 des 60 drones ont été abattus": the whole was launched, the part is what its verb says
            role = "launched" if whole is None else _weapon_role(quantity, parsed, lemmas) or "intercepted"
            counts[role] = count_of(quantity) if whole is not None else counts.get(role) or count_of(quantity)
            mention.reasons[role] = "the whole of 'X des Y'" if whole is None else "the part of 'X des Y'"
            continue
        if counted in lx.WEAPON_COUNTED:
            if not _counts_this_kind(counted, kinds):
                continue
            role = _weapon_role(quantity, parsed, lemmas) or _weapon_role(quantity, parsed, sentence_lemmas)
            after = text[quantity.end:quantity.end + cfg.COUNT_VERB_CHARS]
            if role == "intercepted" and LAUNCHED_PARTICIPLE.search(after):
                _keep_max(counts, "launched", count_of(quantity))
        elif counted in lx.PEOPLE or counted in TOLL_NOUNS:
            counted = TOLL_NOUNS.get(counted, counted)
            role = _adjacent_people_role(text, quantity.start) or _verb_people_role(quantity, parsed) or \
                _people_role(text, quantity.start, quantity.end, counted)
        if role:
            _keep_max(counts, role, count_of(quantity))
            mention.reasons.setdefault(role, f"a count of {counted!r} governed by the clause's verbs or words")
    _read_articles(text[clause.start:clause.end], counts, lemmas, mention)
    _read_zero_tolls(text[clause.start:clause.end], counts, mention)
    return counts, _all_intercepted(text[clause.start:clause.end], kinds)


# Ages are never counts: "deux adolescents âgés de 14 et 16 ans", "un homme de 45 ans".
AGE_BEFORE = re.compile(r"\bâgée?s?\s+de\s+(?:\d+\s+(?:et|à)\s+)?$", re.IGNORECASE)
AGE_AFTER = re.compile(r"^\s*(?:(?:et|à)\s+\d+\s+)?ans\b", re.IGNORECASE)


def _is_age(text: str, quantity: Quantity) -> bool:
    return bool(AGE_BEFORE.search(text[max(0, quantity.start - 30):quantity.start])
                or AGE_AFTER.match(text[quantity.end:quantity.end + 20]))


def _model_noun(counted: str | None) -> str | None:
    """The counted noun, a weapon model read as its kind's noun ("onze Shahed": drone)."""
    if counted is None:
        return None
    system = next(filter(None, map(system_of_surface, (counted, counted.capitalize(), counted.upper()))), None)
    return lx.NOUN_OF_KIND.get(system.kind, "missile") if system is not None and system.role == "weapon" else counted


def _read_zero_tolls(clause_text: str, counts: dict[str, Count], mention: Mention) -> None:
    """"sans faire de victimes" (killed 0, injured 0), "aucun mort", "pas de blessés" (one of them)."""
    both = bool(lx.NO_VICTIMS.search(clause_text))
    for slot, pattern in (("killed", lx.NO_KILLED), ("injured", lx.NO_INJURED)):
        if (both or pattern.search(clause_text)) and slot not in counts:
            counts[slot] = count_of(None, 0)
            mention.reasons[slot] = "a zero toll ('aucune victime', 'pas de blessés'...)"


def _partitives(text: str, quantities: list[Quantity]) -> dict[int, Quantity]:
    """The part of "45 des 60 drones", "trois des quatre missiles", "12 sur 15 roquettes" (by id)
    -> its whole: what was intercepted out of what was launched."""
    wholes = {}
    for part, whole in pairwise(quantities):
        if PARTITIVE.fullmatch(text[part.end:whole.start]):
            wholes[id(part)] = whole
    return wholes


# Casualty nouns a count can count, each with the form the people roles read ("quatre tuées et
# neuf blessées", "deux mortes": the masculine singular).
TOLL_NOUNS = {"blessé": "blessé", "mort": "mort", "tué": "tué", "victime": "victime",
              "tuée": "tué", "tuées": "tué", "tués": "tué", "blessée": "blessé", "blessées": "blessé",
              "blessés": "blessé", "morte": "mort", "mortes": "mort", "morts": "mort"}
# What joins a part to its whole: "des", "sur", "parmi les".
PARTITIVE = re.compile(r"\s+(?:des|sur|parmi les)\s+", re.IGNORECASE)


def _all_intercepted(clause_text: str, kinds: set[str | None]) -> bool:
    """"tous ont été abattus" for every kind; "tous les missiles" only for missiles."""
    match = lx.ALL_INTERCEPTED.search(clause_text)
    if not match:
        return False
    what = singular(match.groupdict().get("what") or "")
    return what not in lx.WEAPON_COUNTED or _counts_this_kind(what, kinds)


def _next_noun(text: str, end: int, mention: Mention) -> str | None:
    """The counted noun the quantity layer left out: the next word ("Trente drones"), or for
    "douze autres" the weapon of the mention."""
    window = text[end:end + cfg.NEXT_NOUN_CHARS]
    named = next(iter(find_weapon_systems(window)), None)
    if named is not None and not window[:named[0]].strip() and named[2].role == "weapon":
        return lx.NOUN_OF_KIND.get(named[2].kind, "missile")  # "onze Shahed", "deux Iskander"
    following = re.match(r"\s+(autres\b\W*)?([^\W\d]+)?", window)
    if following:
        word = (following.group(2) or "").lower()
        noun = singular(word)
        if noun in lx.WEAPON_COUNTED or noun in lx.PEOPLE:
            return noun
        if following.group(1):  # "douze autres ont été détruits", "en blessant deux autres,"
            return _noun_before(text, end, mention)
        if word in ("ont", "sont", "avaient", "étaient", "a", "est"):  # "dix ont été abattus"
            return _weapon_before(text, end)
    return None


def _weapon_before(text: str, end: int) -> str | None:
    """The weapon told just before an elided count ("12 drones ont visé Odessa ... dix ont été abattus")."""
    window = text[max(0, end - cfg.WEAPON_BEFORE_CHARS):end]
    found = re.findall(r"\b(drone|missile|roquette)s?\b", window, re.IGNORECASE)
    return found[-1].lower() if found else None


def _noun_before(text: str, end: int, mention: Mention) -> str | None:
    """"tuant un civil et en blessant deux autres": civil; "... tandis que douze autres": the weapon."""
    before = text[max(0, end - cfg.PEOPLE_BEFORE_CHARS):end].lower()
    people = [noun for noun in map(singular, re.findall(r"[^\W\d]+", before)) if noun in lx.PEOPLE]
    if people:
        return people[-1]
    if mention.weapons:
        return lx.NOUN_OF_KIND.get(mention.weapons[0].kind, "missile")
    return None


def _read_articles(clause_text: str, counts: dict[str, Count], lemmas: set[str], mention: Mention) -> None:
    """"un drone s'est écrasé" (launched 1), "un homme a été blessé" (injured 1)."""
    if mention.weapons and "intercepted" not in counts and "launched" not in counts:
        for match in ONE_WEAPON.finditer(clause_text):
            if match.group().strip().lower() in ("un", "qu'un", "qu’un"):
                continue
            role = "intercepted" if lemmas & lx.INTERCEPT_VERBS else "launched" if lemmas & lx.LAUNCH_VERBS else None
            if role == "intercepted" and NOT_INTERCEPTED.search(clause_text):
                counts["intercepted"] = count_of(None, 0)  # "un drone qui n'a pas été intercepté"
                mention.reasons["intercepted"] = "an interception denied"
                break
            if role:
                counts[role] = count_of(None, 1)
                mention.reasons[role] = f"one weapon ({match.group().strip()!r})"
                said_launched = lemmas & lx.LAUNCH_VERBS or LAUNCHED_PARTICIPLE.search(clause_text)
                if role == "intercepted" and said_launched and "launched" not in counts:
                    counts["launched"] = count_of(None, 1)  # "un missile tiré ... a été intercepté"
                    mention.reasons["launched"] = f"one weapon ({match.group().strip()!r}), said launched"
                break
    for match in ONE_PERSON.finditer(clause_text):
        noun = match.group().split()[-1].lower()
        role = "killed" if noun in ("mort", "tué", "tuée") else "injured" if noun.startswith("blessé") else \
            _people_role(clause_text, match.start(), match.end(), None)
        if role and role not in counts:
            counts[role] = count_of(None, 1)
            mention.reasons[role] = f"one person ({match.group().strip()!r})"
