"""Gold files: ``<gold_dir>/<doc_id>.json``, one per document, raw offsets only.

:func:`check_document` verifies what the gold promises: the file matches the
gold schema (``extract/schemas/gold-v1.schema.json``), every span's raw
offsets give back its text in the raw file (events' evidence included), no
two spans of a layer overlap, and no annotation sits inside boilerplate.

Gold files are read as untrusted input: :func:`read_gold_file` never raises
(bad UTF-8, bad JSON, not an object, NaN...), a gold record is known by its
file's name, and :func:`load_scorable_gold` keeps only the files the scorer
can read (the gold schema, a ``doc_id`` equal to the file's name), naming the
others as :class:`~extract.evaluate.inputs.Skipped`.
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

from extract.evaluate.inputs import Skipped, shape_problems, strict_validator, summary
from extract.validate.parse import parse_json, show, value_problems

SPAN_LAYERS = ("entities", "quantities", "timexes", "boilerplate")
GOLD_SCHEMA = "gold-v1.schema.json"


def gold_files(gold_dir: Path, doc_ids: Collection[str] | None = None) -> list[Path]:
    """The gold files of ``gold_dir`` (only those of ``doc_ids`` when given), sorted by name."""
    paths = sorted(p for p in gold_dir.glob("*.json") if not p.name.startswith("_"))
    return [p for p in paths if doc_ids is None or p.stem in doc_ids]


def read_gold_file(path: Path) -> tuple[dict[str, Any] | None, Skipped | None]:
    """(gold record, None) or (None, why the file cannot be read as a JSON object); never raises."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, Skipped(str(path), None, f"cannot be read as UTF-8 text ({exc})")
    record, problem = parse_json(text)
    if problem is None and not isinstance(record, dict):
        problem = "not a JSON object"
    problem = problem or summary(value_problems(record))
    return (None, Skipped(str(path), None, problem)) if problem else (record, None)


def load_gold(gold_dir: Path, doc_ids: Collection[str] | None = None,
              skipped: list[Skipped] | None = None) -> dict[str, dict[str, Any]]:
    """doc_id (the file's name) -> gold record; unreadable files are left out (and added to ``skipped``)."""
    table = {}
    for path in gold_files(gold_dir, doc_ids):
        record, bad = read_gold_file(path)
        if record is not None:
            table[path.stem] = record
        elif skipped is not None and bad is not None:
            skipped.append(bad)
    return table


@lru_cache(maxsize=1)
def strict_gold_validator() -> Draft202012Validator:
    """The gold schema, with integers that must be JSON integers (offsets index and slice the raw text)."""
    return strict_validator(gold_validator().schema)


def load_scorable_gold(gold_dir: Path, doc_ids: Collection[str] | None = None
                       ) -> tuple[dict[str, dict[str, Any]], list[Skipped]]:
    """The gold records the scorer can read (the gold schema, doc_id = file name) and the files skipped."""
    skipped: list[Skipped] = []
    table = {}
    for doc_id, record in load_gold(gold_dir, doc_ids, skipped).items():
        path = str(gold_dir / f"{doc_id}.json")
        problem = summary(shape_problems(strict_gold_validator(), record))
        if problem is None and record.get("doc_id") != doc_id:
            problem = f"doc_id {show(record.get('doc_id'), 40)} is not the file's name {doc_id!r}"
        if problem:
            skipped.append(Skipped(path, None, problem))
        else:
            table[doc_id] = record
    return table, skipped


def gold_hash(gold_dir: Path, doc_ids: Collection[str] | None = None) -> str:
    """One hash over every gold file's name and bytes: floors are tied to it."""
    digest = hashlib.sha256()
    for path in gold_files(gold_dir, doc_ids):
        digest.update(path.name.encode("utf-8", "surrogateescape"))
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")  # reported when the file is loaded; the hash only has to differ
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
        gold, bad = read_gold_file(path)
        if gold is None:
            report[doc_id] = [bad.reason if bad else "unreadable"]
            continue
        problems = [] if gold.get("doc_id") == doc_id else [f"doc_id is {gold.get('doc_id')!r}, file is {path.name}"]
        raw_path = raw_dir / f"{doc_id}.txt"
        try:
            raw = read_raw(raw_path)
        except (OSError, UnicodeDecodeError) as exc:
            report[doc_id] = [*problems, f"no readable raw file {raw_path} ({exc})"]
            continue
        report[doc_id] = problems + _checked(gold, raw)
    return report


def _checked(gold: dict[str, Any], raw: str) -> list[str]:
    """:func:`check_document`, with offsets that are not JSON integers refused before any slicing."""
    problems = [f"schema: {p}" for p in shape_problems(strict_gold_validator(), gold)]
    return problems or check_document(gold, raw)
