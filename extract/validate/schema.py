"""The contract's JSON Schemas: one ``$defs`` entry per record shape.

:func:`schema_problems` guarantees that a record has every field the contract
names, with its type and enumeration (``extract/schemas/contract-v1.schema.json``).
It says nothing about how fields relate to each other: the other modules of
this package check that.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

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


def schema_problems(record: dict[str, Any], kind: str) -> list[str]:
    """Every place where ``record`` breaks the JSON Schema of its shape ``kind``."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '<record>'}: {error.message}"
        for error in validator(kind).iter_errors(record)
    ]
