import pytest

from extract.geo.names import fold_name, translit_key


def test_fold_removes_case_accents_and_hyphens():
    assert fold_name("États-Unis") == "etats unis"
    assert fold_name("l’Île-de-France") == "l ile de france"


@pytest.mark.parametrize("french, english", [
    ("Vorobiov", "Vorobyov"), ("Sergueï", "Sergey"), ("Viatcheslav", "Vyacheslav"), ("Poutine", "Putin"),
    ("Holosiiv", "Holosiyiv"), ("Zaporijjia", "Zaporizhzhia"), ("Chevtchenko", "Shevchenko"),
    ("Choïgou", "Shoigu"),
])
def test_transliteration_variants_share_a_key(french, english):
    assert translit_key(french) == translit_key(english)


def test_different_names_keep_different_keys():
    assert translit_key("Sobianine") != translit_key("Sobtchak")
