import re
import time
from dataclasses import dataclass

from extract.ner.occupancy import Taken, WordIndex, name_occurrences


@dataclass
class Span:
    start: int
    end: int


def _slow_overlaps(start, end, spans):
    return any(start < s.end and s.start < end for s in spans)


def test_taken_answers_as_the_scan_over_chosen_spans_did():
    spans = [Span(2, 5), Span(9, 9), Span(12, 20)]
    taken = Taken(30, list(spans))
    for start in range(0, 25):
        for end in range(start, 26):
            assert taken.overlaps(start, end) == _slow_overlaps(start, end, spans), (start, end)


def test_a_grown_span_takes_its_new_characters():
    span = Span(10, 12)
    taken = Taken(20, [span])
    taken.extend(6, 10)
    span.start = 6
    assert taken.overlaps(7, 8) and not taken.overlaps(0, 6)


def test_name_occurrences_are_finditer_whole_words():
    text = "Kiev, Kievan Rus et Kiev-Sud; à Kiev Kiev. «Kiev» Bakhmout Bakhmout Bakhmout"
    index = WordIndex(text)
    for name in ("Kiev", "Kiev Kiev", "Bakhmout Bakhmout", "Kiev-Sud", "«Kiev»", "Rus et", "absent", "-"):
        expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        assert list(name_occurrences(name, index)) == expected, name


def test_many_names_over_a_long_text_are_found_from_the_index():
    # (each name used to be searched over the whole text: names x text)
    text = " ".join(f"Ville{i} et Aa" for i in range(20_000))
    index = WordIndex(text)
    started = time.perf_counter()
    found = [list(name_occurrences(f"Ville{i}", index)) for i in range(20_000)]
    assert all(len(spans) == 1 for spans in found)
    assert len(list(name_occurrences("Aa", index))) == 20_000
    assert time.perf_counter() - started < 2
