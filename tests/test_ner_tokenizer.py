"""The tokenizer guard, on a blank spaCy tokenizer (no statistical model, no French data to load)."""

import spacy

from extract.ner.tokenizer import GUARD_CHARS, PIECE_CHARS, GuardedTokenizer


def _tokenizer():
    return GuardedTokenizer(spacy.blank("xx").tokenizer)


def test_ordinary_text_gets_the_tokenizer_own_tokens():
    guarded = _tokenizer()
    text = "Le maire de Kiev, Vitali Klitschko, a parlé d'une attaque : https://example.org/a-b?c=1 !"
    assert [t.text for t in guarded(text)] == [t.text for t in guarded.tokenizer(text)]


def test_a_long_run_of_punctuation_is_cut_in_pieces_quickly():
    # (spaCy peels one mark at a time, searching the rest each time: 50 000 "[" took minutes)
    guarded = _tokenizer()
    text = "Début " + "[" * 50_000 + " fin  !?" + "!?" * 20_000
    doc = guarded(text)
    assert doc.text == text
    assert len(doc) < 2 * (70_000 // PIECE_CHARS) + 10
    assert max(len(t) for t in doc) == PIECE_CHARS
    assert [t.text for t in doc][:2] == ["Début", "[" * PIECE_CHARS]


def test_a_run_just_under_the_guard_is_left_to_the_tokenizer():
    guarded = _tokenizer()
    text = "a " + "x" * GUARD_CHARS + " b"
    assert [t.text for t in guarded(text)] == [t.text for t in guarded.tokenizer(text)]
