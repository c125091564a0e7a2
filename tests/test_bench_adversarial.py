"""The adversarial texts: every case exists, its size follows the scale, nothing is stored.
(No stage runs here: measure() loads spaCy and takes minutes at scale 1.)"""

import pytest

from extract.bench import adversarial


def test_the_cases_of_the_bug_report_exist():
    assert {"spaces_line", "cookie_repeat", "brackets", "exclamations", "par_aa", "short_lines", "news_repeat",
            "number_words_400", "number_words_4000", "big_article"} <= set(adversarial.CASES)


@pytest.mark.parametrize("name", sorted(set(adversarial.CASES) - {"big_article", "news_repeat"}))
def test_scale_changes_the_size(name):
    small, large = adversarial.case_text(name, 0.01), adversarial.case_text(name, 0.02)
    assert small and len(large) > len(small)
    assert len(large) - 200 <= 2 * len(small) <= len(large) + 200


def test_sizes_at_scale_one_are_those_of_the_report():
    assert adversarial.case_text("spaces_line", 1.0).count(" ") >= 100_000
    assert adversarial.case_text("brackets", 1.0) == "[" * 50_000
    assert len(adversarial.case_text("news_repeat", 0.1)) == 17_400
    assert len(adversarial.case_text("number_words_4000", 0.1).split()) == 400 + 7


def test_long_real_looking_texts_are_generated_in_paragraphs():
    article = adversarial.case_text("big_article", 0.01)
    assert 9_500 <= len(article) <= 11_000 and article.count("\n\n") > 10
    assert article == adversarial.case_text("big_article", 0.01)  # the same text every time
    repeated = adversarial.case_text("news_repeat", 0.05)
    assert len(repeated) == 8_700 and repeated.startswith(adversarial.ARTICLE[:100])


def test_render_puts_the_worst_time_last():
    rows = [("a", 10, 1.5, {"clean": 0.5, "ner": 1.0}, "ok"), ("b", 20, 3.0, {"clean": 1.0, "ner": 2.0}, "timeout")]
    table = adversarial.render(rows)
    assert table.splitlines()[-1] == "worst per-document time: 3.00 s (b)"
    assert "clean" in table.splitlines()[0] and "ner" in table.splitlines()[0]
    assert table.splitlines()[3].endswith("timeout")
