import re

from extract.lang.fr.calendar import MONTH_ABBREVIATIONS, MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS


def test_weekdays_are_numbered_from_monday():
    assert WEEKDAYS["lundi"] == 1 and WEEKDAYS["dimanche"] == 7 and len(WEEKDAYS) == 7
    assert re.fullmatch(WEEKDAY_PATTERN, "mercredi")


def test_the_month_pattern_holds_full_names_longest_first_and_no_abbreviation():
    assert re.fullmatch(MONTH_PATTERN, "septembre") and re.fullmatch(MONTH_PATTERN, "aout")
    assert not re.fullmatch(MONTH_PATTERN, "sept")
    assert all(MONTHS[abbreviation] for abbreviation in MONTH_ABBREVIATIONS)
    assert re.match(MONTH_PATTERN, "septembre").group() == "septembre"
