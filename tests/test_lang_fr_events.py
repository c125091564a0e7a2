"""Event patterns of French news that read a run of blanks once (each used to retry it)."""

import re
import time

from extract.lang.fr import events as lx

# The clause breaks as first written (blanks split among the alternatives in every way).
ORIGINAL = re.compile(r"\s*(?:;|\s:\s|,\s*qui\s+(?=affirme|a\s+affirmé|assure|dit|ajoute)|\s+et\s+(?=\d+\s+(?:au|à|dans|sur|près)\b)"
                      r"|,?\s*tandis qu['’]|,\s*tandis que|,\s*alors que|\btandis que\b|,\s*mais\b|"
                      r",?\s*\b(?:après que|après qu['’]|avant que|parce que|bien que|alors qu['’])|"
                      r",\s*ajoutant qu(?:e|['’]))\s*", re.IGNORECASE)


def test_clause_break_matches_as_first_written_from_any_start():
    text = "40 drones : 25 au-dessus de Koursk et 15 près d'Orel ; tandis que douze autres , mais aussi"
    for start in range(len(text)):
        expected = ORIGINAL.match(text, start)
        found = lx.CLAUSE_BREAK.match(text, start)
        assert (found and found.span()) == (expected and expected.span()), start


def test_clause_break_after_a_long_run_of_spaces():
    text = "Une ligne" + " " * 20_000 + "qui continue"
    started = time.perf_counter()
    assert lx.CLAUSE_BREAK_AFTER_NON_BLANK.search(text) is None and lx.CLAUSE_BREAK.match(text, 9) is None
    assert lx.CLAUSE_BREAK.match(" " * 20_000 + "; x").end() == 20_002
    assert time.perf_counter() - started < 2
