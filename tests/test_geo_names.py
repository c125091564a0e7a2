import pytest

from extract.geo.names import translit_key


@pytest.mark.parametrize("french, english", [
    ("Vorobiov", "Vorobyov"), ("Sergueï", "Sergey"), ("Viatcheslav", "Vyacheslav"), ("Poutine", "Putin"),
    ("Holosiiv", "Holosiyiv"), ("Zaporijjia", "Zaporizhzhia"), ("Chevtchenko", "Shevchenko"),
    ("Choïgou", "Shoigu"),
])
def test_transliteration_variants_share_a_key(french, english):
    assert translit_key(french) == translit_key(english)


def test_different_names_keep_different_keys():
    assert translit_key("Sobianine") != translit_key("Sobtchak")
