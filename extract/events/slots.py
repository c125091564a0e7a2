"""What one mention says of its attack: date, places, attacker, counts, casualties, sources.

Each reader takes the mention's clause (or sentence, for sources) and the
earlier layers (entities with their GeoNames links, quantities with their
counted nouns, timexes) plus the parse (verb lemmas, subjects).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from extract import settings as cfg
from extract.events.index import first_at, in_range, keys_in
from extract.events.mentions import Mention, in_clause
from extract.events.sources import Source
from extract.geo.gazetteer import default_gazetteer
from extract.geo.linking import Context, choose, geo_of
from extract.lang.fr import events as lx
from extract.lang.fr.demonyms import country_of_adjective, country_of_name
from extract.records import Actor, Count, Document, Entity, Quantity, Timex

DAY_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass
class Slots:
    date: str | None = None
    date_span: Timex | None = None
    places: list[Entity] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    attacker: Actor | None = None
    counts: dict[str, Count] = field(default_factory=dict)
    all_intercepted: bool = False
    reporters: list[Source] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)


def read_date(mention: Mention, doc: Document) -> tuple[str | None, Timex | None]:
    """The clause's last date ("la vague, qui a commencé dimanche, comprenait une attaque lundi"),
    else the sentence's ("évacuée ce matin après qu'une explosion ..."); not a reference point
    ("depuis février") nor the date of a statement ("a déclaré Zelensky mardi")."""
    found = _last_date(doc, in_clause(doc.timexes or [], mention.clause))
    if found is None and not mention.follow_up:
        sentence = mention.clause.sentence
        found = _last_date(doc, in_range(doc.timexes or [], sentence.start_char, sentence.end_char))
    return found or (None, None)


def _last_date(doc: Document, timexes: list[Timex]) -> tuple[str, Timex] | None:
    found = None
    for timex in timexes:
        before = doc.text[max(0, timex.start - cfg.DATE_PREPOSITION_CHARS):timex.start].lower()
        statement = lx.STATEMENT_DATE.search(doc.text[max(0, timex.start - cfg.STATEMENT_DATE_CHARS):timex.start])
        day = DAY_VALUE.match(timex.value)
        if timex.type in ("DATE", "TIME") and day and "W" not in timex.value \
                and "depuis" not in before and not statement:
            found = (day.group(), timex)
    return found


def read_places(mention: Mention, doc: Document, subjects: set[int]) -> tuple[list[Entity], list[str]]:
    """Where it happened, and the countries named (a country is not a place of the episode)."""
    places, references, countries = [], [], []
    for entity in in_clause(doc.entities or [], mention.clause):
        if entity.label == "ORG":
            factory_town = _factory_place(entity)
            if factory_town is not None:
                places.append(factory_town)
            continue
        if entity.label != "LOC" or entity.start in subjects:
            continue
        if entity.geo is None and lx.CODE_LIKE.match(entity.text):
            continue  # "CSP", "M23": an acronym the gazetteer does not know is no place
        before = doc.text[max(0, entity.start - cfg.PLACE_CUE_CHARS):entity.start]
        if lx.NOT_A_PLACE_BEFORE.search(before[-30:]) or lx.ROAD_END.search(before):
            continue
        if lx.REFERENCE_POINT.search(before):
            references.append(entity)
            continue
        if _is_country(entity):
            countries.append(entity.geo.country)
        else:
            places.append(entity)
    return places or references, [c for c in countries if c]


def _factory_place(entity: Entity) -> Entity | None:
    """The town in a factory's name, as a place of the event."""
    match = lx.FACTORY_PLACE.match(entity.text)
    if match is None or not default_gazetteer().is_place(match["place"]):
        return None
    place = choose(default_gazetteer().lookup(match["place"]), Context(), match["place"])
    offset = match.start("place")
    return entity.model_copy(update={
        "label": "LOC", "text": match["place"], "canonical": match["place"], "geo": geo_of(place) if place else None,
        "start": entity.start + offset, "end": entity.start + offset + len(match["place"]),
        "raw_start": entity.raw_start + offset, "raw_end": entity.raw_start + offset + len(match["place"])})


@lru_cache(maxsize=1)
def _country_ids() -> frozenset[int]:
    gazetteer = default_gazetteer()
    return frozenset(p.geonames_id for p in gazetteer.places() if p.kind != "place")


def _is_country(entity: Entity) -> bool:
    """A country or continent (not a capital standing for its state: that is still a place)."""
    return entity.geo is not None and entity.geo.geonames_id in _country_ids()


