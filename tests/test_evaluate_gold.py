"""The gold itself: every file of every set matches its raw text and the gold schema."""

import json

import pytest
from conftest import DEV_GOLD, DEV_RAW, GOLD, SEEDS

from extract.evaluate.gold import (
    check_document,
    check_gold,
    gold_hash,
    gold_validator,
    load_gold,
)
from extract.validate import contract_schema

GOLD_SETS = [(GOLD, SEEDS), (DEV_GOLD, DEV_RAW)]


def _gold(**layers):
    return {"doc_id": "t", "entities": [], "quantities": [], "timexes": [], "events": [], **layers}


def _entity(start, end, text, label="LOC"):
    return {"raw_start": start, "raw_end": end, "text": text, "label": label, "canonical": text,
            "geonames_id": None}


@pytest.mark.parametrize("gold_dir, raw_dir", GOLD_SETS, ids=["seeds", "dev"])
def test_every_raw_text_has_gold_and_every_gold_its_raw_text(gold_dir, raw_dir):
    assert sorted(load_gold(gold_dir)) == sorted(p.stem for p in raw_dir.glob("*.txt"))


DOUBLE = DEV_GOLD.parent / "double"


@pytest.mark.parametrize("gold_dir, raw_dir", [*GOLD_SETS, (DOUBLE / "first", DEV_RAW), (DOUBLE / "second", DEV_RAW)],
                         ids=["seeds", "dev", "double-first", "double-second"])
def test_every_gold_file_is_sound(gold_dir, raw_dir):
    problems = {doc_id: found for doc_id, found in check_gold(gold_dir, raw_dir).items() if found}
    assert problems == {}


def test_every_dev_article_has_its_metadata():
    meta = [json.loads(line) for line in (DEV_RAW / "meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(m["doc_id"] for m in meta) == sorted(p.stem for p in DEV_RAW.glob("*.txt"))
    assert all(m.get("url") and m.get("outlet") for m in meta)


def test_a_shifted_span_an_overlap_and_an_annotation_in_boilerplate_are_reported():
    raw = "Kiev a été visée. 1 crédit : X"
    gold = _gold(entities=[_entity(1, 5, "Kiev"), _entity(2, 4, "ie"), _entity(29, 30, "X", "ORG")],
                 boilerplate=[{"raw_start": 18, "raw_end": 30, "text": "1 crédit : X", "reason": "credit"}])
    problems = check_document(gold, raw)
    assert any("'iev '" in p for p in problems)
    assert any("overlap" in p for p in problems)
    assert any("inside boilerplate" in p for p in problems)


def test_a_shape_the_contract_does_not_allow_is_reported_before_offsets():
    bad_label = _gold(entities=[{**_entity(0, 4, "Kiev"), "label": "CITY"}])
    assert any(p.startswith("schema: entities/0/label") for p in check_document(bad_label, "Kiev"))
    no_slots = _gold(events=[{"attack_type": "drone"}])
    assert any("'launched' is a required property" in p for p in check_document(no_slots, "Kiev"))


def test_event_evidence_must_give_back_its_text():
    event = {"attack_type": "drone", "date": None, "locations": [], "country": None, "attacker": None,
             "weapons": [], "launched": None, "intercepted": None, "killed": None, "injured": None,
             "reported_by": [], "evidence": [{"raw_start": 0, "raw_end": 5, "text": "Kiev."}]}
    assert check_document(_gold(events=[event]), "Kiev a été visée.") == [
        "event 1 evidence: raw[0:5] is 'Kiev ', not 'Kiev.'"]


def test_gold_enumerations_are_the_contracts():
    gold, contract = gold_validator().schema["$defs"], contract_schema()["$defs"]
    assert gold["qualifier"] == contract["qualifier"]
    assert gold["entity"]["properties"]["label"] == contract["entity"]["properties"]["label"]
    assert gold["timex"]["properties"]["type"] == contract["timex"]["properties"]["type"]
    for slot in ("attack_type", "weapons"):
        assert gold["event"]["properties"][slot] == contract["event"]["properties"][slot]


def test_gold_hash_is_stable_and_follows_the_chosen_documents():
    assert gold_hash(GOLD) == gold_hash(GOLD)
    first = sorted(load_gold(GOLD))[0]
    assert gold_hash(GOLD, [first]) != gold_hash(GOLD)
