"""The NER backends: name -> what it is, what it needs, and the model version it records.

The CLI offers the keys of :data:`BACKENDS` as choices and checks a backend's
needs (:func:`check_backend`) before anything loads; provenance records
:func:`model_info`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.nlp import allow_torch, model_version


@dataclass(frozen=True)
class NerBackend:
    name: str
    description: str
    needs_model_dir: bool  # a local Hugging Face model directory (--ner-model)
    # (spaCy model name, model directory) -> (model name, model version) recorded in provenance
    version: Callable[[str, str | None], tuple[str, str]]


@lru_cache(maxsize=2)
def transformers_backend(model_dir: str) -> Any:
    """The loaded token-classification model of ``model_dir`` (once per process)."""
    allow_torch()  # the spaCy stages keep torch out of the process; this backend needs it
    from extract.ner.transformers_backend import TransformersBackend

    return TransformersBackend(model_dir)


def _spacy_version(spacy_model: str, model_dir: str | None) -> tuple[str, str]:
    return spacy_model, model_version(spacy_model)


def _transformers_version(spacy_model: str, model_dir: str | None) -> tuple[str, str]:
    assert model_dir is not None  # check_backend() ran first
    backend = transformers_backend(model_dir)
    return f"{spacy_model}+{model_dir}", f"{model_version(spacy_model)}+{backend.model_version}"


BACKENDS: dict[str, NerBackend] = {
    backend.name: backend for backend in (
        NerBackend("spacy", "spaCy's statistical NER with the rule layers, linking and coreference",
                   False, _spacy_version),
        NerBackend("spacy-bare", "spaCy's statistical NER alone (the baseline)", False, _spacy_version),
        NerBackend("transformers", "a local Hugging Face token-classification model with the rule layers",
                   True, _transformers_version),
    )
}
DEFAULT_BACKEND = "spacy"


def check_backend(name: str, model_dir: str | None) -> None:
    """Raise ValueError when the options cannot work together (before any model loads)."""
    if name not in BACKENDS:
        raise ValueError(f"unknown NER backend {name!r}; backends are {', '.join(BACKENDS)}")
    if BACKENDS[name].needs_model_dir and not model_dir:
        raise ValueError(f"--ner-backend {name} needs --ner-model DIR (a local model directory)")
    if model_dir and not BACKENDS[name].needs_model_dir:
        raise ValueError(f"--ner-model is only read by a backend that needs one, not by {name!r}")


def model_info(name: str, spacy_model: str, model_dir: str | None) -> tuple[str, str]:
    """(model name, model version) that the NER stage records in provenance."""
    return BACKENDS[name].version(spacy_model, model_dir)
