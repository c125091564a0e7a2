import pytest

from extract.lang.fr.text import fold, name_key, singular, strip_accents


def test_accents_go_letters_stay():
    assert strip_accents("Sergueï Choïgou, été") == "Serguei Choigou, ete"


def test_fold_lowers_and_plains_apostrophes_and_hyphens_but_keeps_them():
    assert fold("L’armée") == "l'armee"
    assert fold("Kh‑101") == "kh-101"
    assert fold("Shahed–136") == "shahed-136"
    assert fold(None) == "" and fold("") == ""


def test_name_key_removes_case_accents_hyphens_and_punctuation():
    assert name_key("États-Unis") == "etats unis"
    assert name_key("l’Île-de-France") == "l ile de france"
    assert name_key("Tel-Aviv") == name_key("Tel Aviv")
    assert name_key("« Cocos (Keeling) »") == "cocos keeling"


@pytest.mark.parametrize("plural, lemma", [
    ("drones", "drone"), ("personnes", "personne"), ("civils", "civil"), ("blessés", "blessé"),
    ("appartements", "appartement"), ("obus", "obus"), ("fois", "fois"), ("hôpitaux", "hôpital"),
    ("bateaux", "bateau"), ("Missiles", "missile"), ("Français", "français"), ("feux", "feu"),
])
def test_singular_of_french_nouns(plural, lemma):
    assert singular(plural) == lemma
