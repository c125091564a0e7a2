"""Who reported the facts: the subject of a reporting verb, or the complement of "selon".

Only named sources count (a PER or ORG entity): "les autorités", "des
sources" and "informations locales" are left out (guideline), and so is a
place standing for a government ("Moscou a annoncé").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.events import lexicon as lx
from extract.records import Entity

# Tokens after a reporting verb or "selon" where the source may be named
# ("a déclaré le gouverneur régional Viatcheslav Gladkov").
WINDOW = 12


def _entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    found = [e for e in entities if e.label in ("PER", "ORG") and start <= e.start < end]
    persons = [e for e in found if e.label == "PER"]
    return (persons or found or [None])[0]


def subjects(parsed: Doc) -> dict[int, str]:
    """Start offset of each subject token -> its verb's lemma (to tell who acted or spoke)."""
    return {token.idx: token.head.lemma_.lower() for token in parsed if token.dep_.startswith("nsubj")}


def reporters(sentence: Span, entities: list[Entity]) -> list[Entity]:
    found: list[Entity] = []
    text = sentence.doc.text
    for token in sentence:
        if token.lemma_.lower() in lx.REPORT_VERBS and token.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
            entity = None
            if subject is not None:
                entity = _entity_at(entities, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
            if entity is None:
                after = sentence.doc[token.i + 1:min(token.i + 1 + WINDOW, sentence.end)]
                entity = _entity_at(entities, after.start_char, after.end_char) if len(after) else None
            if entity is not None:
                found.append(entity)
        elif token.lower_ in ("selon", "d'après", "d’après") or (
                token.lower_ == "après" and lx.SOURCE_PREPOSITIONS.search(text[max(0, token.idx - 3):token.idx + 6])):
            after = sentence.doc[token.i + 1:min(token.i + 1 + WINDOW, sentence.end)]
            entity = _entity_at(entities, after.start_char, after.end_char) if len(after) else None
            if entity is not None:
                found.append(entity)
    return found
