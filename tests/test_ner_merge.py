import pytest

from extract.geo.gazetteer import default_gazetteer
from extract.ner.merge import merge
from extract.ner.rules import rule_spans
from extract.nlp import load_pipeline

pytestmark = pytest.mark.slow


def mentions(text):
    nlp = load_pipeline()
    doc = nlp(text)
    model = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return [(text[c.start:c.end], c.label) for c in merge(doc, text, model, rule_spans(nlp, doc, text),
                                                          default_gazetteer())]


def entities(text):
    return set(mentions(text))


def test_rules_override_the_model_on_institutions():
    found = entities("Le ministère russe de la Défense a affirmé avoir abattu huit drones.")
    assert ("ministère russe de la Défense", "ORG") in found
    assert not any(label == "LOC" and "ministère" in text for text, label in found)


def test_nationality_nouns_and_common_nouns_are_not_entities():
    found = entities("Les Russes et les Occidentaux discutent. Dégâts importants à Lviv.")
    assert not {t for t, _ in found} & {"Russes", "Occidentaux", "Dégâts"}
    assert ("Lviv", "LOC") in found


def test_a_name_tagged_once_is_tagged_everywhere():
    text = "Dmitri Peskov a parlé. Plus tard, Peskov a nié. Peskov a ajouté que rien n'était décidé."
    assert sum(1 for t, label in mentions(text) if t.endswith("Peskov") and label == "PER") == 3


def test_a_person_name_extends_over_a_missed_first_name():
    text = "Le gouverneur Oleh Synehoubov a parlé. Synehoubov a ensuite publié un bilan."
    assert ("Oleh Synehoubov", "PER") in entities(text)
    assert ("Kiev", "LOC") in entities("Le président a reçu à Kiev Antony Blinken.")


def test_slavic_place_ending_turns_a_misc_into_a_place():
    from extract.ner.merge import _relabel

    assert _relabel("Novoselivka", "MISC", default_gazetteer()) == "LOC"
    assert _relabel("Telegram", "ORG", default_gazetteer()) == "ORG"


def test_propagation_over_many_mentions_marks_each_once():
    # (each occurrence used to be checked against every span chosen so far)
    from extract.ner.merge import Candidate, _propagate
    from extract.ner.occupancy import Taken

    text = "Aa Bb " * 20_000
    chosen = [Candidate(0, 2, "PER", "model"), Candidate(3, 5, "LOC", "model")]
    extra = _propagate(text, chosen, Taken(len(text), list(chosen)))
    assert len(extra) == 2 * 20_000 - 2
    assert {c.label for c in extra} == {"PER", "LOC"}
