"""The normalize stage: quantities and timexes over the cleaned text.

Timexes come first: a number inside a date, a time or a duration is not a
quantity. Numbers inside entity names (``M-1``, ``Su-34``) are not either.
Quantities read the spaCy parse (the counted noun's lemma); documents are
parsed in batches with ``nlp.pipe``. Timexes need no parse.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

from extract.alignment import Alignment, span_fields
from extract.ner.casing import analysis_text
from extract.nlp import DEFAULT_MODEL, parse_many
from extract.normalize import RULES_VERSION  # noqa: F401 (re-exported, as the other stages do)
from extract.normalize.quantities import find_quantities
from extract.normalize.timex import Anchor, find_timexes
from extract.records import Document, Qualifier, Quantity, Timex


def _normalise_parsed(doc: Document, parsed: Doc) -> Document:
    alignment = Alignment(doc.alignment)
    found = find_timexes(doc.text, Anchor.of(doc.dct, doc.dct_precision))
    timexes = [Timex(id=f"t{i}", type=t.type, value=t.value, anchor="dct" if t.anchored else None, mod=t.mod,
                     **span_fields(doc.text, alignment, t.start, t.end))
               for i, t in enumerate(found, 1)]
    exclude = [(t.start, t.end) for t in timexes] + [(e.start, e.end) for e in doc.entities or []
                                                      if any(c.isdigit() for c in e.text)]
    # qualifier: one of the contract's codes (lang.fr.quantities maps every cue to one); pydantic checks it
    quantities = [Quantity(id=f"q{i}", value=q.value, low=q.low, high=q.high, qualifier=cast(Qualifier, q.qualifier),
                           unit=q.unit, counted=q.counted, value_km=q.value_km,
                           **span_fields(doc.text, alignment, q.start, q.end))
                  for i, q in enumerate(find_quantities(parsed, doc.text, exclude), 1)]
    return doc.model_copy(update={"quantities": quantities, "timexes": timexes})


def normalise_many(docs: list[Document], model: str = DEFAULT_MODEL) -> list[Document]:
    parses = parse_many([analysis_text(d.text) for d in docs], model)  # the NER stage's parse, from the cache
    return [_normalise_parsed(doc, parsed) for doc, parsed in zip(docs, parses)]


def normalise(doc: Document, model: str = DEFAULT_MODEL) -> Document:
    return normalise_many([doc], model)[0]
