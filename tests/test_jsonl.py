import pytest

from extract.jsonl import count_lines, numbered_lines, read_jsonl


def test_blank_lines_are_skipped_and_numbers_are_the_files(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"doc_id": "a"}\n\n  \n{"doc_id": "b"}\n', encoding="utf-8")
    assert [n for n, _ in numbered_lines(path)] == [1, 4]
    assert [r["doc_id"] for r in read_jsonl(path)] == ["a", "b"]
    assert count_lines(path) == 2


def test_a_bad_line_is_named_by_file_and_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"doc_id": "a"}\n{"doc_id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.jsonl:2: not JSON"):
        list(read_jsonl(path))
    path.write_text('["not", "an", "object"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not a JSON object"):
        list(read_jsonl(path))
