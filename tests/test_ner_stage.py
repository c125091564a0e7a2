import pytest

from extract.clean.stage import clean_document
from extract.corpus import RawInput
from extract.ner.stage import recognise

pytestmark = pytest.mark.slow


def _doc(text):
    return clean_document(RawInput("d", "d.txt", text.encode()))


def test_entities_carry_labels_ids_and_raw_offsets():
    raw = "date 2024-02 Le président Emmanuel Macron s'est rendu à Marseille mardi."
    doc = recognise(clean_document(RawInput("d", "d.txt", raw.encode())))
    found = {(e.text, e.label) for e in doc.entities}
    assert ("Emmanuel Macron", "PER") in found and ("Marseille", "LOC") in found
    for entity in doc.entities:
        assert raw[entity.raw_start:entity.raw_end] == entity.text
    assert len({e.id for e in doc.entities}) == len(doc.entities)


def test_capitals_place_is_a_linked_place_with_its_case_restored():
    doc = recognise(_doc("ODESSA a été frappée dans la nuit. Le port d'Odessa est fermé, a indiqué l'Ukraine."))
    first = doc.entities[0]
    assert (first.text, first.label, first.canonical) == ("ODESSA", "LOC", "Odessa")
    assert first.geo is not None and first.geo.country == "UA"


def test_surname_mention_gets_the_full_name_as_canonical():
    doc = recognise(_doc("Le gouverneur Oleh Synehoubov a parlé. Synehoubov a ensuite publié un bilan."))
    persons = [e for e in doc.entities if e.label == "PER"]
    assert {e.canonical for e in persons} == {"Oleh Synehoubov"}


def test_region_has_an_oblast_canonical_and_no_geo():
    doc = recognise(_doc("Des drones ont visé la région de Koursk, en Russie."))
    kursk = next(e for e in doc.entities if e.text == "Koursk")
    assert kursk.geo is None and kursk.canonical == "Kursk Oblast"


def test_bare_backend_is_the_model_alone():
    doc = recognise(_doc("Le ministère russe de la Défense a parlé."), backend="spacy-bare")
    assert all(e.geo is None and e.source == "model" for e in doc.entities)


def test_transformers_backend_feeds_the_same_rule_layers(tmp_path):
    from test_ner_transformers_backend import build_model

    model_dir = build_model(tmp_path / "tiny", "wordpiece", "O", {"Paris": "B-LOC"})
    doc = recognise(_doc("Le Monde a vu Paris. Selon le ministère russe de la Défense, rien."),
                    backend="transformers", model_dir=str(model_dir))
    found = {(e.text, e.label) for e in doc.entities}
    assert ("Paris", "LOC") in found and ("ministère russe de la Défense", "ORG") in found


@pytest.mark.slow
def test_a_document_is_parsed_once_for_ner_normalize_and_events(monkeypatch):
    from extract.corpus import RawInput
    from extract.nlp import DEFAULT_MODEL, load_pipeline
    from extract.runner import process
    from extract.stages import PipelineConfig

    nlp = load_pipeline(DEFAULT_MODEL)
    parsed: list[str] = []
    real_pipe = nlp.pipe

    def counting_pipe(texts, *args, **kwargs):
        texts = list(texts)
        parsed.extend(texts)
        return real_pipe(texts, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    # A lead in capitals: the parsed text has its case restored, and every stage reads that parse.
    text = "KHARKIV VISÉE PAR DES DRONES\n\nTrois drones ont frappé Kharkiv mardi, selon le maire de Kharkiv.\n"
    result = process(RawInput("d", "d.txt", text.encode(), {"published": "2024-05-06"}),
                     ("clean", "ner", "normalize", "events"), PipelineConfig())
    assert result.error is None
    assert len(parsed) == 1 and parsed[0].startswith("Kharkiv")
