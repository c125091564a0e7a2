"""French numbers as written in news text: digits, number words, vague amounts.

Finds the *core* of each number (no qualifier, no unit, no counted noun):
``1 200``, ``4,8``, ``60 milliards``, ``trente-quatre``, ``vingt et un``,
``une centaine``, ``des dizaines de milliers``. Number words are read with
text2num; everything else here is plain regular expressions, so this module
knows nothing of the parse (the quantity finder decides which cores count).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from extract.lang.fr.text import singular

# Cardinal words text2num reads (France; "septante"/"huitante"/"nonante" of Belgium and Switzerland).
CARDINAL_WORDS = (
    "zéro", "une?", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingts?", "trente", "quarante", "cinquante",
    "soixante", "septante", "huitante", "octante", "nonante", "cents?", "mille", "millions?", "milliards?",
)
_CARDINAL = rf"(?:{'|'.join(CARDINAL_WORDS)})"
# Joins inside a number word: spaces, hyphens ("quatre-vingt-deux"), and "et" before un/une/onze only
# ("vingt et un", "soixante-et-onze"); "deux et trois" is two numbers.
_JOIN = r"(?:[ \u00a0\u202f]+et[ \u00a0\u202f]+|-et-)(?=(?:une?|onze)\b)|[ \u00a0\u202f]+|-"
WORD_NUMBER = re.compile(rf"(?<![\w-]){_CARDINAL}(?:(?:{_JOIN}){_CARDINAL})*(?![\w-])", re.I)
_ONE_WORD = re.compile(rf"\b{_CARDINAL}\b", re.I)
# The blanks of _JOIN: they separate the tokens text2num reads one at a time.
_BLANKS = " \u00a0\u202f"

# Digit groups of French typography: "1 200" (space, no-break or thin space), "2.500" (dot), "4,8"
# (decimal comma), "2.5" (rare English decimal, one or two decimals). Not inside names or codes
# ("Su-34", "M-1", "East2West", "n°3"), not ordinals ("3e", "1er"), not times or dates ("14:30",
# "30/05", "30.05.2023"); a unit may stick to the digits ("10km", "5%").
_GLUED_UNIT = r"(?=(?:km|kg|mm|cm|m|t|ha|mi)(?!\w))"
DIGITS = re.compile(
    r"(?<![\w.,:/°№-])"
    r"(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d+)"
    r"(?:,(?P<frac>\d+)|\.(?P<dec>\d{1,2})(?!\d))?"
    rf"(?:{_GLUED_UNIT}|(?!\w))(?![.,:/]\d)(?!-\w)"
)
# Multiplier words after digits: "60 milliards", "2,5 millions", "3 mille"; "Mds"/"Md" in headlines.
MULTIPLIERS = {"mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
               "md": 10**9, "mds": 10**9, "mrd": 10**9, "mrds": 10**9}
_MULTIPLIER = re.compile(r"[ \u00a0\u202f]+(mille|millions?|milliards?|mds?|mrds?)(?![\w-])", re.I)

# Nouns of vague amounts: "une centaine" (about 100), "des dizaines" (tens: at least 10), "un millier".
APPROX_NOUNS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
# Big units that are vague only in the plural after des/plusieurs/quelques ("des millions de personnes").
VAGUE_PLURALS = {"millions": 10**6, "milliards": 10**9}
# Determiners of a vague amount: singular (about N) or plural (N or more: "plusieurs centaines").
SINGULAR_DETERMINERS = {"un", "une"}
PLURAL_DETERMINERS = {"des", "les", "ces", "plusieurs", "quelques", "de", "d'", "d’"}
# Adjectives allowed inside a vague amount: "une bonne centaine", "une petite dizaine".
APPROX_ADJECTIVES = r"(?:bonne|petite|grosse|large)"
_APPROX_NOUN = rf"(?:{'|'.join(APPROX_NOUNS)})s?|{'|'.join(VAGUE_PLURALS)}"
APPROX = re.compile(
    rf"(?<![\w-])(?:(?P<det>une?|des|les|ces|plusieurs|quelques|{_CARDINAL})[ \u00a0\u202f]+)?"
    rf"(?:{APPROX_ADJECTIVES}[ \u00a0\u202f]+)?(?P<noun>{_APPROX_NOUN})"
    r"(?:[ \u00a0\u202f]+d(?:e[ \u00a0\u202f]+|['’])(?P<times>milliers|millions|milliards))?(?![\w-])",
    re.I,
)
# Big units a vague amount can multiply: "des dizaines de milliers" (10 000 or more).
_TIMES = {"milliers": 1000, "millions": 10**6, "milliards": 10**9}


@dataclass
class Core:
    """The number words of one amount, before qualifiers and units are read."""

    start: int
    end: int
    value: int | float
    kind: str  # "digits", "words" or "approx"
    plural: bool = False  # a vague plural ("des centaines"): the value is also a lower bound
    bare_article: bool = False  # "un"/"une" alone: an article unless a qualifier makes it a count


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole (2,5 millions -> 2500000), else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def words_value(words: str) -> int | None:
    """text2num's reading of number words, or None when they do not form one number."""
    try:
        return int(text2num(words.lower().replace("\u00a0", " ").replace("\u202f", " "), "fr"))
    except (ValueError, InvalidOperation, IndexError):
        return None


