import pytest
from conftest import only_event

pytestmark = pytest.mark.slow


def reporters(text):
    return {r.canonical for r in only_event(text).reported_by}


def test_named_subject_of_a_reporting_verb():
    assert reporters("Deux drones ont frappé Kharkiv mardi, a déclaré le maire Ihor Terekhov.") == {"Ihor Terekhov"}


def test_selon_and_unnamed_sources():
    assert reporters("Selon des sources locales, un drone a frappé Kharkiv mardi.") == set()
    assert reporters("Un drone a frappé Kharkiv mardi, selon l'armée de l'air ukrainienne.") == {
        "armée de l'air ukrainienne"}
