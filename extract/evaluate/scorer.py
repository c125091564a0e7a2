"""``evaluate()``: every score of the contract for a prediction file against gold."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluate.events import EventScore, score_document_events
from extract.evaluate.gold import load_scorable_gold
from extract.evaluate.inputs import Skipped, raw_text, read_predictions
from extract.evaluate.spans import (
    LayerScore,
    score_boilerplate,
    score_entities,
    score_quantities,
    score_timexes,
)


@dataclass
class Evaluation:
    scores: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # bad gold files and prediction lines, left out


def evaluate(gold_dir: Path, pred_path: Path, raw_dir: Path | None = None,
             doc_ids: Collection[str] | None = None) -> Evaluation:
    """Score ``pred_path`` (a stage JSONL; the events file has every layer) against ``gold_dir``.

    ``doc_ids`` restricts the gold to those documents (one split of a corpus). Gold files and
    prediction lines the scorer cannot read are left out and listed in ``skipped``; raw texts
    (for boilerplate) are read from ``raw_dir`` by doc_id, never from a path a prediction names.
    """
    gold, skipped = load_scorable_gold(gold_dir, doc_ids)
    predictions, bad_lines = read_predictions(pred_path, set(gold))
    layers = {name: LayerScore() for name in ("entities", "timexes", "quantities", "boilerplate")}
    events = EventScore()
    for doc_id, g in sorted(gold.items()):
        p = predictions.get(doc_id, {})
        score_entities(layers["entities"], doc_id, g.get("entities", []), p.get("entities") or [])
        score_timexes(layers["timexes"], doc_id, g.get("timexes", []), p.get("timexes") or [])
        score_quantities(layers["quantities"], doc_id, g.get("quantities", []), p.get("quantities") or [])
        raw = raw_text(raw_dir, doc_id) if "boilerplate" in g else None
        if raw is not None:
            score_boilerplate(layers["boilerplate"], doc_id, raw, g["boilerplate"], p.get("removed") or [])
        score_document_events(events, doc_id, g.get("events", []), p.get("events") or [])
    result = Evaluation(skipped=skipped + bad_lines)
    result.scores = {
        "documents": {"gold": len(gold), "predicted": len(predictions),
                      "missing": sorted(set(gold) - set(predictions))},
        **{name: layer.as_dict() for name, layer in layers.items()},
        "events": events.as_dict(),
    }
    for layer in layers.values():
        result.errors.extend(layer.errors)
    result.errors.extend(events.errors)
    return result


def flatten(scores: dict[str, Any], prefix: str = "") -> dict[str, float]:
    """Dotted names for every number (``entities.micro.strict.f1``), for floors and diffs."""
    flat: dict[str, float] = {}
    for key, value in scores.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            flat[name] = value
    return flat
