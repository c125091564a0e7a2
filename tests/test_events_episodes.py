from extract.events.episodes import _dates_agree, _kinds_agree, places_agree, same_place
from extract.records import Entity, Geo


def place(text, lat=None, lon=None, canonical=None):
    geo = Geo(geonames_id=1, name=canonical or text, country="UA", lat=lat, lon=lon) if lat is not None else None
    return Entity(id="e", label="LOC", canonical=canonical or text, geo=geo, start=0, end=len(text), raw_start=0,
                  raw_end=len(text), text=text)


KYIV = place("Kiev", 50.45, 30.52, "Kyiv")
BROVARY = place("Brovary", 50.51, 30.79)
LVIV = place("Lviv", 49.84, 24.03)


def test_a_city_and_its_suburbs_are_one_place_and_far_cities_are_not():
    assert same_place(KYIV, BROVARY) and not same_place(KYIV, LVIV)


def test_places_off_the_map_neither_confirm_nor_contradict():
    estate = place("Domaine des Pins")
    assert places_agree([estate], [KYIV]) is None
    assert places_agree([LVIV], [KYIV]) is False
    assert places_agree([BROVARY], [KYIV]) is True


def test_a_region_matches_its_namesake_by_name():
    assert same_place(place("région de Kiev", canonical="Kyiv Oblast"), place("Kiev", canonical="Kyiv"))


def test_dates_must_be_equal_when_both_are_known():
    assert _dates_agree(None, "2024-05-14") and not _dates_agree("2024-05", "2024-05-14")


def test_an_explosion_joins_a_weapon_attack_but_not_the_reverse():
    assert _kinds_agree("drone", "explosion") and not _kinds_agree("explosion", "drone")
    assert _kinds_agree("missile", "unknown") and not _kinds_agree("drone", "missile")


def test_thousands_of_mentions_of_one_attack_make_one_episode_quickly():
    # (each mention used to be compared with every place and count of the episode so far)
    import time

    from extract.events.episodes import Member, group
    from extract.events.mentions import Clause, Mention
    from extract.events.slots import Slots
    from extract.records import Count

    count = Count(value=12, low=12, high=12, qualifier="exact", quantity=None)
    members = [Member(Mention(Clause(i, i + 1, None), "drone"),  # (grouping reads no parse: no sentence)
                      Slots(date="2024-05-14", places=[KYIV, BROVARY], counts={"launched": count}), i)
               for i in range(5_000)]
    started = time.perf_counter()
    [episode] = group(members)
    assert len(episode.members) == 5_000 and episode.date == "2024-05-14" and len(episode.places) == 10_000
    assert time.perf_counter() - started < 2
