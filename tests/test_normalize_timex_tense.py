import pytest

from extract.normalize.timex.tense import MorphologyTense


@pytest.mark.parametrize("sentence, word, expected", [
    ("Le conseil a voté mardi une nouvelle loi.", "mardi", "past"),
    ("Le conseil votera mardi une nouvelle loi.", "mardi", "future"),
    ("Le ministre va se rendre jeudi à Lyon.", "jeudi", "future"),
    ("Les ministres se réunissent jeudi et vendredi à Paris.", "vendredi", "nearest"),
    ("Un camion s'est renversé lundi sur l'autoroute.", "lundi", "past"),
    ("La cérémonie est prévue pour le 12 mai, a dit le maire.", "12 mai", "nearest"),
    ("Les habitants attendaient samedi des nouvelles.", "samedi", "past"),
])
def test_direction_from_the_verb_forms(sentence, word, expected):
    assert MorphologyTense(sentence).direction_at(sentence.index(word)) == expected


def test_the_clause_comes_before_the_rest_of_the_sentence():
    sentence = "La réunion, qui se tiendra lundi, a été annoncée hier."
    assert MorphologyTense(sentence).direction_at(sentence.index("lundi")) == "future"
