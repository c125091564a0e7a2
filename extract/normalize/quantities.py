"""Quantities: every count and measure with value, bounds, qualifier, unit, counted noun.

The number cores come from :mod:`extract.normalize.number_words` (digits,
number words, vague amounts such as "une centaine"). Each core then goes
through these steps:

1. filters: a number inside a timex or an entity name, a year, a day of the
   month, a time of day, a reference number ("article 5", "réacteur 4"), a
   duration ("16 minutes"), the article "un"/"une", the adjective "neuf" is
   not a quantity;
2. ranges: "entre 10 et 15", "de 10 à 15", "deux ou trois";
3. the qualifier before ("au moins 10", "plus de 30", "près d'une centaine")
   or right after ("200 environ"), which sets the bounds;
4. the unit after ("46 miles", "60 milliards de dollars", "53 ans" as an age);
5. the counted noun, from the parse ("34 drones" -> ``drone``), or for an
   elided noun from the text around ("trois ont été blessées" -> ``personne``,
   "36 autres" -> the noun counted just before).

The extent is the number words plus qualifier words, never the unit or the
counted noun ("au moins 10", "une centaine", "60 milliards").

Bounds: exact -> low = high = value; at_least / more_than -> low = value;
at_most / less_than -> high = value; approx -> none, except a vague plural
("des centaines" -> low 100); a range -> value None, low and high.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token

from extract import settings as cfg
from extract.lang.fr import quantities as lx
from extract.lang.fr.text import singular
from extract.normalize.counted import read_counted
from extract.normalize.number_words import Core, find_cores
from extract.normalize.quantity_draft import Draft, Parse
from extract.normalize.spans import Taken


@dataclass
class QuantityMatch:
    start: int
    end: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    qualifier: str
    unit: str | None
    counted: str | None
    value_km: float | None = None


def _overlaps(start: int, end: int, spans: Taken) -> bool:
    return spans.overlaps(start, end)


# ---------------------------------------------------------------- filters


def _is_year(core: Core, text: str, parse: Parse) -> bool:
    """A bare 4-digit number of 1800-2100 that is a year ("en 2022", "mai 2023", "2022,")."""
    if core.kind != "digits" or not re.fullmatch(r"1[89]\d\d|20\d\d|2100", text[core.start:core.end]):
        return False
    if lx.YEAR_BEFORE.search(text, max(0, core.start - cfg.YEAR_CUE_CHARS), core.start):
        return True
    following = parse.next_word(core.end)
    return not ((following is not None and following.pos_ == "NOUN" and not lx.TIME_UNIT.match(text, core.end))
                or lx.UNIT.match(text, core.end))


def _is_date_or_time(core: Core, text: str, parse: Parse) -> bool:
    """A day of the month ("le 3 et 4 juin", "mardi 30,") or a part of a time ("14 h 30").

    After a weekday, a number followed by a noun is a count ("tôt ce jeudi 31 missiles").
    """
    if core.kind != "digits" or not isinstance(core.value, int):
        return False
    before = text[max(0, core.start - cfg.DATE_CUE_CHARS):core.start]
    if lx.AFTER_MONTH_OR_HOUR.search(before) or (core.value <= 31 and lx.DAY_OF_MONTH.match(text, core.end)):
        return True
    if core.value > 31 or not lx.AFTER_WEEKDAY.search(before):
        return False
    following = parse.next_word(core.end)
    return following is None or following.pos_ not in ("NOUN", "ADJ") or bool(lx.TIME_UNIT.match(text, core.end))


def _is_reference(core: Core, text: str, parse: Parse) -> bool:
    """A number naming something: "article 5", "réacteur 4", "France 24", "l'A 10", "12 rue de la Paix",
    a list marker "1.", or a compound noun "un deux-roues"."""
    if lx.ADDRESS_NOUNS.match(text, core.end) and core.kind == "digits":
        return True
    previous = parse.previous_word(core.start)
    if previous is None or previous.idx + len(previous) < core.start - 1:
        return False
    if previous.text.lower() in lx.REFERENCE_NOUNS or previous.lower_ in lx.COMPOUND_ARTICLES:
        return True
    if core.kind != "digits":
        return False
    if lx.LIST_MARKER.match(text, core.end):
        return True
    following = parse.next_word(core.end)
    nouny = following is not None and following.pos_ in ("NOUN", "PROPN")
    named = (previous.pos_ == "PROPN" and previous.text[:1].isupper()) or lx.CODE.fullmatch(previous.text)
    return bool(named) and not nouny


def _is_new_adjective(core: Core, text: str, parse: Parse) -> bool:
    """"neuf" meaning "new" ("un immeuble neuf", "remis à neuf"), "zéro" as an adjective ("tolérance zéro"),
    "cent" of "pour cent"."""
    word = text[core.start:core.end].lower()
    if word == "cent" and re.search(rf"pour{lx.SPACE}*$", text[max(0, core.start - cfg.PERCENT_CUE_CHARS):core.start],
                                    re.I):
        return True
    if word not in ("neuf", "zéro"):
        return False
    if lx.NEW_ADJECTIVE.search(text, max(0, core.start - cfg.NEW_ADJECTIVE_CHARS), core.start):
        return True
    previous, following = parse.previous_word(core.start), parse.next_word(core.end)
    if following is not None and following.pos_ == "NOUN":
        return False  # "seules neuf voitures"
    return previous is not None and previous.pos_ == "NOUN" and previous.idx + len(previous) >= core.start - 1


def _keep_core(core: Core, text: str, parse: Parse, exclude: Taken) -> bool:
    return not (_overlaps(core.start, core.end, exclude) or _is_year(core, text, parse)
                or _is_date_or_time(core, text, parse) or _is_reference(core, text, parse)
                or _is_new_adjective(core, text, parse))


# ---------------------------------------------------------------- ranges and qualifiers


def _range_start(a: Core, b: Core, text: str) -> int | None:
    """Start of the range "entre a et b", "de a à b", "a à b", "a ou b", or None when not a range."""
    between = text[a.end:b.start]
    before = text[max(0, a.start - cfg.RANGE_CUE_CHARS):a.start]
    if re.fullmatch(rf"{lx.SPACE}+et{lx.SPACE}+", between):
        entre = re.search(rf"\bentre{lx.SPACE}+$", before, re.I)
        return a.start - len(entre.group()) if entre else None
    if b.value is None or a.value is None or b.value <= a.value or a.kind == "approx" or b.kind == "approx":
        return None
    if re.fullmatch(rf"{lx.SPACE}+(?:à|ou){lx.SPACE}+", between) and not lx.CHANGE_BEFORE.search(
            re.sub(rf"(?:de|d['’]){lx.SPACE}*$", "", before)):
        return a.start
    return None


def _drafts(cores: list[Core], text: str) -> list[Draft]:
    """One draft per core, or per pair of cores forming a range (value None, low, high)."""
    drafts: list[Draft] = []
    i = 0
    while i < len(cores):
        a = cores[i]
        start = _range_start(a, cores[i + 1], text) if i + 1 < len(cores) else None
        if start is not None:
            b = cores[i + 1]
            drafts.append(Draft(start, b.end, None, a.value, b.value, b))
            i += 2
            continue
        drafts.append(Draft(a.start, a.end, a.value, a.value, a.value, a))
        i += 1
    return drafts


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before ``start`` and where it begins (longest match)."""
    window = text[max(0, start - cfg.QUALIFIER_CHARS):start]
    best: tuple[str, int] = ("exact", start)
    for pattern, qualifier in lx.QUALIFIER_BEFORE:
        match = pattern.search(window)
        if match and start - len(window) + match.start() < best[1]:
            best = (qualifier, start - len(window) + match.start())
    return best