def _digit_cores(text: str) -> list[Core]:
    cores = []
    for match in DIGITS.finditer(text):
        whole = re.sub(r"[ \u00a0\u202f.]", "", match.group("int"))
        decimals = match.group("frac") or match.group("dec")
        value = Decimal(f"{whole}.{decimals}" if decimals else whole)
        end = match.end()
        multiplier = _MULTIPLIER.match(text, end)
        if multiplier:
            value *= MULTIPLIERS[multiplier.group(1).lower()]
            end = multiplier.end()
        cores.append(Core(match.start(), end, as_number(value), "digits"))
    return cores


class _Run:
    """The number words of a phrase, and which of them end a blank-separated token.

    text2num reads a phrase token by token (tokens are separated by blanks; "quatre-vingt-dix"
    is one), and a token it cannot read makes every longer phrase unreadable too. So among the
    phrases from a given word that end a token, the readable ones are the shortest ones: the
    longest is found by galloping then bisecting, not by trying every end from the last word.
    """

    def __init__(self, phrase: str) -> None:
        self.phrase = phrase
        self.words = list(_ONE_WORD.finditer(phrase))
        self.values: dict[tuple[int, int], int | None] = {}
        self.token_ends = [k for k, word in enumerate(self.words)
                           if word.end() == len(phrase) or phrase[word.end()] in _BLANKS]

    def value(self, first: int, last: int) -> int | None:
        """text2num's value of the words ``first`` to ``last`` (each phrase read once)."""
        if (first, last) not in self.values:
            self.values[(first, last)] = words_value(self.phrase[self.words[first].start():self.words[last].end()])
        return self.values[(first, last)]

    def _last_readable_end(self, first: int) -> tuple[int, int]:
        """(good, bad): indices in token_ends; the phrase from ``first`` reads up to token_ends[good]
        (good < lowest when none) and not up to token_ends[bad] (bad == len when all read)."""
        ends, lowest = self.token_ends, bisect_left(self.token_ends, first)
        good, bad, step = lowest - 1, len(ends), 1
        while good + 1 < bad:  # gallop: 1, 2, 4... ends further, until one does not read
            probe = min(good + step, bad - 1)
            if self.value(first, ends[probe]) is None:
                bad = probe
                break
            good, step = probe, step * 2
        while good + 1 < bad:  # then bisect between the last that reads and the first that does not
            middle = (good + bad) // 2
            good, bad = (middle, bad) if self.value(first, ends[middle]) is not None else (good, middle)
        return good, bad

    def longest(self, first: int) -> int | None:
        """The last word of the longest readable phrase from word ``first`` (None if none reads)."""
        good, bad = self._last_readable_end(first)
        lowest = bisect_left(self.token_ends, first)
        after = self.token_ends[good] if good >= lowest else first - 1
        if bad < len(self.token_ends):  # inside the first token that does not read: its first words
            for last in range(self.token_ends[bad] - 1, after, -1):
                if self.value(first, last) is not None:
                    return last
        return after if after >= first else None


def _split_words(start: int, phrase: str) -> list[Core]:
    """Longest readable runs of a word sequence ("deux trois" -> deux, trois)."""
    run = _Run(phrase)
    words = run.words
    cores, i = [], 0
    while i < len(words):
        last = run.longest(i)
        if last is None:
            i += 1
            continue
        chunk = phrase[words[i].start():words[last].end()]
        value = run.value(i, last)
        cores.append(Core(start + words[i].start(), start + words[last].end(), value or 0, "words",
                          bare_article=chunk.lower() in SINGULAR_DETERMINERS))
        i = last + 1
    return cores


def _word_cores(text: str) -> list[Core]:
    cores = []
    for match in WORD_NUMBER.finditer(text):
        cores.extend(_split_words(match.start(), match.group()))
    return cores


def _approx_core(match: re.Match[str]) -> Core | None:
    det, noun = (match.group("det") or "").lower(), match.group("noun").lower()
    base = APPROX_NOUNS.get(singular(noun)) or VAGUE_PLURALS.get(noun)
    if base is None or (noun in VAGUE_PLURALS and det not in PLURAL_DETERMINERS):
        return None
    factor = 1
    if det and det not in SINGULAR_DETERMINERS | PLURAL_DETERMINERS:
        factor = words_value(det) or 1
    plural = det in PLURAL_DETERMINERS or (not det and noun.endswith("s"))
    value = base * factor * (_TIMES[match.group("times").lower()] if match.group("times") else 1)
    return Core(match.start(), match.end(), value, "approx", plural=plural)


def _approx_cores(text: str) -> list[Core]:
    return [core for core in map(_approx_core, APPROX.finditer(text)) if core is not None]


# The largest amount read as a quantity (a quadrillion). Beyond it, digits are an
# identifier, a hash or scraping debris, not a count or a measure; refusing them also keeps
# every written value a finite JSON number (float("1" * 400) is infinite).
MAX_VALUE = 10**15


def _plausible(core: Core) -> bool:
    return -MAX_VALUE <= core.value <= MAX_VALUE


def find_cores(text: str) -> list[Core]:
    """Every number core of the text, sorted; vague amounts win over the words inside them."""
    taken: list[Core] = []
    covered = bytearray(len(text) + 1)  # the characters of the cores taken (every core has some)
    for core in filter(_plausible, _approx_cores(text) + _digit_cores(text) + _word_cores(text)):
        if covered.find(1, core.start, core.end) < 0:
            taken.append(core)
            covered[core.start:core.end] = b"\x01" * (core.end - core.start)
    return sorted(taken, key=lambda c: c.start)
