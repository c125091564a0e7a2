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


def _exact(raw: str, text: str, segments, start: int, end: int) -> list[str]:
    pieces = Alignment(segments).exact_pieces(start, end)
    for lo, hi in pieces:
        fields = span_fields(text, Alignment(segments), lo, hi)
        assert raw[fields["raw_start"]:fields["raw_end"]] == fields["text"]
    return [text[lo:hi] for lo, hi in pieces]


def test_a_sentence_across_a_repaired_word_is_cut_at_the_repair():
    raw = "Les tirs ont cessé.La ville est calme."
    builder = TextBuilder(raw)
    builder.copy(0, 18)
    builder.replace(18, 20, ". L")  # a glued sentence end read with its space
    builder.copy(20, len(raw))
    text, segments = builder.build()
    assert text == "Les tirs ont cessé. La ville est calme."
    assert _exact(raw, text, segments, 0, len(text)) == ["Les tirs ont cessé", "a ville est calme."]


def test_a_sentence_across_removed_raw_text_is_cut_where_it_was_removed():
    raw = "Trois drones (Photo AFP) ont été abattus."
    builder = TextBuilder(raw)
    builder.copy(0, 13)
    builder.copy(25, len(raw))
    text, segments = builder.build()
    assert text == "Trois drones ont été abattus."
    assert _exact(raw, text, segments, 0, len(text)) == ["Trois drones ", "ont été abattus."]
    assert raw[12] == " " and raw[24] == " "  # the credit and one of its spaces went


def test_an_untouched_sentence_is_one_piece():
    raw = "Une frappe a touché le port. Deux blessés."
    builder = TextBuilder(raw)
    builder.copy(0, len(raw))
    text, segments = builder.build()
    assert _exact(raw, text, segments, 0, 28) == ["Une frappe a touché le port."]
