"""Property tests: random articles with noise inserted lose no content and keep exact offsets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.alignment import Alignment
from extract.clean.stage import clean_document
from extract.corpus import RawInput

WORDS = ["le", "conseil", "municipal", "a", "voté", "mardi", "budget", "pour", "rénovation", "des", "écoles", "quartier", "nord", "maire", "annoncé", "travaux", "commenceront", "printemps", "prochain", "habitants", "réunion", "publique", "salle", "des", "fêtes", "région", "préfecture", "tempête", "dégâts", "toitures", "routes", "coupées", "pompiers", "intervenus", "nuit"]

sentence = st.lists(st.sampled_from(WORDS), min_size=6, max_size=16).map(
    lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
NOISE = st.sampled_from([
    "À lire aussi : Un autre sujet sans rapport",
    "12 avis sur « Un titre d'article »",
    "Partagez votre avis",
    "Inscrivez-vous à notre newsletter",
    "Partager sur Facebook",
    "Claire Martin, avec AFP",
    "CECI EST UNE HISTOIRE EN DÉVELOPPEMENT…",
])
article = st.lists(st.tuples(paragraph, st.one_of(st.none(), NOISE), st.booleans()), min_size=1, max_size=8)


def _compose(parts):
    """Raw article, and its paragraphs (captions, those with a photo credit, are marked)."""
    lines, content = [], []
    for text, noise, credit in parts:
        lines.append(text + (" 1 crédit : Agence Photo" if credit else ""))
        content.append((text, credit))
        if noise:
            lines.append(noise)
    return "\n\n".join(lines), content


@settings(max_examples=60, deadline=None)
@given(article)
def test_noise_is_removed_and_every_content_sentence_survives(parts):
    raw, content = _compose(parts)
    doc = clean_document(RawInput("d", "d.txt", raw.encode("utf-8")))
    duplicates = {r.text for r in doc.removed if r.reason == "duplicate_caption"}
    for text, is_caption in content:
        # a caption may go only as a repeat of the body; a paragraph never goes
        assert text in doc.text or (is_caption and text in duplicates)
    assert {r.reason for r in doc.removed} <= {"related_link", "comments", "newsletter", "share", "byline",
                                               "banner", "credit", "duplicate_caption"}
    for noise in ("À lire", "avis sur", "Partagez", "newsletter", "Partager sur", "avec AFP", "crédit :", "CECI EST"):
        assert noise not in doc.text


@settings(max_examples=60, deadline=None)
@given(article)
def test_every_clean_character_maps_to_the_same_raw_character(parts):
    raw, _ = _compose(parts)
    doc = clean_document(RawInput("d", "d.txt", raw.encode("utf-8")))
    alignment = Alignment(doc.alignment)
    for block in doc.blocks:
        for i in range(block.start, block.end):
            rs, re_ = alignment.to_raw(i, i + 1)
            assert raw[rs:re_] == doc.text[i]
    for item in doc.removed:
        assert raw[item.raw_start:item.raw_end] == item.text
