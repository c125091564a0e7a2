import pytest
from records_builder import document, events_of, geo, loc, misc, org, per, qty, timex

pytestmark = pytest.mark.slow

KHARKIV = geo(706483, "Kharkiv", "UA", 49.98177, 36.25475)
DNIPRO = geo(709930, "Dnipro", "UA", 48.46664, 35.04066)
TUESDAY = timex("mardi", "DATE", "2024-05-14")


def test_one_attack_told_twice_is_one_event_with_every_slot():
    [event] = events_of(document(
        "Dans la nuit de lundi à mardi, la Russie a lancé 25 drones Shahed sur Odessa, a indiqué l'armée de l'air "
        "ukrainienne. Tous ont été abattus. Un drone a touché un entrepôt du port, blessant deux personnes, selon le "
        "gouverneur Oleh Kiper.",
        entities=[loc("Russie", geo=geo(2017370, "Russia", "RU", 54.52037, 51.8399)),
                  misc("Shahed", source="MISC_weapon"),
                  loc("Odessa", geo=geo(698740, "Odesa", "UA", 46.48572, 30.74383)),
                  org("armée de l'air ukrainienne", source="ORG_institution"),
                  per("Oleh Kiper")],
        quantities=[qty("25", 25, counted="drone"), qty("deux", 2, counted="personne")],
        timexes=[timex("la nuit de lundi à mardi", "TIME", "2024-05-14TNI")]))
    assert (event.attack_type, event.date, event.country) == ("drone", "2024-05-14", "UA")
    assert [place.geonames_id for place in event.locations] == [698740]
    assert event.attacker.country == "RU"
    assert event.launched.value == 25 and event.intercepted.value == 25
    assert event.injured.value == 2
    assert {w.model for w in event.weapons} == {"Shahed"}
    assert {r.canonical for r in event.reported_by} == {"armée de l'air ukrainienne", "Oleh Kiper"}


def test_two_places_and_a_contrast_make_two_events():
    found = events_of(document(
        "Douze drones ukrainiens ont été abattus au-dessus de la région de Koursk, tandis que cinq autres ont été "
        "détruits près de Rostov-sur-le-Don, selon le ministère russe de la Défense.",
        entities=[loc("Koursk", canonical="Kursk Oblast"),
                  loc("Rostov-sur-le-Don", geo=geo(501175, "Rostov-on-Don", "RU", 47.21997, 39.70769)),
                  org("ministère russe de la Défense", source="ORG_ministry")],
        quantities=[qty("Douze", 12, counted="drone"), qty("cinq", 5, counted="drone")]))
    assert sorted((e.intercepted.value, e.country) for e in found) == [(5, "RU"), (12, "RU")]


def test_threats_and_aggregates_give_no_event():
    doc = document(
        "Moscou a promis de riposter. Des dizaines d'attaques de drones ont visé la région ces derniers mois.",
        entities=[loc("Moscou", geo=geo(524901, "Moscow", "RU", 55.75204, 37.61781))],
        quantities=[qty("Des dizaines", 10, qualifier="approx", high=None, counted="attaque")],
        timexes=[timex("ces derniers mois", "DURATION", "PXM", anchor=None)])
    assert events_of(doc) == []


def test_no_victims_means_zero_killed_and_injured():
    [event] = events_of(document(
        "Un missile s'est abattu mardi sur un champ près de Dnipro, sans faire de victimes.",
        entities=[loc("Dnipro", geo=DNIPRO)],
        timexes=[TUESDAY]))
    assert (event.killed.value, event.injured.value) == (0, 0)


def test_explain_names_the_rules():
    [event] = events_of(document("Un drone a frappé Kharkiv mardi.",
                                 entities=[loc("Kharkiv", geo=KHARKIV)], timexes=[TUESDAY]), explain=True)
    assert "attack_type" in event.explain and "date" in event.explain


def test_explain_gives_each_slot_its_rule_and_whole_sentence():
    text = "Deux drones lancés par la Russie ont frappé Kharkiv mardi, sans faire de victimes, a annoncé le maire."
    [event] = events_of(document(text, entities=[loc("Russie"), loc("Kharkiv", geo=KHARKIV)],
                                 timexes=[TUESDAY]), explain=True)
    assert "[agent after 'lancés par la'" in event.explain["attacker"]
    assert "[a zero toll" in event.explain["killed"]
    assert event.explain["date"].endswith(repr(text))  # the sentence, whole


def test_a_place_linked_into_a_country_the_article_never_names_yields_to_the_named_one():
    # "Houla" exists in Syria and in Lebanon; an article about south Lebanon names Lebanon twice
    text = ("Au Liban, une frappe a détruit une maison à Houla mardi. "
            "Le Liban a saisi l'ONU, a indiqué Beyrouth.")
    houla_in_syria = geo(168668, "Al-Houla", "SY", 34.88, 36.51)
    lebanon = geo(272103, "Lebanon", "LB", 33.83, 35.83)
    beirut = geo(276781, "Beirut", "LB", 33.89, 35.50)
    [event] = events_of(document(text, entities=[loc("Liban", geo=lebanon), loc("Houla", geo=houla_in_syria),
                                                 loc("Liban", geo=lebanon, nth=2), loc("Beyrouth", geo=beirut)],
                                 timexes=[TUESDAY]))
    assert event.country == "LB"
