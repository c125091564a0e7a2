"""Regular-expression pieces for French temporal expressions, built from the lexicon."""

from __future__ import annotations

import re

from extract.lang.fr import timex as lx


def alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


APOS = "['’]"
MONTH_FULL = alternation(m for m in lx.MONTHS if m not in lx.MONTH_ABBREVIATIONS)
MONTH_ANY = rf"(?:{MONTH_FULL}|(?:{alternation(lx.MONTH_ABBREVIATIONS)})\.?)"
WEEKDAY = alternation(lx.WEEKDAYS)
DAY = r"(?:[12]\d|3[01]|0?[1-9]|1er|premier)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
NUMBER_WORD = alternation(lx.NUMBER_WORDS)
# "trois", "dix-huit", "vingt et un", "12", "30,4", "un et demi" is left out.
NUMBER = rf"(?:\d+(?:,\d+)?|(?:{NUMBER_WORD})(?:(?:-|\s+et\s+|-et-|\s+)(?:{NUMBER_WORD}))*)"
VAGUE = alternation(lx.VAGUE_AMOUNTS)
UNIT = (r"(?:secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans?|années?|décennies?|siècles?|"
        r"trimestres?|semestres?|quinquennats?)")
LAST = alternation(lx.LAST)
NEXT = alternation(lx.NEXT)
PART = r"(?:matin|matinée|après-midi|apres-midi|soir|soirée|nuit)"
CLOCK = r"(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<m>[0-5]\d)?(?!\w)"

FLAGS = re.IGNORECASE

DATE_FULL = re.compile(
    rf"\b(?:(?P<det>le|ce)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH_ANY})"
    rf"(?:\s+(?P<year>{YEAR})\b|\s+(?P<yy>['’]?\d\d)(?=\s*[,.;:)»]|\s*$))?(?:\s+(?P<rel>{LAST}|{NEXT})\b)?", FLAGS)
DATE_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d{4}|\d\d)\b")
DATE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
MONTH_YEAR = re.compile(
    rf"\b(?:(?P<mod>début|fin|mi-|courant)\s*(?:de\s+|d{APOS}\s*)?)?"
    rf"(?P<month>{MONTH_FULL})\s+(?P<year>{YEAR})\b", FLAGS)
MONTH_ALONE = re.compile(
    rf"\b(?:(?P<mod>début|fin|mi-|courant)\s*(?:de\s+|d{APOS}\s*)?)?(?P<of>mois\s+(?:de\s+|d{APOS}\s*))?"
    rf"(?P<month>{MONTH_FULL})\b(?:\s+(?P<rel>{LAST}|{NEXT})\b)?", FLAGS)
YEAR_ALONE = re.compile(rf"\b(?:(?P<det>l{APOS}année|l{APOS}an|année)\s+)?(?P<year>{YEAR})\b(?![,.]?\d|\s*%)", FLAGS)
DECADE = re.compile(r"\b(?:les\s+)?années\s+(?P<decade>(?:19|20)?[0-9]0)\b", FLAGS)
SEASON = re.compile(
    rf"\b(?:(?P<det>l{APOS}|cet\s+|ce\s+|cette\s+))?(?P<season>printemps|été|ete|automne|hiver)\b"
    rf"(?:\s+(?P<year>{YEAR})\b|\s+(?P<rel>{LAST}|{NEXT})\b)?", FLAGS)
RELATIVE_DAY = re.compile(
    rf"\b(?P<rel>avant-hier|après-demain|apres-demain|hier|aujourd{APOS}hui|demain)"
    rf"(?:\s+(?P<wd>{WEEKDAY}))?(?:\s+(?P<part>{PART}|midi)|\s+à\s+{CLOCK})?", FLAGS)
THIS_PART = re.compile(rf"\b(?P<det>ce|cet|cette)\s+(?P<part>{PART}|midi)\b", FLAGS)
SAME_PART = re.compile(r"\b(?P<det>le|ce)\s+(?P<part>matin|soir)\s+même\b", FLAGS)
THE_PART = re.compile(
    rf"\b(?P<det>la|l{APOS})\s*(?P<part>nuit|matinée|soirée|aube)\b"
    rf"(?:\s+(?:de|du)\s+(?P<wd1>{WEEKDAY})\s+(?:à|au)\s+(?P<wd2>{WEEKDAY})\b)?", FLAGS)
WEEKDAY_EXPR = re.compile(
    rf"\b(?:(?P<hours>premières|dernières)\s+heures\s+(?:de\s+|du\s+))?(?:(?P<early>tôt|tard)\s+)?"
    rf"(?:(?P<det>ce|le)\s+)?(?:même\s+)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<rel>{LAST}|{NEXT})\b)?"
    rf"(?:\s+(?P<part>{PART}|midi)\b|\s+à\s+{CLOCK})?", FLAGS)
