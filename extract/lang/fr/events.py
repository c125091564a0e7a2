"""Language data for attack events in French news. Each table says what usage it covers."""

from __future__ import annotations

import re

from extract.geo.heads import REGION_HEADS

RULES_VERSION = "events.v1"

# Nouns that name an attack without its weapon ("une attaque contre Kiev"): type unknown
# until another mention of the episode gives the weapon.
ATTACK_NOUNS = {"attaque", "attaques", "frappe", "frappes", "raid", "raids", "assaut", "offensive", "tentative"}
# An attack told with no weapon that stands as an episode (type unknown): a strike or raid
# noun ("une frappe israélienne a tué", "le raid sur l'aéroport"), or "attaque" as an event
# ("l'attaque contre le village"), not as a modifier ("hélicoptères d'attaque", "sous-marin
# d'attaque") nor a campaign ("offensive", "assaut": ground fighting, not a strike).
# Also the verbs of striking in their past and progressive forms ("Israël a frappé des sites
# militaires", "le village a été attaqué", "en frappant le port"); the present "frappe" and
# "attaque" are read as the nouns.
UNTYPED_STRIKE = re.compile(r"(?<![dD]['’])\b(?:frappes?|raids?|attaques?)\b|"
                            r"\b(?:frapp|attaqu)(?:é|ée|és|ées|ait|aient|ant|èrent|a)\b", re.IGNORECASE)
# A reaction to an attack already told ("le Liban a condamné l'attaque", "a dénoncé ces frappes",
# "déplore le raid"): the attack noun is the reaction's object, not a new untyped episode.
REACTION_TO = re.compile(r"\b(?:condamn|dénon[cç]|déplor|fustig|salu)\w*\s+(?:\S+\s+){0,3}?"
                         r"(?:l['’]\s*|la\s+|les\s+|le\s+|ces?\s+|cette\s+|cet\s+)(?:\w+\s+)?(?:attaques?|frappes?|raids?)\b",
                         re.IGNORECASE)
# Attack nouns and verbs that name the weapon kind themselves.
TYPE_WORDS = {
    "bombardement": "artillery", "bombardements": "artillery", "pilonnage": "artillery", "obus": "artillery",
    "roquette": "artillery", "roquettes": "artillery", "artillerie": "artillery", "mortier": "artillery",
    "explosion": "explosion", "explosions": "explosion", "déflagration": "explosion", "détonation": "explosion",
    "frappe aérienne": "air_strike", "frappes aériennes": "air_strike", "raid aérien": "air_strike",
    "raids aériens": "air_strike", "bombardement aérien": "air_strike", "bombardements aériens": "air_strike",
}
# Weapon kinds to attack types (contract: attack_type by weapon).
KIND_TO_TYPE = {"drone": "drone", "missile": "missile", "ballistic_missile": "missile", "cruise_missile": "missile",
                "rocket": "artillery", "artillery_shell": "artillery", "bomb": "air_strike"}

# Whoever is named right after these did the attack: the agent of a passive ("tiré par les
# Houthis", "lancés par la Russie", "des frappes menées par les États-Unis", "un raid revendiqué
# par les forces du maréchal Haftar", "une attaque imputée à Israël", "attribuée aux rebelles").
AGENT_CUE = re.compile(r"\b(?:tir|lanc|men|revendiqu|effectu|perpétr|conduit|imput|attribu)(?:é|ée|és|ées|e|es)?"
                       r"\s+(?:par|à|aux|au)\s+(?:les\s+|la\s+|le\s+|l['’]\s*)?", re.IGNORECASE)
# An armed group or army as the complement of the attack noun ("une attaque de drones du
# Hezbollah", "les frappes de l'armée soudanaise", "des tirs de roquettes du Hamas"): only an
# organisation counts there ("l'attaque de Kiev" names the target as often as the attacker).
GENITIVE_CUE = re.compile(r"\b(?:attaques?|frappes?|raids?|tirs?|bombardements?)(?:\s+(?:de|d['’])\s*"
                          r"(?:drones?|missiles?|roquettes?|artillerie|obus))?\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*",
                          re.IGNORECASE)
# Verbs whose subject carried out the attack ("l'Ukraine a mené une attaque", "Israël a effectué
# des frappes", "la Russie a lancé", "le groupe a perpétré l'attaque"): the launch verbs whose
# subject is the attacker, not those whose subject is the weapon ("toucher", "tomber", "exploser").
ATTACK_SUBJECT_VERBS = {"mener", "effectuer", "conduire", "perpétrer", "lancer", "tirer", "frapper", "attaquer",
                        "bombarder", "viser", "cibler", "revendiquer", "envoyer"}
