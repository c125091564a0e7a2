"""Patterns of French quantities that read a run of blanks once (each used to retry it)."""

import time

from extract.lang.fr import quantities as lx


def test_qualifier_after_the_number():
    match = lx.QUALIFIER_AFTER.match("200 environ", 3)
    assert match["q"] == "environ" and match["gap"] == " "
    match = lx.QUALIFIER_AFTER.match("10 drones, au moins", 2)
    assert match["q"] == "au moins" and match["gap"] == " drones, "


def test_qualifier_after_a_long_run_of_blanks():
    started = time.perf_counter()
    assert lx.QUALIFIER_AFTER.match("12" + " " * 20_000 + "x", 2) is None
    assert lx.QUALIFIER_AFTER.match("12" + " " * 20_000 + "environ", 2)["q"] == "environ"
    assert time.perf_counter() - started < 2
