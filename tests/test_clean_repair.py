from hypothesis import given
from hypothesis import strategies as st

from extract.alignment import Alignment, TextBuilder
from extract.clean.repair import copy_repaired, repair


def _build(raw):
    builder = TextBuilder(raw)
    copy_repaired(builder, 0, len(raw))
    return builder.build()


def test_mojibake_is_repaired_and_the_rest_maps_exactly():
    raw = "Selon lâ€™armÃ©e, deux drones ont été abattus."
    text, segments = _build(raw)
    assert text == "Selon l’armée, deux drones ont été abattus."
    start = text.index("deux")
    assert Alignment(segments).to_raw(start, start + 4) == (raw.index("deux"), raw.index("deux") + 4)


def test_repaired_word_maps_to_its_raw_characters():
    raw = "lâ€™armÃ©e"
    text, segments = _build(raw)
    assert Alignment(segments).to_raw(0, len(text)) == (0, len(raw))


def test_control_characters_and_decomposed_accents():
    assert repair("cafe\u0301\x00 noir\x07") == "café noir"


def test_glued_words_get_their_space_back_but_camel_case_names_stay():
    assert repair("Il a parlé à l'armée russeDe son côté, elle a nié.") == \
        "Il a parlé à l'armée russe De son côté, elle a nié."
    assert repair("McDonald, iPhone et LinkedIn") == "McDonald, iPhone et LinkedIn"


def test_typographic_quotes_are_kept():
    assert repair("« l’hiver »") == "« l’hiver »"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_every_unchanged_character_maps_to_itself(raw):
    text, segments = _build(raw)
    alignment = Alignment(segments)
    for clean_start, clean_end, raw_start, raw_end in segments:
        if clean_end - clean_start == raw_end - raw_start and text[clean_start:clean_end] == raw[raw_start:raw_end]:
            for i in range(clean_start, clean_end):
                rs, re_ = alignment.to_raw(i, i + 1)
                assert raw[rs:re_] == text[i]


def test_a_long_line_with_many_repairs_is_aligned_in_linear_time():
    # (difflib's SequenceMatcher took minutes on 6 KB of it: past a budget a linear scan aligns)
    import time

    raw = "Selon lâ€™armÃ©e la russeDe nuit. " * 2_000
    started = time.perf_counter()
    text, segments = _build(raw)
    assert text == "Selon l’armée la russe De nuit. " * 2_000
    alignment = Alignment(segments)
    last = text.rindex("nuit")
    assert raw[slice(*alignment.to_raw(last, last + 4))] == "nuit"
    assert time.perf_counter() - started < 2


def test_a_few_repairs_keep_difflib_alignment():
    from difflib import SequenceMatcher

    from extract.clean.repair import _opcodes

    a, b = "la russeDe nuit", "la russe De nuit"
    assert _opcodes(a, b) == SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