# Verbs (lemmas) whose object or subject count is what was shot down.
INTERCEPT_VERBS = {"abattre", "intercepter", "neutraliser", "détruire", "déjouer", "repousser", "éliminer",
                   "contrer", "arrêter", "descendre"}
# Nouns that say the count was shot down ("la destruction de 8 drones", "l'interception de 40
# missiles", "la neutralisation de 12 drones").
INTERCEPT_NOUNS = {"destruction", "interception", "neutralisation"}
# Verbs whose count is what was launched or hit.
# (with "revendiquer": "la Russie a revendiqué une attaque" names the attacker)
LAUNCH_VERBS = {"revendiquer", "lancer", "tirer", "envoyer", "frapper", "viser", "attaquer", "cibler", "toucher", "écraser",
                "tomber", "survoler", "bombarder", "exploser", "utiliser", "déployer"}
# People nouns a casualty count can count (besides the counted lemma "blessé", "mort").
PEOPLE = {"personne", "civil", "habitant", "homme", "femme", "enfant", "soldat", "militaire", "résident",
          "résidente", "victime", "employé", "ouvrier", "passant", "policier", "pompier", "secouriste",
          # more of who a toll counts in news French ("deux adolescents", "trois rebelles", "cinq
          # combattants", "un journaliste", "quatre secouristes", "deux gendarmes")
          "adolescent", "adolescente", "garçon", "fille", "bébé", "nourrisson", "élève", "étudiant",
          "journaliste", "médecin", "infirmier", "infirmière", "patient", "fidèle", "agriculteur", "pêcheur",
          "marin", "gendarme", "garde", "rebelle", "combattant", "militant", "jihadiste", "djihadiste",
          "insurgé", "membre", "touriste", "réfugié", "déplacé", "volontaire", "mineur"}
KILL_WORDS = re.compile(r"\b(?:tu(?:é|ée|és|ées|ant|er)|mort(?:e|s|es)?|décéd(?:é|ée|és|ées)|péri|morts?|"
                        r"victimes? mortelles?|sans vie)\b", re.IGNORECASE)
INJURE_WORDS = re.compile(r"\bbless(?:é|ée|és|ées|ant|er|ures?)\b", re.IGNORECASE)
# "aucune victime", "sans faire de victimes", "pas de victimes": killed 0 and injured 0 (guideline).
NO_VICTIMS = re.compile(r"\b(?:aucune victime|sans (?:faire )?(?:de |aucune )?victimes?|"
                        r"(?:pas|ni|plus|jamais)(?: eu| fait)? de victimes?)\b(?! mortelle)", re.IGNORECASE)
# A zero toll of one kind: "aucun mort", "pas de blessés", "sans faire de morts", "personne n'a été
# tué(e)", "n'a fait aucun blessé". "personne n'a été gravement blessé" stays null (guideline: a
# qualified zero says nothing of the lightly injured), so the participle must follow "été" directly.
NO_KILLED = re.compile(r"\b(?:aucun(?:e)? (?:mort|décès|tué|victime mortelle)|(?:pas|ni|sans (?:faire )?)(?: eu)? de morts?|"
                       r"personne n['’](?:a|aurait) été tuée?)\b", re.IGNORECASE)
NO_INJURED = re.compile(r"\b(?:aucune? blessée?|(?:pas|ni|sans (?:faire )?)(?: eu)? de blessée?s?|"
                        r"personne n['’](?:a|aurait) été blessée?)\b", re.IGNORECASE)

# The French nouns of the weapon kinds that counts are read for ("12 drones", "deux roquettes",
# "des obus", "une bombe"), and back: the noun an elided count of that kind stands for.
WEAPON_NOUNS = {"drone": "drone", "missile": "missile", "roquette": "rocket", "obus": "artillery_shell",
                "bombe": "bomb"}
NOUN_OF_KIND = {kind: noun for noun, kind in WEAPON_NOUNS.items()}
# Nouns a count of weapons is told with: the weapon nouns and the generic "appareil", "engin",
# "projectile", "aéronef" ("36 appareils ont été abattus").
WEAPON_COUNTED = {*WEAPON_NOUNS, "appareil", "engin", "projectile", "aéronef"}

