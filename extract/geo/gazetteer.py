"""Place names from GeoNames (``models/gazetteer.v1.tsv``, built by ``make models``).

Lookup is by folded name, then by transliteration key, so "Holosiiv" finds
GeoNames' "Holosiyiv". A name may have several places (Istra in Russia, and
Istres in France under an alternate name); choosing between them is
:mod:`extract.geo.linking`'s job.
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

MODELS_DIR = Path(os.environ.get("EXTRACT_MODELS", Path(__file__).resolve().parents[2] / "models"))
GAZETTEER_FILE = "gazetteer.v1.tsv"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    country: str | None
    lat: float
    lon: float
    population: int
    kind: str  # "continent", "country" or "place"


class Gazetteer:
    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(f"gazetteer {path} is missing: run 'make models' to build it")
        log.info("loading gazetteer %s", path)
        self.path = path
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        self.by_translit: dict[str, list[Place]] = defaultdict(list)
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or line.startswith("key\t"):
                    continue
                key, gid, name, country, lat, lon, population, kind = line.rstrip("\n").split("\t")
                place = Place(int(gid), name, country or None, float(lat), float(lon), int(population), kind)
                self.by_key[key].append(place)
        for key, places in self.by_key.items():
            self.by_translit[translit_key(key)].extend(places)

    def lookup(self, name: str) -> list[Place]:
        """Places that ``name`` may designate (exact folded name first, else transliteration)."""
        places = self.by_key.get(name_key(name)) or self.by_translit.get(translit_key(name)) or []
        unique = {place.geonames_id: place for place in places}
        return sorted(unique.values(), key=lambda p: (-p.population, p.geonames_id))

    def is_place(self, name: str) -> bool:
        return name_key(name) in self.by_key


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer(MODELS_DIR / GAZETTEER_FILE)
