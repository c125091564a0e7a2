"""The NER stage: entities over the cleaned text, with raw offsets."""

from __future__ import annotations

from extract.alignment import Alignment, span_fields
from extract.nlp import DEFAULT_MODEL, load_pipeline
from extract.records import Document, Entity

RULES_VERSION = "ner.v1"
LABELS = {"PER", "LOC", "ORG", "MISC"}


def spacy_entities(text: str, model: str = DEFAULT_MODEL) -> list[tuple[int, int, str]]:
    """(start, end, label) of the statistical model's entities, in text order."""
    doc = load_pipeline(model)(text)
    return [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in LABELS]


def recognise(doc: Document, model: str = DEFAULT_MODEL) -> Document:
    alignment = Alignment(doc.alignment)
    entities = [
        Entity(
            id=f"e{index}",
            label=label,
            canonical=doc.text[start:end],
            source="model",
            **span_fields(doc.text, alignment, start, end),
        )
        for index, (start, end, label) in enumerate(spacy_entities(doc.text, model), 1)
    ]
    return doc.model_copy(update={"entities": entities})
