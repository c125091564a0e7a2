import pytest
from records_builder import document, geo, loc, qty, timex

from extract.events.mentions import (
    NamedWeapon,
    attack_type,
    clauses,
    excluded,
    read_mention,
    sentences,
)
from extract.nlp import load_pipeline

slow = pytest.mark.slow  # loads the spaCy model


def mentions(doc):
    parsed = load_pipeline()(doc.text)
    return [m for m in (read_mention(c, doc) for c in clauses(parsed)) if m]


@slow
def test_a_contrast_clause_is_a_clause_of_its_own():
    parsed = load_pipeline()("Douze drones ont été abattus à Koursk, tandis que cinq autres ont été détruits à Orel.")
    assert len(clauses(parsed)) == 2


@slow
def test_sentences_do_not_break_at_names_or_hyphens():
    parsed = load_pipeline()("Le chef d'état-major, Oleksandr Syrsky, a parlé. Le quartier Holosiiv a pris feu.")
    assert [s.text for s in sentences(parsed)] == ["Le chef d'état-major, Oleksandr Syrsky, a parlé.",
                                                   "Le quartier Holosiiv a pris feu."]


@pytest.mark.parametrize("text, expected", [
    ("Moscou promet de riposter après les frappes.", "threat"),
    ("L'attaque aurait pu viser la centrale.", "hypothesis"),
    ("L'armée a démenti toute frappe sur la ville.", "denial"),
    ("La région a été frappée à plusieurs reprises par des drones.", "aggregate"),
    ("Une série de frappes a visé le port ces derniers mois.", "aggregate"),
])
def test_clauses_that_report_no_attack(text, expected):
    assert excluded(text, dated=False) == expected


def test_a_dated_series_is_an_episode():
    assert excluded("L'armée a lancé lundi une série de frappes sur le port.", dated=True) is None


def test_attack_type_by_weapon_then_attack_noun():
    assert attack_type("un bombardement a touché le marché", []) == "artillery"
    assert attack_type("une frappe aérienne a visé le camp", []) == "air_strike"
    assert attack_type("une attaque contre la ville", []) == "unknown"
    assert attack_type("des missiles ont frappé", [NamedWeapon("cruise_missile", None, 4)]) == "missile"


@slow
def test_an_elided_weapon_count_is_a_trigger():
    [_first, second] = mentions(document(
        "Douze drones ont été abattus au-dessus de Koursk, tandis que cinq autres ont été détruits dans la "
        "région d'Orel.",
        entities=[loc("Koursk", geo=geo(538560, "Kursk", "RU", 51.72689, 36.18457)),
                  loc("Orel", canonical="Orël Oblast")],
        quantities=[qty("Douze", 12, counted="drone"), qty("cinq", 5, counted="drone")]))
    assert second.attack_type == "drone" and second.new_episode


@slow
def test_casualties_without_a_weapon_follow_the_episode():
    found = mentions(document(
        "Un drone a frappé un immeuble de Kharkiv mardi. Trois personnes ont été blessées.",
        entities=[loc("Kharkiv", geo=geo(706483, "Kharkiv", "UA", 49.98177, 36.25475))],
        quantities=[qty("Trois", 3, counted="personne")],
        timexes=[timex("mardi", "DATE", "2024-05-14")]))
    assert [m.follow_up for m in found] == [False, True]


def test_clause_breaks_are_finditer_matches_found_without_rescanning_blanks():
    # (a clause break was searched from every space of a long run, each search rescanning it)
    import re
    import time

    from extract.events.mentions import clause_breaks
    from extract.lang.fr import events as lx

    text = "40 drones : 25 au-dessus de Koursk et 15 près d'Orel ;  tandis que douze autres, mais aussi"
    for start in range(0, len(text), 7):
        expected = [m.span() for m in re.compile(lx.CLAUSE_BREAK.pattern, re.I).finditer(text, start, len(text))]
        assert [m.span() for m in clause_breaks(text, start, len(text))] == expected
    long_line = "Une ligne" + " " * 20_000 + "qui continue ; puis" + " " * 20_000 + "fin"
    started = time.perf_counter()
    assert [m.group() for m in clause_breaks(long_line, 0, len(long_line))] == [" ; "]
    assert time.perf_counter() - started < 2
