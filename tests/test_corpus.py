import json

import pytest

from extract.corpus import count_corpus, iter_corpus


def test_directory_documents_come_sorted_with_their_metadata(tmp_path):
    (tmp_path / "b.txt").write_text("Deuxième article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Premier article.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("pas un document", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"doc_id": "a", "published": "2024-01-02"}) + "\n")
    items = list(iter_corpus([tmp_path]))
    assert [item.doc_id for item in items] == ["a", "b"]
    assert items[0].meta["published"] == "2024-01-02"
    assert items[1].meta == {}
    assert count_corpus([tmp_path]) == 2


def test_jsonl_corpus_keeps_extra_fields_as_metadata(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"doc_id": "x", "text": "Un texte.", "published": "2023-05-30",
                                  "url": "http://exemple.fr"}) + "\n\n", encoding="utf-8")
    [item] = list(iter_corpus([corpus]))
    assert item.data == "Un texte."
    assert item.meta == {"published": "2023-05-30", "url": "http://exemple.fr"}


def test_bad_jsonl_line_becomes_an_input_with_a_problem(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"doc_id": "x"}\nnot json\n', encoding="utf-8")
    items = list(iter_corpus([corpus]))
    assert len(items) == 2 and all(item.problem for item in items)


def test_missing_input_is_reported(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(iter_corpus([tmp_path / "absent.txt"]))
