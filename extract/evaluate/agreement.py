"""Inter-annotator agreement: one annotator's gold scored against another's.

The second annotation is read as predictions and scored with the contract's
rules (:func:`extract.evaluate.scorer.evaluate`), so agreement figures and
system scores mean the same thing. F1 is symmetric in the two annotators;
precision and recall swap when they are swapped.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from extract.evaluate.gold import load_gold, load_scorable_gold
from extract.evaluate.scorer import Evaluation, evaluate


def gold_as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold record in the shape the scorer reads predictions in (links under ``geo``, ``removed``)."""
    entities = [{**e, "geo": {"geonames_id": e.get("geonames_id")}} for e in gold.get("entities", [])]
    return {**gold, "entities": entities, "removed": gold.get("boilerplate", [])}


def agreement(first: Path, second: Path, raw_dir: Path | None = None) -> Evaluation:
    """Scores of the annotations in ``second`` against those in ``first``, on the documents both have."""
    seconds, unreadable = load_scorable_gold(second)
    both = sorted(set(load_gold(first)) & set(seconds))
    with tempfile.TemporaryDirectory() as scratch:
        pred = Path(scratch) / "second.jsonl"
        with pred.open("w", encoding="utf-8") as handle:
            for doc_id in both:
                handle.write(json.dumps(gold_as_prediction(seconds[doc_id])) + "\n")
        result = evaluate(first, pred, raw_dir, both)
    result.skipped = unreadable + result.skipped
    return result
