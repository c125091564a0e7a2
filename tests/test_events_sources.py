import pytest
from records_builder import document, geo, loc, org, per, qty, timex
from records_builder import only_event as event

pytestmark = pytest.mark.slow

KHARKIV = loc("Kharkiv", geo=geo(706483, "Kharkiv", "UA", 49.98177, 36.25475))
TUESDAY = timex("mardi", "DATE", "2024-05-14")


def reporters(doc):
    return {r.canonical for r in event(doc).reported_by}


def test_named_subject_of_a_reporting_verb():
    doc = document("Deux drones ont frappé Kharkiv mardi, a déclaré le maire Ihor Terekhov.",
                   entities=[KHARKIV, per("Ihor Terekhov")],
                   quantities=[qty("Deux", 2, counted="drone")],
                   timexes=[TUESDAY])
    assert reporters(doc) == {"Ihor Terekhov"}


def test_selon_and_unnamed_sources():
    unnamed = document("Selon des sources locales, un drone a frappé Kharkiv mardi.",
                       entities=[KHARKIV], timexes=[TUESDAY])
    assert reporters(unnamed) == set()
    named = document("Un drone a frappé Kharkiv mardi, selon l'armée de l'air ukrainienne.",
                     entities=[KHARKIV, org("armée de l'air ukrainienne", source="ORG_institution")],
                     timexes=[TUESDAY])
    assert reporters(named) == {"armée de l'air ukrainienne"}


def test_what_follows_faire_etat_de_is_the_fact_not_its_source():
    doc = document("Un drone a frappé Kharkiv mardi. Les médias locaux ont fait état de multiples explosions.",
                   entities=[KHARKIV], timexes=[TUESDAY])
    assert reporters(doc) == set()


def test_a_platform_pronoun_or_civility_is_not_the_source():
    doc = document("Un drone a frappé Kharkiv mardi, a écrit sur Telegram le maire Ihor Terekhov. "
                   "Celle-ci a précisé que M. Terekhov était sur place.",
                   entities=[KHARKIV, org("Telegram"), per("Ihor Terekhov")], timexes=[TUESDAY])
    assert reporters(doc) == {"Ihor Terekhov"}


def test_a_statement_platform_ends_an_untagged_name():
    doc = document("Un drone a frappé Kharkiv mardi, a indiqué le Parquet régional sur Telegram.",
                   entities=[KHARKIV], timexes=[TUESDAY])
    assert reporters(doc) == {"Parquet régional"}
