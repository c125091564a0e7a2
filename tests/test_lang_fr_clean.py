"""The noise patterns of French news pages: what they match, and that none of them rescans a
long run of the same characters (each used to take seconds to minutes on such a run)."""

import time

from extract.lang.fr import clean as patterns

RUN = 20_000


def _rule(reason, rules):
    return next(rule for name, rule in rules if name == reason)


def test_header_after_a_long_run_of_spaces():
    assert patterns.HEADER.match("date" + " " * RUN + ": 2023-05-30 Texte").groups() == ("2023", "05", "30")
    assert patterns.HEADER.match("date" + " " * RUN + "x") is None


def test_cookie_rule_needs_a_consent_word_after_a_cookie_word():
    cookie = _rule("cookie", patterns.LINE_RULES)
    assert cookie.search("Ce site utilise des cookies : vous pouvez les accepter ou les refuser")
    assert not cookie.search("Accepter les cookies")
    started = time.perf_counter()
    assert not cookie.search("cookie " * RUN)
    assert time.perf_counter() - started < 2


def test_byline_with_agency_and_long_blank_runs():
    byline = _rule("byline", patterns.LINE_RULES)
    assert byline.search("Rémi Amalvy, avec AFP")
    assert byline.search("Par Jean" + " " * RUN + "Dupont avec AFP")
    assert not byline.search("Par Jean" + " " * RUN + "x")


def test_byline_noise_leaves_the_author_names():
    assert patterns.BYLINE_NOISE.sub("", "Par Jean Dupont, avec AFP") == "Jean Dupont"
    assert patterns.BYLINE_NOISE.sub("", "Par ,avec AFP") == ""
    assert patterns.BYLINE_NOISE.sub("", "Jean" + " " * RUN + "Dupont avec AFP") == "Jean" + " " * RUN + "Dupont"


def test_credit_rules_start_where_the_blanks_start():
    credit, agency = (rule for _, rule in patterns.INLINE_RULES)
    text = "Des drones" + " " * RUN + "1 crédit : East2West"
    assert credit.search(text).start() == len("Des drones")
    assert credit.search("x" + " " * RUN + "y") is None
    assert credit.search("x " + "1" * RUN + " y") is None
    assert agency.search("son usage de drones (AFP)").start() == len("son usage de drones")
    assert agency.search("(AFP /" + " \t" * RUN + "-)") is None
