from extract.geo.heads import PLACE_CUES, REGION_HEADS, ROAD_HEADS


def test_region_heads_are_the_place_cues_that_name_a_region():
    assert set(REGION_HEADS) == {"région", "oblast", "province", "territoire"}
    assert all(PLACE_CUES[head] == "region" for head in REGION_HEADS)


def test_towns_and_districts_are_places_not_regions():
    assert PLACE_CUES["village"] == PLACE_CUES["district"] == "place"
    assert "autoroute" in ROAD_HEADS and "autoroute" not in PLACE_CUES