# A weapon, attack or armed noun and, within a few words, its nationality adjective:
# "drones ukrainiens", "missiles balistiques russes", "tirs d'artillerie russes",
# "armée de l'air burkinabè".
ADJECTIVE_PHRASE = re.compile(r"\b(?P<noun>drones?|missiles?|frappes?|bombardements?|tirs?|attaques?|roquettes?|"
                              r"obus|forces?|armée|troupes|aviation|soldats|militaires|raids?|bombardiers?|avions?|"
                              r"navires?)(?P<gap>(?:[\s’']+[\w-]+){1,4})", re.IGNORECASE)
ARMED_OF = re.compile(r"\b(?P<noun>forces|régime|armée|troupes)\s+(?:de\s+|d['’]\s*)(?P<place>[A-ZÉ][\w-]+)")
# Armed nouns as prefixes of a phrase's noun ("armée", "forces"), for str.startswith.
ARMED_PREFIXES = tuple(sorted(lx.ARMED_NOUNS))
CLAIMED_LAUNCH = re.compile(r"\bavoir\s+(?:lancé|frappé|attaqué|tiré|visé|ciblé|bombardé)\b", re.IGNORECASE)


def read_attacker(mention: Mention, doc: Document, parsed_subjects: dict[int, str]) -> Actor | None:
    """"drones ukrainiens", "forces de Kiev", "la Russie a lancé", a ministry claiming the strike."""
    text = doc.text[mention.clause.start:mention.clause.end]
    agent = _agent_attacker(mention, doc, text)
    if agent is not None:
        return agent
    phrases = list(ADJECTIVE_PHRASE.finditer(text))
    for match in (m for m in phrases if not m["noun"].lower().startswith(ARMED_PREFIXES)):
        code = _phrase_country(match)
        if code and not _defender(text, match.start()):
            mention.reasons["attacker"] = "a weapon or attack noun with a nationality adjective"
            return Actor(text=_up_to_adjective(match), country=code)
    found = _subject_attacker(mention, doc, parsed_subjects) or _claimed_attacker(mention, doc, text)
    if found:
        return found
    for match in ARMED_OF.finditer(text):
        code = country_of_name(match["place"])
        if code:
            mention.reasons["attacker"] = "forces/armée/troupes of a named state"
            return Actor(text=match.group(), country=code)
    for match in (m for m in phrases if m["noun"].lower().startswith(ARMED_PREFIXES)):
        code = _phrase_country(match)
        if code and not _defender(text, match.start()):
            mention.reasons["attacker"] = "armed forces with a nationality adjective"
            return Actor(text=_up_to_adjective(match), country=code)
    return None


def _up_to_adjective(match: re.Match) -> str:
    """"missiles russes" out of "missiles russes dirigés contre Kiev"."""
    phrase = match.group()
    for word in re.finditer(r"[\w-]+", phrase):
        if word.group()[0].islower() and country_of_adjective(word.group()):
            return phrase[:word.end()]
    return phrase


def _phrase_country(match: re.Match) -> str | None:
    """The first nationality adjective among the few words after the noun, before any
    preposition that starts another phrase ("missiles ... sur Kiev")."""
    for word in re.findall(r"[\w-]+", match["gap"] or ""):
        if word.lower() in ("sur", "contre", "vers", "selon", "par", "à", "au", "dans"):
            return None
        code = country_of_adjective(word) if word[0].islower() else None
        if code:
            return code
    return None


def _subject_attacker(mention: Mention, doc: Document, parsed_subjects: dict[int, str]) -> Actor | None:
    """The subject of a launch or attack verb: a state ("la Russie a lancé"), or an armed group
    ("les Houthis ont tiré", country null: guideline for non-state groups)."""
    for start in keys_in(parsed_subjects, mention.clause.start, mention.clause.end):
        if parsed_subjects[start] in lx.ATTACK_SUBJECT_VERBS:
            entity = first_at(doc.entities or [], start)
            if entity is not None and (entity.label == "ORG" or country_of_name(entity.text)):
                mention.reasons["attacker"] = f"subject of '{parsed_subjects[start]}'"
                return _actor(doc.text, entity)
    return None


def _actor(text: str, entity: Entity) -> Actor:
    """A state by its name ("la Russie", "Moscou"), a body by the nationality in its name
    ("l'armée israélienne"), else a group with no country ("Hezbollah")."""
    code = country_of_name(entity.text) or next(
        (country_of_adjective(w) for w in entity.text.split() if w[:1].islower() and country_of_adjective(w)), None)
    return Actor(text=_with_article(text, entity), country=code)


