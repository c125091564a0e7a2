"""Place names from GeoNames (``gazetteer.v2.tsv``, built by ``make models``).

Where the file is found, in order: ``$EXTRACT_MODELS/gazetteer.v2.tsv``; the
package's own data (``extract/geo/data/``, where ``make models`` copies it, so
that ``pip install .`` after ``make models`` carries it); ``models/`` of a
source checkout.

Lookup is by folded name, then by transliteration key, so "Holosiiv" finds
GeoNames' "Holosiyiv". A name may have several places (Istra in Russia, and
Istres in France under an alternate name); choosing between them is
:mod:`extract.geo.linking`'s job.

Loading is fast (a fraction of a second for 191k names): the file carries each
name's keys precomputed, rows are indexed as they are read, and a row becomes a
:class:`Place` only when a lookup returns it.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.geo.names import translit_key
from extract.lang.fr.text import name_key

GAZETTEER_FILE = "gazetteer.v2.tsv"
PACKAGE_DATA = Path(__file__).resolve().parent / "data"
CHECKOUT_MODELS = Path(__file__).resolve().parents[2] / "models"
log = logging.getLogger(__name__)


def gazetteer_path() -> Path:
    """The gazetteer file to read: the first of $EXTRACT_MODELS, the package data, a checkout's models/."""
    if os.environ.get("EXTRACT_MODELS"):
        return Path(os.environ["EXTRACT_MODELS"]) / GAZETTEER_FILE
    candidates = [PACKAGE_DATA / GAZETTEER_FILE, CHECKOUT_MODELS / GAZETTEER_FILE]
    return next((path for path in candidates if path.is_file()), candidates[0])


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country: str | None
    lat: float
    lon: float
    population: int
    kind: str  # "continent", "country" or "place"


Row = str  # "geonames_id\tname\tcountry\tlat\tlon\tpopulation\tkind", as written in the file


@lru_cache(maxsize=65536)
def _place(row: Row) -> Place:
    gid, name, country, lat, lon, population, kind = row.split("\t")
    return Place(int(gid), name, country or None, float(lat), float(lon), int(population), kind)


class Gazetteer:
    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(f"gazetteer {path} is missing: run 'make models' to build it, "
                                    f"or set EXTRACT_MODELS to the directory that holds {GAZETTEER_FILE}")
        log.info("loading gazetteer %s", path)
        self.path = path
        self.by_key: dict[str, list[Row]] = defaultdict(list)
        self.by_translit: dict[str, list[Row]] = defaultdict(list)
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or line.startswith("key\t"):
                    continue
                key, translit, row = line.rstrip("\n").split("\t", 2)
                self.by_key[key].append(row)
                self.by_translit[translit].append(row)

    def lookup(self, name: str) -> list[Place]:
        """Places that ``name`` may designate (exact folded name first, else transliteration)."""
        rows = self.by_key.get(name_key(name)) or self.by_translit.get(translit_key(name)) or []
        unique = {place.geonames_id: place for place in map(_place, rows)}
        return sorted(unique.values(), key=lambda p: (-p.population, p.geonames_id))

    def places(self) -> list[Place]:
        """Every place of the gazetteer (each once)."""
        rows = {row for rows in self.by_key.values() for row in rows}
        return sorted({_place(row) for row in rows}, key=lambda place: place.geonames_id)

    def is_place(self, name: str) -> bool:
        return name_key(name) in self.by_key


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(gazetteer_path())