# Reporting verbs: their subject (or the "selon" complement) is who reported the facts.
REPORT_VERBS = {"déclarer", "indiquer", "annoncer", "affirmer", "rapporter", "dire", "préciser", "assurer",
                "confirmer", "signaler", "reconnaître", "écrire", "publier", "faire", "communiquer", "ajouter",
                "expliquer", "estimer", "accuser", "revendiquer",
                # speech-act verbs that report facts in news French ("a détaillé le ministère",
                # "a dénoncé le gouverneur", "a fait savoir l'armée", "a souligné le maire")
                # (not "qualifier", "rappeler", "répondre": "ce que Moscou a qualifié de ...", "a
                # rappelé que la guerre ..." say what someone thinks, not who told the facts)
                "détailler", "dénoncer", "informer", "évoquer", "réagir", "souligner", "relever", "raconter",
                "avertir", "notifier", "relater", "mentionner", "recenser", "chiffrer", "tweeter", "poster"}
# What a source is never: the platform or medium a statement went out on ("sur Telegram", "dans
# un communiqué", "sur X"), and pronouns or demonstratives standing for someone named before
# ("Elle a précisé", "Cette dernière a indiqué", "Celui-ci a affirmé").
NOT_SOURCES = re.compile(r"^(?:telegram|x|twitter|facebook|instagram|whatsapp|youtube|tiktok|vk|viber|signal|"
                         r"(?:(?:son|un|le|leur) )?communiqué|(?:les )?réseaux sociaux|"
                         r"(?:il|elle|ils|elles|celui|celle|ceux|celles|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|"
                         r"ces derniers|ces dernières|on)|(?:ce|cet|cette|ces)\b.*)$", re.IGNORECASE)
# Statement verbs whose subject speaks about the attack rather than suffers it: a place that is
# their subject ("Moscou a annoncé") is not where the attack happened.
STATEMENT_VERBS = {"annoncer", "affirmer", "déclarer", "indiquer", "accuser", "revendiquer"}
SOURCE_PREPOSITIONS = re.compile(r"\b(?:selon|d['’]après)\s+$", re.IGNORECASE)

# Where a mention only threatens, supposes, denies or sums up, it is not an episode.
THREAT = re.compile(r"\b(?:menac\w*|prom(?:et|ett|i[st])\w*|riposter\b|jur[ée]\w* de|s['’]est engag\w*|s['’]engage\w*|vengeance|"
                    r"se venger|riposter? bientôt|impunie?s?)\b", re.IGNORECASE)
HYPOTHESIS = re.compile(r"\b(?:pourrai(?:en)?t|aurai(?:en)?t pu|suggér\w*|suggestion|supposée?s?|rapports? sur|"
                        r"n['’]était pas (?:immédiatement )?clair|on ignore)\b", re.IGNORECASE)
# Weapons named as goods, capabilities or shows, not as an attack: deliveries and orders ("va
# livrer 64 missiles Patriot", "la livraison de drones", "s'engagent à fournir"), what a weapon can
# do ("capables d'abattre", "peuvent voler 24 heures", "permettent de surveiller"), tests and
# shows ("un tir d'essai", "le premier test d'ICBM", "un spectacle de 400 drones").
NOT_AN_ATTACK = re.compile(r"\b(?:livr(?:er|era|eront|é|ée|és|ées|ait|aient|e|ent)|livraisons?|fourni(?:r|ra|ront)|"
                           r"commandés?|capables? d['’e]|peu(?:t|vent) (?:voler|atteindre|parcourir|emporter|"
                           r"transporter)|permett(?:ent|ant|ra) de|essais?|test(?:s|é|ée)?\b|spectacles?)", re.IGNORECASE)
DENIAL = re.compile(r"\b(?:dément\w*|démenti\w*|démentie?|nié|nie|réfut\w*|mensonge)\b", re.IGNORECASE)
# A series is an aggregate unless it has its own date ("une série de frappes lundi matin").
SERIES = re.compile(r"\b(?:série d['’]attaques|séries? de frappes|une série d['’]attentats)\b", re.IGNORECASE)
AGGREGATE = re.compile(r"\b(?:à plusieurs reprises|multipli\w*|depuis le début (?:de l['’]année|du mois|de la guerre|"
                       r"de l['’]invasion|de l['’]offensive|du conflit)|"
                       r"de plus en plus|régulièrement|ces derniers (?:mois|jours)|"
                       r"deux fois en|intensifi\w*)\b|"
                       r"^\W*plusieurs\b", re.IGNORECASE)
