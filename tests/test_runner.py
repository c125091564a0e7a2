import json

import pytest
from conftest import read_jsonl, run_pipeline

from extract.corpus import RawInput
from extract.records import load_document
from extract.runner import BATCH_SIZE, Limits, process, run
from extract.stages import PipelineConfig
from extract.workers import WINDOW_PER_WORKER

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
    clean = process(RawInput("d", "d.txt", b"Un texte court."), ("clean",), CONFIG).lines["clean"]
    result = process(clean, ("events",), CONFIG)
    assert result.error.error == "missing_layer"


def test_stage_exception_is_caught_per_document(monkeypatch):
    from extract import stages

    def broken(item, dct):
        raise RuntimeError("boom")

    monkeypatch.setattr(stages, "clean_document", broken)
    result = process(RawInput("d", "d.txt", b"Texte."), ("clean",), CONFIG)
    assert result.error.error == "stage_exception" and "boom" in result.error.message


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

    items = [RawInput("a", "a.txt", b"Premier texte correct."), RawInput("b", "b.txt", b""),
             RawInput("c", "c.txt", "Troisième texte correct.".encode())]
    results = process_batch(items, ("clean",), CONFIG)
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert [r.error.error if r.error else None for r in results] == [None, "empty", None]


def _small_french_documents(count: int) -> list[RawInput]:
    """``count`` short articles, doc ids in descending order (so input order is not sorted order)."""
    towns = ("Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Metz", "Brest")
    docs = [RawInput(f"doc_{count - i:03d}", f"doc_{count - i:03d}.txt",
                     (f"Le conseil municipal de {towns[i % len(towns)]} s'est réuni {i + 1} fois cette année. "
                      f"Les élus ont voté {i * 3 + 2} délibérations.\n").encode(),
                     {"published": f"2024-05-{i % 28 + 1:02d}"})
            for i in range(count)]
    docs[BATCH_SIZE + 3] = RawInput(docs[BATCH_SIZE + 3].doc_id, "vide.txt", b"")  # one failure, mid-batch
    return docs


def test_two_workers_write_the_same_bytes_as_one_over_many_batches(tmp_path):
    # More batches than the two workers keep in flight, so batches finish and are written out of step.
    count = (2 * WINDOW_PER_WORKER + 1) * BATCH_SIZE + 3
    docs = _small_french_documents(count)
    written = {}
    for workers in (1, 2):
        out = tmp_path / f"workers{workers}"
        summary = run(iter(docs), ("clean",), {"clean": out / "clean.jsonl"}, out / "errors.jsonl", CONFIG, workers)
        assert (summary.documents, summary.failed) == (count, 1)
        written[workers] = {name: (out / name).read_bytes() for name in ("clean.jsonl", "errors.jsonl")}
    assert written[1] == written[2]
    failed = docs[BATCH_SIZE + 3].doc_id
    assert [doc["doc_id"] for doc in read_jsonl(tmp_path / "workers2" / "clean.jsonl")] == \
        [doc.doc_id for doc in docs if doc.doc_id != failed]
    assert [error["doc_id"] for error in read_jsonl(tmp_path / "workers2" / "errors.jsonl")] == [failed]


def test_a_document_over_the_time_limit_fails_alone_with_timeout(monkeypatch):
    import time

    from extract import stages
    from extract.runner import process_batch

    real = stages.clean_document

    def slow_on_b(item, dct):
        if item.doc_id == "b":
            time.sleep(30)
        return real(item, dct)

    monkeypatch.setattr(stages, "clean_document", slow_on_b)
    items = [RawInput(d, f"{d}.txt", b"Un texte correct sur Lyon.") for d in "abc"]
    started = time.monotonic()
    results = process_batch(items, ("clean",), CONFIG, Limits(timeout=0.5))
    assert time.monotonic() - started < 10
    assert [r.error.error if r.error else None for r in results] == [None, "timeout", None]


def test_a_document_over_the_size_limit_fails_alone_with_too_large():
    from extract.runner import process_batch

    items = [RawInput("court", "court.txt", b"Un texte court."),
             RawInput("long", "long.txt", ("Une phrase de plus. " * 100).encode())]
    results = process_batch(items, ("clean",), CONFIG, Limits(max_chars=500))
    assert [r.error.error if r.error else None for r in results] == [None, "too_large"]
    assert "limit 500" in results[1].error.message


def test_a_record_that_cannot_be_written_as_json_fails_alone(monkeypatch):
    from extract import runner

    real = runner.dump_document

    def dump(doc):
        if doc.doc_id == "b":
            raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")
        return real(doc)

    monkeypatch.setattr(runner, "dump_document", dump)
    items = [RawInput(d, f"{d}.txt", b"Un texte correct.") for d in "ab"]
    results = runner.process_batch(items, ("clean",), CONFIG)
    assert [r.error.error if r.error else None for r in results] == [None, "serialisation"]


def test_json_lines_refuse_non_finite_numbers():
    from extract.records import to_json_line

    with pytest.raises(ValueError):
        to_json_line({"value": float("inf")})


@pytest.mark.slow
def test_rerunning_a_stage_drops_the_layers_of_later_stages():
    from extract.runner import process

    line = process(RawInput("d", "d.txt", "Deux drones ont frappé Odessa lundi.".encode(), {"published": "2024-05-06"}),
                   ("clean", "ner", "normalize", "events"), CONFIG).lines["events"]
    rerun = json.loads(process(line, ("ner",), CONFIG).lines["ner"])
    assert "entities" in rerun and "quantities" not in rerun and "events" not in rerun
    assert sorted(rerun["provenance"]) == ["clean", "ner"]
