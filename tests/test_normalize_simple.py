from extract.normalize.simple import explicit_dates, numerals


def test_day_month_year_and_partial_dates():
    text = "Le 8 juin 2022, puis le 1er mars, et enfin en février 2023."
    assert [(text[s:e], v) for s, e, v in explicit_dates(text, "2023-05-30")] == [
        ("Le 8 juin 2022", "2022-06-08"), ("le 1er mars", "2023-03-01"), ("février 2023", "2023-02")]


def test_partial_date_without_dct_keeps_an_unknown_year():
    assert [v for *_, v in explicit_dates("le 3 avril", None)] == ["XXXX-04-03"]


def test_french_digit_groups_and_decimal_comma():
    text = "1 200 habitants, 1\u00a0500 soldats et 4,8 millions."
    assert [(v, w) for _, _, v, w in numerals(text)] == [(1200, "habitants"), (1500, "soldats"), (4.8, "millions")]


def test_numbers_inside_names_are_not_counts():
    assert list(numerals("l'autoroute M-1 et la chaîne East2West")) == []
