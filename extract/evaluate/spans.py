"""Scoring span layers on raw offsets: entities, timexes, quantities, boilerplate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.evaluate.metrics import PRF, Accuracy
from extract.lang.fr.text import name_key

Span = dict[str, Any]
LABELS = ("PER", "LOC", "ORG", "MISC")


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a["raw_end"], b["raw_end"]) - max(a["raw_start"], b["raw_start"]))


def same_extent(a: Span, b: Span) -> bool:
    return (a["raw_start"], a["raw_end"]) == (b["raw_start"], b["raw_end"])


def align_spans(gold: list[Span], pred: list[Span], compatible: Callable[[Span, Span], bool] = lambda g, p: True,
                strict: bool = False) -> list[tuple[Span, Span]]:
    """One-to-one pairs: exact extents first, then the largest overlap (relaxed)."""
    pairs: list[tuple[Span, Span]] = []
    free = list(pred)
    for g in gold:
        exact = next((p for p in free if same_extent(g, p) and compatible(g, p)), None)
        if exact is not None:
            pairs.append((g, exact))
            free.remove(exact)
    if strict:
        return pairs
    matched = {id(g) for g, _ in pairs}
    for g in gold:
        if id(g) in matched:
            continue
        candidates = [p for p in free if overlap(g, p) > 0 and compatible(g, p)]
        if candidates:
            best = max(candidates, key=lambda p: overlap(g, p))
            pairs.append((g, best))
            free.remove(best)
    return pairs


def prf(gold: list[Span], pred: list[Span], pairs: list[tuple[Span, Span]]) -> PRF:
    return PRF(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))


def unmatched(spans: list[Span], pairs: list[tuple[Span, Span]], side: int) -> list[Span]:
    used = {id(pair[side]) for pair in pairs}
    return [s for s in spans if id(s) not in used]


@dataclass
class LayerScore:
    """Counts accumulated over documents for one span layer."""

    counts: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[dict[str, Any]] = field(default_factory=list)

    def error(self, doc_id: str, layer: str, kind: str, span: Span, **detail: Any) -> None:
        self.errors.append({"doc_id": doc_id, "layer": layer, "kind": kind, "text": span.get("text"),
                            "raw_start": span.get("raw_start"), **detail})

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: c.as_dict() for name, c in sorted(self.counts.items())}
        out.update({name: a.as_dict() for name, a in sorted(self.accuracies.items())})
        out.update(sorted(self.totals.items()))
        return out


def score_entities(score: LayerScore, doc_id: str, gold: list[Span], pred: list[Span]) -> None:
    same_label = lambda g, p: g["label"] == p["label"]  # noqa: E731
    relaxed = align_spans(gold, pred, same_label)
    strict = align_spans(gold, pred, same_label, strict=True)
    score.counts["micro.relaxed"].add(prf(gold, pred, relaxed))
    score.counts["micro.strict"].add(prf(gold, pred, strict))
    for label in LABELS:
        gold_of_label = [s for s in gold if s["label"] == label]
        pred_of_label = [s for s in pred if s["label"] == label]
        relaxed_of_label = [x for x in relaxed if x[0]["label"] == label]
        strict_of_label = [x for x in strict if x[0]["label"] == label]
        score.counts[f"{label}.relaxed"].add(prf(gold_of_label, pred_of_label, relaxed_of_label))
        score.counts[f"{label}.strict"].add(prf(gold_of_label, pred_of_label, strict_of_label))
    for span in unmatched(gold, relaxed, 0):
        score.error(doc_id, "entities", "fn", span, label=span["label"])
    for span in unmatched(pred, relaxed, 1):
        score.error(doc_id, "entities", "fp", span, label=span["label"])
    for g, p in relaxed:
        if not same_extent(g, p):
            score.error(doc_id, "entities", "extent", g, predicted=p["text"], label=g["label"])
    _score_linking(score, doc_id, gold, relaxed)


def _score_linking(score: LayerScore, doc_id: str, gold: list[Span], relaxed: list[tuple[Span, Span]]) -> None:
    predicted = {id(g): p for g, p in relaxed}
    for g in gold:
        if g["label"] != "LOC" or not g.get("geonames_id"):
            continue
        p = predicted.get(id(g))
        pred_id = ((p or {}).get("geo") or {}).get("geonames_id")
        ok = pred_id == g["geonames_id"]
        score.accuracies["LOC.linking"].add(ok)
        if p is not None:
            score.accuracies["LOC.linking_on_matches"].add(ok)
        if not ok:
            score.error(doc_id, "entities", "link", g, gold_id=g["geonames_id"], predicted_id=pred_id)


def score_timexes(score: LayerScore, doc_id: str, gold: list[Span], pred: list[Span]) -> None:
    relaxed = align_spans(gold, pred)
    score.counts["relaxed"].add(prf(gold, pred, relaxed))
    score.counts["strict"].add(prf(gold, pred, align_spans(gold, pred, strict=True)))
    right_value = [(g, p) for g, p in relaxed if g["value"] == p["value"]]
    score.counts["value"].add(prf(gold, pred, right_value))
    for g, p in relaxed:
        score.accuracies["type"].add(g["type"] == p["type"])
        score.accuracies["value_on_matches"].add(g["value"] == p["value"])
        if g["value"] != p["value"] or g["type"] != p["type"]:
            score.error(doc_id, "timexes", "value", g, gold_value=f"{g['type']} {g['value']}",
                        predicted=f"{p['text']!r} {p['type']} {p['value']}")
    for span in unmatched(gold, relaxed, 0):
        score.error(doc_id, "timexes", "fn", span, gold_value=f"{span['type']} {span['value']}")
    for span in unmatched(pred, relaxed, 1):
        score.error(doc_id, "timexes", "fp", span, predicted=f"{span['type']} {span['value']}")


def _same_number(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 1e-9


def score_quantities(score: LayerScore, doc_id: str, gold: list[Span], pred: list[Span]) -> None:
    relaxed = align_spans(gold, pred)
    score.counts["relaxed"].add(prf(gold, pred, relaxed))
    for g, p in relaxed:
        checks = {
            "value": _same_number(g["value"], p["value"]),
            "qualifier": g["qualifier"] == p["qualifier"],
            "counted": name_key(g.get("counted")) == name_key(p.get("counted")),
        }
        for name, ok in checks.items():
            score.accuracies[name].add(ok)
        if not all(checks.values()):
            score.error(doc_id, "quantities", "value", g,
                        gold_value=[g["value"], g["qualifier"], g.get("counted")],
                        predicted=[p["text"], p["value"], p["qualifier"], p.get("counted")])
    for span in unmatched(gold, relaxed, 0):
        score.error(doc_id, "quantities", "fn", span, gold_value=[span["value"], span.get("counted")])
    for span in unmatched(pred, relaxed, 1):
        score.error(doc_id, "quantities", "fp", span, predicted=[span["value"], span.get("counted")])


def _visible_positions(raw: str, ranges: list[Span]) -> set[int]:
    """Non-space positions of the raw text inside ``ranges`` (offsets past the text are cut off)."""
    return {i for r in ranges for i in range(max(0, r["raw_start"]), min(r["raw_end"], len(raw)))
            if not raw[i].isspace()}


def score_boilerplate(score: LayerScore, doc_id: str, raw: str, gold: list[Span], removed: list[Span]) -> None:
    """Characters (white space aside) that gold and prediction remove."""
    gold_chars, pred_chars = _visible_positions(raw, gold), _visible_positions(raw, removed)
    score.counts["chars"].add(PRF(tp=len(gold_chars & pred_chars), fp=len(pred_chars - gold_chars),
                                  fn=len(gold_chars - pred_chars)))
    for span in gold:
        kept = _visible_positions(raw, [span]) - pred_chars
        if kept:
            score.error(doc_id, "boilerplate", "fn", span, kept_chars=len(kept), reason=span.get("reason"))
    for span in removed:
        lost = _visible_positions(raw, [span]) - gold_chars
        if lost:
            score.totals["content_chars_lost"] += len(lost)
            score.error(doc_id, "boilerplate", "fp", {**span, "text": raw[span["raw_start"]:span["raw_end"]]},
                        lost_chars=len(lost), reason=span.get("reason"))
