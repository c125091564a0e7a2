import pytest

from extract.alignment import Alignment
from extract.clean.stage import choose_dct, clean_document, read_header
from extract.corpus import RawInput
from extract.errors import DocumentError

ARTICLE = (
    "Des frappes visent Odessa dans la nuit\n\n"
    "Plusieurs explosions ont secoué le port d'Odessa, a indiqué le gouverneur.\n\n"
    "À lire aussi : Le prix du blé repart à la hausse\n\n"
    "Les dégâts\n\n"
    "Un entrepôt a été détruit et deux personnes ont été blessées.\n\n"
    "Louise Bernard, avec AFP"
)


def _clean(text, **meta):
    return clean_document(RawInput("doc", "doc.txt", text.encode("utf-8"), meta))


def test_boilerplate_goes_to_removed_and_content_stays():
    doc = _clean(ARTICLE)
    assert "À lire" not in doc.text and "Louise Bernard" not in doc.text
    assert "deux personnes ont été blessées" in doc.text
    assert [r.reason for r in doc.removed] == ["related_link", "byline"]


def test_blocks_are_typed():
    doc = _clean(ARTICLE)
    kinds = [(b.kind, doc.text[b.start:b.end][:10]) for b in doc.blocks]
    assert kinds[0] == ("title", "Des frappe")
    assert ("subheading", "Les dégâts") in kinds
    assert doc.title == "Des frappes visent Odessa dans la nuit"


def test_every_clean_character_maps_back_to_the_same_raw_character():
    doc = _clean(ARTICLE)
    alignment = Alignment(doc.alignment)
    for block in doc.blocks:
        for i in range(block.start, block.end):
            rs, re_ = alignment.to_raw(i, i + 1)
            assert ARTICLE[rs:re_] == doc.text[i]


def test_a_full_header_date_gives_the_dct():
    doc = _clean(" date 2023-05-02 Des drones ont visé la ville ce matin.")
    assert (doc.dct, doc.dct_source, doc.dct_precision) == ("2023-05-02", "header", "day")


def test_a_month_only_header_is_removed_but_dates_nothing():
    # (corpus convention: "a month-only line gives dct null"; "ce matin" cannot be placed in a month)
    doc = _clean(" date 2023-05 Des drones ont visé la ville ce matin.")
    assert (doc.dct, doc.dct_source) == (None, None)
    assert doc.text == "Des drones ont visé la ville ce matin."
    assert doc.removed[0].reason == "header"


def test_metadata_date_wins_over_the_header():
    doc = _clean("date 2023-05-02 Un texte.", published="2023-05-30")
    assert (doc.dct, doc.dct_source) == ("2023-05-30", "meta")


def test_dct_sources_in_order_of_preference():
    assert choose_dct("2024-01-01", ("2023-05-01", "month"), "2020-01-01")[1] == "meta"
    assert choose_dct(None, ("2023-05-02", "day"), "2020-01-01")[1] == "header"
    assert choose_dct(None, ("2023-05-01", "month"), "2020-01-01")[1] == "cli"  # a month dates nothing
    assert choose_dct(None, None, "2020-01-01") == ("2020-01-01", "cli", "day")
    assert choose_dct(None, None, None) == (None, None, None)


def test_a_date_inside_the_first_sentence_is_not_a_header():
    assert read_header("Le date de 2023-05 est...")[1] is None


def test_document_of_only_boilerplate_is_an_error():
    with pytest.raises(DocumentError) as caught:
        _clean("À lire aussi : un autre article\n\nPartagez votre avis")
    assert caught.value.code == "empty"


def test_windows_line_endings_keep_offsets():
    text = "Premier paragraphe.\r\n\r\nSecond paragraphe."
    doc = _clean(text)
    assert doc.text == "Premier paragraphe.\n\nSecond paragraphe."
    start = doc.text.index("Second")
    rs, re_ = Alignment(doc.alignment).to_raw(start, start + 6)
    assert text[rs:re_] == "Second"


def test_byline_and_agency_become_metadata():
    doc = _clean(ARTICLE)
    assert doc.meta["byline"] == ["Louise Bernard"] and doc.meta["agencies"] == ["AFP"]


def test_mojibake_in_a_paragraph_is_repaired():
    doc = _clean("Selon lâ€™armÃ©e, la ville a été touchée.")
    assert doc.text == "Selon l’armée, la ville a été touchée."


def test_nul_and_control_characters_are_removed_from_the_text():
    doc = _clean("Le maire\x00 a parlé\x07 hier soir devant le conseil municipal réuni en séance.")
    assert doc.text == "Le maire a parlé hier soir devant le conseil municipal réuni en séance."


def test_metadata_dates_in_french_are_read_but_relative_ones_are_not():
    from extract.clean.stage import parse_date

    assert parse_date("2023-05-30T08:00:00+02:00") == "2023-05-30"
    assert parse_date("30 mai 2023") == "2023-05-30"
    assert parse_date("30/05/2023") == "2023-05-30"
    assert parse_date("hier") is None
    assert parse_date(None) is None


def test_lines_without_full_stops_are_not_taken_for_teasers():
    doc = _clean("Kharkiv : une usine touchée par des drones\n\nTrois ouvriers blessés selon le gouverneur régional")
    assert "Trois ouvriers blessés" in doc.text and not [r for r in doc.removed if r.reason == "teaser"]


def test_a_headline_mentioning_a_photo_is_not_a_credit():
    doc = _clean("Kharkiv : la photo qui a fait le tour du monde\n\nLe cliché montre un immeuble détruit.")
    assert doc.text.startswith("Kharkiv : la photo qui a fait le tour du monde")
