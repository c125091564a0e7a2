"""The evaluation gate, in CI: the seed run must not score below tests/floors.json."""

from pathlib import Path

import pytest

from extract.evaluate.gate import check_floors, read_floors
from extract.evaluate.gold import gold_hash
from extract.evaluate.scorer import evaluate

from conftest import GOLD, SEEDS

FLOORS = Path(__file__).with_name("floors.json")


@pytest.mark.slow
def test_seed_scores_hold_their_floors(seed_run):
    scores = evaluate(GOLD, seed_run / "events.jsonl", SEEDS).scores
    assert check_floors(scores, read_floors(FLOORS), gold_hash(GOLD)) == []