# Openers that start another episode ("Par ailleurs, l'armée a abattu...", "trois autres appareils").
NEW_EPISODE = re.compile(r"^\W*(?:par ailleurs|en outre|ailleurs|dans un autre|de son côté)\b|\ben outre\b|"
                         r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs)\s+autres\s+"
                         r"(?:drones?|missiles?|roquettes?|appareils?|engins?|projectiles?|ont été|avaient été|sont)\b|"
                         r"\bune autre (?:région|ville|localité|attaque)\b|\bd['’]autres\b|"
                         # another strike told after the first: "une autre frappe", "un autre
                         # raid", "une nouvelle vague", "une attaque similaire"
                         r"\b(?:une autre|un autre|une nouvelle|un nouveau)\s+(?:frappe|raid|bombardement|"
                         r"explosion|tir|vague)\b|\b(?:attaque|frappe)s?\s+similaires?\b", re.IGNORECASE)

# A strike told as coming after or before the one just told ("Plus tard, un missile a frappé",
# "la veille, des drones avaient visé", "le lendemain"): another episode; a toll or damage clause
# with these words still belongs to the episode it updates ("plus tard, le bilan est monté").
# Only at the head of the clause: "une vidéo est apparue plus tard montrant l'explosion" is not.
LATER_EPISODE = re.compile(r"^\W*(?:(?:et|puis|mais)\s+)?(?:(?:quelques|une|deux|trois|\d+)\s+"
                           r"(?:minutes?|heures?|jours?)\s+)?(?:plus tard|la veille|le lendemain)\b", re.IGNORECASE)

# Words that say a clause adds casualties, damage or interceptions to the episode just told.
FOLLOW_UP = re.compile(r"\b(?:bless\w*|tu[ée]\w*|mort\w*|dégâts|dommages|endommag\w*|détrui\w*|en ruine|"
                       r"incendi\w*|abattus?|intercept\w*|débris|écrasé\w*|victimes?|panache|fumée|nuage)\b",
                       re.IGNORECASE)
ALL_INTERCEPTED = re.compile(r"\b(?:tous|toutes)\b(?:\s+les\s+(?P<what>\w+))?[^.]{0,40}\b(?:abattu|intercepté|détruit|"
                             r"neutralisé)s?\b|\b(?:abattu|intercepté|détruit|neutralisé)s?\s+tous\b", re.IGNORECASE)

# Attacker phrases: "forces de Kiev", "régime de Kiev", "armée russe", "missiles russes".
ARMED_NOUNS = {"forces", "force", "armée", "armées", "troupes", "régime", "aviation", "militaires", "marine",
               "soldats", "commando", "commandos"}
# Sides of a war: the place of an attack by one is, failing all else, in the other.
ADVERSARIES = {"RU": "UA", "UA": "RU"}

# Clause breaks: a new clause may tell another episode ("tandis que 36 autres ont été abattus").
# The words of a break, after the blanks before it: ";", ", qui affirme", "tandis qu'", ", mais",
# "après que", "parce que", ", ajoutant que".
_CLAUSE_WORDS = (r";|,\s*qui\s+(?=affirme|a\s+affirmé|assure|dit|ajoute)|,?\s*tandis qu['’]|,\s*tandis que"
                 r"|,\s*alors que|\btandis que\b|,\s*mais\b"
                 r"|,?\s*\b(?:après que|après qu['’]|avant que|parce que|bien que|alors qu['’])"
                 r"|,\s*ajoutant qu(?:e|['’])")
# A break: the blanks, then those words; else the breaks that start with a blank, " : " and " et "
# before a count and a place ("40 drones : 25 au-dessus de X et 15 près de Y"). The blanks are taken
# at once ((?>...)): a run of spaces is read once, not split in every way among the alternatives.
CLAUSE_BREAK = re.compile(rf"(?>\s*)(?:{_CLAUSE_WORDS})\s*|(?>\s+):\s\s*"
                          r"|(?>\s+)et\s+(?=\d+\s+(?:au|à|dans|sur|près)\b)\s*", re.IGNORECASE)
# The same break starting where blanks start (or after a non-blank): a search from inside a run of
# spaces would find nothing more than from its start (events.mentions.clause_breaks).
CLAUSE_BREAK_AFTER_NON_BLANK = re.compile(rf"(?<!\s)(?:{CLAUSE_BREAK.pattern})", re.IGNORECASE)

