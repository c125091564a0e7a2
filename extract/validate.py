"""Check stage files against the contract's JSON Schemas and span invariant.

The schemas ship in ``extract/schemas/contract-v1.schema.json`` (one
``$defs`` entry per record shape). Beyond the schema, every span must satisfy
``text[start:end] == span.text`` with ordered offsets, which JSON Schema
cannot say.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from extract.jsonl import numbered_lines

SCHEMA_FILE = "contract-v1.schema.json"
RECORD_DEFS = {
    "clean": "clean_record",
    "ner": "ner_record",
    "normalize": "normalize_record",
    "events": "events_record",
    "errors": "errors_record",
}


@lru_cache(maxsize=1)
def contract_schema() -> dict[str, Any]:
    return json.loads(files("extract.schemas").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


@cache
def validator(kind: str) -> Draft202012Validator:
    root = contract_schema()
    return Draft202012Validator({**root, "$ref": f"#/$defs/{RECORD_DEFS[kind]}"})


def guess_kind(record: dict[str, Any]) -> str:
    """The most complete record shape a record claims to be, from its layers."""
    if "events" in record:
        return "events"
    if "quantities" in record or "timexes" in record:
        return "normalize"
    if "entities" in record:
        return "ner"
    if "text" in record or "blocks" in record:
        return "clean"
    return "errors" if "error" in record else "clean"


def _spans(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for layer in ("entities", "quantities", "timexes"):
        for item in record.get(layer) or []:
            yield f"{layer}[{item.get('id')}]", item
    for event in record.get("events") or []:
        if event.get("date_span"):
            yield f"events[{event.get('id')}].date_span", event["date_span"]
        for item in event.get("evidence") or []:
            yield f"events[{event.get('id')}].evidence", item


def span_problems(record: dict[str, Any]) -> list[str]:
    """Spans whose offsets do not give back their text."""
    text = record.get("text", "")
    problems = []
    for where, span in _spans(record):
        start, end = span.get("start", -1), span.get("end", -1)
        if not (0 <= start <= end <= len(text)) or text[start:end] != span.get("text"):
            problems.append(f"{where}: text[{start}:{end}] != {span.get('text')!r}")
        elif span.get("raw_start", 0) > span.get("raw_end", 0):
            problems.append(f"{where}: raw_start > raw_end")
    return problems


def record_problems(record: Any, kind: str | None = None) -> list[str]:
    if not isinstance(record, dict):
        return ["not a JSON object"]
    kind = kind or guess_kind(record)
    problems = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '<record>'}: {error.message}"
        for error in validator(kind).iter_errors(record)
    ]
    return problems + (span_problems(record) if kind != "errors" else [])


@dataclass
class Problem:
    line: int
    message: str


@dataclass
class Report:
    records: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def invalid(self) -> int:
        """How many records have at least one problem."""
        return len({problem.line for problem in self.problems})


def validate_file(path: Path, kind: str | None = None) -> Report:
    if kind is None and path.name.startswith("errors"):
        kind = "errors"
    report = Report()
    for number, line in numbered_lines(path):
        report.records += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            report.problems.append(Problem(number, f"not JSON: {exc}"))
            continue
        report.problems.extend(Problem(number, message) for message in record_problems(record, kind))
    return report
