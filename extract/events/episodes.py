"""Merge mentions into episodes: one attack, one kind, one date, one place.

A mention joins the episode it agrees with best: same kind (or one still
unknown), same date (or one without), no place on the map far from the
episode's (a city's radius; a place off the map neither confirms nor
contradicts), and not opened by "Par ailleurs" / "36 autres" unless its
counts are the episode's ("• 36 autres drones abattus" after "36 autres ont
été abattus"). Shared places and counts weigh most, then the date, then
closeness in the text. A mention
with neither place nor date only joins an episode told a few sentences
before. Follow-up clauses (casualties, damage, "tous ont été abattus") join
the episode just told.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from extract import settings as cfg
from extract.events.mentions import Mention
from extract.events.slots import Slots
from extract.geo.gazetteer import default_gazetteer
from extract.lang.fr import events as lx
from extract.lang.fr.text import name_key
from extract.records import Count, Entity


@dataclass(frozen=True)
class Member:
    """One mention of an episode: the clause, the slots read from it, and its sentence's index."""

    mention: Mention
    slots: Slots
    sentence: int


@dataclass
class Episode:
    attack_type: str
    members: list[Member] = field(default_factory=list)

    @property
    def last_sentence(self) -> int:
        return self.members[-1].sentence

    @property
    def slots(self) -> list[Slots]:
        """The slots of every member, in the order they joined."""
        return [m.slots for m in self.members]

    inherited_date: str | None = None

    @property
    def date(self) -> str | None:
        dates = [s.date for s in self.slots if s.date]
        return max(dates, key=len) if dates else self.inherited_date

    @property
    def places(self) -> list[Entity]:
        return [p for s in self.slots for p in s.places]

    def counts(self, slot: str) -> list[Count]:
        return [s.counts[slot] for s in self.slots if slot in s.counts]


@lru_cache(maxsize=4096)
def _gazetteer_point(name: str) -> tuple[float, float] | None:
    places = default_gazetteer().lookup(name)
    return (places[0].lat, places[0].lon) if places else None


def point(entity: Entity) -> tuple[float, float] | None:
    """Where a place is on the map: its link, or for a region its namesake ("région de
    Belgorod" -> Belgorod); None for places GeoNames does not know (Kremlin, Rublyovka)."""
    if entity.geo is not None:
        return entity.geo.lat, entity.geo.lon
    return _gazetteer_point(entity.text)


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _names(entity: Entity) -> set[str]:
    names = {name_key(entity.text), name_key(entity.canonical)}
    if entity.geo:
        names.add(name_key(entity.geo.name))
    return {n for n in names if n}


def same_place(a: Entity, b: Entity) -> bool:
    """Within a city's radius when both are on the map, else one name inside the other."""
    pa, pb = point(a), point(b)
    if pa is not None and pb is not None:
        return _distance_km(pa, pb) <= lx.SAME_PLACE_KM
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in _names(a) for y in _names(b))


