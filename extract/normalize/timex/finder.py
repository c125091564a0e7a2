"""Find temporal expressions: run every pattern, keep the longest, resolve values.

Extents follow the TIMEX3 / French TimeBank conventions of the gold:
determiners and modifiers belong to the expression ("le 8 juin 2022", "tôt
ce jeudi", "ces derniers jours"), prepositions do not ("pendant la nuit" ->
"la nuit"). Values are resolved against the anchor (the dct) using the tense
of the nearest verb form (:mod:`extract.normalize.timex.tense`), which needs
no parse: the finder runs at regular-expression speed; without a dct, relative expressions stay unresolved
(``XXXX-WXX-2``). The wall clock is never used.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from extract.normalize.timex import patterns as p
from extract.normalize.timex import rules as r
from extract.normalize.timex import rules_relative as rr
from extract.normalize.timex.anchor import Anchor
from extract.normalize.timex.tense import MorphologyTense
from extract.records import TimexType

# (pattern, handler), the more specific first: on equal length the earlier wins.
RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], r.Context], r.Value | None]], ...] = (
    (p.DATE_FULL, r.date_full), (p.DATE_NUMERIC, r.date_numeric), (p.DATE_ISO, r.date_numeric),
    (p.RELATIVE_DAY, rr.relative_day), (p.WEEKDAY_EXPR, rr.weekday), (p.THE_PART, rr.the_part),
    (p.THIS_PART, rr.this_part), (p.MONTH_YEAR, r.month_year_value), (p.AGO, rr.ago),
    (p.VAGUE_PERIOD, rr.vague_period), (p.PERIOD_EDGE, rr.period_edge), (p.PERIOD, rr.period),
    (p.SEASON, r.season), (p.DECADE, r.decade), (p.MONTH_ALONE, r.month_alone), (p.DURATION, rr.duration),
    (p.CLOCK_TIME, rr.clock_time), (p.CLOCK_WORD, rr.clock_word), (p.YEAR_ALONE, r.year_alone),
    (p.SET_EVERY, rr.every), (p.SET_ADJECTIVE, rr.set_adjective), (p.SET_PER, rr.per_unit),
    (p.SET_AFTER_NOUN, rr.habitual),
    (p.SAME_PART, rr.same_part), (p.FRACTION, rr.fraction), (p.TERM, rr.term), (p.VAGUE_WORD, rr.vague_word),
    (p.VAGUE_PHRASE, rr.vague_phrase),
)


@dataclass
class TimexMatch:
    start: int
    end: int
    type: TimexType
    value: str
    anchored: bool = False
    mod: str | None = None


def _durations(text: str) -> Iterator[re.Match[str]]:
    """``p.DURATION.finditer(text)``, skipping the starts inside a run of number words whose first
    word started no duration: from a later word of the run the number can only end where it could
    from the first one, so the run is read once, not once per word ("deux trois quatre ...")."""
    position, dead_end = 0, -1
    for candidate in p.DURATION_START.finditer(text):
        start = candidate.start()
        if start < position or start < dead_end:
            continue
        match = p.DURATION.match(text, start)
        if match:
            yield match
            position = match.end()
            continue
        run = p.NUMBER_RUN.match(text, start)
        if run:
            dead_end = max(dead_end, run.end())


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    return _durations(text) if pattern is p.DURATION else pattern.finditer(text)


def _candidates(text: str, context: r.Context) -> list[tuple[int, int, int, r.Value]]:
    found = []
    for priority, (pattern, handler) in enumerate(RULES):
        for match in _matches(pattern, text):
            if match.end() == match.start():
                continue
            value = handler(match, context)
            if value is not None:
                found.append((match.start(), match.end(), priority, value))
    return found


def _select(candidates: list[tuple[int, int, int, r.Value]]) -> list[tuple[int, int, r.Value]]:
    chosen: list[tuple[int, int, r.Value]] = []
    # The characters of the chosen expressions (candidates are never empty): an overlap is a
    # marked character, found without going through the expressions chosen so far.
    taken = bytearray(max((c[1] for c in candidates), default=0) + 1)
    for start, end, _, value in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if taken.find(1, start, end) < 0:
            chosen.append((start, end, value))
            taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen, key=lambda c: c[0])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _reanchor(text: str, selected: list[tuple[int, int, r.Value]]) -> None:
    """Clock times and "la nuit" take the day the text last named in the same paragraph
    ("hier ... vers 15 h 30", "dimanche ... dans la nuit"), else keep the dct's."""
    reference: tuple[int, str] | None = None  # (paragraph start, day)
    breaks = [m.start() for m in re.finditer("\n", text)]
    for start, _, value in selected:
        before = bisect_left(breaks, start) - 1  # text.rfind("\n", 0, start), without a scan
        paragraph = breaks[before] if before >= 0 else -1
        day = DAY.match(value.value)
        if value.reanchor and day and reference and reference[0] == paragraph:
            value.value = reference[1] + value.value[10:]
        elif day and not value.reanchor:
            reference = (paragraph, day.group())


def find_timexes(text: str, anchor: Anchor) -> list[TimexMatch]:
    """Every temporal expression of ``text``, with TIMEX3 type and value."""
    tense = MorphologyTense(text)
    context = r.Context(text, anchor, tense.direction_at)
    selected = _select(_candidates(text, context))
    _reanchor(text, selected)
    matches = []
    for start, end, value in selected:
        start, end = _trim(text, start, end)
        matches.append(TimexMatch(start, end, value.type, value.value, value.anchored, value.mod))
    return matches
