"""The evaluation gate, in CI: each set's run must not score below its section of tests/floors.json."""

from pathlib import Path

import pytest
from conftest import ROOT

from extract.evaluate.gate import check_set
from extract.evaluate.gold import gold_hash
from extract.evaluate.scorer import evaluate
from extract.evaluate.sets import standard_sets

FLOORS = Path(__file__).with_name("floors.json")
SETS = {s.name: s for s in standard_sets(ROOT / "corpus")}


@pytest.mark.slow
def test_seed_scores_hold_their_floors(seed_run):
    seeds = SETS["seeds"]
    scores = evaluate(seeds.gold, seed_run / "events.jsonl", seeds.raw).scores
    assert check_set(scores, FLOORS, "seeds", gold_hash(seeds.gold)) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", ["dev-train", "dev-dev", "dev-test"])
def test_dev_scores_hold_their_floors(dev_run, name):
    chosen = SETS[name]
    doc_ids = chosen.doc_ids()
    scores = evaluate(chosen.gold, dev_run / "events.jsonl", chosen.raw, doc_ids).scores
    assert check_set(scores, FLOORS, name, gold_hash(chosen.gold, doc_ids)) == []
