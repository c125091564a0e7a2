"""Shared fixtures: the seed corpus, one full pipeline run over it (once per session)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.corpus import iter_corpus
from extract.runner import run
from extract.stages import ERRORS_FILE, STAGE_NAMES, STAGES, PipelineConfig

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "raw"
GOLD = ROOT / "corpus" / "gold"
DEV_RAW = ROOT / "corpus" / "dev" / "raw"
DEV_GOLD = ROOT / "corpus" / "dev" / "gold"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def raw_text(doc_id: str) -> str:
    with open(SEEDS / f"{doc_id}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def run_pipeline(inputs: list[Path], out: Path, workers: int = 1, config: PipelineConfig | None = None):
    outputs = {stage.name: out / stage.output for stage in STAGES}
    return run(iter_corpus(inputs), STAGE_NAMES, outputs, out / ERRORS_FILE, config or PipelineConfig(), workers)


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory) -> Path:
    """Directory with the five stage files of one full run over the seeds."""
    out = tmp_path_factory.mktemp("seed_run")
    summary = run_pipeline([SEEDS], out)
    assert summary.failed == 0
    return out


@pytest.fixture(scope="session")
def dev_run(tmp_path_factory) -> Path:
    """Directory with the stage files of one full run over the dev corpus (two workers)."""
    out = tmp_path_factory.mktemp("dev_run")
    summary = run_pipeline([DEV_RAW], out, workers=2)
    assert summary.failed == 0
    return out


def through(stage_names, text: str, dct: str = "2024-05-14"):
    """A text run through the given stages (from the start), as a Document."""
    from extract.corpus import RawInput
    from extract.records import load_document
    from extract.runner import process_batch

    [result] = process_batch([RawInput("t", "t.txt", text.encode("utf-8"), {"published": dct})],
                             tuple(stage_names), PipelineConfig())
    assert result.error is None, result.error
    return load_document(result.lines[stage_names[-1]])


def only_event(text: str, dct: str = "2024-05-14"):
    """The single event the whole pipeline reads in ``text``."""
    [event] = through(("clean", "ner", "normalize", "events"), text, dct).events
    return event