def _qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """"200 environ", "10 drones au moins": the qualifier and the new end (moved only when adjacent)."""
    match = lx.QUALIFIER_AFTER.match(text, end)
    if not match:
        return None
    qualifier = lx.QUALIFIERS_AFTER[re.sub(rf"{lx.SPACE}+", " ", match.group("q").lower())]
    adjacent = re.fullmatch(rf"{lx.SPACE}+", match.group("gap")) is not None
    return qualifier, match.end() if adjacent else end


def _set_bounds(draft: Draft, qualifier: str) -> None:
    draft.qualifier = qualifier
    if draft.value is None:
        return
    plural = draft.core.plural
    draft.low = draft.value if qualifier in ("exact", "at_least", "more_than") or plural else None
    draft.high = draft.value if qualifier in ("exact", "at_most", "less_than") else None
    if qualifier == "approx" and not plural:
        draft.low = None


def _read_qualifier(draft: Draft, text: str, exclude: Taken) -> bool:
    """Sets qualifier and bounds; False when the draft is the article "un"/"une"."""
    qualifier, start = _qualifier_before(text, draft.start)
    if qualifier != "exact" and not _overlaps(start, draft.start, exclude):
        draft.start = start
    else:
        qualifier = "exact"
    if qualifier == "exact" and draft.value is not None:
        after = _qualifier_after(text, draft.end)
        if after:
            qualifier, draft.end = after
    if draft.core.kind == "approx" and qualifier == "exact":
        qualifier = "approx"
    if (draft.core.bare_article and draft.value is not None
            and qualifier not in lx.ONE_QUALIFIERS | lx.ONE_MEASURE_QUALIFIERS):
        return False
    _set_bounds(draft, qualifier)
    return True


