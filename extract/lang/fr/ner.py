"""Language data for NER in French news: institutions, media, place cues.

Every entry says what French usage it covers. Token patterns use spaCy's
Matcher syntax over the (case-restored) text; nothing here names one
article's wording.
"""

from __future__ import annotations

RULES_VERSION = "ner.v2"

# Nationality adjectives as they follow an institution noun ("armée russe",
# "présidence ukrainienne", "Congrès américain"): every inflection.
NATIONALITY_ADJ = {"LOWER": {"REGEX": r"^((russe|ukrainien|américain|biélorusse|israélien|iranien|syrien|libanais|"
                            r"français|allemand|britannique|polonais|turc|turque|chinois|nord-coréen|géorgien|"
                            r"moldave|malien|burkinabè|nigérien|tchadien|soudanais|saoudien|yéménite|irakien|"
                            r"palestinien|égyptien|européen|atlantique)(ne|e)?s?)$"}}

# Heads of institutions that, with a nationality adjective, name one body:
# "armée russe", "présidence ukrainienne", "renseignement militaire ukrainien".
INSTITUTION_HEADS = [
    "armée", "présidence", "gouvernement", "parlement", "congrès", "sénat", "marine", "aviation",
    "garde nationale", "police", "diplomatie", "justice", "douane", "état-major",
    "renseignement militaire", "renseignement", "service de sécurité", "services de sécurité",
    "garde-frontières", "administration présidentielle", "défense civile", "protection civile",
    "armée de l'air", "armée de l’air", "forces armées", "force aérienne", "forces aériennes",
    "flotte", "commandement", "commandement opérationnel", "commandement militaire",
]

# Ministries: "ministère de la Défense", "ministère russe des Affaires étrangères".
MINISTRY_DOMAINS = {"TEXT": {"REGEX": r"^(Défense|Intérieur|Affaires|Justice|Santé|Énergie|Energie|Économie|Economie|"
                             r"Finances|Situations|Urgences|Transports|Infrastructures|Armées)$"}}

# Local administrations named after their place: "administration militaire de Kiev",
# "administration régionale d'Odessa", "mairie de Kharkiv".
ADMINISTRATION_HEADS = {"LOWER": {"IN": ["administration", "mairie", "préfecture", "gouvernorat"]}}
ADMINISTRATION_ADJ = {"LOWER": {"IN": ["militaire", "régionale", "municipale", "civile", "militaro-civile", "locale"]}}
# (up to two: "administration militaire régionale de Soumy")

# Named bodies and alliances written as proper nouns.
NAMED_ORGS = [
    # "l'Alliance" with a capital is NATO in French news.
    "Otan", "OTAN", "Alliance atlantique", "Alliance", "Union européenne", "UE", "ONU", "Nations unies",
    "Conseil de sécurité", "AIEA", "OSCE", "Croix-Rouge",  # not "Kremlin": a place (guideline)
    "Pentagone", "Maison Blanche", "Rosatom", "Gazprom", "Roscosmos", "Wagner", "Hamas", "Hezbollah", "Houthis",
    "Jihad islamique", "Etat islamique", "État islamique",
    "Tsahal", "SBU", "FSB", "GUR", "Rada", "Douma", "Ukrenergo", "Naftogaz", "Energoatom",
]
# Media and platforms cited as sources: "selon le Washington Post", "sur Telegram".
MEDIA = [
    "AFP", "Reuters", "Associated Press", "AP", "TASS", "Tass", "RIA Novosti", "Interfax", "Ukrinform",
    "BBC", "CNN", "Al Jazeera", "Al-Jazeera", "Washington Post", "New York Times", "Wall Street Journal",
    "Financial Times", "The Guardian", "Guardian", "Le Monde", "Le Figaro", "Libération", "Kyiv Independent",
    "Kyiv Post", "Ukrainska Pravda", "Meduza", "Mediazona", "Novaïa Gazeta", "Kommersant", "RBC",
    "Telegram", "Facebook", "X", "Twitter", "YouTube", "TikTok", "Instagram", "VKontakte", "WhatsApp",
]
# Media whose one-word names are also French words or letters: only after a cue
# ("sur X", "sur Telegram", "le réseau social X").
AMBIGUOUS_MEDIA = {"X", "AP", "Guardian"}
MEDIA_CUES = {"sur", "via", "réseau", "chaîne", "compte", "messagerie", "plateforme", "selon", "par"}

# Titles that are one lexicalised noun: in "chef d'état-major ukrainien" and
# "chef de la diplomatie ukrainienne" no institution is named (the person's
# title), unlike "chef du renseignement militaire ukrainien".
LEXICALISED_TITLE_HEADS = {"état-major", "diplomatie"}
TITLE_NOUNS = {"chef", "cheffe"}

# A messaging channel or account named after its platform noun:
# "la chaîne VChK-OGPU", "le compte Rybar", "le canal Telegram Baza".
CHANNEL_NOUNS = ["chaîne", "compte", "canal"]

# Endings of Russian and Ukrainian place names (-ovka, -ivka, -ovo, -evo, -grad):
# a name the model calls MISC or ORG with one of them is a place ("Rublyovka",
# "Kolotilovka"); not -ino or -sk, which end ordinary words too ("Casino").
SLAVIC_PLACE_ENDINGS = ("ovka", "ivka", "evka", "yovka", "ovo", "evo", "grad", "hrad")

# Nationality nouns and group names that the model tags but are not entities:
# "les Russes", "les Occidentaux", "les Ukrainiens" (guideline: not entities).
NOT_ENTITIES = {
    "russes", "ukrainiens", "occidentaux", "américains", "européens", "israéliens", "palestiniens",
    "iraniens", "français", "allemands", "britanniques", "biélorusses", "syriens", "libanais",
    "démocrates", "républicains", "alliés",
    "état",  # "les médias d'État": the state, not a place
}
