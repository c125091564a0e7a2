import json

import pytest
from click.testing import CliRunner

from extract.cli import main

COMMANDS = ["run", "clean", "ner", "normalize", "events", "validate", "evaluate", "bench"]


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
