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


def _options(command: str) -> set[str]:
    from extract.cli import main as group

    return {opt for param in group.commands[command].params for opt in param.opts if opt.startswith("--")}


def test_each_stage_command_offers_only_the_options_that_change_it():
    assert "--dct" in _options("clean") and "--spacy-model" not in _options("clean")
    assert {"--ner-backend", "--ner-model", "--spacy-model"} <= _options("ner")
    assert "--dct" not in _options("ner") and "--explain" not in _options("ner")
    assert "--explain" in _options("events") and "--ner-backend" not in _options("events")
    assert {"--dct", "--ner-backend", "--explain"} <= _options("run")


def test_backend_choices_come_from_the_registry():
    from extract.ner.backends import BACKENDS

    result = CliRunner().invoke(main, ["ner", "--help"])
    assert all(name in result.output for name in BACKENDS)


def test_transformers_without_a_model_is_a_usage_error_before_anything_loads(tmp_path, monkeypatch):
    import extract.nlp

    monkeypatch.setattr(extract.nlp, "load_pipeline", lambda *a, **k: pytest.fail("a model was loaded"))
    (tmp_path / "a.txt").write_text("Kiev a été visée.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out"),
                                       "--ner-backend", "transformers"])
    assert result.exit_code == 2 and "--ner-model" in result.output
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--out", str(tmp_path / "out"),
                                       "--ner-model", str(model_dir)])
    assert result.exit_code == 2 and "--ner-model" in result.output


def test_a_bad_metadata_line_is_a_warning_and_its_document_runs_without_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Kiev a été visée.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Odessa a été visée.", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text('{"doc_id": "a", \n["b"]\n{"doc_id": "b", "published": "2024-03-05"}\n',
                                         encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(tmp_path), "--out", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 0, result.output
    assert "meta.jsonl:1: unusable metadata line" in result.stderr
    assert "meta.jsonl:2: unusable metadata line" in result.stderr
    docs = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text().splitlines()]
    assert [(d["doc_id"], d["dct"]) for d in docs] == [("a", None), ("b", "2024-03-05")]


def test_a_directory_given_to_a_later_stage_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["normalize", str(tmp_path), "--out", str(tmp_path / "n.jsonl")])
    assert result.exit_code == 2 and "is a directory" in result.output


def test_a_stream_is_read_once_as_jsonl(tmp_path):
    """A pipe (as /dev/stdin is in a shell pipeline) is a JSONL corpus, read once, never counted."""
    import os
    import threading

    fifo = tmp_path / "stream"
    os.mkfifo(fifo)
    line = json.dumps({"doc_id": "s", "text": "Deux drones ont été abattus lundi."}) + "\n"
    writer = threading.Thread(target=lambda: fifo.write_text(line, encoding="utf-8"))
    writer.start()
    result = CliRunner().invoke(main, ["clean", str(fifo), "--out", str(tmp_path / "c.jsonl"), "--quiet"])
    writer.join(timeout=10)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["doc_id"] == "s"


def test_verbose_logs_skipped_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("Kiev a été visée.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = CliRunner().invoke(main, ["-v", "clean", str(tmp_path), "--out", str(tmp_path / "c.jsonl"), "--quiet"])
    assert result.exit_code == 0
    assert "skipped" in result.output and "notes.pdf" in result.output


def test_a_dash_reads_a_jsonl_corpus_on_standard_input(tmp_path):
    lines = "".join(json.dumps({"doc_id": d, "text": f"Le maire de {d} a parlé lundi."}) + "\n" for d in ("Lyon", "Lille"))
    result = CliRunner().invoke(main, ["clean", "-", "--out", str(tmp_path / "c.jsonl")], input=lines)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc_id"] for line in (tmp_path / "c.jsonl").read_text().splitlines()] == ["Lyon", "Lille"]


def test_an_empty_folder_is_a_usage_error(tmp_path):
    (tmp_path / "vide").mkdir()
    result = CliRunner().invoke(main, ["run", str(tmp_path / "vide"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "no documents" in result.output


def test_out_and_errors_on_one_file_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Kiev a été visée.", encoding="utf-8")
    same = str(tmp_path / "x.jsonl")
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "a.txt"), "--out", same, "--errors", same])
    assert result.exit_code == 2 and "same file" in result.output
