"""How much the NER stage costs compared with spaCy alone.

The reference is bare ``nlp.pipe`` over the cleaned texts; the stage is
:func:`extract.ner.stage.recognise_many` over the same clean records, as the
runner calls it on a batch (case restoration, parse, rule layers,
coreference, linking). Models and the
gazetteer are loaded before timing; each side runs ``rounds`` times over the
corpus and the best round counts (the least disturbed by the machine).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract.clean.stage import clean_document
from extract.corpus import iter_corpus
from extract.geo.gazetteer import default_gazetteer
from extract.ner.stage import recognise, recognise_many
from extract.nlp import DEFAULT_MODEL, load_pipeline


@dataclass
class SpeedReport:
    documents: int
    characters: int
    bare_seconds: float
    stage_seconds: float

    @property
    def ratio(self) -> float:
        return self.stage_seconds / self.bare_seconds


def _best(func: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(corpus: list[Path], rounds: int = 5, model: str = DEFAULT_MODEL) -> SpeedReport:
    docs = [clean_document(item) for item in iter_corpus(corpus)]
    texts = [doc.text for doc in docs]
    nlp = load_pipeline(model)
    default_gazetteer()
    recognise(docs[0], model)  # warm-up: lazy tables, matchers
    bare = _best(lambda: list(nlp.pipe(texts)), rounds)
    stage = _best(lambda: recognise_many(docs, model), rounds)
    return SpeedReport(len(docs), sum(map(len, texts)), bare, stage)
