import pytest

from extract.errors import DocumentError, error_record


def test_known_error_keeps_its_code_and_message():
    record = error_record("d1", "clean", DocumentError("empty", "the file is empty"))
    assert record.error == "empty"
    assert "no text" in record.message


def test_unexpected_exception_is_named_in_the_message():
    record = error_record("d1", "ner", KeyError("x"))
    assert record.error == "stage_exception"
    assert "KeyError" in record.message


def test_unknown_code_is_a_programming_error():
    with pytest.raises(ValueError):
        DocumentError("no_such_code", "")