# Location phrases kept with their cue for regions (guideline: "région de Belgorod").
REGION_CUES = re.compile(rf"(?:{'|'.join(REGION_HEADS)})\s+(?:de\s+|d['’]\s*)$", re.IGNORECASE)
# A place just after these is who acted or spoke, not where it happened.
NOT_A_PLACE_BEFORE = re.compile(r"\b(?:forces|régime|armée|troupes|autorités|administration\s+\w+)\s+"
                                r"(?:de\s+|d['’]\s*)$|\bdepuis\s+(?:la\s+|le\s+|l['’]\s*)?$|\bpar\s+$|"
                                # a neighbour named to situate the place ("Belgorod, frontalière de
                                # l'Ukraine", "limitrophe de la Pologne", "à la frontière avec le Liban")
                                r"\b(?:frontali[eè]re?s?|limitrophes?|voisine?s?)\s+(?:de\s+(?:la\s+|l['’]\s*)?|"
                                r"du\s+|des\s+|d['’]\s*)$|\bfrontière\s+avec\s+(?:la\s+|le\s+|l['’]\s*)?$|"
                                r"\bpar\s+(?:les\s+|la\s+|le\s+|l['’])$|"
                                r"\b(?:gouverneur|maire|préfet|porte-parole|président|chef)\s+(?:\w+\s+)?"
                                r"(?:de\s+la\s+région\s+)?(?:de\s+|du\s+|d['’]\s*)$",
                                re.IGNORECASE)
# A code or acronym the NER took for a place ("CSP", "M23", "SNGS.MM", "DT26X"): a place only
# when the gazetteer knows it.
CODE_LIKE = re.compile(r"^(?=.*(?:\d|\.|[A-Z]{2}))[A-Z0-9][A-Z0-9.\-/]*$")
# Places given only as a reference point ("à 200 kilomètres au sud-ouest de Moscou"), kept
# as locations only when the clause names no other place.
REFERENCE_POINT = re.compile(r"\b(?:km|kilomètres|miles)\b[^.;]{0,40}\b(?:de|d['’])\s*(?:la\s+|l['’])?$|"
                             r"\b(?:nord|sud|est|ouest)(?:-\w+)?\s+(?:de|d['’])\s*$", re.IGNORECASE)
# A road's far end is not where it happened ("l'autoroute qui relie Moscou à Minsk").
ROAD_END = re.compile(r"\brelie\b[^.;]{0,50}\bà\s+$", re.IGNORECASE)
# A date right after "a déclaré <Name>" dates the statement, not the attack.
STATEMENT_DATE = re.compile(r"\b(?:déclaré|annoncé|affirmé|indiqué|dit|précisé|rapporté)\s+"
                            r"(?:[A-ZÉ][\w’'-]+\s+){1,3}$")
# A factory named after its town: the event happened in the town ("l'usine
# métallurgique de Zaporijjia" is an ORG for NER, and Zaporijjia is the place).
FACTORY_PLACE = re.compile(r"^(?:usine|entreprise)\b.*\b(?:de|d['’])\s*(?P<place>[A-ZÀ-Ý][\w-]+(?:\s[A-ZÀ-Ý][\w-]+)?)$")
# Distance (km) under which two places are one place for an episode (a city and its districts).
SAME_PLACE_KM = 60

# What joins places of one list ("au-dessus des régions de Koursk, Orel et Toula", "Tel Aviv et
# Haïfa", "dans le kraï de Krasnodar, ainsi qu'au-dessus de la Crimée"): each place of such a list
# is an episode of its own (guideline: a breakdown by place). Not a place that situates the one
# before ("Dahieh, dans la banlieue sud de Beyrouth", "Kharkiv, dans le nord-est").
PLACE_LIST_JOIN = re.compile(
    # a bare comma: "Koursk, Orel, Toula" (not ", dans la région de", ", à": those situate)
    r",\s*(?:(?:la|le|les)\s+|l['’]\s*)?|"
    # "et", "ou", "ainsi qu'", possibly with a preposition: "et au-dessus de la Crimée"
    r"\s*,?\s*(?:\bet\b|\bou\b|ainsi\s+qu['’])\s*"
    r"(?:(?:au-dessus|dans|sur|à|en)\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|la\s+|le\s+|les\s+"
    r"|l['’]\s*)?|(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|la\s+|le\s+|l['’]\s*))?"
    r"(?:(?:régions?|villes?|kraï|oblasts?|provinces?|districts?)\s+(?:de\s+|d['’]\s*))?",
    re.IGNORECASE)
