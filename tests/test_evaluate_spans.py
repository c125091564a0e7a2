from extract.evaluate.spans import (
    LayerScore,
    align_spans,
    score_boilerplate,
    score_entities,
    score_timexes,
)


def span(start, end, text="x", **extra):
    return {"raw_start": start, "raw_end": end, "text": text, **extra}


def test_exact_extent_is_preferred_over_a_larger_overlap():
    gold = [span(0, 10)]
    pred = [span(0, 12), span(0, 10)]
    assert align_spans(gold, pred) == [(gold[0], pred[1])]


def test_entity_strict_and_relaxed_counts():
    gold = [span(0, 5, label="LOC"), span(10, 20, label="ORG")]
    pred = [span(0, 5, label="LOC"), span(10, 15, label="ORG"), span(30, 35, label="PER")]
    score = LayerScore()
    score_entities(score, "d", gold, pred)
    assert (score.counts["micro.strict"].tp, score.counts["micro.relaxed"].tp) == (1, 2)
    assert score.counts["micro.relaxed"].fp == 1 and score.counts["PER.relaxed"].fp == 1


def test_unrecognised_gold_place_counts_against_linking():
    gold = [span(0, 5, label="LOC", geonames_id=1), span(10, 15, label="LOC", geonames_id=2)]
    pred = [span(0, 5, label="LOC", geo={"geonames_id": 1})]
    score = LayerScore()
    score_entities(score, "d", gold, pred)
    assert score.accuracies["LOC.linking"].value == 0.5
    assert score.accuracies["LOC.linking_on_matches"].value == 1.0


def test_timex_value_f1_counts_only_right_values():
    gold = [span(0, 5, type="DATE", value="2024-03-21"), span(10, 15, type="DATE", value="2024-03-20")]
    pred = [span(0, 5, type="DATE", value="2024-03-21"), span(10, 15, type="DATE", value="XXXX-WXX-3")]
    score = LayerScore()
    score_timexes(score, "d", gold, pred)
    assert score.counts["relaxed"].f1 == 1.0
    assert score.counts["value"].f1 == 0.5


def test_boilerplate_scores_visible_characters():
    raw = "Texte. 1 crédit : X\nÀ lire aussi Y"
    gold = [span(7, 19), span(20, 34)]
    removed = [span(7, 19)]
    score = LayerScore()
    score_boilerplate(score, "d", raw, gold, removed)
    counts = score.counts["chars"]
    assert counts.precision == 1.0 and 0 < counts.recall < 1
    assert score.totals["content_chars_lost"] == 0
