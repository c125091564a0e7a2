"""French temporal vocabulary: each table says what usage it covers.

Regular-expression pieces are built from these tables in
:mod:`extract.normalize.timex.grammar`.
"""

from __future__ import annotations

from extract.lang.fr.calendar import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS  # noqa: F401 - the grammar reads them here

# Seasons and their TIMEX3 codes ("cet été" -> 2023-SU).
SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}

# Parts of the day and their TIMEX3 codes ("ce matin" -> 2023-05-30TMO); "l'aube"
# has no code of its own and goes with the morning (gold convention).
PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO", "matinee": "MO", "aube": "MO", "après-midi": "AF", "apres-midi": "AF",
    "soir": "EV", "soirée": "EV", "soiree": "EV", "nuit": "NI", "journée": "DT", "journee": "DT",
}
# Named clock times.
CLOCK_WORDS = {"midi": "12:00", "minuit": "00:00"}

# Units of durations ("trois jours" -> P3D, "16 minutes" -> PT16M); the value
# is (TIMEX3 unit letter, whether it is a time unit written after "T").
UNITS = {
    "seconde": ("S", True), "minute": ("M", True), "heure": ("H", True), "jour": ("D", False),
    "journée": ("D", False), "semaine": ("W", False), "mois": ("M", False), "an": ("Y", False),
    "année": ("Y", False), "annee": ("Y", False), "décennie": ("DE", False), "siècle": ("CE", False),
    "trimestre": ("Q", False), "semestre": ("6M", False), "quinquennat": ("5Y", False),
}

# Number words for counts of units ("deux semaines", "dix-huit mois"); longer
# forms are read with text2num.
NUMBER_WORDS = ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille"]

# Vague amounts of units: "quelques jours" -> PXD.
VAGUE_AMOUNTS = ("quelques", "plusieurs", "des", "de longs", "de longues", "de nombreux", "de nombreuses")

# Words that refer to a time only vaguely: TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF.
VAGUE_REFERENCES = {
    "récemment": "PAST_REF", "recemment": "PAST_REF", "auparavant": "PAST_REF", "naguère": "PAST_REF",
    "jadis": "PAST_REF", "autrefois": "PAST_REF",
    "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF", "dorénavant": "PRESENT_REF",
    "aujourd'hui encore": "PRESENT_REF", "maintenant": "PRESENT_REF",
    "nouvellement": "PAST_REF",
    "bientôt": "FUTURE_REF", "prochainement": "FUTURE_REF", "ultérieurement": "FUTURE_REF",
}
# Vague references that need their phrase ("jusqu'à présent" -> "présent", "à long terme" -> "long terme").
VAGUE_PHRASES = {
    r"(?<=à )présent|(?<=jusqu'à )présent|(?<=jusqu’à )présent": "PRESENT_REF",
    r"(?:le|ce) moment(?! où| de| d['’])": "PRESENT_REF",
    r"(?:moyen|long) terme": "FUTURE_REF",
    r"court terme": "FUTURE_REF",
}

# Relative days around the dct ("hier" -> dct - 1).
RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1,
                 "après-demain": 2, "apres-demain": 2}

# Adjectives that mark a weekday, date or month as the last or next one.
LAST = ("dernier", "dernière", "derniers", "dernières", "passé", "passée")
NEXT = ("prochain", "prochaine", "prochains", "prochaines")

# Habitual adverbs: TIMEX3 SET ("quotidiennement" -> P1D). Not the adjectives:
# "le quotidien", "un hebdomadaire" are newspapers in news text.
SET_ADJECTIVES = {"quotidiennement": "P1D", "hebdomadairement": "P1W", "mensuellement": "P1M",
                  "annuellement": "P1Y"}

# Habitual adjectives, a SET only after a noun ("une réunion annuelle"). Not
# "quotidien", "hebdomadaire", "mensuel": in news they are mostly newspapers.
HABITUAL_ADJECTIVES = {"annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y"}
FRACTIONS = {"un quart d'heure": "PT15M", "une demi-heure": "PT30M", "un quart de siècle": "P25Y",
             "un demi-siècle": "P50Y", "une demi-journée": "P0.5D"}
TERMS = {"quinquennat": "P5Y", "septennat": "P7Y", "décennie": "P10Y", "semestre": "P6M", "trimestre": "P3M"}

# Words before "de NUM ans" that make it a duration ("une peine de trois ans",
# "plus de dix ans"); after any other word it is an age ("un chauffeur de 38 ans").
DURATION_HEADS = ("durée", "période", "peine", "mandat", "prison", "contrat", "délai", "plus", "moins", "près",
                  "environ", "bout", "espace", "absence", "exil", "guerre", "conflit", "carrière", "travaux",
                  "occupation", "cours", "terme", "âge", "quelque")
