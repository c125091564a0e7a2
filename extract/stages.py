"""The pipeline: its stages, in order, and what each reads and writes.

A stage is a plain function over one record. The runner and the CLI know
stages only through :data:`STAGES`; adding a stage means adding one entry.
Each stage records in ``provenance`` the package version, its versioned rule
set, the model it used and a hash of the options that change its output.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract import __version__
from extract.clean.stage import clean_document
from extract.corpus import RawInput
from extract.deadline import Timeout, deadline
from extract.errors import DocumentError
from extract.lang.fr import clean as clean_patterns
from extract.lang.fr import events as events_rules
from extract.lang.fr import ner as ner_rules
from extract.ner.backends import DEFAULT_BACKEND, model_info
from extract.nlp import DEFAULT_MODEL, model_version, skip_torch
from extract.normalize import RULES_VERSION as NORMALIZE_RULES
from extract.provenance import STAGE_INPUTS, input_digest
from extract.records import Document, StageProvenance

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PipelineConfig:
    """Everything a user can set that changes what the stages write."""

    dct: str | None = None
    spacy_model: str = DEFAULT_MODEL
    ner_backend: str = DEFAULT_BACKEND
    ner_model: str | None = None
    explain: bool = False


@dataclass(frozen=True)
class Stage:
    name: str
    output: str  # file name in a run's output directory
    rules: str  # versioned rule-set name
    requires: tuple[str, ...]  # record fields that must be present
    assigns: tuple[str, ...]  # record fields this stage writes
    options: tuple[str, ...]  # PipelineConfig fields that change its output
    uses_model: bool
    apply: Callable[[Any, PipelineConfig], Document]
    # Optional batch form (the same result per document, faster: spaCy's nlp.pipe).
    apply_many: Callable[[list[Any], PipelineConfig], list[Document]] | None = None

    def provenance(self, config: PipelineConfig) -> StageProvenance:
        return _provenance(self, config)

    def check(self, record: RawInput | Document) -> None:
        if isinstance(record, Document):
            missing = [name for name in self.requires if getattr(record, name, None) is None]
            if missing:
                raise DocumentError("missing_layer", f"{self.name} needs {', '.join(missing)}")
            _drop_later_layers(record, self.name)

    def _stamp(self, doc: Document, config: PipelineConfig, source: RawInput | Document) -> Document:
        """Record this stage's provenance, with the digest of the fields it read from ``source``."""
        fields = STAGE_INPUTS[self.name]
        read = source.model_dump(mode="json", include=set(fields)) if isinstance(source, Document) else {}
        entry = self.provenance(config).model_copy(update={"input_sha256": input_digest(read, fields)})
        doc.provenance = {**doc.provenance, self.name: entry}
        return doc

    def run(self, record: RawInput | Document, config: PipelineConfig) -> Document:
        self.check(record)
        return self._stamp(self.apply(record, config), config, record)  # stages never change their input

    def run_many(self, records: list[RawInput | Document], config: PipelineConfig,
                 timeout: float | None = None) -> list[Document | Exception]:
        """Each record's output, or the exception it raised; one bad record never fails the others.

        With ``timeout``, a document that runs longer than that many seconds gets a ``timeout``
        error (a batch that runs longer is retried one document at a time, each with the limit).
        """
        if self.apply_many is not None and len(records) > 1:
            try:
                for record in records:
                    self.check(record)
                with deadline(timeout):
                    docs = self.apply_many(records, config)
                return [self._stamp(doc, config, record) for doc, record in zip(docs, records)]
            except (Exception, Timeout) as exc:
                log.info("%s: batch of %d failed (%s: %s); retrying one document at a time",
                         self.name, len(records), type(exc).__name__, exc)
        outputs: list[Document | Exception] = []
        for record in records:
            try:
                with deadline(timeout):
                    outputs.append(self.run(record, config))
            except Timeout as exc:
                outputs.append(DocumentError("timeout", f"{self.name} stage, limit {exc.seconds:g} s"))
            except Exception as exc:
                outputs.append(exc)
        return outputs


def _drop_later_layers(doc: Document, name: str) -> None:
    """Rerunning a stage makes the layers of the stages after it stale: they are dropped."""
    later = STAGES[STAGE_NAMES.index(name) + 1:]
    for stage in later:
        for field_name in stage.assigns:
            setattr(doc, field_name, None)
    if any(stage.name in doc.provenance for stage in later):
        doc.provenance = {key: value for key, value in doc.provenance.items()
                          if key not in {stage.name for stage in later}}


def _model_info(stage: Stage, config: PipelineConfig) -> tuple[str | None, str | None]:
    if not stage.uses_model:
        return None, None
    if stage.name == "ner":
        return model_info(config.ner_backend, config.spacy_model, config.ner_model)
    return config.spacy_model, model_version(config.spacy_model)


@lru_cache(maxsize=64)
def _provenance(stage: Stage, config: PipelineConfig) -> StageProvenance:
    settings = {name: getattr(config, name) for name in stage.options}
    digest = hashlib.sha256(json.dumps([stage.rules, settings], sort_keys=True).encode()).hexdigest()
    model, version = _model_info(stage, config)
    return StageProvenance(package="extract", version=__version__, stage=stage.rules, model=model,
                           model_version=version, config_hash=digest[:16])


# The model stages are imported when first used, so that commands and workers that never parse
# (clean, validate, --help) do not pay for importing spaCy (nor torch: see extract.nlp.skip_torch).
def _module(package: str) -> Any:
    skip_torch()
    return importlib.import_module(f"extract.{package}.stage")


STAGES: tuple[Stage, ...] = (
    Stage(
        name="clean", output="clean.jsonl", rules=clean_patterns.RULES_VERSION,
        requires=(), assigns=("text", "blocks", "removed", "alignment", "title", "dct"),
        options=("dct",), uses_model=False,
        apply=lambda item, config: clean_document(item, config.dct),
    ),
    Stage(
        name="ner", output="entities.jsonl", rules=ner_rules.RULES_VERSION,
        requires=("text", "alignment"), assigns=("entities",),
        options=("spacy_model", "ner_backend", "ner_model"), uses_model=True,
        apply=lambda doc, config: _module("ner").recognise(doc, config.spacy_model, config.ner_backend,
                                                      config.ner_model),
        apply_many=lambda docs, config: _module("ner").recognise_many(docs, config.spacy_model, config.ner_backend,
                                                                 config.ner_model),
    ),
    Stage(
        name="normalize", output="normalized.jsonl", rules=NORMALIZE_RULES,
        requires=("text", "alignment", "entities"), assigns=("quantities", "timexes"),
        options=("spacy_model",), uses_model=True,
        apply=lambda doc, config: _module("normalize").normalise(doc, config.spacy_model),
        apply_many=lambda docs, config: _module("normalize").normalise_many(docs, config.spacy_model),
    ),
    Stage(
        name="events", output="events.jsonl", rules=events_rules.RULES_VERSION,
        requires=("entities", "quantities", "timexes"), assigns=("events",),
        options=("spacy_model", "explain"), uses_model=True,
        apply=lambda doc, config: _module("events").fill_events(doc, config.spacy_model, config.explain),
        apply_many=lambda docs, config: _module("events").fill_events_many(docs, config.spacy_model, config.explain),
    ),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)
ERRORS_FILE = "errors.jsonl"


def get_stage(name: str) -> Stage:
    for stage in STAGES:
        if stage.name == name:
            return stage
    raise KeyError(f"no stage {name!r}; stages are {', '.join(STAGE_NAMES)}")

