"""The seed gold itself: every span matches the raw text (the gold check, run in tests)."""

from extract.evaluate.gold import check_document, check_gold, gold_hash, load_gold

from conftest import GOLD, SEEDS


def test_every_seed_has_gold():
    assert sorted(load_gold(GOLD)) == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_seed_gold_spans_match_the_raw_text():
    assert check_gold(GOLD, SEEDS) == {doc_id: [] for doc_id in load_gold(GOLD)}


def test_check_reports_a_shifted_span_overlaps_and_annotations_in_boilerplate():
    raw = "Kiev a été visée. 1 crédit : X"
    gold = {"entities": [{"raw_start": 1, "raw_end": 5, "text": "Kiev", "label": "LOC"},
                         {"raw_start": 29, "raw_end": 30, "text": "X", "label": "ORG"}],
            "boilerplate": [{"raw_start": 18, "raw_end": 30, "text": "1 crédit : X"}]}
    problems = check_document(gold, raw)
    assert any("'iev '" in p for p in problems)
    assert any("inside boilerplate" in p for p in problems)


def test_gold_hash_is_stable():
    assert gold_hash(GOLD) == gold_hash(GOLD)
