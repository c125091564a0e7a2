"""The events stage: every attack episode the article reports, with its slots.

Pipeline per document: clauses and mentions (:mod:`mentions`), each
mention's slots from the earlier layers and the parse (:mod:`slots`,
:mod:`counts`, :mod:`sources`), mentions merged into episodes
(:mod:`episodes`), episodes written as contract events (:mod:`build`). With
``--explain`` each event says which rule set each slot.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.tokens import Doc, Span

from extract.alignment import Alignment
from extract.events.build import build_event, document_countries
from extract.events.counts import read_counts
from extract.events.episodes import Member, group, same_place
from extract.events.mentions import (
    Mention,
    clauses,
    read_mention,
    sentences,
    split_by_kind,
)
from extract.events.slots import (
    Slots,
    read_attacker,
    read_date,
    read_descriptions,
    read_places,
)
from extract.events.sources import Source, reporters, subjects
from extract.geo.gazetteer import default_gazetteer
from extract.lang.fr import events as lx
from extract.lang.fr.events import RULES_VERSION
from extract.ner.casing import analysis_text
from extract.nlp import DEFAULT_MODEL, parse_many
from extract.records import Document, Entity

__all__ = ["RULES_VERSION", "fill_events", "fill_events_many"]


@dataclass
class Readings:
    """What a document's mentions share, read once per document: the subjects of statement
    verbs, and each sentence's sources (several clauses of a sentence have the same)."""

    reporting: set[int]
    sources: dict[tuple[int, int], list[Source]] = field(default_factory=dict)

    @classmethod
    def of(cls, subject_verbs: dict[int, str]) -> Readings:
        return cls({start for start, verb in subject_verbs.items() if verb in lx.STATEMENT_VERBS})

    def reporters(self, sentence: Span, entities: list[Entity]) -> list[Source]:
        key = (sentence.start, sentence.end)
        if key not in self.sources:
            self.sources[key] = reporters(sentence, entities)
        return list(self.sources[key])


def read_slots(mention: Mention, doc: Document, parsed: Doc, subject_verbs: dict[int, str],
               readings: Readings | None = None) -> Slots:
    readings = readings or Readings.of(subject_verbs)
    slots = Slots()
    slots.date, slots.date_span = read_date(mention, doc)
    slots.places, slots.countries = read_places(mention, doc, readings.reporting)
    slots.attacker = read_attacker(mention, doc, subject_verbs)
    slots.counts, slots.all_intercepted = read_counts(mention, doc, parsed)
    slots.reporters = readings.reporters(mention.clause.sentence, doc.entities or [])
    slots.targets, slots.damage = read_descriptions(mention, doc)
    explain_slots(mention, slots)
    return slots


# The rule behind each slot that has a single one (the others say theirs in mention.reasons).
READERS = {
    "date": "the clause's last date, else its sentence's (not a statement's date)",
    "locations": "places of the clause (not a speaker, a launch area or a neighbour)",
    "country": "countries named in the clause",
    "weapons": "weapon words of the clause",
    "reported_by": "subject of a reporting verb, 'selon X', or '..., a indiqué X' in the sentence",
    "all_intercepted": "'tous ... abattus'",
}
# Longest sentence quoted in full by --explain.
EXPLAIN_SENTENCE_CHARS = 300


def explain_slots(mention: Mention, slots: Slots) -> None:
    """For --explain: each slot's value, the rule that read it, and the sentence it was read from."""
    sentence = " ".join(mention.clause.sentence.text.split())
    source = f"<- {sentence[:EXPLAIN_SENTENCE_CHARS]!r}"
    readings = {
        "date": slots.date and slots.date_span and f"timex {slots.date_span.text!r} -> {slots.date}",
        "locations": slots.places and f"places {[p.text for p in slots.places]}",
        "country": slots.countries and f"countries named {slots.countries}",
        "attacker": slots.attacker and f"attacker phrase {slots.attacker.text!r} -> {slots.attacker.country}",
        "weapons": mention.weapons and f"weapons {[(w.kind, w.model) for w in mention.weapons]}",
        "reported_by": slots.reporters and f"sources {[r.text for r in slots.reporters]}",
        "all_intercepted": slots.all_intercepted and "'tous ... abattus': intercepted = launched",
    }
    readings.update({slot: f"{slot} count {count.value} (quantity {count.quantity})"
                     for slot, count in slots.counts.items()})
    for slot, reading in readings.items():
        if reading:
            why = mention.reasons.get(slot) or READERS.get(slot, "")
            mention.explain.setdefault(slot, f"{reading} [{why}] {source}" if why else f"{reading} {source}")


def _events(doc: Document, parsed: Doc, explain: bool) -> Document:
    subject_verbs = subjects(parsed)
    readings = Readings.of(subject_verbs)
    sentence_index = {s.start_char: i for i, s in enumerate(sentences(parsed))}
    found = []
    for clause in clauses(parsed):
        mention = read_mention(clause, doc)
        for part in split_by_kind(mention) if mention is not None else []:
            slots = read_slots(part, doc, parsed, subject_verbs, readings)
            found += [Member(part, each, sentence_index[clause.sentence.start_char])
                      for each in split_by_place(slots, doc.text)]
    episodes = group(found)
    gazetteer, alignment, countries = default_gazetteer(), Alignment(doc.alignment), document_countries(doc)
    events = [build_event(i, episode, doc, gazetteer, explain, alignment, countries)
              for i, episode in enumerate(episodes, 1)]
    return doc.model_copy(update={"events": events})


def split_by_place(slots: Slots, text: str) -> list[Slots]:
    """"19 drones abattus au-dessus des régions de Koursk, Orel et Toula": one episode per place of
    a list (guideline), each without the list's counts (they are no one place's). Places that do
    not form a list (a district and its city), or lie within a city's radius of each other, stay
    together."""
    places = sorted(slots.places, key=lambda p: p.start)
    if len(places) < 2 or not all(lx.PLACE_LIST_JOIN.fullmatch(text[a.end:b.start]) for a, b in pairwise(places)):
        return [slots]
    if any(same_place(a, b) for i, a in enumerate(places) for b in places[i + 1:]):
        return [slots]  # "Istra, Krasnogorsk et Odintsovo": the suburbs of one attack on one city
    return [replace(slots, places=[place], counts={}) for place in places]


def fill_events_many(docs: list[Document], model: str = DEFAULT_MODEL, explain: bool = False) -> list[Document]:
    parses = parse_many([analysis_text(d.text) for d in docs], model)  # the NER stage's parse, from the cache
    return [_events(doc, parsed, explain) for doc, parsed in zip(docs, parses)]


def fill_events(doc: Document, model: str = DEFAULT_MODEL, explain: bool = False) -> Document:
    return fill_events_many([doc], model, explain)[0]
