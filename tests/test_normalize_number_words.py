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


# Runs of number words that do not make one number: each word used to be tried with every end of
# the run (text2num called a square number of times); now each start gallops to its longest reading.
def test_thousands_of_number_words_in_a_row_are_read_one_by_one_quickly():
    import time

    words = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"]
    text = " ".join(words[i % len(words)] for i in range(40_000))
    started = time.perf_counter()
    cores = find_cores(text)
    assert len(cores) == 40_000 and [c.value for c in cores[:3]] == [2, 3, 4]
    assert time.perf_counter() - started < 4


def test_a_long_readable_run_is_still_one_number():
    assert values("zéro " * 2_000 + "un") == [("zéro " * 2_000 + "un", 1)]
    assert values("deux cent quarante-trois mille sept cent vingt-quatre douze") == [
        ("deux cent quarante-trois mille sept cent vingt-quatre", 243724), ("douze", 12)]
    assert values("quatre-vingt-dix-huit deux") == [("quatre-vingt-dix-huit", 98), ("deux", 2)]
