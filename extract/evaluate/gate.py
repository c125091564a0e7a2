"""The evaluation gate: scores may not fall below pinned floors, set by set.

The floors file pins, for each evaluation set (``seeds``, ``dev-train``,
``dev-dev``, ``dev-test``), the headline scores of the current system and
the hash of the gold they were measured on. A score that drops by more than
the tolerance fails the gate; so does a changed gold, since floors measured
on other gold are not comparable. Raising floors is an ordinary commit
(``make floors``), lowering them a visible one.
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
ABOUT = ("Score floors of the evaluation gate, one section per evaluation set (extract/evaluate/gate.py); "
         "regenerate with 'make floors' after an improvement.")


def make_floors(scores: dict[str, Any], gold_sha256: str) -> dict[str, Any]:
    """One set's floors: its gold hash and the gated scores (those the set has)."""
    flat = flatten(scores)
    return {"gold_sha256": gold_sha256, "floors": {name: flat[name] for name in GATED if name in flat}}


def check_floors(scores: dict[str, Any], floors: dict[str, Any], gold_sha256: str,
                 tolerance: float = TOLERANCE) -> list[str]:
    """Reasons one set fails the gate (empty when it passes)."""
    if floors.get("gold_sha256") != gold_sha256:
        return ["the gold changed since the floors were measured: re-measure them ('make floors') "
                "and commit both together"]
    flat = flatten(scores)
    failures = []
    for name, floor in floors["floors"].items():
        value = flat.get(name, 0.0)
        if value < floor - tolerance:
            failures.append(f"{name} fell to {value:.4f} (floor {floor:.4f}, tolerance {tolerance})")
    return failures


def read_floors(path: Path) -> dict[str, Any]:
    """The whole floors file: ``{"tolerance", "sets": {name: floors}}`` (empty sets if absent)."""
    if not path.is_file():
        return {"_about": ABOUT, "tolerance": TOLERANCE, "sets": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def check_set(scores: dict[str, Any], path: Path, set_name: str, gold_sha256: str) -> list[str]:
    """Reasons the set ``set_name`` fails the gate of the floors file at ``path``."""
    table = read_floors(path)
    if set_name not in table["sets"]:
        return [f"no floors for the set {set_name!r} in {path}: measure them ('make floors')"]
    return check_floors(scores, table["sets"][set_name], gold_sha256, table.get("tolerance", TOLERANCE))


def write_set(path: Path, set_name: str, floors: dict[str, Any]) -> None:
    """Replace one set's section of the floors file, keeping the others."""
    table = read_floors(path)
    table["sets"][set_name] = floors
    table["sets"] = dict(sorted(table["sets"].items()))
    path.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
