"""Scoring events: one-to-one alignment per document, then slot values.

Gold and predicted events of a document are aligned by the Hungarian
assignment that maximises the number of matching slot values; a pair with no
matching value stays unaligned. Every value of an unaligned event is a false
positive (predicted) or a false negative (gold). An aligned pair with the
same ``attack_type`` counts as a found event.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from extract.evaluate.matching import (
    actor_match,
    count_match,
    location_match,
    reporter_match,
)
from extract.evaluate.metrics import PRF
from extract.lang.fr.text import name_key

Event = dict[str, Any]
SLOTS = ("attack_type", "date", "locations", "country", "attacker", "weapons", "launched", "intercepted",
         "killed", "injured", "reported_by")
COUNT_SLOTS = ("launched", "intercepted", "killed", "injured")


def _one_to_one(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> tuple[PRF, list, list]:
    """Greedy one-to-one matching of list values; (counts, unmatched gold, unmatched pred)."""
    free = list(pred)
    missed = []
    for g in gold:
        hit = next((p for p in free if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
    tp = len(gold) - len(missed)
    return PRF(tp=tp, fp=len(free), fn=len(missed)), missed, free


def _single(gold: Any, pred: Any, same: Callable[[Any, Any], bool]) -> tuple[PRF, list, list]:
    gold_values = [] if gold is None else [gold]
    pred_values = [] if pred is None else [pred]
    return _one_to_one(gold_values, pred_values, same)


def _weapon_values(event: Event) -> list[tuple[str, str]]:
    weapons = event.get("weapons") or []
    kinds = {("kind", w["kind"]) for w in weapons if w.get("kind")}
    models = {("model", name_key(w["model"])) for w in weapons if w.get("model")}
    return sorted(kinds | models)


def compare_slot(slot: str, gold: Event | None, pred: Event | None) -> tuple[PRF, list, list]:
    """Counts for one slot of a (possibly missing) gold and predicted event."""
    g = gold or {}
    p = pred or {}
    if slot in ("attack_type", "date", "country"):
        return _single(g.get(slot), p.get(slot), lambda a, b: a == b)
    if slot == "locations":
        return _one_to_one(g.get(slot) or [], p.get(slot) or [], location_match)
    if slot == "reported_by":
        return _one_to_one(g.get(slot) or [], p.get(slot) or [], reporter_match)
    if slot == "attacker":
        return _single(g.get(slot), p.get(slot), actor_match)
    if slot == "weapons":
        return _one_to_one(_weapon_values(g) if gold else [], _weapon_values(p) if pred else [],
                           lambda a, b: a == b)
    if slot in COUNT_SLOTS:
        gv = g.get(slot) if g.get(slot) and g[slot].get("value") is not None else None
        pv = p.get(slot) if p.get(slot) and p[slot].get("value") is not None else None
        return _single(gv, pv, count_match)
    raise KeyError(slot)


def pair_score(gold: Event, pred: Event) -> int:
    return sum(compare_slot(slot, gold, pred)[0].tp for slot in SLOTS)


def align_events(gold: list[Event], pred: list[Event]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs of the maximum-agreement one-to-one alignment."""
    if not gold or not pred:
        return []
    matrix = np.array([[pair_score(g, p) for p in pred] for g in gold])
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols) if matrix[r, c] > 0]


def _describe(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("canonical") or value.get("text") or value.get("value")
    return value


@dataclass
class EventScore:
    slots: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    events: PRF = field(default_factory=PRF)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def micro(self) -> PRF:
        total = PRF()
        for counts in self.slots.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {"micro": self.micro().as_dict(), "event_level": self.events.as_dict(),
                "per_slot": {slot: self.slots[slot].as_dict() for slot in SLOTS}}


def score_document_events(score: EventScore, doc_id: str, gold: list[Event], pred: list[Event]) -> None:
    pairs = align_events(gold, pred)
    aligned_gold = {g for g, _ in pairs}
    aligned_pred = {p for _, p in pairs}
    comparisons: list[tuple[Event | None, Event | None, int | None, int | None]] = [
        (gold[g], pred[p], g, p) for g, p in pairs]
    comparisons += [(gold[g], None, g, None) for g in range(len(gold)) if g not in aligned_gold]
    comparisons += [(None, pred[p], None, p) for p in range(len(pred)) if p not in aligned_pred]
    found = sum(1 for g, p in pairs if gold[g]["attack_type"] == pred[p]["attack_type"])
    score.events.add(PRF(tp=found, fp=len(pred) - found, fn=len(gold) - found))
    for g_event, p_event, g_index, p_index in comparisons:
        for slot in SLOTS:
            counts, missed, spurious = compare_slot(slot, g_event, p_event)
            score.slots[slot].add(counts)
            where = {"doc_id": doc_id, "layer": "events", "slot": slot, "gold_event": g_index, "pred_event": p_index}
            score.errors.extend({**where, "kind": "fn", "text": _describe(v)} for v in missed)
            score.errors.extend({**where, "kind": "fp", "text": _describe(v)} for v in spurious)
