import pytest
from records_builder import document, geo, loc, qty, timex
from records_builder import only_event as event

pytestmark = pytest.mark.slow

TUESDAY = timex("mardi", "DATE", "2024-05-14")


def test_counts_go_to_the_verb_that_governs_them():
    found = event(document(
        "L'armée a tiré 14 missiles sur Dnipro mardi ; 9 ont été interceptés.",
        entities=[loc("Dnipro", geo=geo(709930, "Dnipro", "UA", 48.46664, 35.04066))],
        quantities=[qty("14", 14, counted="missile"), qty("9", 9, counted="missile")],
        timexes=[TUESDAY]))
    assert (found.launched.value, found.intercepted.value) == (14, 9)


def test_an_article_counts_one():
    doc = document("Un drone s'est écrasé mardi sur une usine de Koursk.",
                   entities=[loc("Koursk", geo=geo(538560, "Kursk", "RU", 51.72689, 36.18457))],
                   timexes=[TUESDAY])
    assert event(doc).launched.value == 1


def test_people_counts_by_their_words():
    found = event(document(
        "Une frappe de missile a tué quatre personnes à Soumy mardi et en a blessé onze.",
        entities=[loc("Soumy", geo=geo(692194, "Sumy", "UA", 50.91741, 34.79906))],
        quantities=[qty("quatre", 4, counted="personne"), qty("onze", 11, counted="personne")],
        timexes=[TUESDAY]))
    assert found.killed.value == 4
