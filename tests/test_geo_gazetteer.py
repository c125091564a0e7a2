from extract.geo.gazetteer import default_gazetteer


def test_french_exonyms_find_their_geonames_places():
    gazetteer = default_gazetteer()
    assert 524901 in {p.geonames_id for p in gazetteer.lookup("Moscou")}
    assert 703448 in {p.geonames_id for p in gazetteer.lookup("Kiev")}
    assert 2017370 in {p.geonames_id for p in gazetteer.lookup("Russie")}


def test_transliteration_variant_falls_back_on_the_key():
    assert {p.geonames_id for p in default_gazetteer().lookup("Holosiiv")} == {13535744}


def test_common_french_words_are_not_places():
    gazetteer = default_gazetteer()
    assert not gazetteer.is_place("Selon") and not gazetteer.is_place("Mais")
