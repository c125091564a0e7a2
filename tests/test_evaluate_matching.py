from extract.evaluate.matching import (
    actor_match,
    location_match,
    names_match,
    reporter_match,
)
from extract.lang.fr.text import name_key


def test_fold_removes_case_accents_and_apostrophes():
    assert name_key("Ministère russe de l’Économie") == "ministere russe de l economie"


def test_location_matches_on_geonames_id_when_both_have_one():
    assert location_match({"text": "Kiev", "geonames_id": 703448}, {"text": "Kyiv", "geonames_id": 703448})
    assert not location_match({"text": "Istra", "geonames_id": 555746}, {"text": "Istra", "geonames_id": 3012345})


def test_location_matches_as_whole_words_inside_the_other():
    assert location_match({"text": "Odesa", "canonical": "Odesa", "geonames_id": None},
                          {"text": "région d'Odesa", "canonical": "Odesa Oblast", "geonames_id": None})
    assert not names_match("Orel", "Orelka")


def test_actor_matches_on_country_then_text():
    assert actor_match({"text": "forces de Kiev", "country": "UA"}, {"text": "l'armée ukrainienne", "country": "UA"})
    assert actor_match({"text": "le Hamas", "country": None}, {"text": "Hamas", "country": None})
    assert not actor_match({"text": "x", "country": "UA"}, None)


def test_reporters_match_on_containment_surname_or_word_overlap():
    assert reporter_match({"text": "Zelensky"}, {"text": "Volodymyr Zelensky"})
    assert reporter_match({"text": "Andrey Vorobyov"}, {"text": "Andreï Vorobyov"})
    assert reporter_match({"text": "ministère russe de la Défense"}, {"text": "le ministère de la Défense russe"})
    assert not reporter_match({"text": "Sergueï Sobianine"}, {"text": "Sergueï Choïgou"})
