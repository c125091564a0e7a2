"""Generalisation: short French news texts written for this test (other places, weapons,
phrasings, conflicts), each with the events a careful annotator would extract. The whole
pipeline runs on them; every expected slot must be found, and no event may be invented."""

import json
from functools import lru_cache
from pathlib import Path

import pytest

from extract.corpus import RawInput
from extract.evaluate.matching import reporter_names_match
from extract.lang.fr.text import name_key
from extract.runner import process_batch
from extract.stages import STAGE_NAMES, PipelineConfig

pytestmark = pytest.mark.slow
CASES = json.loads((Path(__file__).parent / "data" / "event_cases.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def predictions() -> dict[str, list[dict]]:
    items = [RawInput(case["id"], f"{case['id']}.txt", case["text"].encode("utf-8"), {"published": case["dct"]})
             for case in CASES]
    results = process_batch(items, STAGE_NAMES, PipelineConfig())
    return {r.doc_id: json.loads(r.lines["events"])["events"] for r in results}


def _names(event: dict) -> set[str]:
    return ({name_key(place["text"]) for place in event["locations"]}
            | {name_key(place["canonical"]) for place in event["locations"]})


def _place_found(name: str, event: dict) -> bool:
    return any(name_key(name) in n or n in name_key(name) for n in _names(event) if n)


def _pick(expected: dict, events: list[dict]) -> dict | None:
    same_type = [e for e in events if e["attack_type"] == expected["attack_type"]]
    located = [e for e in same_type if all(_place_found(p, e) for p in expected.get("locations", []))]
    dated = [e for e in located if e["date"] == expected.get("date")]
    return (dated or located or same_type or [None])[0]


def _problems(expected: dict, event: dict) -> list[str]:
    problems = []
    for slot in ("date", "country"):
        if slot in expected and event[slot] != expected[slot]:
            problems.append(f"{slot}: {event[slot]} != {expected[slot]}")
    if "attacker_country" in expected and (event["attacker"] or {}).get("country") != expected["attacker_country"]:
        problems.append(f"attacker: {event['attacker']} != {expected['attacker_country']}")
    for place in expected.get("locations", []):
        if not _place_found(place, event):
            problems.append(f"location {place} not in {sorted(_names(event))}")
    kinds = {w["kind"] for w in event["weapons"]}
    models = {name_key(w["model"]) for w in event["weapons"] if w["model"]}
    problems += [f"weapon kind {k}" for k in expected.get("weapon_kinds", []) if k not in kinds]
    problems += [f"weapon model {m}" for m in expected.get("weapon_models", []) if name_key(m) not in models]
    for slot in ("launched", "intercepted", "killed", "injured"):
        if slot in expected and (event[slot] or {}).get("value") != expected[slot]:
            problems.append(f"{slot}: {(event[slot] or {}).get('value')} != {expected[slot]}")
    for name in expected.get("reported_by", []):
        if not any(reporter_names_match(name, r["text"]) or reporter_names_match(name, r["canonical"])
                   for r in event["reported_by"]):
            problems.append(f"reported_by {name} not in {[r['text'] for r in event['reported_by']]}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_expected_events_and_only_them(case):
    events = predictions()[case["id"]]
    assert len(events) == len(case["events"]), [(e["attack_type"], [place["text"] for place in e["locations"]]) for e in events]
    for expected in case["events"]:
        event = _pick(expected, events)
        assert event is not None, f"no {expected['attack_type']} event"
        assert _problems(expected, event) == []
