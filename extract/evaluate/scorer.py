"""``evaluate()``: every score of the contract for a prediction file against gold."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluate.events import EventScore, score_document_events
from extract.evaluate.gold import load_gold
from extract.evaluate.spans import (
    LayerScore,
    score_boilerplate,
    score_entities,
    score_quantities,
    score_timexes,
)
from extract.jsonl import read_jsonl


@dataclass
class Evaluation:
    scores: dict[str, Any] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)


def read_predictions(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a stage file (predictions)."""
    return read_jsonl(path)


def _raw_text(raw_dir: Path | None, doc_id: str, pred: dict[str, Any]) -> str | None:
    candidates = [raw_dir / f"{doc_id}.txt"] if raw_dir else []
    if pred.get("source"):
        candidates.append(Path(pred["source"]))
    for path in candidates:
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                return handle.read()
    return None


def evaluate(gold_dir: Path, pred_path: Path, raw_dir: Path | None = None,
             doc_ids: Collection[str] | None = None) -> Evaluation:
    """Score ``pred_path`` (a stage JSONL; the events file has every layer) against ``gold_dir``.

    ``doc_ids`` restricts the gold to those documents (one split of a corpus).
    """
    gold = load_gold(gold_dir, doc_ids)
    predictions = {p["doc_id"]: p for p in read_predictions(pred_path) if p["doc_id"] in gold}
    layers = {name: LayerScore() for name in ("entities", "timexes", "quantities", "boilerplate")}
    events = EventScore()
    for doc_id, g in sorted(gold.items()):
        p = predictions.get(doc_id, {})
        score_entities(layers["entities"], doc_id, g.get("entities", []), p.get("entities") or [])
        score_timexes(layers["timexes"], doc_id, g.get("timexes", []), p.get("timexes") or [])
        score_quantities(layers["quantities"], doc_id, g.get("quantities", []), p.get("quantities") or [])
        raw = _raw_text(raw_dir, doc_id, p)
        if raw is not None and "boilerplate" in g:
            score_boilerplate(layers["boilerplate"], doc_id, raw, g["boilerplate"], p.get("removed") or [])
        score_document_events(events, doc_id, g.get("events", []), p.get("events") or [])
    result = Evaluation()
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
