from extract.evaluate.gate import check_floors, make_floors

SCORES = {"entities": {"micro.strict": {"f1": 0.80}}, "events": {"micro": {"f1": 0.50}}}


def test_scores_at_or_near_the_floor_pass():
    floors = make_floors(SCORES, "abc")
    assert check_floors(SCORES, floors, "abc") == []
    slightly_lower = {**SCORES, "events": {"micro": {"f1": 0.495}}}
    assert check_floors(slightly_lower, floors, "abc") == []


def test_a_drop_beyond_the_tolerance_fails():
    floors = make_floors(SCORES, "abc")
    lower = {**SCORES, "events": {"micro": {"f1": 0.40}}}
    [failure] = check_floors(lower, floors, "abc")
    assert "events.micro.f1" in failure


def test_floors_measured_on_other_gold_fail():
    assert check_floors(SCORES, make_floors(SCORES, "abc"), "def")
