from hypothesis import given
from hypothesis import strategies as st

from extract.alignment import Alignment, TextBuilder, span_fields


def test_copied_runs_map_character_by_character():
    raw = "Titre\n\nCorps du texte."
    builder = TextBuilder(raw)
    builder.copy(0, 5)
    builder.copy(5, 7)
    builder.copy(7, len(raw))
    text, segments = builder.build()
    assert text == raw
    assert segments == [(0, len(raw), 0, len(raw))]
    assert Alignment(segments).to_raw(7, 12) == (7, 12)


def test_deleted_run_shifts_later_offsets():
    raw = "Début. 1 crédit : X\nSuite."
    builder = TextBuilder(raw)
    builder.copy(0, 6)
    builder.replace(6, 6, "\n\n")
    builder.copy(20, 26)
    text, segments = builder.build()
    assert text == "Début.\n\nSuite."
    start = text.index("Suite")
    assert Alignment(segments).to_raw(start, start + 5) == (20, 25)


def test_span_touching_an_insertion_keeps_its_raw_characters():
    raw = "russeDe son côté"
    builder = TextBuilder(raw)
    builder.copy(0, 5)
    builder.replace(5, 5, " ")
    builder.copy(5, len(raw))
    text, segments = builder.build()
    assert text == "russe De son côté"
    alignment = Alignment(segments)
    assert alignment.to_raw(0, 5) == (0, 5)
    assert alignment.to_raw(6, 8) == (5, 7)
    assert alignment.to_raw(0, 8) == (0, 7)


def test_span_fields_carry_clean_and_raw_offsets():
    raw = "xx Kiev"
    builder = TextBuilder(raw)
    builder.copy(3, 7)
    text, segments = builder.build()
    assert span_fields(text, Alignment(segments), 0, 4) == {
        "start": 0, "end": 4, "raw_start": 3, "raw_end": 7, "text": "Kiev"}


@given(st.lists(st.tuples(st.text(min_size=1, max_size=8), st.booleans()), min_size=1, max_size=20))
def test_kept_pieces_map_back_to_identical_raw_text(pieces):
    raw = "".join(piece for piece, _ in pieces)
    builder = TextBuilder(raw)
    kept, position = [], 0
    for piece, keep in pieces:
        if keep:
            kept.append((len(builder), position, piece))
            builder.copy(position, position + len(piece))
        position += len(piece)
    text, segments = builder.build()
    alignment = Alignment(segments)
    for clean_start, _raw_start, piece in kept:
        assert text[clean_start:clean_start + len(piece)] == piece
        for length in range(1, len(piece) + 1):
            rs, re_ = alignment.to_raw(clean_start, clean_start + length)
            assert raw[rs:re_] == text[clean_start:clean_start + length]
