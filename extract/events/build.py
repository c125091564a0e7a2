"""An episode's mentions become one event record of the contract."""

from __future__ import annotations

from collections import Counter
from typing import cast

from extract import settings as cfg
from extract.alignment import Alignment, span_fields
from extract.events.episodes import Episode
from extract.events.index import indices_in
from extract.geo.gazetteer import Gazetteer
from extract.geo.linking import Context, choose
from extract.lang.fr import events as lx
from extract.lang.fr.text import name_key
from extract.records import (
    Actor,
    AttackType,
    Count,
    Document,
    Entity,
    Event,
    Location,
    Reporter,
    Span,
    Weapon,
    WeaponKind,
)


def _location(entity: Entity, doc: Document, gazetteer: Gazetteer) -> Location:
    before = doc.text[max(0, entity.start - cfg.REGION_CUE_CHARS):entity.start]
    region = lx.REGION_CUES.search(before)
    if region:  # guideline: the event location keeps the phrase ("région de Belgorod")
        place = choose(gazetteer.lookup(entity.text), Context(), entity.text)
        return Location(text=before[region.start():] + entity.text, canonical=entity.canonical, geonames_id=None,
                        country=place.country if place else None, entity=entity.id)
    geo = entity.geo
    return Location(text=entity.text, canonical=geo.name if geo else entity.canonical,
                    geonames_id=geo.geonames_id if geo else None, country=geo.country if geo else None,
                    entity=entity.id)


def _locations(episode: Episode, doc: Document, gazetteer: Gazetteer) -> list[Location]:
    kept: list[Entity] = []
    for entity in episode.places:
        if not any(entity.canonical == k.canonical or (entity.geo and k.geo and entity.geo.geonames_id ==
                                                       k.geo.geonames_id) for k in kept):
            kept.append(entity)
    locations = [_location(entity, doc, gazetteer) for entity in kept]
    # A region named after a city already listed adds nothing ("Kiev" and "région de Kiev").
    cities = {name_key(location.text) for location in locations if location.geonames_id}
    return [location for location in locations
            if location.geonames_id or name_key(location.text.split(" de ")[-1].split("’")[-1]) not in cities]


def _count(episode: Episode, slot: str) -> Count | None:
    counts = episode.counts(slot)
    return max(counts, key=lambda c: c.value or 0) if counts else None


def _interceptions(episode: Episode) -> tuple[Count | None, Count | None]:
    launched, intercepted = _count(episode, "launched"), _count(episode, "intercepted")
    if any(s.all_intercepted for s in episode.slots):  # "tous ont été abattus"
        best = max((c for c in (launched, intercepted) if c), key=lambda c: c.value or 0, default=None)
        if best is not None:
            launched = intercepted = best
    return launched, intercepted


def _attacker(episode: Episode) -> Actor | None:
    found = next((s.attacker for s in episode.slots if s.attacker), None)
    return found.model_copy() if found else None


def _country(locations: list[Location], episode: Episode, attacker: Actor | None, doc: Document,
             mentioned: set[str]) -> str | None:
    """Where it happened: the places' country (the most frequent), the countries named, the
    places named in the same sentences, else the other side of the attacker's war."""
    located = Counter(location.country for location in locations if location.country)
    named = [c for s in episode.slots for c in s.countries]
    if located:
        best = located.most_common(1)[0][0]
        if best not in mentioned and any(code in mentioned for code in named):
            # a place linked into a country the article names nowhere else ("Houla" read in
            # Syria), while the clause names one the article keeps naming: the named one
            return next(code for code in named if code in mentioned)
        return best
    if named:
        return named[0]
    entities = doc.entities or []
    sentences = {(m.clause.sentence.start_char, m.clause.sentence.end_char)
                 for m in (member.mention for member in episode.members)}
    around = sorted({i for a, b in sentences for i in indices_in(entities, a, b)})  # in the entities' order
    nearby = Counter(e.geo.country for e in (entities[i] for i in around)
                     if e.label == "LOC" and e.geo and e.geo.country)
    if nearby:
        return nearby.most_common(1)[0][0]
    return lx.ADVERSARIES.get(attacker.country) if attacker and attacker.country else None