def places_agree(mine: list[Entity], theirs: list[Entity]) -> bool | None:
    """True if a place is shared, False if both name places on the map and none is near,
    None when nothing can be told (places off the map neither confirm nor contradict)."""
    if any(same_place(a, b) for a in mine for b in theirs):
        return True
    if [a for a in mine if point(a)] and [b for b in theirs if point(b)]:
        return False
    return None


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Equal, or one unknown: "au début du mois" (2023-05) is not "mardi" (2023-05-30)."""
    return a is None or b is None or a == b


def _kinds_agree(episode_type: str, mention_type: str) -> bool:
    """Same kind, or one unknown; an explosion heard in a drone or missile attack is part of it."""
    if "unknown" in (episode_type, mention_type) or episode_type == mention_type:
        return True
    return mention_type == "explosion" and episode_type != "explosion"


def _same_counts(episode: Episode, slots: Slots) -> bool:
    return any(c.value == count.value for slot, count in slots.counts.items() for c in episode.counts(slot))


def agreement(episode: Episode, mention: Mention, slots: Slots, sentence: int) -> int | None:
    """How well a mention fits an episode (None: it cannot be the same attack)."""
    if not _kinds_agree(episode.attack_type, mention.attack_type) or not _dates_agree(episode.date, slots.date):
        return None
    places = places_agree(slots.places, episode.places)
    if places is False or (mention.new_episode and not _same_counts(episode, slots)):
        return None
    if not slots.places and not slots.date and sentence - episode.last_sentence > cfg.NEARBY_SENTENCES \
            and not _same_counts(episode, slots):
        return None
    score = (cfg.PLACE_WEIGHT * bool(places) + cfg.COUNTS_WEIGHT * _same_counts(episode, slots)
             + cfg.DATE_WEIGHT * bool(slots.date and slots.date == episode.date)
             + cfg.KIND_WEIGHT * (mention.attack_type == episode.attack_type != "unknown"))
    return score * cfg.SENTENCES_PER_POINT - (sentence - episode.last_sentence)


def _follows(episode: Episode | None, mention: Mention, slots: Slots, sentence: int) -> bool:
    """A follow-up belongs to the episode just told, unless it is far, elsewhere or another day."""
    return (episode is not None and not mention.new_episode
            and sentence - episode.last_sentence <= cfg.FOLLOW_UP_SENTENCES
            and places_agree(slots.places, episode.places) is not False
            and (slots.date is None or slots.date == episode.date))  # a dated aside tells another time


def group(members: list[Member]) -> list[Episode]:
    episodes: list[Episode] = []
    for member in members:
        mention, slots, sentence = member.mention, member.slots, member.sentence
        if mention.follow_up:
            last = max(episodes, key=lambda e: e.last_sentence, default=None)
            if last is not None and _follows(last, mention, slots, sentence):
                last.members.append(member)
            continue
        agreements = [(agreement(e, mention, slots, sentence), e) for e in episodes]
        scored = [(score, e) for score, e in agreements if score is not None]
        target = max(scored, key=lambda pair: pair[0])[1] if scored else None
        if target is None:
            target = Episode(mention.attack_type)
            episodes.append(target)
        if ((target.attack_type in ("unknown", "explosion") and mention.attack_type not in ("unknown", "explosion"))
                or target.attack_type == "unknown"):
            target.attack_type = mention.attack_type
        target.members.append(member)
    _share_dates(episodes)
    episodes = _drop_totals([e for e in episodes if e.attack_type != "unknown"])
    return episodes


def _drop_totals(episodes: list[Episode]) -> list[Episode]:
    """A total whose breakdown by place is also given is not an episode (guideline); its
    parts keep what it said of all of them (attacker, sources, date)."""
    kept = []
    for episode in episodes:
        sentences = {m.sentence for m in episode.members}
        parts = [e for e in episodes if e is not episode and e.attack_type == episode.attack_type and e.places
                 and any(m.mention.clause.part and m.sentence in sentences for m in e.members)]
        total = None if episode.places else next(
            (c.value for slot in ("intercepted", "launched") for c in episode.counts(slot)), None)
        values = [c.value for e in parts for slot in ("intercepted", "launched") for c in e.counts(slot)[:1]]
        if total and len(values) >= 2 and sum(v or 0 for v in values) == total:
            shared = [Member(m.mention, Slots(date=m.slots.date, attacker=m.slots.attacker,
                                              reporters=m.slots.reporters), m.sentence)
                      for m in episode.members if m.slots.attacker or m.slots.reporters]
            for part in parts:
                part.members.extend(shared)  # what the total said of all, not its count
            continue
        kept.append(episode)
    return kept


def _share_dates(episodes: list[Episode]) -> None:
    """Episodes told in one sentence share its time and attacker ("Trente drones ukrainiens
    ..., tandis que douze autres ...")."""
    for episode in episodes:
        sentences = {m.sentence for m in episode.members}
        siblings = [e for e in episodes if e is not episode and sentences & {m.sentence for m in e.members}]
        if episode.date is None:
            dated = next((e for e in siblings if e.date), None)
            if dated is not None:
                episode.inherited_date = dated.date
        if not any(s.attacker for s in episode.slots):
            attacker = next((s.attacker for e in siblings if e.attack_type == episode.attack_type
                             for s in e.slots if s.attacker), None)
            if attacker:
                first = episode.members[0]
                episode.members.append(Member(first.mention, Slots(attacker=attacker), first.sentence))
