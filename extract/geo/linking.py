"""Link places to GeoNames, choosing between homonyms by context.

A name with several candidate places (Istra, Russia / Istres, France) goes
to the candidate in a country the article talks about (its place entities
that are countries, nationality adjectives, capitals standing for states),
then to the most populous. Regions ("région de Belgorod") are not linked to
their capital city: their canonical is "<English name> Oblast" (guideline).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extract.geo.gazetteer import Gazetteer, Place
from extract.geo.heads import ROAD_HEADS
from extract.lang.fr.demonyms import country_of_adjective, country_of_name
from extract.lang.fr.text import name_key
from extract.records import Geo

# Countries named within this many characters of a place ("la ville de
# Pokrovsk, dans l'est de l'Ukraine") come before the article's overall leaning.
WINDOW = 80
# A place this many times bigger than the one currently bearing the name is meant
# under its old or foreign name ("Odessa" is Odesa, Ukraine, not Odessa, Texas).
MUCH_BIGGER = 5
# Russian district names are adjectives of their town: "district de Podolsky"
# (Podolsky raion) is Podolsk's; the ending is dropped when the name is not found.
DISTRICT_ADJECTIVE = re.compile(r"(?<=sk)(?:iy|yi|y|i|oye|oe|aya)$|(?<=sk)(?:ii|ij)$", re.IGNORECASE)
# Countries whose first-level regions are called "oblast" in English usage.
OBLAST_COUNTRIES = frozenset({"RU", "UA", "BY", "KZ"})
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=65536)
def word_country(word: str) -> tuple[str | None, int]:
    """(country, weight) a word points at: adjectives weigh 1 ("ukrainienne"),
    country and capital names 2 ("Ukraine", "Moscou")."""
    if word[0].islower():
        return country_of_adjective(word), 1
    return country_of_name(word), 2


def context_countries(text: str) -> Counter[str]:
    """How often ``text`` points at each country."""
    counts: Counter[str] = Counter()
    for word in WORD.findall(text):
        code, weight = word_country(word)
        if code:
            counts[code] += weight
    return counts


def window_countries(text: str, start: int, end: int) -> Counter[str]:
    """Countries named right around a mention ("Pokrovsk, dans l'est de l'Ukraine")."""
    return context_countries(text[max(0, start - WINDOW):end + WINDOW])


@dataclass
class Context:
    """Countries named around a place's mentions (local) and in the whole article."""

    local: Counter[str] = field(default_factory=Counter)
    overall: Counter[str] = field(default_factory=Counter)


def choose(candidates: list[Place], context: Context, name: str = "") -> Place | None:
    """The candidate in the country most named around the mentions; then one in a country
    the article names; then the one whose current name this is (not an old or foreign
    name: "Pokrovsk" is also Engels' old name); then the most populous."""
    if not candidates:
        return None
    folded = name_key(name)
    current = [p.population for p in candidates if name_key(p.name) == folded]
    bar = MUCH_BIGGER * max(current, default=0)

    def named(p: Place) -> bool:  # the current name, or a place much bigger than any so named
        return name_key(p.name) == folded or (bar > 0 and p.population >= bar)

    def times(counts: Counter[str], country: str | None) -> int:  # a place without a country is named nowhere
        return counts.get(country, 0) if country is not None else 0

    return max(candidates, key=lambda p: (times(context.local, p.country), times(context.overall, p.country) > 0,
                                          named(p), p.kind == "country", times(context.overall, p.country),
                                          p.population, -p.geonames_id))


def geo_of(place: Place) -> Geo:
    return Geo(geonames_id=place.geonames_id, name=place.name, country=place.country, lat=place.lat, lon=place.lon)


def candidates(name: str, gazetteer: Gazetteer) -> list[Place]:
    found = gazetteer.lookup(name)
    if not found and DISTRICT_ADJECTIVE.search(name):
        found = gazetteer.lookup(DISTRICT_ADJECTIVE.sub("", name))
    return found


def link(name: str, gazetteer: Gazetteer, context: Context, region: bool) -> tuple[Geo | None, str | None]:
    """(geo, canonical override) for a place name; regions get no geo and an Oblast name."""
    if name.split()[0].lower() in ROAD_HEADS:
        return None, None
    place = choose(candidates(name, gazetteer), context, name)
    if region:
        if place is not None and place.country in OBLAST_COUNTRIES:
            return None, f"{place.name} Oblast"
        return None, None
    return (geo_of(place), None) if place else (None, None)