def document_countries(doc: Document) -> set[str]:
    """Countries the article itself names or places twice or more: a place linked into a country
    the article never mentions ("Houla" in Syria in an article on Lebanon) is doubtful."""
    seen = Counter(e.geo.country for e in doc.entities or [] if e.label == "LOC" and e.geo and e.geo.country)
    return {code for code, count in seen.items() if count >= 2}


def _weapons(episode: Episode, launched: Count | None) -> list[Weapon]:
    seen: dict[tuple[str, str | None], Weapon] = {}
    for mention in (member.mention for member in episode.members):
        for named in mention.weapons:
            kind = cast(WeaponKind, named.kind)  # a contract kind (lang.fr.weapons.KINDS); pydantic checks it
            seen.setdefault((named.kind, named.model), Weapon(kind=kind, model=named.model, count=None))
    weapons = list(seen.values())
    if any(w.kind in ("ballistic_missile", "cruise_missile") for w in weapons):
        weapons = [w for w in weapons if not (w.kind == "missile" and w.model is None)]  # the specific kinds say it
    if any(w.model for w in weapons):
        weapons = [w for w in weapons if w.model or not any(v.model and v.kind == w.kind for v in weapons)]
    if len(weapons) == 1 and launched is not None and weapons[0].count is None:
        weapons[0].count = launched.value
    return weapons


def _reporters(episode: Episode) -> list[Reporter]:
    """Named sources, once each ("ministère de la Défense" is "ministère russe de la Défense")."""
    found: list[Reporter] = []
    for slots in episode.slots:
        for source in slots.reporters:
            words = set(name_key(source.canonical).split())
            if not any(words <= set(name_key(r.canonical).split()) or set(name_key(r.canonical).split()) <= words
                       for r in found):
                found.append(Reporter(text=source.text, canonical=source.canonical, entity=source.entity))
    return found


def _evidence(episode: Episode, doc: Document, alignment: Alignment) -> list[Span]:
    sentences = sorted({(m.clause.sentence.start_char, m.clause.sentence.end_char)
                        for m in (member.mention for member in episode.members)})
    pieces = [piece for start, end in sentences for piece in alignment.exact_pieces(start, end)]
    return [Span(**span_fields(doc.text, alignment, lo, hi)) for lo, hi in _trimmed(doc.text, pieces)]


def _trimmed(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces without their leading and trailing blanks; blank pieces dropped."""
    found = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            found.append((start, end))
    return found


def _explain(episode: Episode, counts: dict[str, Count | None]) -> dict[str, str]:
    """Each slot's reading, from the mention whose value the event keeps (the first, or for a
    count the mention that gave it)."""
    details: dict[str, str] = {}
    for mention, slots in ((m.mention, m.slots) for m in episode.members):
        for slot, rule in mention.explain.items():
            chosen = counts.get(slot)
            if slot in counts and chosen is not None and slots.counts.get(slot) != chosen:
                continue
            details.setdefault(slot, rule)
    return details


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def build_event(index: int, episode: Episode, doc: Document, gazetteer: Gazetteer, explain: bool,
                alignment: Alignment | None = None, countries: set[str] | None = None) -> Event:
    # The document's alignment and countries, built once for all its events
    alignment = alignment or Alignment(doc.alignment)
    countries = document_countries(doc) if countries is None else countries
    locations = _locations(episode, doc, gazetteer)
    attacker = _attacker(episode)
    launched, intercepted = _interceptions(episode)
    date_timex = next((s.date_span for s in episode.slots if s.date == episode.date and s.date_span), None)
    details = _explain(episode, {"launched": launched, "intercepted": intercepted,
                                 "killed": _count(episode, "killed"), "injured": _count(episode, "injured")})
    return Event(
        id=f"ev{index}", attack_type=cast(AttackType, episode.attack_type),  # a contract type; pydantic checks it
        date=episode.date,
        date_span=Span(**span_fields(doc.text, alignment, date_timex.start, date_timex.end)) if date_timex else None,
        locations=locations, country=_country(locations, episode, attacker, doc, countries), attacker=attacker,
        weapons=_weapons(episode, launched), launched=launched, intercepted=intercepted,
        killed=_count(episode, "killed"), injured=_count(episode, "injured"),
        targets=_unique([t for s in episode.slots for t in s.targets]),
        damage=_unique([d for s in episode.slots for d in s.damage]),
        reported_by=_reporters(episode), evidence=_evidence(episode, doc, alignment),
        explain=details if explain else None,
    )

