import json

import pytest
from conftest import read_jsonl, run_pipeline

from extract.corpus import RawInput
from extract.records import load_document
from extract.runner import AtomicFiles, ordered_map, process
from extract.stages import PipelineConfig

CONFIG = PipelineConfig()
LATIN1_TEXT = ("Le maire de Lyon a inauguré mercredi une école élémentaire près de la gare. "
               "Les élèves découvriront leurs salles dès la rentrée de septembre.\n")


def test_clean_failure_becomes_an_error_record():
    result = process(RawInput("vide", "vide.txt", b""), ("clean",), CONFIG)
    assert result.lines == {}
    assert (result.error.doc_id, result.error.stage, result.error.error) == ("vide", "clean", "empty")


def test_invalid_previous_stage_record_is_reported_not_raised():
    result = process('{"doc_id": "x", "text": 3}\n', ("ner",), CONFIG)
    assert result.error.error == "bad_record" and result.error.doc_id == "x"


def test_record_lacking_a_required_layer_is_reported():
    clean = process(RawInput("d", "d.txt", "Un texte court.".encode()), ("clean",), CONFIG).lines["clean"]
    result = process(clean, ("events",), CONFIG)
    assert result.error.error == "missing_layer"


def test_stage_exception_is_caught_per_document(monkeypatch):
    from extract import stages

    def broken(item, dct):
        raise RuntimeError("boom")

    monkeypatch.setattr(stages, "clean_document", broken)
    result = process(RawInput("d", "d.txt", b"Texte."), ("clean",), CONFIG)
    assert result.error.error == "stage_exception" and "boom" in result.error.message


def _double(x, factor):
    return x * factor


def test_ordered_map_keeps_input_order_with_workers():
    assert list(ordered_map(_double, range(20), (3,), workers=2)) == [x * 3 for x in range(20)]


def test_atomic_files_leave_nothing_behind_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with AtomicFiles({"x": target}) as files:
            files["x"].write("partial\n")
            raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_bad_documents_are_reported_and_good_ones_processed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_vide.txt").write_bytes(b"")
    (corpus / "b_binaire.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (corpus / "c_latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (corpus / "d_utf8.txt").write_text("Deux drones ont été abattus près de Koursk, selon le gouverneur.",
                                       encoding="utf-8")
    out = tmp_path / "out"
    summary = run_pipeline([corpus], out)
    assert (summary.documents, summary.failed) == (4, 2)
    errors = {e["doc_id"]: e for e in read_jsonl(out / "errors.jsonl")}
    assert errors["a_vide"]["error"] == "empty" and errors["b_binaire"]["error"] == "binary"
    events = read_jsonl(out / "events.jsonl")
    assert [d["doc_id"] for d in events] == ["c_latin1", "d_utf8"]
    assert "élémentaire" in events[0]["text"]


@pytest.mark.slow
def test_duplicate_doc_id_is_an_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"doc_id": "x", "text": t}) for t in ("Un.", "Deux.")) + "\n")
    summary = run_pipeline([corpus], tmp_path / "out")
    assert summary.failed == 1
    [error] = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert error["error"] == "duplicate_doc_id"
    [doc] = read_jsonl(tmp_path / "out" / "clean.jsonl")
    assert load_document(json.dumps(doc)).text == "Un."


def test_batches_keep_order_and_size():
    from extract.runner import batched

    assert list(batched(range(5), 2)) == [[0, 1], [2, 3], [4]]


def test_one_bad_document_in_a_batch_fails_alone():
    from extract.runner import process_batch

    items = [RawInput("a", "a.txt", "Premier texte correct.".encode()), RawInput("b", "b.txt", b""),
             RawInput("c", "c.txt", "Troisième texte correct.".encode())]
    results = process_batch(items, ("clean",), CONFIG)
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert [r.error.error if r.error else None for r in results] == [None, "empty", None]
