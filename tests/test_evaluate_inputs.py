"""The evaluator's inputs are untrusted: bad gold files and prediction lines are skipped and named,
and no path a record names is ever opened (raw texts come from --raw, by plain doc_id)."""

import json

import pytest
from click.testing import CliRunner

from extract.cli import main
from extract.evaluate.gold import load_gold, load_scorable_gold
from extract.evaluate.inputs import raw_text, read_predictions
from extract.evaluate.scorer import evaluate
from extract.evaluate.spans import LayerScore, score_boilerplate

RAW = "Kiev a été visée. Crédit photo : AFP"
SECRET = "TOP-SECRET-7f3a9c: do not leak"


def _gold(doc_id="a", **changes):
    return {"doc_id": doc_id, "entities": [{"raw_start": 0, "raw_end": 4, "text": "Kiev", "label": "LOC",
                                            "canonical": "Kiev", "geonames_id": None}],
            "quantities": [], "timexes": [], "events": [],
            "boilerplate": [{"raw_start": 18, "raw_end": 36, "text": "Crédit photo : AFP", "reason": "credit"}],
            **changes}


def _corpus(tmp_path, with_raw=True):
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    (gold / "a.json").write_text(json.dumps(_gold(), ensure_ascii=False), encoding="utf-8")
    if with_raw:
        (raw / "a.txt").write_text(RAW, encoding="utf-8")
    return gold, raw


def _prediction(source):
    """A prediction that names a path in ``source`` and removes characters far past the raw text."""
    return {"doc_id": "a", "source": source, "entities": [], "removed": [{"raw_start": 0, "raw_end": 500,
                                                                          "reason": "noise"}]}


def _outputs(tmp_path, result):
    files = [tmp_path / "errors.jsonl", tmp_path / "scores.json"]
    return result.stdout + result.stderr + "".join(p.read_text(encoding="utf-8") for p in files if p.exists())


@pytest.mark.parametrize("source", ["secret", "/etc/passwd"])
@pytest.mark.parametrize("with_raw", [True, False], ids=["raw-file", "no-raw-file"])
def test_a_path_named_by_a_prediction_is_never_opened(tmp_path, with_raw, source):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    gold, raw = _corpus(tmp_path, with_raw)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_prediction(str(secret) if source == "secret" else source)) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--raw", str(raw),
                                       "--errors", str(tmp_path / "errors.jsonl"),
                                       "--json", str(tmp_path / "scores.json")])
    assert result.exit_code == 0, result.output
    everything = _outputs(tmp_path, result)
    assert "TOP-SECRET" not in everything and "root:" not in everything
    assert ("BOILERPLATE" in result.stdout) == with_raw  # boilerplate is scored from --raw alone


@pytest.mark.parametrize("doc_id", ["../secret", "a/../../secret", "/tmp/secret", ".secret", "a\\b", "a\x00", ".."])
def test_raw_text_is_read_by_plain_doc_id_inside_the_raw_directory_only(tmp_path, doc_id):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (raw / ".secret.txt").write_text(SECRET, encoding="utf-8")
    (raw / "a.txt").write_text(RAW, encoding="utf-8")
    assert raw_text(raw, "a") == RAW
    assert raw_text(raw, doc_id) is None
    assert raw_text(None, "a") is None


def _bad_gold_dir(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps(_gold(), ensure_ascii=False), encoding="utf-8")
    (gold / "b.json").write_text("{not json", encoding="utf-8")
    (gold / "c.json").write_text("[1, 2]", encoding="utf-8")
    (gold / "d.json").write_text(json.dumps(_gold("d", entities="Kiev")), encoding="utf-8")
    (gold / "e.json").write_text(json.dumps(_gold("../e")), encoding="utf-8")
    (gold / "f.json").write_bytes(b"\xff\xfe{}")
    (gold / "g.json").write_text('{"doc_id": "g", "entities": [], "quantities": [], "timexes": [], '
                                 '"events": [], "x": NaN}', encoding="utf-8")
    return gold


