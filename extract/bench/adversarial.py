"""Adversarial inputs: texts that once made a stage super-linear, and their timings.

Each case is a name and a function of a scale factor returning the text of one
document; at scale 1.0 the sizes are those of the bug report that found the
trouble (a line of 100 000 spaces, 50 000 repeats of "[", 174 000 characters
of ordinary news text, a 950 KB article...). Texts are generated, never stored.

:func:`measure` runs every stage of the pipeline in-process on each case (after
one warm-up document, so that model loading is not counted) and returns, per
case, its size, the total time and the time of each stage; :func:`render`
prints them as a table, the worst per-document time last. Doubling the scale
should roughly double each time: a stage that quadruples is quadratic again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

Case = Callable[[float], str]
Row = tuple[str, int, float, dict[str, float], str]  # name, chars, seconds, per stage, outcome

# An ordinary French news article (invented, in the style of the corpus): what
# the pipeline is built for, repeated or varied to make long documents.
ARTICLE = (
    "Moscou visée par une vague de drones\n\n"
    "Par Jeanne Martin, avec AFP\n\n"
    "Au moins 25 drones ont été abattus dans la nuit de lundi à mardi au-dessus de la région de Moscou, "
    "a annoncé mardi le ministère russe de la Défense, qui accuse les forces de Kiev d’avoir lancé l’attaque.\n\n"
    "Selon le maire de Moscou, Sergueï Sobianine, plusieurs immeubles ont été légèrement endommagés "
    "et deux personnes ont été blessées par des débris.\n\n"
    "De son côté, l’armée de l’air ukrainienne a affirmé avoir intercepté 31 des 36 missiles de croisière "
    "Kh-101 tirés par la Russie contre Kiev, tandis que douze autres ont frappé la région de Kharkiv.\n\n"
    "Le gouverneur régional, Oleh Synehoubov, a fait état de trois morts et d’une dizaine de blessés, "
    "dont un enfant de 7 ans, à environ 40 kilomètres de la frontière.\n\n"
    "Des explosions ont été entendues vers 4 h 30 à Odessa, où des drones Shahed ont visé des "
    "infrastructures portuaires, a indiqué l’administration militaire régionale sur Telegram.\n\n"
    "Photo : des secouristes sur les lieux de l’attaque à Kiev, le 30 mai 2023 crédit : AFP\n\n"
)

_PLACES = ("Kiev", "Kharkiv", "Odessa", "Moscou", "Belgorod", "Koursk", "Zaporijjia", "Dnipro", "Soumy", "Lviv")
_PERSONS = ("Sergueï Sobianine", "Vitali Klitschko", "Oleh Synehoubov", "Viatcheslav Gladkov", "Ivan Fedorov")
_WEAPONS = ("drones Shahed", "missiles de croisière", "missiles balistiques Iskander", "roquettes", "obus")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_SENTENCES = (
    "Au moins {n} {weapon} ont été abattus {day} au-dessus de la région de {place}, a annoncé {person}.",
    "Selon l’administration militaire de {place}, {n} personnes ont été blessées et {m} tuées {day} matin.",
    "Les forces russes ont lancé {n} {weapon} contre {place} dans la nuit de {day}, dont {m} ont été interceptés.",
    "« Nous ne céderons pas », a déclaré {person} {day}, après une attaque qui a endommagé {m} immeubles à {place}.",
    "Une explosion a retenti vers {h} h {mm} à {place}, à environ {n} kilomètres de la frontière, selon des médias.",
    "Le bilan est passé de {m} à {n} morts, a précisé {day} le gouverneur de la région de {place}, {person}.",
    "Des images publiées sur Telegram montrent des incendies dans une usine de {place} visée par des {weapon}.",
    "Plus de {n} habitants ont été évacués de {place} depuis le début du mois, selon les autorités locales.",
)


def _paragraph(rng: random.Random) -> str:
    """A French news paragraph of three to five sentences, with varied names and numbers."""
    sentences = []
    for _ in range(rng.randint(3, 5)):
        template = rng.choice(_SENTENCES)
        sentences.append(template.format(
            n=rng.randint(2, 120), m=rng.randint(1, 30), h=rng.randint(0, 23), mm=f"{rng.randint(0, 59):02d}",
            place=rng.choice(_PLACES), person=rng.choice(_PERSONS), weapon=rng.choice(_WEAPONS),
            day=rng.choice(_DAYS)))
    return " ".join(sentences)


def _size(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def _repeat_to(unit: str, characters: int) -> str:
    return (unit * (characters // len(unit) + 1))[:characters]


# Number words in a row, none of which joins the next into one number ("deux trois
# quatre ..."): each run is read word by word.
_NUMBER_WORDS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze")


def _number_words(count: int) -> str:
    words = " ".join(_NUMBER_WORDS[i % len(_NUMBER_WORDS)] for i in range(count))
    return f"Les chiffres lus étaient {words} selon le rapport."


def _big_article(characters: int) -> str:
    rng = random.Random(950)
    paragraphs, total = [], 0
    while total < characters:
        paragraph = _paragraph(rng)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


CASES: dict[str, Case] = {
    # A line with a run of spaces inside it: the photo-credit rule's leading [ \t]* retried at every space.
    "spaces_line": lambda s: "Une ligne de texte" + " " * _size(100_000, s) + "qui continue ensuite.",
    # "cookie cookie ...": the cookie rule's ".*" rescanned from every "cookie".
    "cookie_repeat": lambda s: "cookie " * _size(20_000, s),
    # 50 000 "[": spaCy's tokenizer peels one "[" at a time, searching the rest each time.
    "brackets": lambda s: "[" * _size(50_000, s),
    # "!?!?...": the same on two alternating marks (and a sentence break at every one).
    "exclamations": lambda s: "!?" * _size(50_000, s),
    # "Par Aa Par Aa ...": one byline-like sentence of 100 000 tokens; every "Aa" an entity checked
    # against all those chosen before, and searched again over the whole text.
    "par_aa": lambda s: "Par Aa " * _size(50_000, s),
    # 50 000 short lines: as many blocks, sentences and entity candidates; spaCy's Doc.text rebuilt
    # for each sentence.
    "short_lines": lambda s: "Aa\n" * _size(50_000, s),
    # Ordinary news text repeated to 174 000 characters: every clause scanning all entities, timexes
    # and tokens, Doc.text rebuilt per mention, every mention against every place of an episode.
    "news_repeat": lambda s: _repeat_to(ARTICLE, _size(174_000, s)),
    # 400 number words in a row: text2num tried on every sub-run, a duration tried from every word.
    "number_words_400": lambda s: _number_words(_size(400, s)),
    # 4 000 number words in a row: same, ten times longer.
    "number_words_4000": lambda s: _number_words(_size(4_000, s)),
    # A 950 KB article of varied, real-looking paragraphs: every stage at its largest (spaCy refuses a
    # text over its max_length, 1 000 000 characters: beyond scale 1.05 the ner stage raises).
    "big_article": lambda s: _big_article(_size(950_000, s)),
    # One 160 KB line of glued words and mojibake: thousands of repairs aligned in one diff.
    "repaired_line": lambda s: "la russeDe nuit lâ€™armÃ©e " * _size(6_000, s),
    # One sentence of 5 000 clauses, each with a weapon count: clause breaks, weapons, counts per clause.
    "clause_chain": lambda s: "12 drones ont été abattus à Kiev ; " * _size(5_000, s),
}


def case_text(name: str, scale: float = 1.0) -> str:
    """The text of case ``name`` at ``scale``."""
    return CASES[name](scale)


def _run(text: str, limits: Any = None) -> tuple[dict[str, float], str]:
    """Seconds per stage for one document through the whole pipeline, and its outcome: "ok", or
    the error code the runner would write (``too_large``, ``timeout``...) under ``limits``."""
    from extract.corpus import RawInput
    from extract.records import Document
    from extract.runner import Limits
    from extract.stages import STAGES, PipelineConfig

    config, limits = PipelineConfig(), limits or Limits(max_chars=10**9, timeout=None)
    doc: RawInput | Document = RawInput("adversarial", "adversarial.txt", text.encode("utf-8"),
                                        {"published": "2024-05-01"}, "text")
    seconds: dict[str, float] = {}
    for stage in STAGES:
        start = time.perf_counter()
        [output] = stage.run_many([doc], config, limits.timeout)
        seconds[stage.name] = time.perf_counter() - start
        if isinstance(output, BaseException):
            return seconds, getattr(output, "code", type(output).__name__)
        if len(output.text) > limits.max_chars:
            return seconds, "too_large"
        doc = output
    return seconds, "ok"


def measure(scale: float = 1.0, cases: list[str] | None = None, limits: Any = None) -> list[Row]:
    """(name, characters, total seconds, seconds per stage, outcome) of each case, after one
    warm-up document; ``limits`` (extract.runner.Limits) as a run would apply them, or none."""
    _run(ARTICLE)  # warm-up: spaCy model, gazetteer, matchers
    rows: list[Row] = []
    for name in cases or list(CASES):
        text = case_text(name, scale)
        seconds, outcome = _run(text, limits)
        rows.append((name, len(text), sum(seconds.values()), seconds, outcome))
    return rows


def render(rows: list[Row]) -> str:
    """A table of the rows, then the worst per-document time."""
    stages = ["clean", "ner", "normalize", "events"]
    header = f"{'case':<20} {'chars':>9} {'total s':>8} " + " ".join(f"{s:>9}" for s in stages) + "  outcome"
    lines = [header, "-" * len(header)]
    for name, characters, total, seconds, outcome in rows:
        lines.append(f"{name:<20} {characters:>9} {total:>8.2f} "
                     + " ".join(f"{seconds.get(s, 0.0):>9.2f}" for s in stages) + f"  {outcome}")
    if rows:
        worst = max(rows, key=lambda row: row[2])
        lines.append(f"worst per-document time: {worst[2]:.2f} s ({worst[0]})")
    return "\n".join(lines)
