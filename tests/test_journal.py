"""Resumable output files: an interrupted run keeps what it finished and the next one resumes."""

import pytest

from extract.corpus import RawInput
from extract.journal import Entry, ResumableFiles, journal_path, partial_path
from extract.runner import run
from extract.stages import PipelineConfig

CONFIG = PipelineConfig()


def _documents(count: int) -> list[RawInput]:
    return [RawInput(f"d{i:03d}", f"d{i:03d}.txt",
                     f"La mairie de Brest a voté {i + 2} délibérations jeudi soir.\n".encode(), {})
            for i in range(count)] + [RawInput("vide", "vide.txt", b"")]


def _run(out, docs, **kwargs):
    return run(iter(docs), ("clean",), {"clean": out / "clean.jsonl"}, out / "errors.jsonl", CONFIG, **kwargs)


def _stop_after(count: int):
    seen = []

    def tick(result):
        seen.append(result)
        if len(seen) == count:
            raise KeyboardInterrupt

    return tick


def _bytes(out):
    return {name: (out / name).read_bytes() for name in ("clean.jsonl", "errors.jsonl")}


def test_an_interrupted_run_keeps_partial_files_and_no_final_file(tmp_path):
    summary = _run(tmp_path, _documents(40), progress=_stop_after(20))
    assert summary.interrupted == "SIGINT" and summary.documents == 20
    assert not (tmp_path / "clean.jsonl").exists()
    assert partial_path(tmp_path / "clean.jsonl").read_text().count("\n") == 20
    assert journal_path({"clean": tmp_path / "clean.jsonl"}).exists()


def test_a_resumed_run_redoes_nothing_and_ends_byte_identical(tmp_path):
    docs = _documents(40)
    _run(tmp_path / "whole", docs)
    _run(tmp_path / "cut", docs, progress=_stop_after(20))
    summary = _run(tmp_path / "cut", docs)
    assert (summary.resumed, summary.documents, summary.failed) == (20, 41, 1)
    assert _bytes(tmp_path / "cut") == _bytes(tmp_path / "whole")
    assert sorted(p.name for p in (tmp_path / "cut").iterdir()) == ["clean.jsonl", "errors.jsonl"]


def test_a_changed_input_is_redone_from_where_it_changed(tmp_path):
    docs = _documents(30)
    _run(tmp_path / "cut", docs, progress=_stop_after(25))
    changed = [*docs[:10], RawInput("d010", "d010.txt", "Un autre texte, modifié.\n".encode(), {}), *docs[11:]]
    summary = _run(tmp_path / "cut", changed)
    _run(tmp_path / "whole", changed)
    assert summary.resumed == 10
    assert _bytes(tmp_path / "cut") == _bytes(tmp_path / "whole")


def test_a_torn_last_line_is_cut_back_on_resume(tmp_path):
    docs = _documents(30)
    _run(tmp_path / "whole", docs)
    _run(tmp_path / "cut", docs, progress=_stop_after(12))
    with partial_path(tmp_path / "cut" / "clean.jsonl").open("ab") as handle:
        handle.write(b'{"doc_id": "half a line')  # what kill -9 in the middle of a write leaves
    with journal_path({"clean": tmp_path / "cut" / "clean.jsonl"}).open("a") as handle:
        handle.write('{"doc_id": "d012", "inp')
    summary = _run(tmp_path / "cut", docs)
    assert summary.resumed == 12
    assert _bytes(tmp_path / "cut") == _bytes(tmp_path / "whole")


def test_no_resume_starts_afresh(tmp_path):
    docs = _documents(20)
    _run(tmp_path, docs, progress=_stop_after(5))
    summary = _run(tmp_path, docs, resume=False)
    assert summary.resumed == 0 and summary.documents == 21


def test_other_settings_do_not_resume(tmp_path):
    docs = _documents(20)
    _run(tmp_path, docs, progress=_stop_after(5))
    summary = run(iter(docs), ("clean",), {"clean": tmp_path / "clean.jsonl"}, tmp_path / "errors.jsonl",
                  PipelineConfig(dct="2024-01-02"))
    assert summary.resumed == 0


def test_an_exception_keeps_the_partial_files_for_a_resume(tmp_path):
    def boom(result):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        _run(tmp_path, _documents(5), progress=boom)
    assert partial_path(tmp_path / "clean.jsonl").exists()
    assert not (tmp_path / "clean.jsonl").exists()


def test_a_complete_run_leaves_only_the_final_files(tmp_path):
    files = ResumableFiles({"a": tmp_path / "a.jsonl"}, "f")
    files.open()
    files.write(Entry("x", "digest", None, {}), {"a": "{}\n"})
    files.close(complete=True)
    assert [p.name for p in tmp_path.iterdir()] == ["a.jsonl"]