# ---------------------------------------------------------------- units


def _is_person(token: Token) -> bool:
    """A noun naming people: listed ("femme"), a people's name ("une Alsacienne"), an agent ("chauffeur")."""
    if not token.is_alpha or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    word = singular(token.text)
    return word in lx.PERSON_NOUNS or word.endswith(lx.PERSON_SUFFIXES) or (
        token.text[:1].isupper() and not token.is_sent_start and token.pos_ == "NOUN")


def _person_before_de(draft: Draft, parse: Parse) -> bool:
    """"un homme de 53 ans", "un chauffeur de bus de 38 ans": a person noun before the "de" chain."""
    word = parse.previous_word(draft.start)
    for _ in range(3):
        if word is None or word.lower_ not in ("de", "d'", "d’"):
            return False
        noun = parse.previous_word(word.idx)
        if noun is None:
            return False
        if _is_person(noun):
            return True
        word = parse.previous_word(noun.idx)
    return False


def _is_age(draft: Draft, text: str, parse: Parse, unit_end: int) -> bool:
    """"53 ans" as an age: after "âgé de", "a", a comma or a person noun + "de"; "les moins de 17 ans"."""
    before = text[max(0, draft.start - cfg.AGE_CUE_CHARS):draft.start]
    if lx.AGE_BEFORE.search(before) and (not before.rstrip().endswith((",", "("))
                                         or lx.AGE_AFTER.match(text, unit_end)):
        return True
    if draft.qualifier in ("less_than", "more_than") and re.search(rf"\bles{lx.SPACE}+$", before, re.I):
        return True
    return _person_before_de(draft, parse)


def _read_unit(draft: Draft, text: str, parse: Parse) -> bool:
    """Sets the unit; False when the number is a duration ("16 minutes", "trois jours")."""
    unit_from = draft.core.end
    time = lx.TIME_UNIT.match(text, unit_from)
    if time:
        if time.group("u").lower() in lx.AGE_UNITS and _is_age(draft, text, parse, time.end()):
            draft.unit, draft.unit_end = "year", time.end()
            return True
        return False
    match = lx.UNIT.match(text, unit_from)
    if match:
        index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None)
        draft.unit, draft.unit_end = lx.UNITS[index][1], match.end()
        return True
    if draft.core.bare_article and draft.qualifier in lx.ONE_MEASURE_QUALIFIERS:
        return False
    sign = re.search(rf"([$€£]){lx.SPACE}*$", text[max(0, draft.start - cfg.CURRENCY_SIGN_CHARS):draft.start])
    if sign:
        draft.unit, draft.unit_end = lx.CURRENCY_BEFORE[sign.group(1)], draft.end
    return True


def _apply_conversions(drafts: list[Draft], text: str) -> None:
    """A converted value in parentheses takes its source's qualifier: "moins de 200 km (124 miles)"."""
    for source, converted in pairwise(drafts):
        if source.unit is None or converted.unit is None or source.unit_end is None:
            continue
        if converted.qualifier != "exact" or source.qualifier == "exact":
            continue
        if re.fullmatch(rf"{lx.SPACE}*\({lx.SPACE}*(?:soit{lx.SPACE}+)?", text[source.unit_end:converted.start]):
            _set_bounds(converted, source.qualifier)


# ---------------------------------------------------------------- counted noun


# ---------------------------------------------------------------- the finder


def _value_km(draft: Draft) -> float | None:
    if draft.unit not in lx.KM_PER or draft.value is None:
        return None
    return round(draft.value * lx.KM_PER[draft.unit], 2)


def _non_overlapping(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.start, -(d.end - d.start))):
        if not kept or draft.start >= kept[-1].end:
            kept.append(draft)
    return kept


def find_quantities(parsed: Doc, text: str, exclude: list[tuple[int, int]]) -> list[QuantityMatch]:
    """Every count and measure of ``text`` (``parsed`` is its spaCy parse), sorted, not overlapping.

    ``exclude`` are spans already taken (timexes, entity names): a number overlapping them is not a
    quantity.
    """
    parse, taken = Parse(parsed), Taken(exclude)
    cores = [c for c in find_cores(text) if _keep_core(c, text, parse, taken)]
    drafts = [d for d in _drafts(cores, text)
              if _read_qualifier(d, text, taken) and _read_unit(d, text, parse)]
    drafts = _non_overlapping(drafts)
    _apply_conversions(drafts, text)
    read_counted(drafts, text, parse)
    return [QuantityMatch(d.start, d.end, d.value, d.low, d.high, d.qualifier, d.unit, d.counted, _value_km(d))
            for d in drafts]
