"""Gold files: ``<gold_dir>/<doc_id>.json``, one per document, raw offsets only.

:func:`check_document` verifies what the gold promises: the file matches the
gold schema (``extract/schemas/gold-v1.schema.json``), every span's raw
offsets give back its text in the raw file (events' evidence included), no
two spans of a layer overlap, and no annotation sits inside boilerplate.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterator
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SPAN_LAYERS = ("entities", "quantities", "timexes", "boilerplate")
GOLD_SCHEMA = "gold-v1.schema.json"


def gold_files(gold_dir: Path, doc_ids: Collection[str] | None = None) -> list[Path]:
    """The gold files of ``gold_dir`` (only those of ``doc_ids`` when given), sorted by name."""
    paths = sorted(p for p in gold_dir.glob("*.json") if not p.name.startswith("_"))
    return [p for p in paths if doc_ids is None or p.stem in doc_ids]


def load_gold(gold_dir: Path, doc_ids: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
    """doc_id -> gold record."""
    table = {}
    for path in gold_files(gold_dir, doc_ids):
        record = json.loads(path.read_text(encoding="utf-8"))
        table[record.get("doc_id", path.stem)] = record
    return table


def gold_hash(gold_dir: Path, doc_ids: Collection[str] | None = None) -> str:
    """One hash over every gold file's name and bytes: floors are tied to it."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir, doc_ids):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def gold_validator() -> Draft202012Validator:
    schema = json.loads(files("extract.schemas").joinpath(GOLD_SCHEMA).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _overlaps(spans: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    ordered = sorted(spans, key=lambda s: (s["raw_start"], s["raw_end"]))
    for first, second in pairwise(ordered):
        if second["raw_start"] < first["raw_end"]:
            yield first, second


def _span_problems(where: str, spans: list[dict[str, Any]], raw: str) -> Iterator[str]:
    for span in spans:
        found = raw[span["raw_start"]:span["raw_end"]]
        if found != span["text"]:
            yield f"{where}: raw[{span['raw_start']}:{span['raw_end']}] is {found!r}, not {span['text']!r}"


def check_document(gold: dict[str, Any], raw: str) -> list[str]:
    """Problems with one gold record against its raw text (empty when sound)."""
    problems = [f"schema: {'/'.join(map(str, e.absolute_path)) or 'record'}: {e.message}"
                for e in gold_validator().iter_errors(gold)]
    if problems:
        return problems
    for layer in SPAN_LAYERS:
        spans = gold.get(layer, [])
        problems.extend(_span_problems(layer, spans, raw))
        for first, second in _overlaps(spans):
            problems.append(f"{layer}: {first['text']!r} and {second['text']!r} overlap")
    for number, event in enumerate(gold["events"], 1):
        problems.extend(_span_problems(f"event {number} evidence", event.get("evidence", []), raw))
    for span in (s for layer in SPAN_LAYERS[:3] for s in gold.get(layer, [])):
        for noise in gold.get("boilerplate", []):
            if span["raw_start"] < noise["raw_end"] and noise["raw_start"] < span["raw_end"]:
                problems.append(f"{span['text']!r} is annotated inside boilerplate {noise['text'][:30]!r}")
    return problems


def read_raw(path: Path) -> str:
    """A raw text exactly as decoded (no newline translation): what raw offsets index."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def check_gold(gold_dir: Path, raw_dir: Path) -> dict[str, list[str]]:
    """doc_id -> problems, for every gold file (a missing raw file is a problem)."""
    report = {}
    for path in gold_files(gold_dir):
        doc_id = path.stem
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            report[doc_id] = [f"not JSON: {exc}"]
            continue
        problems = [] if gold.get("doc_id") == doc_id else [f"doc_id is {gold.get('doc_id')!r}, file is {path.name}"]
        raw_path = raw_dir / f"{doc_id}.txt"
        if not raw_path.is_file():
            report[doc_id] = [*problems, f"no raw file {raw_path}"]
            continue
        report[doc_id] = problems + check_document(gold, read_raw(raw_path))
    return report
