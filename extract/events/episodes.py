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
from collections.abc import Callable
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


PlaceKey = tuple[tuple[float, float] | None, frozenset[str]]


@dataclass
class _Summary:
    """What an episode's members say together, brought up to date as members join (members are
    only ever appended): comparing a mention with an episode then costs the episode's distinct
    places, not its members."""

    seen: int = 0
    date: str | None = None  # the longest date, the first of that length
    places: list[Entity] = field(default_factory=list)
    place_keys: dict[PlaceKey, None] = field(default_factory=dict)  # distinct places (same_place's view)
    counts: dict[str, list[Count]] = field(default_factory=dict)
    values: dict[str, set[int | float | None]] = field(default_factory=dict)

    def add(self, slots: Slots) -> None:
        if slots.date and (self.date is None or len(slots.date) > len(self.date)):
            self.date = slots.date
        for place in slots.places:
            self.places.append(place)
            self.place_keys.setdefault(place_key(place))
        for slot, count in slots.counts.items():
            self.counts.setdefault(slot, []).append(count)
            self.values.setdefault(slot, set()).add(count.value)


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
    _summary: _Summary = field(default_factory=_Summary, init=False, repr=False, compare=False)

    def summary(self) -> _Summary:
        """The summary, once the members that joined since the last call are added to it."""
        while self._summary.seen < len(self.members):
            self._summary.add(self.members[self._summary.seen].slots)
            self._summary.seen += 1
        return self._summary

    @property
    def date(self) -> str | None:
        return self.summary().date or self.inherited_date

    @property
    def places(self) -> list[Entity]:
        return list(self.summary().places)

    def counts(self, slot: str) -> list[Count]:
        return list(self.summary().counts.get(slot, []))


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


def place_key(entity: Entity) -> PlaceKey:
    """All that same_place reads of a place: where it is on the map, and its names."""
    geo = entity.geo
    return _place_key(entity.text, entity.canonical, (geo.lat, geo.lon, geo.name) if geo is not None else None)


@lru_cache(maxsize=4096)
def _place_key(text: str, canonical: str, geo: tuple[float, float, str] | None) -> PlaceKey:
    """place_key of a place with this text, canonical name and map point (computed once for all its mentions)."""
    names = {name_key(text), name_key(canonical)} | ({name_key(geo[2])} if geo is not None else set())
    where = (geo[0], geo[1]) if geo is not None else _gazetteer_point(text)
    return where, frozenset(n for n in names if n)


def _same_key(a: PlaceKey, b: PlaceKey) -> bool:
    """same_place, on the places' keys."""
    if a[0] is not None and b[0] is not None:
        return _distance_km(a[0], b[0]) <= lx.SAME_PLACE_KM
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a[1] for y in b[1])


def same_place(a: Entity, b: Entity) -> bool:
    """Within a city's radius when both are on the map, else one name inside the other."""
    return _same_key(place_key(a), place_key(b))


def places_agree(mine: list[Entity], theirs: list[Entity]) -> bool | None:
    """True if a place is shared, False if both name places on the map and none is near,
    None when nothing can be told (places off the map neither confirm nor contradict)."""
    if any(same_place(a, b) for a in mine for b in theirs):
        return True
    if [a for a in mine if point(a)] and [b for b in theirs if point(b)]:
        return False
    return None


def _agree_with(mine: list[Entity], episode: Episode) -> bool | None:
    """places_agree(mine, episode.places), over the episode's distinct places."""
    theirs = episode.summary().place_keys
    keys = [place_key(a) for a in mine]
    if any(_same_key(a, b) for a in keys for b in theirs):
        return True
    if any(a[0] for a in keys) and any(b[0] for b in theirs):
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
    values = episode.summary().values
    return any(count.value in values.get(slot, ()) for slot, count in slots.counts.items())


def agreement(episode: Episode, mention: Mention, slots: Slots, sentence: int) -> int | None:
    """How well a mention fits an episode (None: it cannot be the same attack)."""
    if not _kinds_agree(episode.attack_type, mention.attack_type) or not _dates_agree(episode.date, slots.date):
        return None
    places = _agree_with(slots.places, episode)
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
            and _agree_with(slots.places, episode) is not False
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
    episodes = _drop_totals([e for e in episodes if e.attack_type != "unknown" or _told(e)])
    return episodes


def _told(episode: Episode) -> bool:
    """An attack with no weapon named ("une frappe russe a tué trois civils", "l'attaque contre
    le village") is an episode (type unknown) when it is told as having happened somewhere, on
    some day or with a toll; a bare "attaque" with none of these is only talk of attacks."""
    if not any(lx.UNTYPED_STRIKE.search(m.mention.text) and not lx.REACTION_TO.search(m.mention.text)
               for m in episode.members if not m.mention.follow_up):
        return False
    summary = episode.summary()
    dated = summary.date is not None and len(summary.date) >= len("2024-03")  # a bare year is background
    return bool(summary.places or dated or summary.counts.get("killed") or summary.counts.get("injured"))


class _Sentences:
    """The sentences of an episode's members that pass ``test``, kept while it gains no member (the
    loops below compare every episode with every other one)."""

    def __init__(self, test: Callable[[Member], bool]) -> None:
        self.test = test
        self.kept: dict[int, tuple[Episode, int, set[int]]] = {}

    def __call__(self, episode: Episode) -> set[int]:
        found = self.kept.get(id(episode))
        if found is None or found[0] is not episode or found[1] != len(episode.members):
            found = (episode, len(episode.members), {m.sentence for m in episode.members if self.test(m)})
            self.kept[id(episode)] = found
        return found[2]


def _drop_totals(episodes: list[Episode]) -> list[Episode]:
    """A total whose breakdown by place is also given is not an episode (guideline); its
    parts keep what it said of all of them (attacker, sources, date)."""
    kept = []
    part_sentences = _Sentences(lambda m: m.mention.clause.part)
    for episode in episodes:
        sentences = {m.sentence for m in episode.members}
        parts = [e for e in episodes if e is not episode and e.attack_type == episode.attack_type
                 and e.summary().places and not part_sentences(e).isdisjoint(sentences)]
        total = None if episode.summary().places else next(
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
    sentences_of = _Sentences(lambda m: True)
    for episode in episodes:
        sentences = sentences_of(episode)
        siblings = [e for e in episodes if e is not episode and not sentences.isdisjoint(sentences_of(e))]
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
