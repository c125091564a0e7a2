"""Stale layers: a layer computed from fields that have changed since.

Each stage's provenance entry may carry ``input_sha256``, the digest
(:func:`extract.provenance.input_digest`) of the fields that stage read
(:data:`extract.provenance.STAGE_INPUTS`) when it ran. :func:`provenance_problems`
guarantees that every such digest matches the record as it is now, so no
layer was left behind by a rerun of an earlier stage, and that every later
layer present (entities, quantities, timexes, events) has its stage's
provenance entry. An entry without ``input_sha256`` (a file written before
digests existed) is not a problem.
"""

from __future__ import annotations

from typing import Any

from extract.provenance import STAGE_INPUTS, input_digest
from extract.validate.parse import show

# Which stage writes each later layer.
LAYER_STAGES = {"entities": "ner", "quantities": "normalize", "timexes": "normalize", "events": "events"}


def missing_provenance_problems(record: dict[str, Any], provenance: dict[str, Any]) -> list[str]:
    return [f"{layer}: layer present but provenance has no {stage!r} entry"
            for layer, stage in LAYER_STAGES.items() if layer in record and stage not in provenance]


def _digest_problem(record: dict[str, Any], stage: str, recorded: Any) -> str | None:
    fields = STAGE_INPUTS.get(stage)
    if fields is None:
        return f"provenance/{show(stage, 40)}: input_sha256 of an unknown stage cannot be checked"
    if not isinstance(recorded, str):
        return f"provenance/{stage}/input_sha256: not a string"
    try:
        digest = input_digest(record, fields)
    except (ValueError, TypeError, UnicodeError, RecursionError) as exc:
        return f"stale {stage} layer cannot be checked: the digest of {', '.join(fields)} fails ({show(str(exc))})"
    if digest != recorded:
        return f"stale {stage} layer: the fields it read ({', '.join(fields)}) changed since it ran"
    return None


def provenance_problems(record: dict[str, Any]) -> list[str]:
    """Layers whose inputs changed after they were computed, and layers without provenance."""
    provenance = record.get("provenance")
    if not isinstance(provenance, dict):
        return []  # the schema reports it
    problems = missing_provenance_problems(record, provenance)
    for stage, entry in provenance.items():
        if isinstance(entry, dict) and "input_sha256" in entry:
            problem = _digest_problem(record, stage, entry["input_sha256"])
            if problem:
                problems.append(problem)
    return problems
