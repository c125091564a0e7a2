import json

from extract.evaluate.gate import (
    check_floors,
    check_set,
    make_floors,
    read_floors,
    write_set,
)

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


def test_only_the_scores_a_set_has_are_gated():
    assert set(make_floors(SCORES, "abc")["floors"]) == {"entities.micro.strict.f1", "events.micro.f1"}


def test_writing_one_sets_floors_keeps_the_others(tmp_path):
    path = tmp_path / "floors.json"
    write_set(path, "seeds", make_floors(SCORES, "abc"))
    write_set(path, "dev-test", make_floors(SCORES, "def"))
    write_set(path, "seeds", make_floors(SCORES, "xyz"))
    table = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(table["sets"]) == ["dev-test", "seeds"]
    assert table["sets"]["seeds"]["gold_sha256"] == "xyz"
    assert read_floors(path) == table


def test_a_set_with_no_floors_fails_the_gate(tmp_path):
    path = tmp_path / "floors.json"
    write_set(path, "seeds", make_floors(SCORES, "abc"))
    [failure] = check_set(SCORES, path, "dev-test", "abc")
    assert "no floors for the set 'dev-test'" in failure
    assert check_set(SCORES, path, "seeds", "abc") == []
