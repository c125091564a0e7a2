"""The noun a quantity counts: from the parse, or for an elided noun from the text around.

"34 drones" -> ``drone``; "trois ont été blessées" -> ``personne``; "36 autres"
-> the noun counted just before; "le nombre de morts ... est passé à neuf" ->
``mort``. Lemmas are singular and lower case.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from extract import settings as cfg
from extract.lang.fr import quantities as lx
from extract.lang.fr.text import singular
from extract.normalize.quantity_draft import Draft, Parse


def _is_noun(token: Token) -> bool:
    """A word standing for the counted noun: a noun, a name, or an adjective or participle used as a
    noun right after the number ("13 civils", "17 blessés"); not a day or month ("porté à 12 dimanche")."""
    if (not token.is_alpha or len(token) < 2 or token.lower_ in lx.NOT_COUNTED
            or re.fullmatch(lx.MONTH_PATTERN, token.lower_)):
        return False
    if token.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", [])


def _noun_after(parse: Parse, pos: int) -> Token | None:
    """The noun right after ``pos``, past modifiers like "autres" ("36 autres drones" -> drones)."""
    token = parse.next_word(pos)
    while token is not None and token.lower_ in lx.MODIFIERS_BEFORE_NOUN:
        token = parse.next_word(token.idx + len(token))
        if token is None or token.pos_ not in ("NOUN", "PROPN"):
            return None
    return token if token is not None and _is_noun(token) else None


def _counted_noun(draft: Draft, text: str, parse: Parse) -> str | None:
    """The lemma of the noun the number counts, read from the text and the parse; None if elided."""
    end = draft.core.end
    de = re.compile(rf"{lx.SPACE}+{lx.DE}", re.I).match(text, end)
    if de and (draft.core.kind == "approx" or lx.BIG_WORD_END.search(text, draft.core.start, end)):
        noun = _noun_after(parse, de.end())
        if noun is not None and noun.lower_ != "entre":
            return singular(noun.text)
    partitive = lx.PARTITIVE.match(text, end)
    if partitive:
        total = parse.next_word(partitive.end())  # "deux des cinq représentants"
        after_total = total.idx + len(total) if total is not None and total.like_num else partitive.end()
        noun = _noun_after(parse, after_total)
        return singular(noun.text) if noun is not None else None
    if lx.BOTH_BEFORE.search(text, max(0, draft.start - cfg.BOTH_CUE_CHARS), draft.start):
        return None  # "tous deux exprimés": a pronoun; the noun is the subject
    noun = _noun_after(parse, end)
    return singular(noun.text) if noun is not None else None


def _subjects(parse: Parse) -> tuple[list[int], list[Token]]:
    """The document's noun subjects, and where each ends (in order): found once per document."""
    if "subjects" not in parse.memo:
        found = [t for t in parse.doc if t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        parse.memo["subjects"] = ([t.idx + len(t) for t in found], found)
    return parse.memo["subjects"]


def _subject_noun(draft: Draft, parse: Parse) -> str | None:
    """"Les autorités ... ont toutes deux rapporté": the subject noun before the number (the last
    one wholly between the sentence start and the number)."""
    start = parse.sent_starts[parse.sentence(draft.start) - 1] if parse.sentence(draft.start) else 0
    ends, subjects = _subjects(parse)
    last = bisect_right(ends, draft.start) - 1
    return singular(subjects[last].text) if last >= 0 and subjects[last].idx >= start else None


def _bare_de_complement(token: Token) -> bool:
    """"de morts", "des victimes" (what a total counts), not "de l'attaque" (what it is about)."""
    children = {c.dep_: c.lower_ for c in token.children}
    return children.get("case") in ("de", "des", "d'", "d’") and "det" not in children


def _total_of(token: Token, parse: Parse) -> str | None:
    """The noun of a total that is a subject of ``token`` (read once per token: a head may govern
    many numbers, and have many children)."""
    key = ("total", token.i)
    if key not in parse.memo:
        parse.memo[key] = None
        subjects = [c for c in token.children if c.dep_.startswith("nsubj") and c.lemma_.lower() in lx.TOTAL_NOUNS]
        for subject in subjects:
            nouns = [c for c in subject.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "ADJ")
                     and _bare_de_complement(c)]
            if nouns:
                parse.memo[key] = singular(nouns[0].text)
                break
    return parse.memo[key]


def _total_noun(draft: Draft, parse: Parse) -> str | None:
    """"le nombre de morts ... est passé à neuf": the noun of the total the number gives."""
    token = parse.token_at(draft.core.end - 1)
    for _ in range(3):
        if token is None or token.head == token:
            break
        token = token.head
        total = _total_of(token, parse)
        if total is not None:
            return total
    return None


def _resolve_elided(draft: Draft, text: str, parse: Parse, antecedent: str | None) -> str | None:
    """The elided noun: "36 autres" -> the noun counted before; "trois ont été blessées" -> personne."""
    after_autres = re.match(rf"{lx.SPACE}+autres\b", text[draft.core.end:], re.I)
    if after_autres and antecedent:
        return antecedent
    if lx.BOTH_BEFORE.search(text, max(0, draft.start - cfg.BOTH_CUE_CHARS), draft.start):
        subject = _subject_noun(draft, parse)
        if subject:
            return subject
    total = _total_noun(draft, parse)
    if total:
        return total
    rest_start = draft.core.end + (after_autres.end() if after_autres else 0)
    rest = text[rest_start:rest_start + cfg.ELIDED_REST_CHARS]
    if lx.PEOPLE_AFTER.match(rest):
        return antecedent if antecedent in lx.PERSON_NOUNS - lx.STATE_NOUNS else "personne"
    return antecedent


def read_counted(drafts: list[Draft], text: str, parse: Parse) -> None:
    """Counted nouns of counts (measures have none); elided nouns from the counts around.

    "passé de 5 à 9 morts": the first number of a change counts what the second counts.
    """
    counts = [d for d in drafts if d.unit is None]
    for draft in counts:
        draft.counted = _counted_noun(draft, text, parse)
        draft.elided = draft.counted is None
    recent: list[tuple[int, str]] = []
    for draft, following in zip(counts, [*counts[1:], None]):
        sentence = parse.sentence(draft.start)
        if draft.elided and following is not None and not following.elided and re.fullmatch(
                rf"{lx.SPACE}+(?:à|au){lx.SPACE}+", text[draft.end:following.start]):
            draft.counted = following.counted
        elif draft.elided:
            antecedent = next((c for s, c in reversed(recent) if sentence - s <= 1), None)
            draft.counted = _resolve_elided(draft, text, parse, antecedent)
        if draft.counted is not None:
            recent.append((sentence, draft.counted))
