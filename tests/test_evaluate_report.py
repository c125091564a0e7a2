from conftest import GOLD, SEEDS

from extract.evaluate.report import render
from extract.evaluate.scorer import evaluate, flatten


def test_scoring_gold_against_itself_is_perfect(tmp_path):
    import json

    from extract.evaluate.agreement import gold_as_prediction

    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as handle:
        for path in sorted(GOLD.glob("*.json")):
            record = gold_as_prediction(json.loads(path.read_text(encoding="utf-8")))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    scores = evaluate(GOLD, pred, SEEDS).scores
    flat = flatten(scores)
    for name in ("entities.micro.strict.f1", "timexes.value.f1", "quantities.relaxed.f1",
                 "events.micro.f1", "events.event_level.f1", "boilerplate.chars.f1", "entities.LOC.linking.accuracy"):
        assert flat[name] == 1.0, name
    table = render(scores)
    assert "ENTITIES" in table and "EVENTS" in table
    beside = render(scores, baseline=scores)
    assert "baseline F1 1.000" in beside and "baseline 1.000" in beside
