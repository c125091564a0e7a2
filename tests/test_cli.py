import json

import pytest
from click.testing import CliRunner

from extract.cli import main

COMMANDS = ["run", "clean", "ner", "normalize", "events", "validate", "check-gold", "corpus-stats", "evaluate", "agreement", "bench"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_clean_command_writes_records_and_exit_code_reports_failures(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bon.txt").write_text("La mairie a rouvert la piscine municipale.", encoding="utf-8")
    (corpus / "vide.txt").write_text("", encoding="utf-8")
    out = tmp_path / "clean.jsonl"
    result = CliRunner().invoke(main, ["clean", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in out.read_text().splitlines()] == ["bon"]
    errors = tmp_path / "clean.errors.jsonl"
    assert json.loads(errors.read_text())["error"] == "empty"


def test_dct_option_must_be_a_date(tmp_path):
    result = CliRunner().invoke(main, ["clean", str(tmp_path), "--out", str(tmp_path / "o"), "--dct", "hier"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_validate_reports_invalid_lines(tmp_path):
    bad = tmp_path / "clean.jsonl"
    bad.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "1 invalid" in result.output


def _gold_as_predictions(gold_dir, path):
    """A prediction file that copies the gold: every score is 1.0 against it."""
    from extract.evaluate.agreement import gold_as_prediction

    with path.open("w", encoding="utf-8") as handle:
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            handle.write(json.dumps(gold_as_prediction(gold), ensure_ascii=False) + "\n")


def test_check_gold_names_each_problem_and_fails(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Kiev a été visée.", encoding="utf-8")
    gold = {"doc_id": "a", "entities": [{"raw_start": 0, "raw_end": 3, "text": "Kiev", "label": "LOC",
                                         "canonical": "Kiev", "geonames_id": 703448}],
            "quantities": [], "timexes": [], "events": []}
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["check-gold", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert "a: entities: raw[0:3] is 'Kie', not 'Kiev'" in result.output


def test_evaluate_scores_one_split_beside_a_baseline_and_gates_it(tmp_path):
    from conftest import DEV_GOLD

    pred = tmp_path / "pred.jsonl"
    _gold_as_predictions(DEV_GOLD, pred)
    floors = tmp_path / "floors.json"
    common = ["evaluate", "--gold", str(DEV_GOLD), "--pred", str(pred), "--split", "test", "--baseline", str(pred)]
    written = CliRunner().invoke(main, [*common, "--write-floors", str(floors)])
    assert written.exit_code == 0, written.output
    assert "== dev-test" in written.output and "baseline F1 1.000" in written.output
    assert list(json.loads(floors.read_text(encoding="utf-8"))["sets"]) == ["dev-test"]
    gated = CliRunner().invoke(main, [*common, "--floors", str(floors)])
    assert gated.exit_code == 0
    other_set = CliRunner().invoke(main, [*common, "--set", "dev-dev", "--floors", str(floors)])
    assert other_set.exit_code == 1
