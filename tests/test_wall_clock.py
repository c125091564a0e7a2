"""The wall clock never leaks into results: the same input gives the same bytes on any day."""

import freezegun
import pytest

from extract.corpus import RawInput
from extract.runner import process
from extract.stages import PipelineConfig

PAGE = """<html><head><title>Frappe sur Kharkiv</title>
<meta property="article:published_time" content="2029-11-30T08:00:00+01:00"></head>
<body><article><h1>Frappe sur Kharkiv</h1>
<p>Deux missiles ont touché Kharkiv dans la nuit, selon le maire de la ville.</p></article></body></html>"""

# freezegun patches the clock in every loaded module; the numeric and model libraries do not read
# the date and crash when patched, so they are left alone.
UNTOUCHED = ["torch", "transformers", "spacy", "thinc", "numpy", "scipy", "pandas", "pyarrow", "datasets"]


def freeze_time(moment):
    return freezegun.freeze_time(moment, ignore=UNTOUCHED)


DOCUMENTS = [
    RawInput("relatif", "relatif.txt", "Trois drones ont été abattus hier soir.".encode(),
             {"published": "il y a 3 jours, 2023"}),
    RawInput("aujourdhui", "aujourdhui.txt", b"Une explosion a eu lieu mardi.", {"published": "aujourd'hui"}),
    RawInput("page", "page.html", PAGE.encode(), {}, "html"),
]


def _outputs(stages):
    return [process(doc, stages, PipelineConfig()).lines for doc in DOCUMENTS]


def test_relative_metadata_dates_give_no_dct():
    lines = _outputs(("clean",))
    assert all('"dct":null' in doc["clean"] for doc in lines[:2])


def test_a_page_dated_after_today_keeps_its_date():
    with freeze_time("2024-01-01"):
        [*_, page] = _outputs(("clean",))
    assert '"dct":"2029-11-30"' in page["clean"]


@pytest.mark.slow
def test_two_clocks_give_the_same_bytes():
    stages = ("clean", "ner", "normalize", "events")
    with freeze_time("2024-01-01 10:00:00"):
        first = _outputs(stages)
    with freeze_time("2031-07-14 23:30:00"):
        second = _outputs(stages)
    assert first == second
