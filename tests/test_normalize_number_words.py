from extract.normalize.number_words import find_cores


def values(text):
    return [(text[c.start:c.end], c.value) for c in find_cores(text)]


def test_digits_with_french_separators_and_decimal_comma():
    found = values("1 200 habitants, 1\u00a0500 soldats et 4,8 kilomètres")
    assert ("1 200", 1200) in found and ("1\u00a0500", 1500) in found and ("4,8", 4.8) in found


def test_number_words_and_multipliers():
    found = values("trente-quatre drones et 60 milliards de dollars, quatre-vingt-deux blessés")
    assert ("trente-quatre", 34) in found and ("60 milliards", 60_000_000_000) in found
    assert ("quatre-vingt-deux", 82) in found


def test_vague_amounts():
    found = dict(values("une centaine de maisons et des dizaines de blessés"))
    assert found["une centaine"] == 100 and found["des dizaines"] == 10
