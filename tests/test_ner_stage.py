import pytest

from extract.clean.stage import clean_document
from extract.corpus import RawInput
from extract.ner.stage import recognise

pytestmark = pytest.mark.slow


def test_entities_carry_labels_ids_and_raw_offsets():
    raw = "date 2024-02 Le président Emmanuel Macron s'est rendu à Marseille mardi."
    doc = recognise(clean_document(RawInput("d", "d.txt", raw.encode())))
    found = {(e.text, e.label) for e in doc.entities}
    assert ("Emmanuel Macron", "PER") in found and ("Marseille", "LOC") in found
    for entity in doc.entities:
        assert raw[entity.raw_start:entity.raw_end] == entity.text
    assert len({e.id for e in doc.entities}) == len(doc.entities)
