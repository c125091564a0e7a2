import pytest

from extract.ner.rules import rule_spans
from extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def spans(text):
    nlp = load_pipeline()
    doc = nlp(text)
    return {(text[s.start:s.end], s.label, s.rule) for s in rule_spans(nlp, doc, text)}


def labels(text):
    return {(t, label) for t, label, _ in spans(text)}


def test_institution_with_nationality_adjective_is_an_org():
    found = labels("Selon la marine britannique et le ministère israélien de la Défense, le navire a été touché.")
    assert ("marine britannique", "ORG") in found
    assert ("ministère israélien de la Défense", "ORG") in found


def test_lexicalised_title_is_not_an_institution():
    assert not labels("Le chef d'état-major ukrainien a démissionné.")
    assert ("état-major ukrainien", "ORG") in labels("L'état-major ukrainien a publié un bilan.")


def test_local_administration_named_after_its_city():
    assert ("administration militaire d'Odessa", "ORG") in labels(
        "L'administration militaire d'Odessa a signalé des explosions.")


def test_place_cue_makes_the_name_a_place_and_marks_regions():
    found = spans("Le village de Kozinka et la région de Koursk ont été bombardés.")
    assert ("Kozinka", "LOC", "LOC_cue") in found
    assert any(t == "Koursk" and rule == "LOC_cue" for t, _, rule in found)


def test_road_code_is_the_entity():
    assert ("M-4", "LOC") in labels("Un camion a été touché sur l'autoroute M-4 au sud de Rostov.")


def test_weapon_systems_are_misc_with_their_family():
    found = labels("Des Shahed-136 et des missiles Kalibr ont été tirés.")
    assert ("Shahed-136", "MISC") in found and ("Kalibr", "MISC") in found


def test_media_and_channels_are_orgs():
    found = labels("La chaîne Rybar a relayé l'information sur Telegram, selon le New York Times.")
    assert {("Rybar", "ORG"), ("Telegram", "ORG"), ("New York Times", "ORG")} <= found


def test_a_factory_named_in_full_is_an_org_and_its_short_form_too():
    found = labels("L'usine chimique de Novomoskovsk a brûlé. L'usine de Novomoskovsk employait 500 personnes.")
    assert ("usine chimique de Novomoskovsk", "ORG") in found and ("usine de Novomoskovsk", "ORG") in found


def test_a_factory_only_located_somewhere_leaves_the_place_alone():
    assert not any(label == "ORG" for _, label in labels("Une usine de Toula a été touchée par un drone."))


def test_a_capitalised_cue_stays_out_of_the_place_name():
    assert ("Kharkiv", "LOC") in labels("Région de Kharkiv : trois villages ont été bombardés.")


def test_longest_rule_spans_win_among_many():
    # (each span used to be compared with every span chosen before it)
    from itertools import pairwise

    from extract.ner.rules import RuleSpan, _longest

    spans = [RuleSpan(i, i + 3, "ORG", "ORG_named") for i in range(0, 60_000, 2)]
    spans.append(RuleSpan(10, 20, "LOC", "LOC_cue"))
    chosen = _longest(spans)
    assert chosen[0] == RuleSpan(0, 3, "ORG", "ORG_named") and RuleSpan(10, 20, "LOC", "LOC_cue") in chosen
    assert all(a.end <= b.start for a, b in pairwise(chosen))
