"""The evaluation gate: scores may not fall below pinned floors.

The floors file pins, for the gold it was measured on (by hash), the
headline scores of the current system. A score that drops by more than the
tolerance fails the gate; so does a changed gold, since floors measured on
other gold are not comparable. Raising floors is an ordinary commit
(``extract evaluate ... --write-floors FILE``), lowering them a visible one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from extract.evaluate.scorer import flatten

TOLERANCE = 0.01
# The scores the gate watches (dotted names from flatten()).
GATED = (
    "entities.micro.strict.f1", "entities.micro.relaxed.f1", "entities.LOC.linking.accuracy",
    "timexes.relaxed.f1", "timexes.strict.f1", "timexes.value.f1", "timexes.type.accuracy",
    "quantities.relaxed.f1", "quantities.value.accuracy", "quantities.qualifier.accuracy",
    "quantities.counted.accuracy",
    "boilerplate.chars.precision", "boilerplate.chars.recall",
    "events.micro.f1", "events.event_level.f1",
)


def make_floors(scores: dict[str, Any], gold_sha256: str) -> dict[str, Any]:
    flat = flatten(scores)
    return {
        "_about": "Score floors for the evaluation gate (extract/evaluate/gate.py); "
                  "regenerate with 'make floors' after an improvement.",
        "gold_sha256": gold_sha256,
        "tolerance": TOLERANCE,
        "floors": {name: flat.get(name, 0.0) for name in GATED},
    }


def check_floors(scores: dict[str, Any], floors: dict[str, Any], gold_sha256: str) -> list[str]:
    """Reasons the gate fails (empty when it passes)."""
    if floors.get("gold_sha256") != gold_sha256:
        return ["the gold changed since the floors were measured: re-measure them ('make floors') "
                "and commit both together"]
    flat = flatten(scores)
    tolerance = floors.get("tolerance", TOLERANCE)
    failures = []
    for name, floor in floors["floors"].items():
        value = flat.get(name, 0.0)
        if value < floor - tolerance:
            failures.append(f"{name} fell to {value:.4f} (floor {floor:.4f}, tolerance {tolerance})")
    return failures


def read_floors(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write_floors(path: Path, floors: dict[str, Any]) -> None:
    path.write_text(json.dumps(floors, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
