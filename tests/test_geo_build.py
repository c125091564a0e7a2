from extract.geo.build import usable_name


def test_names_that_can_be_french_proper_nouns_are_kept():
    assert usable_name("Moscou") and usable_name("Sergiyev Posad") and usable_name("L’Haÿ-les-Roses")


def test_airport_codes_scripts_and_function_words_are_left_out():
    assert not usable_name("MOW")
    assert not usable_name("Москва")
    assert not usable_name("mosko")
    assert not usable_name("Dans")
