"""Language data for quantities in French news: qualifiers, units, people nouns,
reference nouns and the patterns built from them. Each table says what French
usage it covers; :mod:`extract.normalize.quantities` reads them.
"""

from __future__ import annotations

import re

from extract.lang.fr.calendar import MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS

# White space of French typography (no-break and thin spaces around "%", inside "1 200").
SPACE = r"[\s\u00a0\u202f]"
# "de" and its elided form: "plus de 30", "près d'une centaine", "60 milliards de dollars".
DE = rf"(?:de{SPACE}+|d['’]{SPACE}*)"

# Qualifiers written before the number, with the bound they set. Longest match wins ("pas plus de"
# over "plus de", "au moins" over "moins de"). Extent keeps them: "au moins 10", "près d'une centaine".
QUALIFIERS_BEFORE: list[tuple[str, str]] = [
    # au moins 10, pas moins de 10
    (rf"au{SPACE}+moins|au{SPACE}+minimum|pas{SPACE}+moins{SPACE}+{DE}|un{SPACE}+minimum{SPACE}+{DE}", "at_least"),
    # plus de 30, au-delà de 300 (not "en plus de 5 drones": "besides")
    (rf"(?<!en[\s\u00a0])(?:bien{SPACE}+|largement{SPACE}+)?plus{SPACE}+{DE}|au[-\s]del[àa]{SPACE}+{DE}", "more_than"),
    (rf"pr[èe]s{SPACE}+{DE}|environ|quelque|approximativement|autour{SPACE}+{DE}|aux{SPACE}+alentours{SPACE}+{DE}"
     rf"|à{SPACE}+peu{SPACE}+près|presque|quasiment|pratiquement|de{SPACE}+l['’]ordre{SPACE}+{DE}", "approx"),  # près de 200
    (rf"jusqu['’]{SPACE}*(?:à|au)|(?:tout{SPACE}+)?au{SPACE}+plus|au{SPACE}+maximum|pas{SPACE}+plus{SPACE}+{DE}"
     rf"|un{SPACE}+maximum{SPACE}+{DE}", "at_most"),  # jusqu'à 50
    (rf"moins{SPACE}+{DE}|en{SPACE}+deçà{SPACE}+{DE}", "less_than"),  # moins de 200
]
QUALIFIER_BEFORE = [(re.compile(rf"(?<![\w-])(?:{p}){SPACE}*$", re.I), q) for p, q in QUALIFIERS_BEFORE]
# Qualifiers written after the number: "200 environ", "10 drones au moins".
QUALIFIERS_AFTER = {"environ": "approx", "au moins": "at_least", "au minimum": "at_least",
                    "au plus": "at_most", "au maximum": "at_most"}
# (a run of blanks is taken whole, "++" / "*+": split among the blanks around the optional word
# and comma, it would be tried in every way before giving up)
QUALIFIER_AFTER = re.compile(rf"(?P<gap>{SPACE}++(?:[^\W\d]+{SPACE}*+)?,?{SPACE}*+)"
                              rf"(?P<q>environ|au{SPACE}+(?:moins|minimum|plus|maximum))\b(?!{SPACE}*tard)", re.I)
# Qualifiers that make "un"/"une" a count ("au moins une personne", "plus d'un"); "près d'un" is "near a".
ONE_QUALIFIERS = {"at_least", "more_than"}
# Qualifiers that make "un"/"une" a measure only ("moins d'un kilomètre"): "à moins d'un accord" is
# "unless", "jusqu'à une série" is "until".
ONE_MEASURE_QUALIFIERS = {"at_most", "less_than"}

# Units after the number (optionally after "de": "60 milliards de dollars", "une centaine de kilomètres").
UNITS: list[tuple[str, str]] = [
    (r"kilom[èe]tres?[ \u00a0]+carr[ée]s|km²|km2", "km2"),  # surfaces
    (r"km/h|kilom[èe]tres?[- ]heure|kilom[èe]tres?[ \u00a0]+par[ \u00a0]+heure", "km/h"),  # speeds
    (r"kilom[èe]tres?|kms?", "km"),  # à 40 km, une centaine de kilomètres
    (r"milles?[ \u00a0]+(?:nautiques|marins)", "nmi"),  # nautical miles (sea distances)
    (r"miles?", "mi"),  # translated English distances: 46 miles
    (r"m[èe]tres?[ \u00a0]+carr[ée]s|m²|m2", "m2"),
    (r"centim[èe]tres?|cm", "cm"),
    (r"millim[èe]tres?|mm", "mm"),  # calibres: obus de 155 mm
    (r"m[èe]tres?|(?-i:m)", "m"),
    (r"dollars?|\$|USD", "USD"),
    (r"euros?|€|EUR", "EUR"),
    (r"roubles?|RUB", "RUB"),
    (r"hryvnias?|hryvnas?|UAH", "UAH"),
    (r"livres[ \u00a0]+sterling|£", "GBP"),
    (r"%|pour[ \u00a0]*cent|pourcents?", "%"),  # 4,8 %, trente pour cent
    (r"tonnes?|(?-i:t)", "t"),
    (r"kilogrammes?|kilos?|kg", "kg"),
    (r"hectares?|ha", "ha"),
    (r"litres?", "l"),
]
UNIT = re.compile(rf"{SPACE}*(?:{DE})?(?:{'|'.join(f'(?P<u{i}>{p})' for i, (p, _) in enumerate(UNITS))})(?![\w²])",
                   re.I)
