from extract.clean.context import find_duplicate_captions, find_teasers, stems
from extract.clean.lines import Line


def _line(text, kind="paragraph", start=0):
    line = Line(start, start + len(text), text, kind=kind)
    line.keep = [(start, start + len(text))]
    return line


BODY = [
    _line("Une frappe de missiles a touché le port d'Odessa dans la nuit, a indiqué le gouverneur.", start=0),
    _line("Trois entrepôts de céréales ont été détruits et deux dockers blessés, selon la mairie.", start=100),
]


def test_stems_fold_case_accents_and_plurals():
    assert stems("Frappes DÉTRUITES sur les entrepôts") == stems("frappe détruite entrepot")


def test_unrelated_heading_is_a_teaser_but_a_real_subheading_stays():
    teaser = _line("Les secrets d'une pâte à crêpes réussie pour la Chandeleur", "subheading", 200)
    subheading = _line("Les entrepôts du port détruits", "subheading", 300)
    lines = [BODY[0], teaser, subheading, BODY[1]]
    assert [r.reason for r in find_teasers(lines)] == ["teaser"]
    assert teaser.keep == [] and subheading.keep


def test_caption_repeating_the_body_is_removed():
    caption = _line("Des entrepôts de céréales détruits dans le port d'Odessa", "caption", 400)
    [removed] = find_duplicate_captions([*BODY, caption])
    assert removed.reason == "duplicate_caption"


def test_caption_with_a_new_fact_or_number_stays():
    new_fact = _line("Un remorqueur a coulé près du quai après la frappe", "caption", 400)
    new_number = _line("Le port d'Odessa touché par la frappe de 2022", "caption", 500)
    assert find_duplicate_captions([*BODY, new_fact, new_number]) == []


def test_picture_words_do_not_count_as_new_information():
    caption = _line("Sur la photo : des entrepôts de céréales détruits à Odessa", "caption", 400)
    assert find_duplicate_captions([*BODY, caption])


def test_many_headings_are_compared_with_the_paragraphs_gathered_once():
    # (each heading used to gather every paragraph's vocabulary again: quadratic in lines)
    headings = [_line(f"Recette facile numéro {i} des crêpes sucrées", "subheading", 1000 + 100 * i)
                for i in range(3000)]
    lines = [BODY[0], *headings, BODY[1]]
    assert len(find_teasers(lines)) == 3000
