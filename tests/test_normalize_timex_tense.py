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


def test_a_question_costs_a_few_bisections_not_a_scan_of_the_text():
    import time

    text = "Il a attendu " + "lundi " * 20_000 + "et il viendra."
    tense = MorphologyTense(text)
    started = time.perf_counter()
    directions = {tense.direction_at(offset) for offset in range(13, len(text) - 20, 6)}
    assert directions == {"past", "future"}
    assert time.perf_counter() - started < 2
