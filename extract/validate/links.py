"""References between layers: ids that are unique and names that point at what they should.

:func:`reference_problems` guarantees that
- entity, quantity, timex and event ids are each unique in their layer;
- a timex ``anchor`` is ``dct``, null or the id of a timex of the record;
- each event's ``locations[].entity`` and ``reported_by[].entity`` name an
  existing entity, and each count's ``quantity`` an existing quantity;
- what they name fits them: the location or reporter shares a word (case and
  accents folded, short function words aside) with the entity's text or
  canonical name, and a count has its quantity's value. Ids are numbers in
  text order, so after an earlier stage is rerun an old reference usually
  names another entity; these checks catch it in files whose provenance
  carries no input digest (see :mod:`extract.validate.stale`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from extract.lang.fr.text import name_key
from extract.validate.parse import show
from extract.validate.spans import items, where

ID_LAYERS = ("entities", "quantities", "timexes", "events")
COUNT_SLOTS = ("launched", "intercepted", "killed", "injured")
MIN_WORD = 3  # shorter words ("de", "la", "l") say nothing about which entity is meant
FUNCTION_WORDS = frozenset(["les", "des", "une", "aux", "par", "pour", "sur", "dans", "avec", "selon", "the"])


def _ids(record: dict[str, Any], layer: str) -> dict[str, dict[str, Any]] | None:
    """id -> item of a layer, or None when the record has no such layer."""
    if not isinstance(record.get(layer), list):
        return None
    return {item["id"]: item for _, item in items(record, layer) if isinstance(item.get("id"), str)}


def duplicate_id_problems(record: dict[str, Any]) -> list[str]:
    problems = []
    for layer in ID_LAYERS:
        counts = Counter(item.get("id") for _, item in items(record, layer) if isinstance(item.get("id"), str))
        problems += [f"{layer}: id {show(ident, 40)} is used {n} times" for ident, n in counts.items() if n > 1]
    return problems


def _dangling_anchor(anchor: Any, timexes: dict[str, dict[str, Any]]) -> bool:
    return anchor is not None and anchor != "dct" and not (isinstance(anchor, str) and anchor in timexes)


def anchor_problems(record: dict[str, Any]) -> list[str]:
    timexes = _ids(record, "timexes") or {}
    return [f"{where('timexes', index, timex)}: anchor {show(timex.get('anchor'), 40)} is not a timex id"
            for index, timex in items(record, "timexes") if _dangling_anchor(timex.get("anchor"), timexes)]


def _words(*names: Any) -> set[str]:
    found = set()
    for name in names:
        if isinstance(name, str):
            found |= {w for w in name_key(name).split() if len(w) >= MIN_WORD and w not in FUNCTION_WORDS}
    return found


def _entity_ref(name: str, item: dict[str, Any], entities: dict[str, dict[str, Any]] | None) -> list[str]:
    ident = item.get("entity")
    if ident is None:
        return []
    if entities is None:
        return [f"{name}: names entity {show(ident, 40)} but the record has no entities layer"]
    entity = entities.get(ident) if isinstance(ident, str) else None
    if entity is None:
        return [f"{name}: entity {show(ident, 40)} is not an entity id"]
    mine, theirs = _words(item.get("text"), item.get("canonical")), _words(entity.get("text"), entity.get("canonical"))
    if mine and theirs and not mine & theirs:
        return [f"{name}: entity {show(ident, 40)} is {show(entity.get('text'))}, which shares no word with "
                f"{show(item.get('text'))} (a reference left stale by a rerun?)"]
    return []


def _count_ref(name: str, count: Any, quantities: dict[str, dict[str, Any]] | None) -> list[str]:
    if not isinstance(count, dict) or count.get("quantity") is None:
        return []
    ident = count["quantity"]
    if quantities is None:
        return [f"{name}: names quantity {show(ident, 40)} but the record has no quantities layer"]
    quantity = quantities.get(ident) if isinstance(ident, str) else None
    if quantity is None:
        return [f"{name}: quantity {show(ident, 40)} is not a quantity id"]
    if count.get("value") != quantity.get("value"):
        return [f"{name}: value {show(count.get('value'), 30)} is not the value {show(quantity.get('value'), 30)} "
                f"of quantity {show(ident, 40)} {show(quantity.get('text'))} (a reference left stale by a rerun?)"]
    return []


def event_reference_problems(record: dict[str, Any]) -> list[str]:
    entities, quantities = _ids(record, "entities"), _ids(record, "quantities")
    problems = []
    for index, event in items(record, "events"):
        name = where("events", index, event)
        for field in ("locations", "reported_by"):
            for number, item in items(event, field):
                problems += _entity_ref(f"{name}/{field}/{number}", item, entities)
        for slot in COUNT_SLOTS:
            problems += _count_ref(f"{name}/{slot}", event.get(slot), quantities)
    return problems


def reference_problems(record: dict[str, Any]) -> list[str]:
    """Duplicate ids, dangling or misfit references between layers."""
    return duplicate_id_problems(record) + anchor_problems(record) + event_reference_problems(record)
