import json

from conftest import GOLD, SEEDS

from extract.evaluate.agreement import agreement, gold_as_prediction
from extract.evaluate.scorer import flatten


def test_a_gold_record_reads_as_a_prediction_with_its_links_and_removals():
    gold = {"doc_id": "t", "entities": [{"raw_start": 0, "raw_end": 4, "text": "Kiev", "label": "LOC",
                                         "canonical": "Kiev", "geonames_id": 703448}],
            "boilerplate": [{"raw_start": 5, "raw_end": 9, "text": "(AFP)", "reason": "credit"}]}
    pred = gold_as_prediction(gold)
    assert pred["entities"][0]["geo"] == {"geonames_id": 703448}
    assert pred["removed"] == gold["boilerplate"]


def test_an_annotator_agrees_fully_with_a_copy_of_themself(tmp_path):
    second = tmp_path / "second"
    second.mkdir()
    first_doc = sorted(GOLD.glob("*.json"))[0]
    (second / first_doc.name).write_bytes(first_doc.read_bytes())
    scores = agreement(GOLD, second, SEEDS).scores
    assert scores["documents"]["gold"] == 1
    flat = flatten(scores)
    assert flat["entities.micro.strict.f1"] == 1.0 and flat["events.micro.f1"] == 1.0


def test_a_missed_entity_lowers_recall_not_precision(tmp_path):
    second = tmp_path / "second"
    second.mkdir()
    first_doc = sorted(GOLD.glob("*.json"))[0]
    record = json.loads(first_doc.read_text(encoding="utf-8"))
    record["entities"] = record["entities"][1:]
    (second / first_doc.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    relaxed = agreement(GOLD, second, SEEDS).scores["entities"]["micro.relaxed"]
    assert relaxed["precision"] == 1.0 and relaxed["fn"] == 1
