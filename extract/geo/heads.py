"""Nouns that head place names in French: one list for NER (tagging) and events (locations)."""

from __future__ import annotations

# Nouns that, followed by "de" + name, make the name a place:
# "région de Belgorod", "district de Podolsk", "village de Kozinka".
# "region" heads name a region (canonical "<Name> Oblast", no GeoNames link);
# "place" heads a town, a district or a site.
PLACE_CUES = {
    "région": "region", "oblast": "region", "province": "region", "territoire": "region",
    "district": "place", "arrondissement": "place", "quartier": "place", "ville": "place",
    "village": "place", "localité": "place", "commune": "place", "bourg": "place", "port": "place",
    "raïon": "place", "faubourg": "place", "banlieue": "place", "périphérie": "place",
}
REGION_HEADS = tuple(head for head, kind in PLACE_CUES.items() if kind == "region")

# Road names: "autoroute M-1" (the road's code is the entity, guideline), but
# "autoroute de Minsk" is one name.
ROAD_HEADS = {"autoroute", "route", "rocade", "périphérique"}
