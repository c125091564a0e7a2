import pytest

from extract.normalize.quantity_draft import singular


@pytest.mark.parametrize("plural, lemma", [
    ("drones", "drone"), ("personnes", "personne"), ("hôpitaux", "hôpital"), ("obus", "obus"), ("fois", "fois"),
    ("bateaux", "bateau"), ("civils", "civil"), ("Français", "français"),
])
def test_singular_of_french_nouns(plural, lemma):
    assert singular(plural) == lemma
