import pytest
from conftest import only_event

pytestmark = pytest.mark.slow


event = only_event


def test_counts_go_to_the_verb_that_governs_them():
    found = event("L'armée a tiré 14 missiles sur Dnipro mardi ; 9 ont été interceptés.")
    assert (found.launched.value, found.intercepted.value) == (14, 9)


def test_an_article_counts_one():
    assert event("Un drone s'est écrasé mardi sur une usine de Koursk.").launched.value == 1


def test_people_counts_by_their_words():
    found = event("Une frappe de missile a tué quatre personnes à Soumy mardi et en a blessé onze.")
    assert found.killed.value == 4
