import pytest

from extract.clean.lines import classify, iter_lines


def _line(text):
    [line] = [item for item in iter_lines(text) if item]
    return line


@pytest.mark.parametrize("text, reason", [
    ("À lire aussi : Le gouvernement présente son budget", "related_link"),
    ("A LIRE Les marchés reculent à Paris", "related_link"),
    ("12 avis sur « La ville se prépare à l'hiver »", "comments"),
    ("Partagez votre avis", "comments"),
    ("CECI EST UNE HISTOIRE EN DÉVELOPPEMENT…", "banner"),
    ("Partager sur Facebook", "share"),
    ("Inscrivez-vous à notre newsletter quotidienne", "newsletter"),
    ("Claire Martin, avec AFP", "byline"),
    ("Par Jean-Paul Durand", "byline"),
    ("(AFP)", "byline"),
])
def test_noise_lines_are_removed_whole_with_their_reason(text, reason):
    line = _line(text)
    [removed] = classify(line)
    assert removed.reason == reason
    assert (removed.raw_start, removed.raw_end) == (0, len(text))
    assert line.keep == []


def test_photo_credit_is_cut_from_the_caption_it_closes():
    text = "Des pompiers devant l'immeuble touché 1 crédit : Agence Photo"
    line = _line(text)
    [removed] = classify(line)
    assert removed.reason == "credit" and removed.text.strip() == "1 crédit : Agence Photo"
    assert line.kind == "caption"
    assert text[line.keep[0][0]:line.keep[0][1]] == "Des pompiers devant l'immeuble touché"


def test_english_bracket_left_by_translation_is_removed():
    text = "Nous avons été projetés [by the explosion] contre le mur."
    line = _line(text)
    [removed] = classify(line)
    assert removed.reason == "mt_debris"
    kept = "".join(text[a:b] for a, b in line.keep)
    assert kept == "Nous avons été projetés contre le mur."


def test_french_editorial_brackets_stay():
    text = "« Il [le maire] a tout vu », dit-elle."
    line = _line(text)
    assert classify(line) == []
    assert line.keep == [(0, len(text))]


def test_bullet_mark_is_left_out_of_a_list_item():
    line = _line("  • 12 maisons détruites")
    classify(line)
    assert line.kind == "list_item"
    assert line.keep == [(4, 24)]


def test_a_sentence_mentioning_lire_is_kept():
    line = _line("Le ministre a invité les élèves à lire davantage.")
    assert classify(line) == []


# Inputs that once made a line's rules quadratic (a search retried from every space): they
# now take milliseconds; the results are checked, the time only against a generous bound.
def test_a_long_run_of_spaces_inside_a_kept_line_is_read_once():
    import time

    text = "Une ligne" + " " * 20_000 + "qui continue ensuite."
    started = time.perf_counter()
    line = _line(text)
    assert classify(line) == []
    assert line.keep == [(0, len(text))]
    assert time.perf_counter() - started < 2


def test_a_credit_after_a_long_run_of_spaces_is_still_cut_with_its_blanks():
    text = "Des drones au-dessus de Moscou" + " " * 20_000 + "crédit : East2West"
    line = _line(text)
    [removed] = classify(line)
    assert removed.reason == "credit"
    assert (removed.raw_start, removed.raw_end) == (len("Des drones au-dessus de Moscou"), len(text))


def test_repeated_cookie_words_without_consent_are_a_kept_line():
    line = _line("cookie " * 20_000 + "fin.")
    assert classify(line) == []
