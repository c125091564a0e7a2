"""Who reported the facts: the subject of a reporting verb, or the complement of "selon".

Only named sources count (a PER or ORG entity): "les autorités", "des
sources" and "informations locales" are left out (guideline), and so is a
place standing for a government ("Moscou a annoncé").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from extract import settings as cfg
from extract.events.index import doc_text, in_range
from extract.lang.fr import events as lx
from extract.records import Entity


@dataclass(frozen=True)
class Source:
    text: str
    canonical: str
    entity: str | None  # id in the entities layer, None for a name the NER did not tag


DETERMINERS = {"le", "la", "les", "l'", "l’"}
# Lower-case heads of institutions that name a source with what follows them
# ("l'état-major général des armées", "l'administration militaire régionale de Soumy").
INSTITUTION_HEADS = {"état", "état-major", "administration", "ministère", "présidence", "gouvernement", "armée",
                     "agence", "commandement", "service", "services", "observatoire", "parquet", "police"}
# Determiners of no one in particular: "des sources", "une source", "aucun blessé ... n'a été signalé".
INDEFINITE = {"des", "de", "d'", "d’", "un", "une", "plusieurs", "certains", "certaines", "aucun", "aucune", "nul",
              "nulle"}
# Where a name stops: punctuation, a relative pronoun, or the platform or place of the statement
# ("le parquet sur Telegram", "l'armée dans un communiqué").
STOP = {",", ".", ";", ":", "«", "»", "(", ")", "\"", "qui", "que", "sur", "dans", "via"}
# Civilities are not part of the name ("M. Sobianine" is Sobianine).
CIVILITY = re.compile(r"^(?:M\.|Mme|Mlle|MM\.)\s+")
MAX_NAME_TOKENS = 8


def _named_phrase(doc: Doc, index: int, end: int, entities: list[Entity]) -> Source | None:
    """A capitalised name the NER left untagged: "la Défense civile de Gaza", "le Commandement
    central américain", "les Houthis"; not "des sources", "les autorités", nor a place."""
    while index < end and doc[index].lower_ in DETERMINERS:
        index += 1
    if index >= end or doc[index].lower_ in INDEFINITE:
        return None
    if not doc[index].is_title and doc[index].lower_ not in INSTITUTION_HEADS:
        return None
    last = index
    while last + 1 < min(end, index + MAX_NAME_TOKENS) and doc[last + 1].text not in STOP \
            and doc[last + 1].pos_ not in ("VERB", "AUX"):
        last += 1
    start_char, end_char = doc[index].idx, doc[last].idx + len(doc[last])
    text = doc_text(doc)[start_char:end_char]
    # (an entity starting at the name's first character; end_char > start_char always)
    if any(e.label in ("LOC", "MISC") for e in in_range(entities, start_char, start_char + 1)) \
            or any(c.isdigit() for c in text):
        return None  # a place or a weapon, not a source
    if not doc[index].is_title and last == index:
        return None  # "l'armée" alone names no one in particular
    return Source(text, text, None)
# Tokens after a reporting verb or "selon" where the source may be named
# ("a déclaré le gouverneur régional Viatcheslav Gladkov").
WINDOW = 12


def _entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    """A person or institution named in [start, end); a MISC name counts unless it is a weapon
    (the model tags some bodies MISC: "selon la Défense civile de Gaza")."""
    # (a platform is skipped: "a écrit sur Telegram le gouverneur X" names X)
    found = [e for e in in_range(entities, start, end) if (e.label in ("PER", "ORG") or (
        e.label == "MISC" and e.source != "MISC_weapon")) and not lx.NOT_SOURCES.match(e.text)]
    persons = [e for e in found if e.label == "PER"]
    return (persons or found)[0] if persons or found else None


def subjects(parsed: Doc) -> dict[int, str]:
    """Start offset of each subject token -> its verb's lemma (to tell who acted or spoke)."""
    return {token.idx: token.head.lemma_.lower() for token in parsed if token.dep_.startswith("nsubj")}


def _source(entity: Entity | None) -> Source | None:
    return Source(entity.text, entity.canonical, entity.id) if entity is not None else None


def _after(sentence: Span, index: int, entities: list[Entity]) -> Source | None:
    """The source named just after a reporting verb or "selon", before the next comma or verb
    ("selon elle, visait ..." names no one)."""
    end = min(index + WINDOW, sentence.end)
    for i in range(index, end):
        token = sentence.doc[i]
        if token.text in (",", ";", ":", "«") or token.pos_ == "PRON":
            if token.text == ",":  # "selon le chef de l'administration, Serhiï Lyssak": the name after the title
                named = _entity_at(entities, token.idx, token.idx + cfg.SOURCE_ENTITY_CHARS)
                if named is not None and named.label == "PER":
                    return _source(named)
            end = i
            break
    window = sentence.doc[index:end]
    found = _source(_entity_at(entities, window.start_char, window.end_char)) if len(window) else None
    return found or _named_phrase(sentence.doc, index, end, entities)


def _incise(verb, sentence: Span, entities: list[Entity]) -> bool:
    """A reporting verb after a comma or a closing quote, with its source right after it
    ("…, a indiqué l'armée de l'air"); not "Le maire, Sergueï Sobianine, a déclaré :"."""
    first = min([verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i], key=lambda t: t.i)
    if first.i == 0 or first.doc[first.i - 1].text not in (",", "»", "”", '"'):
        return False
    return _after(sentence, verb.i + 1, entities) is not None


def _reports(token: Token, sentence: Span) -> bool:
    """A reporting verb; "faire" only in "faire état de"."""
    lemma = token.lemma_.lower()
    if lemma not in lx.REPORT_VERBS or token.pos_ not in ("VERB", "AUX"):
        return False
    return lemma != "faire" or (token.i + 1 < sentence.end and sentence.doc[token.i + 1].lower_ == "état")


def _without_civility(source: Source) -> Source:
    text = CIVILITY.sub("", source.text)
    return source if text == source.text else Source(text, CIVILITY.sub("", source.canonical), source.entity)


def reporters(sentence: Span, entities: list[Entity]) -> list[Source]:
    found: list[Source] = []
    text = doc_text(sentence.doc)
    for token in sentence:
        source = None
        if _reports(token, sentence):
            subject = next((c for c in token.children if c.dep_.startswith("nsubj")), None)
            if _incise(token, sentence, entities):  # "..., a indiqué l'armée": the source follows the verb
                source = _after(sentence, token.i + 1, entities)
            elif subject is not None:
                start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
                source = _source(_entity_at(entities, start, end)) or _named_phrase(
                    sentence.doc, subject.left_edge.i, subject.right_edge.i + 1, entities)
            if token.lemma_.lower() != "faire":  # what follows "fait état de" is the fact, never its source
                source = source or _after(sentence, token.i + 1, entities)
        elif token.lower_ in ("selon", "d'après", "d’après") or (
                token.lower_ == "après" and lx.SOURCE_PREPOSITIONS.search(
                    text[max(0, token.idx - cfg.SOURCE_APRES_BEFORE_CHARS):token.idx + cfg.SOURCE_APRES_AFTER_CHARS])):
            source = _after(sentence, token.i + 1, entities)
        if source is not None and not lx.NOT_SOURCES.match(source.text.strip()):
            found.append(_without_civility(source))
    return found