# Currency signs written before the number ("$60", "€ 200").
CURRENCY_BEFORE = {"$": "USD", "€": "EUR", "£": "GBP"}
# Conversion factors to kilometres for lengths given in miles.
KM_PER = {"mi": 1.609344, "nmi": 1.852}

# Time units: a number before them is a duration (a timex), not a quantity ("16 minutes", "trois jours").
TIME_UNIT = re.compile(rf"{SPACE}*(?:{DE})?(?P<u>secondes?|minutes?|min|heures?|h|jours?|journées?|nuits?|semaines?"
                        r"|mois|ans?|années?|décennies?|siècles?|trimestres?|semestres?|week-ends?)(?![\w-])", re.I)
# Signs that "N ans" is an age: "âgé de 53 ans", "un homme de 53 ans", "Jean, 53 ans,", "(53 ans)", "a 53 ans".
AGE_BEFORE = re.compile(rf"(?:[âa]gée?s?{SPACE}+de|l['’]âge{SPACE}+de|(?<!y{SPACE})\b(?:a|avait|aura|ont|avaient){SPACE}+"
                         rf"|[,(]{SPACE}*){SPACE}*$", re.I)
AGE_AFTER = re.compile(r"\s*[,)]")
# Time units that give an age after those signs: "53 ans", "une quarantaine d'années".
AGE_UNITS = {"an", "ans", "année", "années"}
# People nouns: "une femme de 53 ans" is an age; also antecedents of an elided noun ("82 ont été blessées").
PERSON_NOUNS = {
    "personne", "civil", "habitant", "enfant", "femme", "homme", "soldat", "militaire", "victime", "blessé",
    "mort", "tué", "policier", "pompier", "secouriste", "employé", "ouvrier", "passager", "résident",
    "étudiant", "patient", "journaliste", "combattant", "membre", "adulte", "mineur", "bébé", "otage",
    "prisonnier", "réfugié", "garçon", "fille", "fillette", "adolescent", "adolescente", "jeune", "agent",
    "secouru", "disparu", "décédé", "riverain", "citoyen", "volontaire", "médecin", "infirmier", "détenu",
    "retraité", "retraitée", "vieillard", "conducteur", "chauffeur", "père", "mère", "frère", "sœur", "voisin",
    "voisine", "nourrisson", "écolier", "écolière", "lycéen", "lycéenne", "collégien", "collégienne", "suspect",
    "opposant", "militant", "manifestant", "touriste", "pilote", "marin", "réserviste", "conscrit", "mercenaire",
    "individu", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "passante",
    "passant", "joueur", "artiste", "écrivain", "photographe", "ressortissant", "civile",
}
# Endings of nouns of people: "Ukrainien", "collégienne", "journaliste", "chauffeur", "vendeuse", "directrice".
PERSON_SUFFIXES = ("ien", "ienne", "iste", "eur", "euse", "rice")
# Nouns of a state, not of people: "9 morts et 82 ont été blessés" -> personne, not mort.
STATE_NOUNS = {"blessé", "mort", "tué", "disparu", "décédé", "secouru"}

# Nouns followed by an identifying number, not a count: "l'article 5", "réacteur 4", "la ligne 2".
REFERENCE_NOUNS = {
    "article", "articles", "page", "pages", "p.", "numéro", "n°", "no", "chapitre", "paragraphe", "alinéa",
    "section", "résolution", "tome", "volume", "ligne", "vol", "route", "autoroute", "niveau", "catégorie",
    "phase", "saison", "épisode", "édition", "annexe", "décret", "réacteur", "unité", "tranche", "terminal",
    "porte", "quai", "salle", "chambre", "lot", "bloc", "bâtiment", "secteur", "zone", "point", "version",
    "modèle", "type", "classe", "groupe", "division", "brigade", "régiment", "bataillon", "escadron",
}
# Street words after a number: "12 rue de la Paix", "au 37, rue ...", "4 bis, avenue ..." are addresses.
ADDRESS_NOUNS = re.compile(
    rf"(?:{SPACE}+(?:bis|ter))?,?{SPACE}+(?:rue|avenue|boulevard|bd|place|allée|impasse|chemin|quai)\b", re.I)
