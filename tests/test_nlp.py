"""Loading the spaCy pipeline (extract.nlp): the lemmatizer's word lists as sets give the same lemmas."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extract.nlp import index_lemmas_by_set, load_pipeline

pytestmark = pytest.mark.slow


def test_the_loaded_pipeline_keeps_its_lemma_index_as_sets() -> None:
    table = load_pipeline().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table and all(isinstance(words, frozenset) for words in table.values())


def _lemmas(nlp: Language, text: str) -> list[str]:
    nlp.get_pipe("lemmatizer").cache.clear()  # lemmas found before would hide the index
    return [token.lemma_ for token in nlp(text)]


def test_lemmas_are_the_same_with_the_index_as_lists_or_as_sets() -> None:
    text = ("Les forces ukrainiennes ont abattu quarante drones lancés cette nuit ; les débris "
            "sont tombés sur des immeubles habités, blessant grièvement deux passantes.")
    nlp = load_pipeline()
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    with_sets = _lemmas(nlp, text)
    for pos, words in list(table.items()):
        table[pos] = sorted(words)  # as spaCy ships them
    try:
        with_lists = _lemmas(nlp, text)
    finally:
        index_lemmas_by_set(nlp)
        nlp.get_pipe("lemmatizer").cache.clear()
    assert with_lists == with_sets
    assert "abattre" in with_sets and "blesser" in with_sets


def test_a_pipeline_without_lemmatizer_is_left_alone() -> None:
    import spacy

    blank = spacy.blank("fr")
    index_lemmas_by_set(blank)
    assert blank.pipe_names == []
