import datetime as dt

from extract.normalize.timex.calendar import (
    at_granularity,
    month_day_date,
    month_year,
    shift,
    two_digit_year,
    weekday_date,
)

THURSDAY = dt.date(2024, 3, 21)


def test_weekday_directions():
    assert weekday_date(THURSDAY, 4, "past") == THURSDAY
    assert weekday_date(THURSDAY, 5, "past") == dt.date(2024, 3, 15)
    assert weekday_date(THURSDAY, 5, "future") == dt.date(2024, 3, 22)
    assert weekday_date(THURSDAY, 5, "nearest") == dt.date(2024, 3, 22)
    assert weekday_date(THURSDAY, 1, "nearest") == dt.date(2024, 3, 18)
    assert weekday_date(THURSDAY, 4, "strict_past") == dt.date(2024, 3, 14)


def test_a_date_without_year_follows_the_tense():
    assert month_day_date(THURSDAY, 1, 20, "past") == dt.date(2024, 1, 20)
    assert month_day_date(THURSDAY, 1, 20, "future") == dt.date(2025, 1, 20)
    assert month_day_date(dt.date(2024, 11, 10), 1, 20, "nearest") == dt.date(2025, 1, 20)


def test_a_month_alone_takes_the_year_of_its_direction():
    assert month_year(THURSDAY, 2, "past") == 2024
    assert month_year(THURSDAY, 6, "past") == 2023
    assert month_year(THURSDAY, 6, "future") == 2024


def test_shifts_and_granularity():
    assert shift(dt.date(2024, 3, 31), -1, "M") == dt.date(2024, 2, 29)
    assert at_granularity(THURSDAY, "W") == "2024-W12"
    assert at_granularity(shift(THURSDAY, -3, "Y"), "Y") == "2021"


def test_two_digit_years():
    assert two_digit_year(93, dt.date(2002, 1, 1)) == 1993
    assert two_digit_year(5, dt.date(2002, 1, 1)) == 2005
