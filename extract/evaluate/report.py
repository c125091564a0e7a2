"""A readable table of an evaluation, for the terminal and the README."""

from __future__ import annotations

from typing import Any

from extract.evaluate.events import SLOTS
from extract.evaluate.spans import LABELS


def _prf_row(name: str, counts: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    row = (f"  {name:<28} P {counts['precision']:.3f}  R {counts['recall']:.3f}  F1 {counts['f1']:.3f}"
           f"   (tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']})")
    return row + (f"   baseline F1 {baseline['f1']:.3f}" if baseline else "")


def _acc_row(name: str, acc: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    row = f"  {name:<28} {acc['accuracy']:.3f}   ({acc['correct']}/{acc['total']})"
    return row + (f"   baseline {baseline['accuracy']:.3f}" if baseline else "")


def _entity_rows(ent: dict[str, Any], base: dict[str, Any] | None) -> list[str]:
    """Entity rows, each with the baseline's figure beside it when a baseline was scored."""
    rows = []
    for name in ("micro", *LABELS):
        for kind in ("strict", "relaxed"):
            key = f"{name}.{kind}"
            rows.append(_prf_row(f"{name} {kind}", ent[key], base.get(key) if base else None))
    for name in ("LOC.linking", "LOC.linking_on_matches"):
        if name in ent:
            rows.append(_acc_row(name, ent[name], base.get(name) if base else None))
    return rows


def _section(title: str, rows: list[str]) -> list[str]:
    return [title, *rows, ""]


def render(scores: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    """The scores as text tables; ``baseline`` (another system's scores) is shown beside the entity rows."""
    ent, tim, qty, boil, ev = (scores[k] for k in ("entities", "timexes", "quantities", "boilerplate", "events"))
    lines: list[str] = []
    docs = scores["documents"]
    lines.append(f"documents: {docs['gold']} gold, {docs['predicted']} predicted"
                 + (f", missing {', '.join(docs['missing'])}" if docs["missing"] else ""))
    lines.append("")
    title = "ENTITIES (right: the baseline's score)" if baseline else "ENTITIES"
    lines += _section(title, _entity_rows(ent, baseline["entities"] if baseline else None))
    lines += _section("TIMEXES", [
        _prf_row("relaxed extent", tim["relaxed"]), _prf_row("strict extent", tim["strict"]),
        _prf_row("value (TempEval-3)", tim["value"]),
        *(_acc_row(n, tim[n]) for n in ("type", "value_on_matches") if n in tim)])
    lines += _section("QUANTITIES", [
        _prf_row("relaxed extent", qty["relaxed"]),
        *(_acc_row(n, qty[n]) for n in ("value", "qualifier", "counted") if n in qty)])
    if "chars" in boil:
        lines += _section("BOILERPLATE (removed characters)", [
            _prf_row("removal", boil["chars"]),
            f"  {'content characters lost':<28} {boil.get('content_chars_lost', 0)}"])
    lines += _section("EVENTS", [
        _prf_row("event level", ev["event_level"]), _prf_row("slots micro", ev["micro"]),
        *(_prf_row(slot, ev["per_slot"][slot]) for slot in SLOTS)])
    return "\n".join(lines).rstrip() + "\n"
