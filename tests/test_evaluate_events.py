from extract.evaluate.events import EventScore, align_events, score_document_events


def event(attack_type="drone", **slots):
    base = {"attack_type": attack_type, "date": None, "locations": [], "country": None, "attacker": None,
            "weapons": [], "launched": None, "intercepted": None, "killed": None, "injured": None,
            "reported_by": []}
    return {**base, **slots}


def count(value):
    return {"value": value, "low": value, "high": value, "qualifier": "exact"}


MOSCOW = {"text": "Moscou", "canonical": "Moscow", "geonames_id": 524901}
KYIV = {"text": "Kiev", "canonical": "Kyiv", "geonames_id": 703448}


def test_perfect_prediction_scores_one():
    gold = [event(date="2024-01-02", locations=[MOSCOW], intercepted=count(3))]
    score = EventScore()
    score_document_events(score, "d", gold, gold)
    assert score.micro().f1 == 1.0 and score.events.f1 == 1.0


def test_empty_prediction_is_all_false_negatives():
    score = EventScore()
    score_document_events(score, "d", [event(date="2024-01-02")], [])
    assert (score.micro().tp, score.micro().fn, score.events.fn) == (0, 2, 1)


def test_spurious_event_counts_every_value_as_false_positive():
    gold = [event(locations=[MOSCOW])]
    pred = [event(locations=[MOSCOW]), event("missile", locations=[KYIV], killed=count(2))]
    score = EventScore()
    score_document_events(score, "d", gold, pred)
    assert score.events.fp == 1
    assert score.slots["killed"].fp == 1 and score.slots["locations"].fp == 1


def test_alignment_picks_the_pairing_with_most_agreement():
    gold = [event(locations=[MOSCOW], intercepted=count(34)), event(intercepted=count(36))]
    pred = [event(intercepted=count(36)), event(locations=[MOSCOW], intercepted=count(34))]
    assert sorted(align_events(gold, pred)) == [(0, 1), (1, 0)]


def test_pairs_without_any_matching_value_stay_unaligned():
    assert align_events([event("drone", date="2024-01-01")], [event("missile", date="2023-01-01")]) == []


def test_values_compare_after_folding_accents_and_case():
    gold = [event(locations=[{"text": "Kharkiv", "canonical": "Kharkiv", "geonames_id": None}],
                  weapons=[{"kind": "drone", "model": "Shahed", "count": None}],
                  reported_by=[{"text": "ministère russe de la Défense", "canonical": "ministère russe de la Défense"}])]
    pred = [event(locations=[{"text": "KHARKIV", "canonical": "kharkiv", "geonames_id": None}],
                  weapons=[{"kind": "drone", "model": "SHAHED", "count": 3}],
                  reported_by=[{"text": "Ministere russe de la defense", "canonical": "Ministere russe de la defense"}])]
    score = EventScore()
    score_document_events(score, "d", gold, pred)
    assert score.micro().f1 == 1.0
