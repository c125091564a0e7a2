from collections import Counter

from extract.geo.gazetteer import Place, default_gazetteer
from extract.geo.linking import (
    Context,
    choose,
    context_countries,
    link,
    window_countries,
)

ISTRA_RU = Place(555746, "Istra", "RU", 55.9, 36.9, 33390, "place")
ISTRES_FR = Place(3012647, "Istres", "FR", 43.5, 4.98, 44373, "place")


def test_country_context_picks_the_homonym():
    assert choose([ISTRES_FR, ISTRA_RU], Context(overall=Counter({"RU": 3})), "Istra") == ISTRA_RU


def test_without_context_the_current_name_wins_over_an_alternate_one():
    assert choose([ISTRES_FR, ISTRA_RU], Context(), "Istra") == ISTRA_RU


def test_countries_named_next_to_the_place_come_first():
    text = "Des missiles ont visé Pokrovsk, dans l'est de l'Ukraine, selon les Russes et Moscou."
    start = text.index("Pokrovsk")
    local = window_countries(text, start, start + 8)
    assert local["UA"] > 0


def test_adjectives_and_names_both_point_at_countries():
    counts = context_countries("L'armée russe a frappé l'Ukraine depuis la Biélorussie.")
    assert counts["RU"] == 1 and counts["UA"] == 2 and counts["BY"] == 2


def test_a_region_gets_an_oblast_name_and_no_link():
    geo, canonical = link("Kharkiv", default_gazetteer(), Context(overall=Counter({"UA": 1})), region=True)
    assert geo is None and canonical == "Kharkiv Oblast"


def test_a_district_adjective_links_to_its_town():
    geo, _ = link("Podolsky", default_gazetteer(), Context(overall=Counter({"RU": 1})), region=False)
    assert geo is not None and geo.geonames_id == 508101


def test_roads_are_not_linked_to_the_city_they_lead_to():
    assert link("autoroute de Minsk", default_gazetteer(), Context(), region=False) == (None, None)