# "vers 15 h 30" (on the day being told), "vers 15 h 30, hier" (the day written after it).
CLOCK_TIME = re.compile(
    rf"\b(?:(?P<vers>vers)\s+)?{CLOCK}(?:,\s*(?:(?P<rel>hier|aujourd{APOS}hui|demain|avant-hier)|"
    rf"(?P<wd>{WEEKDAY}))\b)?", FLAGS)
CLOCK_WORD = re.compile(r"(?<![\w-])(?P<word>midi|minuit)\b", FLAGS)
AGO = re.compile(
    rf"\b(?P<ago>il\s+y\s+(?:a|avait))\s+(?P<q>plus\s+d{APOS}\s*|près\s+d{APOS}\s*|environ\s+|moins\s+d{APOS}\s*)?"
    rf"(?P<n>{NUMBER}|quelques|plusieurs)\s+(?P<unit>{UNIT})\b", FLAGS)
DURATION = re.compile(
    rf"\b(?:(?P<q>environ|près\s+de|plus\s+de|moins\s+de|quelque|au\s+moins)\s+)?"
    rf"(?:(?P<last>dernier|dernière|derniers|dernières)\s+)?(?P<n>{NUMBER}|{VAGUE})\s+(?P<unit>{UNIT})\b", FLAGS)
# Where a duration can start (a superset): its qualifier ("environ", "près de", "au moins"),
# "dernier", a number (digits or a number word), a vague amount ("quelques", "des").
DURATION_START = re.compile(rf"\b(?=environ|près|plus|moins|quelque|au|derni|\d|{NUMBER_WORD}|{VAGUE})", FLAGS)
# A number, as far as its words go ("deux cent trente-quatre"): the numbers a duration may end with.
NUMBER_RUN = re.compile(NUMBER, FLAGS)
# Fractions of units: "un quart de siècle" (P25Y), "une demi-heure" (PT30M), "un demi-siècle".
FRACTION = re.compile(r"\b(?P<frac>un\s+quart\s+d['’]\s*heure|une\s+demi-heure|un\s+quart\s+de\s+siècle|"
                      r"un\s+demi-siècle|une\s+demi-journée|un\s+demi-siècle)\b", FLAGS)
# Terms of office and other unit nouns used alone: "son quinquennat" (P5Y).
TERM = re.compile(r"\b(?P<term>quinquennat|septennat|décennie|semestre|trimestre)\b", FLAGS)
VAGUE_PERIOD = re.compile(
    rf"\b(?P<det>ces|les)\s+(?P<adj>derniers|dernières|prochains|prochaines)\s+(?P<unit>{UNIT})\b", FLAGS)
PERIOD = re.compile(
    rf"\b(?:(?P<early>plus\s+tôt|plus\s+tard|début|fin|courant)\s+(?:de\s+|d{APOS}\s*)?)?"
    rf"(?P<det>cette|ce|cet|l{APOS}|la|le)\s*(?P<unit>semaine|mois|année|an|week-end|trimestre)(?:-ci)?"
    rf"(?:\s+(?P<rel>{LAST}|{NEXT})\b)?", FLAGS)
PERIOD_EDGE = re.compile(
    rf"\b(?P<edge>début|fin|milieu)\s+(?:du|de\s+la|de\s+l{APOS})\s*(?P<unit>mois|semaine|année)"
    rf"(?:\s+(?P<rel>{LAST}|{NEXT})\b)?", FLAGS)
VAGUE_WORD = re.compile(rf"\b(?P<word>{alternation(lx.VAGUE_REFERENCES)})\b", FLAGS)
VAGUE_PHRASE = re.compile("|".join(f"(?:{p})" for p in lx.VAGUE_PHRASES), FLAGS)
SET_EVERY = re.compile(
    rf"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?P<unit>jours?|semaines?|mois|ans|années?|matins?|soirs?|"
    rf"(?:{WEEKDAY})s?)\b", FLAGS)
# Rates: "5 milliards par semestre", "trois fois par jour".
SET_PER = re.compile(r"\bpar\s+(?P<unit>jour|semaine|mois|an|année|semestre|trimestre)\b", FLAGS)
SET_ADJECTIVE = re.compile(rf"\b(?P<word>{alternation(lx.SET_ADJECTIVES)})\b", FLAGS)
# Habitual adjectives after a noun ("un rendez-vous annuel"); "le quotidien" is a newspaper.
SET_AFTER_NOUN = re.compile(
    rf"(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bles )(?<!\bdes )(?<!\bau )(?<!\bce )(?<!\bla )"
    rf"\b(?P<word>{alternation(lx.HABITUAL_ADJECTIVES)})\b", FLAGS)
