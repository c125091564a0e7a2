from extract.normalize.spans import Taken


def test_taken_answers_as_the_scan_over_the_spans_did():
    spans = [(2, 5), (4, 8), (11, 11), (15, 30)]
    taken = Taken(spans)
    for start in range(0, 35):
        for end in range(start, 36):
            assert taken.overlaps(start, end) == any(start < e and s < end for s, e in spans), (start, end)


def test_many_spans_are_marked_once():
    spans = [(i, i + 2) for i in range(0, 400_000, 4)]
    taken = Taken(spans)
    assert sum(taken.overlaps(i, i + 1) for i in range(0, 400_000, 2)) == 100_000