BAD_LINES = [
    ("not json", "not JSON"),
    ("[1]", "not a JSON object"),
    ('{"entities": []}', "doc_id None is not a non-empty string"),
    ('{"doc_id": "a", "entities": [{"raw_start": "x", "raw_end": 4, "text": "K", "label": "LOC"}]}',
     "entities/0/raw_start"),
    ('{"doc_id": "a", "entities": [{"raw_start": 0.0, "raw_end": 4, "text": "K", "label": "LOC"}]}',
     "entities/0/raw_start"),
    ('{"doc_id": "a", "quantities": [{"raw_start": 0, "raw_end": 4, "text": "K", "value": NaN, '
     '"qualifier": "exact"}]}', "non-finite number NaN"),
    ('{"doc_id": "a", "events": [{"launched": {"value": 1e999}}]}', "non-finite number Infinity"),
    ('{"doc_id": "a", "events": [{"attack_type": "drone", "weapons": [{"model": 5}]}]}', "weapons/0/model"),
    ("[" * 100000, "nested too deeply"),
    ('{"doc_id": "a", "text": "\\ud800"}', "lone surrogate"),
]


def test_bad_gold_files_and_prediction_lines_are_skipped_named_and_fail_the_run(tmp_path):
    gold = _bad_gold_dir(tmp_path)
    pred = tmp_path / "pred.jsonl"
    with pred.open("wb") as handle:
        handle.write(json.dumps(_prediction("a.txt")).encode("utf-8") + b"\n")
        handle.write(b"\xff\xfe\n")
        for line, _ in BAD_LINES:
            handle.write(line.encode("utf-8") + b"\n")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--pred", str(pred),
                                       "--errors", str(tmp_path / "errors.jsonl")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output and "== " in result.stdout
    assert "documents: 1 gold, 1 predicted" in result.stdout  # the sound gold file a, and line 1
    for name in "bcdefg":
        assert f"skipped {gold / name}.json: " in result.stderr, name
    assert f"skipped {pred}:2: not UTF-8" in result.stderr
    for number, (_, reason) in enumerate(BAD_LINES, 3):
        assert f"skipped {pred}:{number}: " in result.stderr and reason in result.stderr, reason


def test_evaluate_reports_skipped_inputs_without_raising(tmp_path):
    gold = _bad_gold_dir(tmp_path)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(line for line, _ in BAD_LINES) + "\n", encoding="utf-8")
    result = evaluate(gold, pred)
    assert result.scores["documents"]["gold"] == 1
    assert len(result.skipped) == 6 + len(BAD_LINES)
    assert all(item.file and item.reason for item in result.skipped)


def test_gold_is_keyed_by_file_name_and_a_mismatched_doc_id_is_not_scored(tmp_path):
    gold = _bad_gold_dir(tmp_path)
    assert sorted(load_gold(gold)) == ["a", "d", "e"]  # readable JSON objects, by file name
    table, skipped = load_scorable_gold(gold)
    assert sorted(table) == ["a"]
    assert any("doc_id '../e' is not the file's name 'e'" in item.reason for item in skipped)


def test_predictions_of_other_documents_are_not_checked(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"doc_id": "z", "entities": "anything"}\n{"doc_id": "a"}\n', encoding="utf-8")
    predictions, skipped = read_predictions(pred, {"a"})
    assert list(predictions) == ["a"] and skipped == []


def test_boilerplate_offsets_past_the_raw_text_are_cut_off():
    score = LayerScore()
    score_boilerplate(score, "a", RAW, [{"raw_start": 18, "raw_end": 10**12, "text": "x", "reason": "r"}],
                      [{"raw_start": 0, "raw_end": 10**12, "reason": "noise"}])
    assert score.counts["chars"].tp == len(RAW[18:].replace(" ", ""))
