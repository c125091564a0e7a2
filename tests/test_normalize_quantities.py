"""The quantity finder on French sentences written for these tests.

Each case checks the whole reading: (extent text, value, low, high, qualifier, unit, counted).
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from extract.nlp import load_pipeline
from extract.normalize.quantities import find_quantities

pytestmark = pytest.mark.slow

Reading = tuple[str, float | None, float | None, float | None, str, str | None, str | None]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def read(nlp, text: str, exclude: list[tuple[int, int]] | None = None) -> list[Reading]:
    found = find_quantities(nlp(text), text, exclude or [])
    return [(text[q.start:q.end], q.value, q.low, q.high, q.qualifier, q.unit, q.counted) for q in found]


# ------------------------------------------------------------------ digits and number words


def test_digits_with_french_thousands_separators(nlp):
    text = "La ville compte 1 200 abris, 1\u00a0500 sirènes et 1\u202f800 pompiers."
    assert read(nlp, text) == [
        ("1 200", 1200, 1200, 1200, "exact", None, "abri"),
        ("1\u00a0500", 1500, 1500, 1500, "exact", None, "sirène"),
        ("1\u202f800", 1800, 1800, 1800, "exact", None, "pompier"),
    ]


def test_decimal_comma_with_a_percent_unit(nlp):
    text = "Le chômage a atteint 4,8 % dans la région."
    assert read(nlp, text) == [("4,8", 4.8, 4.8, 4.8, "exact", "%", None)]


def test_thousands_dot_is_read_as_a_group_separator(nlp):
    text = "La commune a reçu 2.500 euros de dons."
    assert read(nlp, text) == [("2.500", 2500, 2500, 2500, "exact", "EUR", None)]


def test_multiplier_words_after_digits(nlp):
    text = "Le plan prévoit 60 milliards de dollars, puis 2,5 millions d'euros et 3 000 milliards de roubles."
    assert read(nlp, text) == [
        ("60 milliards", 60_000_000_000, 60_000_000_000, 60_000_000_000, "exact", "USD", None),
        ("2,5 millions", 2_500_000, 2_500_000, 2_500_000, "exact", "EUR", None),
        ("3 000 milliards", 3_000_000_000_000, 3_000_000_000_000, 3_000_000_000_000, "exact", "RUB", None),
    ]


def test_compound_number_words(nlp):
    text = "On a recensé trente-quatre cratères, deux cents volontaires et quatre-vingt-deux ambulances."
    assert read(nlp, text) == [
        ("trente-quatre", 34, 34, 34, "exact", None, "cratère"),
        ("deux cents", 200, 200, 200, "exact", None, "volontaire"),
        ("quatre-vingt-deux", 82, 82, 82, "exact", None, "ambulance"),
    ]


def test_vingt_et_un_and_mille_are_numbers(nlp):
    text = "Vingt et un soldats gardent mille réfugiés."
    assert read(nlp, text) == [
        ("Vingt et un", 21, 21, 21, "exact", None, "soldat"),
        ("mille", 1000, 1000, 1000, "exact", None, "réfugié"),
    ]


def test_word_millions_take_the_noun_after_de(nlp):
    text = "La guerre a déplacé trois millions d'habitants."
    assert read(nlp, text) == [("trois millions", 3_000_000, 3_000_000, 3_000_000, "exact", None, "habitant")]


def test_bare_article_un_une_is_not_a_quantity(nlp):
    text = "Un missile a touché une école et l'un d'eux a explosé près d'un pont."
    assert read(nlp, text) == []


def test_au_moins_une_is_a_quantity(nlp):
    text = "L'explosion a blessé au moins une passante."
    assert read(nlp, text) == [("au moins une", 1, 1, None, "at_least", None, "passante")]


# ------------------------------------------------------------------ vague amounts


def test_singular_approximate_noun_has_no_bounds(nlp):
    text = "Une centaine de roquettes et une vingtaine d'obus sont tombés, ainsi qu'un millier de balles."
    assert read(nlp, text) == [
        ("Une centaine", 100, None, None, "approx", None, "roquette"),
        ("une vingtaine", 20, None, None, "approx", None, "obus"),
        ("un millier", 1000, None, None, "approx", None, "balle"),
    ]


def test_dizaine_counts_the_noun_after_de(nlp):
    text = "Une dizaine de drones ont survolé le port."
    assert read(nlp, text) == [("Une dizaine", 10, None, None, "approx", None, "drone")]


def test_plural_approximate_nouns_are_lower_bounds(nlp):
    text = "Des dizaines de maisons, des centaines de voitures et des milliers de vitres ont été détruites."
    assert read(nlp, text) == [
        ("Des dizaines", 10, 10, None, "approx", None, "maison"),
        ("des centaines", 100, 100, None, "approx", None, "voiture"),
        ("des milliers", 1000, 1000, None, "approx", None, "vitre"),
    ]


def test_plusieurs_centaines_is_a_lower_bound(nlp):
    text = "Plusieurs centaines de soldats ont été déployés."
    assert read(nlp, text) == [("Plusieurs centaines", 100, 100, None, "approx", None, "soldat")]


def test_approximate_distance_is_a_measure(nlp):
    text = "Le missile est tombé à une centaine de kilomètres de la frontière."
    assert read(nlp, text) == [("une centaine", 100, None, None, "approx", "km", None)]


def test_tens_of_thousands(nlp):
    text = "Des dizaines de milliers de manifestants ont défilé."
    assert read(nlp, text) == [("Des dizaines de milliers", 10_000, 10_000, None, "approx", None, "manifestant")]


# ------------------------------------------------------------------ qualifiers


def test_au_moins_is_a_lower_bound(nlp):
    text = "Au moins 12 obus ont frappé le quartier."
    assert read(nlp, text) == [("Au moins 12", 12, 12, None, "at_least", None, "obus")]


def test_plus_de_is_more_than(nlp):
    text = "Plus de 40 fenêtres ont été soufflées."
    assert read(nlp, text) == [("Plus de 40", 40, 40, None, "more_than", None, "fenêtre")]


def test_au_dela_de_is_more_than(nlp):
    text = "Les dégâts s'étendent au-delà de 300 mètres."
    assert read(nlp, text) == [("au-delà de 300", 300, 300, None, "more_than", "m", None)]


def test_pres_de_and_environ_are_approximate(nlp):
    text = "Près de 200 habitants et environ 50 secouristes étaient sur place."
    assert read(nlp, text) == [
        ("Près de 200", 200, None, None, "approx", None, "habitant"),
        ("environ 50", 50, None, None, "approx", None, "secouriste"),
    ]


def test_quelque_before_a_number_is_approximate(nlp):
    text = "Quelque 3 000 réservistes ont été rappelés."
    assert read(nlp, text) == [("Quelque 3 000", 3000, None, None, "approx", None, "réserviste")]


def test_jusqu_a_is_an_upper_bound(nlp):
    text = "Le système peut intercepter jusqu'à 40 cibles."
    assert read(nlp, text) == [("jusqu'à 40", 40, None, 40, "at_most", None, "cible")]


def test_moins_de_is_less_than(nlp):
    text = "Moins de 15 appareils ont atteint leur objectif."
    assert read(nlp, text) == [("Moins de 15", 15, None, 15, "less_than", None, "appareil")]


def test_au_plus_is_at_most(nlp):
    text = "Le convoi comptait au plus 8 camions."
    assert read(nlp, text) == [("au plus 8", 8, None, 8, "at_most", None, "camion")]


def test_qualifier_before_an_approximate_noun(nlp):
    text = "Plus d'une vingtaine de blessés ont été soignés."
    assert read(nlp, text) == [("Plus d'une vingtaine", 20, 20, None, "more_than", None, "blessé")]


def test_qualifier_after_the_noun(nlp):
    text = "L'armée a perdu 30 chars au moins."
    assert read(nlp, text) == [("30", 30, 30, None, "at_least", None, "char")]


def test_seulement_is_not_part_of_the_extent(nlp):
    text = "Le village est à seulement 12 km de la ligne de front."
    assert read(nlp, text) == [("12", 12, 12, 12, "exact", "km", None)]


# ------------------------------------------------------------------ ranges


def test_entre_x_et_y_is_a_range(nlp):
    text = "Entre 10 et 15 missiles ont été lancés."
    assert read(nlp, text) == [("Entre 10 et 15", None, 10, 15, "exact", None, "missile")]


def test_de_x_a_y_is_a_range(nlp):
    text = "Chaque salve compte de 20 à 30 roquettes."
    assert read(nlp, text) == [("20 à 30", None, 20, 30, "exact", None, "roquette")]


def test_a_change_de_x_a_y_is_two_numbers(nlp):
    text = "Le bilan est passé de 5 à 9 morts."
    assert read(nlp, text) == [
        ("5", 5, 5, 5, "exact", None, "mort"),
        ("9", 9, 9, 9, "exact", None, "mort"),
    ]


# ------------------------------------------------------------------ units


def test_miles_carry_the_value_in_km(nlp):
    text = "Le dépôt se trouve à 46 miles de la côte."
    found = find_quantities(nlp(text), text, [])
    assert read(nlp, text) == [("46", 46, 46, 46, "exact", "mi", None)]
    assert found[0].value_km == 74.03


def test_converted_value_takes_the_qualifier_of_its_source(nlp):
    text = "Les tirs ont visé une usine à moins de 200 kilomètres (124 miles) de la capitale."
    found = find_quantities(nlp(text), text, [])
    assert read(nlp, text) == [
        ("moins de 200", 200, None, 200, "less_than", "km", None),
        ("124", 124, None, 124, "less_than", "mi", None),
    ]
    assert found[1].value_km == 199.56


def test_km_abbreviation_and_tonnes(nlp):
    text = "La bombe de 3 tonnes a creusé un cratère visible à 2 km."
    assert read(nlp, text) == [
        ("3", 3, 3, 3, "exact", "t", None),
        ("2", 2, 2, 2, "exact", "km", None),
    ]


def test_pour_cent_is_a_percentage(nlp):
    text = "Les prix ont grimpé de trente pour cent."
    assert read(nlp, text) == [("trente", 30, 30, 30, "exact", "%", None)]


def test_currency_sign_before_the_number(nlp):
    text = "Le contrat vaut $800 millions."
    assert read(nlp, text) == [("800 millions", 800_000_000, 800_000_000, 800_000_000, "exact", "USD", None)]


def test_ages_are_quantities_in_years(nlp):
    text = "Un retraité de 71 ans a été blessé ; sa voisine, 68 ans, est indemne. Il est âgé de 45 ans."
    assert read(nlp, text) == [
        ("71", 71, 71, 71, "exact", "year", None),
        ("68", 68, 68, 68, "exact", "year", None),
        ("45", 45, 45, 45, "exact", "year", None),
    ]


# ------------------------------------------------------------------ counted nouns


def test_counted_noun_is_a_singular_lemma_past_autres(nlp):
    text = "Les gardes ont repéré 4 autres embarcations."
    assert read(nlp, text) == [("4", 4, 4, 4, "exact", None, "embarcation")]


def test_elided_noun_after_autres_is_the_noun_counted_before(nlp):
    text = "La défense a détruit 25 drones au-dessus de la ville, tandis que 12 autres ont été brouillés."
    assert read(nlp, text) == [
        ("25", 25, 25, 25, "exact", None, "drone"),
        ("12", 12, 12, 12, "exact", None, "drone"),
    ]


def test_elided_noun_of_a_verb_about_people_is_personne(nlp):
    text = "Un missile a frappé une gare. Une femme est morte et quatre ont été hospitalisés."
    assert read(nlp, text) == [("quatre", 4, 4, 4, "exact", None, "personne")]


def test_elided_noun_in_a_coordination_repeats_the_previous_noun(nlp):
    text = "Huit pompiers ont été blessés en ville et deux dans la banlieue."
    assert read(nlp, text) == [
        ("Huit", 8, 8, 8, "exact", None, "pompier"),
        ("deux", 2, 2, 2, "exact", None, "pompier"),
    ]


def test_partitive_d_entre_takes_the_previous_noun(nlp):
    text = "Au total, 40 personnes ont été évacuées, 6 d'entre elles par hélicoptère."
    assert read(nlp, text) == [
        ("40", 40, 40, 40, "exact", None, "personne"),
        ("6", 6, 6, 6, "exact", None, "personne"),
    ]


def test_tous_deux_counts_the_subject(nlp):
    text = "Les deux ministres se sont tous deux exprimés."
    assert read(nlp, text) == [
        ("deux", 2, 2, 2, "exact", None, "ministre"),
        ("deux", 2, 2, 2, "exact", None, "ministre"),
    ]


def test_total_noun_gives_the_counted_noun(nlp):
    text = "Le nombre de victimes de l'incendie est monté à onze."
    assert read(nlp, text) == [("onze", 11, 11, 11, "exact", None, "victime")]


def test_deux_fois_counts_fois(nlp):
    text = "Le pont a été visé deux fois."
    assert read(nlp, text) == [("deux", 2, 2, 2, "exact", None, "fois")]


def test_nominalised_participle_is_the_counted_noun(nlp):
    text = "Le raid a fait 17 blessés et neuf morts."
    assert read(nlp, text) == [
        ("17", 17, 17, 17, "exact", None, "blessé"),
        ("neuf", 9, 9, 9, "exact", None, "mort"),
    ]


# ------------------------------------------------------------------ not quantities


def test_years_are_not_quantities(nlp):
    text = "En 2014, puis en mars 2022, le conflit a repris."
    assert read(nlp, text) == []


def test_a_four_digit_count_before_a_noun_is_a_quantity(nlp):
    text = "Au printemps 2023, 2000 soldats ont été formés."
    assert read(nlp, text) == [("2000", 2000, 2000, 2000, "exact", None, "soldat")]


def test_days_of_the_month_and_clock_times_are_not_quantities(nlp):
    text = "Du 5 au 7 mai, puis mardi 30, les sirènes ont sonné à 14 h 30 et à 18:45."
    assert read(nlp, text) == []


def test_a_weekday_before_a_count_does_not_make_a_date(nlp):
    text = "L'armée a abattu ce jeudi 31 missiles."
    assert read(nlp, text) == [("31", 31, 31, 31, "exact", None, "missile")]


def test_durations_are_not_quantities(nlp):
    text = "L'alerte a duré 16 minutes, puis 24 heures ; le siège a tenu trois jours et il y a 10 ans."
    assert read(nlp, text) == []


def test_ordinals_are_not_quantities(nlp):
    text = "C'est la troisième attaque du 3e régiment depuis le 1er janvier."
    assert read(nlp, text) == []


def test_numbers_inside_names_are_not_quantities(nlp):
    text = "Un Su-34 a survolé l'autoroute M-1, selon la chaîne East2West, près d'un S-300."
    assert read(nlp, text) == []


def test_reference_numbers_are_not_quantities(nlp):
    text = "L'article 5 du traité et le réacteur 4 sont cités page 12."
    assert read(nlp, text) == []


def test_neuf_meaning_new_is_not_a_quantity(nlp):
    text = "Un immeuble neuf a été touché puis remis à neuf."
    assert read(nlp, text) == []


def test_excluded_spans_hide_their_numbers(nlp):
    text = "Depuis trois semaines, 5 villages sont privés d'eau."
    excluded = [(0, len("Depuis trois semaines"))]
    assert read(nlp, text, excluded) == [("5", 5, 5, 5, "exact", None, "village")]


# ------------------------------------------------------------------ output shape


def test_matches_are_sorted_and_do_not_overlap(nlp):
    text = "Au moins 10 drones, plus de 30 missiles et une centaine de roquettes, puis entre 2 et 4 bombes."
    found = find_quantities(nlp(text), text, [])
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert len(found) == 4