def _agent_attacker(mention: Mention, doc: Document, text: str) -> Actor | None:
    """The agent named after "tiré par", "menées par", "imputée à" ... (a person, a body, a state)."""
    for match in lx.AGENT_CUE.finditer(text):
        start = mention.clause.start + match.end()
        entity = next((e for e in in_range(doc.entities or [], start, start + cfg.AGENT_ENTITY_CHARS)
                       if e.label in ("ORG", "PER", "LOC", "MISC") and e.source != "MISC_weapon"), None)
        if entity is not None and (entity.label != "LOC" or country_of_name(entity.text)):
            mention.reasons["attacker"] = f"agent after {match.group().strip()!r}"
            return _actor(doc.text, entity)
    for match in lx.GENITIVE_CUE.finditer(text):
        start = mention.clause.start + match.end()
        entity = next((e for e in in_range(doc.entities or [], start, start + cfg.AGENT_ENTITY_CHARS)
                       if e.label == "ORG"), None)
        if entity is not None:
            mention.reasons["attacker"] = f"organisation after {match.group().strip()!r}"
            return _actor(doc.text, entity)
    return None


def _claimed_attacker(mention: Mention, doc: Document, text: str) -> Actor | None:
    """"Le ministère russe de la Défense a déclaré avoir lancé des frappes": the claimant."""
    if CLAIMED_LAUNCH.search(text):
        for entity in in_clause(doc.entities or [], mention.clause):
            code = next((country_of_adjective(w) for w in entity.text.split() if country_of_adjective(w)), None)
            if entity.label == "ORG" and code:
                mention.reasons["attacker"] = "a body claiming to have launched it"
                return Actor(text=entity.text, country=code)
    return None


def _defender(text: str, start: int) -> bool:
    """The side that shot down is not the attacker: "abattus par les forces russes"."""
    return bool(re.search(r"(?:\b(?:abattu|intercepté|détruit|neutralisé)e?s?\s+par|\bde défense|\bdéfense)\s+"
                          r"(?:les\s+|la\s+|l['’])?$", text[max(0, start - cfg.DEFENDER_CUE_CHARS):start]))


def _with_article(text: str, entity: Entity) -> str:
    before = text[max(0, entity.start - cfg.ARTICLE_CHARS):entity.start]
    return ("la " if before.endswith("la ") else "le " if before.endswith("le ") else "") + entity.text


def verb_lemma(token: Token) -> str | None:
    current = token
    for _ in range(5):
        if current.pos_ in ("VERB", "AUX") or (current.pos_ == "ADJ" and current.morph.get("VerbForm", [])):
            return current.lemma_.lower()
        if current.head is current:
            return None
        current = current.head
    return None


def count_of(quantity: Quantity | None, value: int | None = None) -> Count:
    if quantity is None:
        return Count(value=value, low=value, high=value, qualifier="exact", quantity=None)
    return Count(value=quantity.value, low=quantity.low, high=quantity.high, qualifier=quantity.qualifier,
                 quantity=quantity.id)


TARGET = re.compile(r"\b(?:visai(?:en)?t|visant|ciblant|ciblai(?:en)?t|visé|contre)\s+"
                    r"(?P<what>(?:des|un|une|les|le|la|l['’])"
                    r"\s*[^,.;:»]{3,60})", re.IGNORECASE)
# A stretch of text between punctuation marks that tells damage ("plusieurs immeubles ont été
# endommagés"). It starts where the stretch starts ((?<![^,.;:«»])): tried from inside a long
# stretch without a damage word it would rescan the stretch from every character.
DAMAGE = re.compile(r"(?<![^,.;:«»])[^,.;:«»]*\b(?:endommag\w*|détrui\w*|dégâts|dommages|incendi\w*|en ruine)\b"
                    r"[^,.;:«»]*", re.IGNORECASE)


def read_descriptions(mention: Mention, doc: Document) -> tuple[list[str], list[str]]:
    """Short descriptions of targets ("des infrastructures civiles") and damage."""
    text = doc.text[mention.clause.start:mention.clause.end]
    targets = [m["what"].strip() for m in TARGET.finditer(text)][:2]
    damage = [" ".join(m.group().split()) for m in DAMAGE.finditer(text) if len(m.group().split()) > 1][:2]
    return targets, damage
