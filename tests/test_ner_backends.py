import pytest

from extract.ner.backends import BACKENDS, DEFAULT_BACKEND, check_backend


def test_the_default_backend_is_registered_and_needs_no_model_directory():
    assert DEFAULT_BACKEND in BACKENDS and not BACKENDS[DEFAULT_BACKEND].needs_model_dir


def test_a_backend_that_needs_a_model_directory_refuses_to_run_without_one():
    with pytest.raises(ValueError, match="--ner-model"):
        check_backend("transformers", None)
    check_backend("transformers", "/some/model")


def test_a_model_directory_for_a_backend_that_reads_none_is_refused():
    with pytest.raises(ValueError, match="--ner-model"):
        check_backend("spacy", "/some/model")


def test_an_unknown_backend_names_the_known_ones():
    with pytest.raises(ValueError, match="spacy-bare"):
        check_backend("flair", None)
