"""Deliberately bad inputs: each bad document gets its error record, the run goes on, and every
good document comes out exactly as in a run without the bad ones (extract.bench.bad_inputs)."""

import json

from click.testing import CliRunner

from extract.bench.bad_inputs import write_corpus
from extract.cli import main

FILES = ("clean.jsonl", "entities.jsonl", "normalized.jsonl", "events.jsonl")


def _by_doc(path):
    return {json.loads(line)["doc_id"]: line for line in path.read_text(encoding="utf-8").splitlines()}


def test_bad_documents_fail_alone_and_good_ones_are_untouched(tmp_path):
    expected = write_corpus(tmp_path)
    runner = CliRunner()
    mixed = runner.invoke(main, ["run", str(tmp_path / "files"), str(tmp_path / "corpus.jsonl"),
                                 "--out", str(tmp_path / "mixed"), "--max-chars", "20000", "--quiet"])
    assert mixed.exit_code == 1, mixed.output
    errors = [json.loads(line) for line in (tmp_path / "mixed" / "errors.jsonl").read_text().splitlines()]
    assert {e["doc_id"]: e["error"] for e in errors} == {d: code for d, code in expected.items() if code}
    assert len(errors) == sum(1 for code in expected.values() if code)

    files = {p.stem: str(p) for p in (tmp_path / "files").iterdir()}
    good = [doc_id for doc_id, code in expected.items() if code is None and doc_id in files]
    inputs = sorted(files[doc_id] for doc_id in good)
    alone = runner.invoke(main, ["run", *inputs, "--out", str(tmp_path / "alone"), "--max-chars", "20000",
                                 "--quiet"])
    assert alone.exit_code == 0, alone.output
    for name in FILES:
        mixed_docs, alone_docs = _by_doc(tmp_path / "mixed" / name), _by_doc(tmp_path / "alone" / name)
        assert set(alone_docs) == set(good)
        assert {d: mixed_docs[d] for d in good} == alone_docs
