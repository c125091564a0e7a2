import re

from extract.alignment import Alignment
from extract.clean.html import compose, visible_text
from extract.clean.stage import clean_document
from extract.corpus import RawInput

PAGE = """<html><head><title>Kharkiv visée | Le Journal</title>
<meta property="article:published_time" content="2024-05-12T08:30:00+02:00">
<script>var s = "<p>caché</p>";</script></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Kharkiv visée par des drones</h1>
<p>Au moins 12 drones ont visé Kharkiv dans la nuit, a indiqué le gouverneur régional.</p>
<p>Selon l&rsquo;armée de l&#39;air, dix drones ont été abattus &amp; deux ont touché un entrepôt du nord de la ville.</p>
<p>Les secours ont évacué &laquo;&nbsp;une cinquantaine d&rsquo;habitants&nbsp;&raquo; du quartier, selon la mairie.</p>
</article><footer><p>Partager sur Facebook</p></footer></body></html>"""


def test_visible_text_decodes_entities_and_maps_back_into_the_markup():
    text, alignment = visible_text('<p>l&rsquo;arm&eacute;e <b>russe</b></p>')
    assert text.strip() == "l’armée russe"
    start = text.index("russe")
    raw = '<p>l&rsquo;arm&eacute;e <b>russe</b></p>'
    assert raw[slice(*alignment.to_raw(start, start + 5))] == "russe"
    assert raw[slice(*alignment.to_raw(text.index("l’"), text.index("l’") + 7))] == "l&rsquo;arm&eacute;e"


def test_hidden_elements_are_not_text():
    text, _ = visible_text("<script>var a = 1;</script><style>p{}</style><p>Bonjour</p>")
    assert text.strip() == "Bonjour"


def test_compose_chains_two_alignments():
    inner = Alignment([(0, 3, 10, 13), (3, 4, 13, 20)])
    assert compose([(0, 4, 0, 4)], inner) == [(0, 3, 10, 13), (3, 4, 13, 20)]


def test_html_document_keeps_the_article_drops_the_page_and_reads_metadata():
    doc = clean_document(RawInput("p", "p.html", PAGE.encode("utf-8"), {}, "html"))
    assert "Accueil" not in doc.text and "Partager" not in doc.text and "caché" not in doc.text
    assert "dix drones ont été abattus & deux" in doc.text
    assert (doc.dct, doc.dct_source) == ("2024-05-12", "meta")
    alignment = Alignment(doc.alignment)
    for match in re.finditer(r"\w+", doc.text):
        raw_start, raw_end = alignment.to_raw(match.start(), match.end())
        assert PAGE[raw_start:raw_end] == match.group() or "&" in PAGE[raw_start:raw_end]