# Road and model codes before a number: "l'A 10", "la RN 4", "un char AMX 10".
CODE = re.compile(r"[A-Z]{1,4}")
# A list marker: "1. à la mairie, 2. au marché" (a sentence ending in a number goes on with a capital).
LIST_MARKER = re.compile(rf"(?:\.{SPACE}+[a-zàâçéèêëîïôûù]|\){SPACE})")
# Articles before a number that make it part of a compound noun: "un deux-roues", "un deux roues".
COMPOUND_ARTICLES = {"un", "une"}
# Weekdays: "mardi 30" is a date.
DAY_OF_MONTH = re.compile(rf"(?:{SPACE}*(?:,|et|au|-|–|ou){SPACE}*\d{{1,2}})*{SPACE}+(?:{MONTH_PATTERN})\b", re.I)
AFTER_MONTH_OR_HOUR = re.compile(rf"(?:\b(?:{MONTH_PATTERN})|\d{SPACE}*h){SPACE}*$", re.I)
AFTER_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_PATTERN}){SPACE}*$", re.I)
# Words before a 4-digit year: "en 2022", "depuis 2014", "l'an 2000", "printemps 2023".
YEAR_BEFORE = re.compile(rf"\b(?:en|depuis|dès|jusqu['’]en|an|année|avant|après|fin|début|mi|printemps|été"
                          rf"|automne|hiver|{MONTH_PATTERN}){SPACE}*-?$", re.I)
# "neuf" as the adjective "new": "tout neuf", "remis à neuf", "refait à neuf".
NEW_ADJECTIVE = re.compile(rf"\b(?:tout|remise?s?|refaite?s?|remettre|refaire|rénovée?s?|état)(?:{SPACE}+à)?{SPACE}+$",
                            re.I)
# Verbs of change: "le bilan est passé de 5 à 9" is two numbers, not the range "de 5 à 9".
CHANGE_BEFORE = re.compile(rf"\b(?:pass|augment|grimp|mont|baiss|chut|diminu|rédui|redui|port|relev|revu|alourd"
                            rf"|élev|recul|progress|bond|tomb)\w*(?:{SPACE}+\S+){{0,3}}{SPACE}+$", re.I)

# Words between a number and its noun: "36 autres drones", "trois nouveaux missiles".
MODIFIERS_BEFORE_NOUN = {"autres", "autre", "nouveaux", "nouvelles", "nouvel", "nouveau", "nouvelle",
                         "premiers", "premières", "derniers", "dernières", "seuls", "seules", "petits", "petites",
                         "grands", "grandes", "gros", "grosses", "vrais", "véritables"}
# Words after a number that are not what it counts: days and times of day ("porté à 12 dimanche"),
# "entre" of "19 d'entre elles", adverbs the tagger may read as adjectives.
NOT_COUNTED = {*WEEKDAYS, "matin", "soir", "midi", "minuit", "hier", "aujourd", "demain", "entre", "environ",
               "seulement", "chacun", "chacune", "selon", "contre", "sur", "dont"}
# "tous les deux", "toutes deux": the noun is the subject of the clause.
BOTH_BEFORE = re.compile(rf"\b(?:tous|toutes)(?:{SPACE}+les)?{SPACE}+$", re.I)
# Partitives after a number: "deux des drones", "trois de ces appareils", "19 d'entre elles".
PARTITIVE = re.compile(rf"{SPACE}+(?:des|de{SPACE}+(?:ces|ses|leurs|nos|vos|mes|tes)|parmi{SPACE}+(?:les|ces)){SPACE}+", re.I)
# Numbers ending in a big-number noun take "de": "3 millions de réfugiés", "deux milliards d'euros".
BIG_WORD_END = re.compile(r"(?:millions?|milliards?|mds?|mrds?)$", re.I)
# Totals whose noun is given by "de": "le nombre de morts ... est passé à neuf", "le bilan des victimes".
TOTAL_NOUNS = {"nombre", "bilan", "total", "chiffre", "décompte"}
# Participles about people after an elided noun: "trois ont été blessées", "deux sont morts".
PEOPLE_AFTER = re.compile(
    rf"^(?:{SPACE}+(?:ont|sont|a|est|avaient|étaient|auraient|seraient|été|être|dû|pu|grièvement|légèrement"
    rf"|gravement|mortellement|également|aussi|déjà|ensuite|finalement))*{SPACE}+(?:bless|tu[ée]|mort|décéd|évacu"
    rf"|hospitalis|péri|secouru|soign|sauv|interpell|arrêt|disparu|perdu{SPACE}+la{SPACE}+vie)", re.I)
