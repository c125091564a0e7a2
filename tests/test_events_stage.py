import pytest
from conftest import through

pytestmark = pytest.mark.slow


def events(text, dct="2024-05-14"):
    return through(("clean", "ner", "normalize", "events"), text, dct).events


def test_one_attack_told_twice_is_one_event_with_every_slot():
    [event] = events("Dans la nuit de lundi à mardi, la Russie a lancé 25 drones Shahed sur Odessa, a indiqué "
                     "l'armée de l'air ukrainienne. Tous ont été abattus. Un drone a touché un entrepôt du port, "
                     "blessant deux personnes, selon le gouverneur Oleh Kiper.")
    assert (event.attack_type, event.date, event.country) == ("drone", "2024-05-14", "UA")
    assert [l.geonames_id for l in event.locations] == [698740]
    assert event.attacker.country == "RU"
    assert event.launched.value == 25 and event.intercepted.value == 25
    assert event.injured.value == 2
    assert {w.model for w in event.weapons} == {"Shahed"}
    assert {r.canonical for r in event.reported_by} == {"armée de l'air ukrainienne", "Oleh Kiper"}


def test_two_places_and_a_contrast_make_two_events():
    found = events("Douze drones ukrainiens ont été abattus au-dessus de la région de Koursk, tandis que cinq "
                   "autres ont été détruits près de Rostov-sur-le-Don, selon le ministère russe de la Défense.")
    assert sorted((e.intercepted.value, e.country) for e in found) == [(5, "RU"), (12, "RU")]


def test_threats_and_aggregates_give_no_event():
    assert events("Moscou a promis de riposter. Des dizaines d'attaques de drones ont visé la région ces "
                  "derniers mois.") == []


def test_no_victims_means_zero_killed_and_injured():
    [event] = events("Un missile s'est abattu mardi sur un champ près de Dnipro, sans faire de victimes.")
    assert (event.killed.value, event.injured.value) == (0, 0)


def test_explain_names_the_rules(tmp_path):
    from extract.corpus import RawInput
    from extract.records import load_document
    from extract.runner import process_batch
    from extract.stages import STAGE_NAMES, PipelineConfig

    [result] = process_batch([RawInput("t", "t.txt", "Un drone a frappé Kharkiv mardi.".encode(),
                                       {"published": "2024-05-14"})], STAGE_NAMES, PipelineConfig(explain=True))
    [event] = load_document(result.lines["events"]).events
    assert "attack_type" in event.explain and "date" in event.explain
