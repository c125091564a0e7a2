"""Language data for cleaning scraped French news: what is noise, and why.

Every rule names a class of noise seen on French news sites (not the words of
one article). Line rules match a whole line once stripped; inline rules
remove part of a line that is otherwise kept. Each rule has a ``reason``,
written to the record's ``removed`` list.

Rule set name recorded in provenance: bump ``RULES_VERSION`` whenever a rule
changes what is removed.
"""

from __future__ import annotations

import re

RULES_VERSION = "clean.v1"

_I = re.IGNORECASE

# A scraper's header line at the very top: "date 2023-05" or "date: 2023-05-30"
# before the article text (often glued to the first sentence on the same line).
# (white space, then an optional colon and white space: written so that a long run of
# spaces after "date" is read once, not split in every way between two "\s*")
HEADER = re.compile(r"^\s*date\s*(?::\s*)?(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])[ \t]*", _I)

# News agencies named in bylines and credits; they become metadata.
AGENCIES = ("AFP", "Reuters", "AP", "Belga", "ATS", "DPA", "EFE", "ANSA", "Xinhua", "Ukrinform", "Interfax", "TASS")
AGENCY = re.compile(r"\b(" + "|".join(AGENCIES) + r")\b")
# What is left of a byline once "avec AFP" and "Par" are taken out: the author names.
# The trailer (", avec AFP", " et Reuters") starts only where white space starts, or at a
# comma (right after "Par "): tried from inside a run of spaces it would rescan the run.
BYLINE_NOISE = re.compile(r"^\(?\s*(?:par\s+)?|(?:(?<!\s)|(?=,))(?:\s*,\s*|\s+)(?:avec|et|pour)\s+(?:l[’'])?(?:"
                          + "|".join(AGENCIES) + r")\)?\.?$|^\(?(?:avec\s+|source\s*:\s*)?(?:l[’'])?(?:"
                          + "|".join(AGENCIES) + r")\)?\.?$", re.IGNORECASE)

# (reason, pattern over a whole stripped line)
LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # Related-article links: "À lire aussi : ...", "A LIRE ...", "Lire aussi", "Voir aussi".
    ("related_link", re.compile(r"^(?:[ÀA]\s+lire|lire\s+aussi|lire\s+également|voir\s+aussi|sur\s+le\s+même\s+sujet)\b", _I)),
    # Comment counters: "21 avis sur « titre »", "12 commentaires", "5 réactions".
    ("comments", re.compile(r"^\d+\s+(?:avis|commentaires?|réactions?)(?:\s+sur\b.*)?$", _I)),
    # Comment and rating widgets: "Partagez votre avis", "Réagir à cet article", "Laisser un commentaire".
    ("comments", re.compile(r"^(?:partagez|donnez|laissez)\s+votre\s+avis\b|^(?:laisser|ajouter|écrire)\s+un\s+commentaire\b|^réagir(?:\s+à\s+cet\s+article)?\W*$", _I)),
    # Live/developing-story banners, often in capitals ("CECI EST UNE HISTOIRE EN DÉVELOPPEMENT…").
    ("banner", re.compile(r"^(?:ceci\s+est\s+une\s+histoire\s+en\s+développement|article\s+en\s+cours\s+d[’']actualisation|cet\s+article\s+(?:est|sera)\s+(?:en\s+cours\s+de\s+)?mis\s+à\s+jour|information\s+en\s+cours|dernière\s+minute|en\s+direct)\W*$", _I)),
    # Share buttons left as text: "Partager sur Facebook", "Tweeter", "Copier le lien".
    ("share", re.compile(r"^(?:partager(?:\s+sur\s+\w+)?|tweeter|envoyer\s+par\s+(?:e-?mail|courriel)|imprimer|copier\s+le\s+lien)\W*$", _I)),
    # Newsletter prompts: "Inscrivez-vous à notre newsletter", "Recevez notre lettre d'information".
    ("newsletter", re.compile(r"^(?:inscrivez-vous|abonnez-vous|recevez)\b.*\b(?:newsletter|lettre\s+d[’']information|infolettre)\b", _I)),
    # Cookie and consent notices: "Ce site utilise des cookies ... accepter", "traceurs ... consentement".
    # (from each line start, the first cookie word is taken once and for all, then a consent word
    # after it: "cookie" repeated is not rescanned to the end of the line for each repeat)
    ("cookie", re.compile(r"^(?>.*?\b(?:cookies?|traceurs)\b).*\b(?:accepte[rz]?|consentement|paramétrer|refuser)\b",
                          _I | re.MULTILINE)),
    # Bylines with a news agency: "Rémi Amalvy, avec AFP", "Par Jean Dupont avec Reuters", "(avec AFP)".
    # (", " or white space before "avec": one run of spaces is read in one way only)
    ("byline", re.compile(r"^\(?(?:par\s+)?(?:[A-ZÀ-Ý][\w’'-]+\s+){0,3}[A-ZÀ-Ý][\w’'-]+(?:\s*,\s*|\s+)(?:avec|et|pour)\s+"
                          r"(?:l[’'])?(?:AFP|Reuters|AP|Belga|ATS|DPA)\)?\.?$")),
    # Bare agency signature lines: "(AFP)", "AFP", "Avec AFP", "Source : AFP".
    ("byline", re.compile(r"^\(?(?:avec\s+|source\s*:\s*)?(?:l[’'])?(?:AFP|Reuters|AP|Belga|ATS|DPA)\)?\.?$", _I)),
    # Bylines alone: "Par Jean Dupont" (at most four capitalised words, nothing else).
    ("byline", re.compile(r"^Par\s+(?:[A-ZÀ-Ý][\w’'-]+\s+){0,3}[A-ZÀ-Ý][\w’'-]+$")),
]

# (reason, pattern) removed from inside a kept line. Patterns anchored at the
# end ($) strip a trailer; the others may occur anywhere. A trailer takes the blanks
# before it; it starts where they start ((?<![ \t])), so that a search never retries
# from inside a run of spaces (nor a number from inside its digits: (?<!\d)).
INLINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # Photo credits closing a caption: "... 1 crédit : East2West", "Crédit photo : AFP", "© Reuters".
    # (the colon is required: "la photo qui a fait le tour du monde" is a headline, not a credit)
    ("credit", re.compile(r"(?<![ \t])[ \t]*(?:(?:(?<!\d)\d+\s+)?(?:crédits?(?:\s+photos?)?|photo)\s*:|©)"
                          r"\s*[^\s.!?][^.!?«»]{0,50}$", _I)),
    # An agency tag closing a caption: "... son usage de drones (AFP)", "(AFP / Getty Images)".
    # (after the slash, blanks then words: the blanks up to the last tab or line break are
    # taken at once, spaces may go with the words)
    ("credit", re.compile(r"(?<![ \t])[ \t]*\((?:AFP|Reuters|AP|EPA|Getty\s+Images|Sipa|Belga|ANP|Abaca)"
                          r"(?:\s*/(?>(?:\s*[^\S ])?)[\w ]+)?\)\s*$")),
]

# A bracketed aside left in English by machine translation ("[by the blast]").
# Kept only when the words inside are English: French editors' brackets
# ("[sic]", "[...]", "[la ville]") must stay.
BRACKET = re.compile(r"[ \t]?\[([A-Za-z][A-Za-z ,'’-]{0,60})\]")
ENGLISH_FUNCTION_WORDS = frozenset(
    ["the", "by", "of", "to", "and", "with", "from", "for", "was", "is", "were", "are", "in", "on", "at", "into", "this", "that", "his", "her", "their", "it"]
)

# Two words glued by a lost line break or space, as scrapers and machine
# translation leave them: a lower-case word ending, then a capitalised French
# word that opens a sentence or a clause ("russeDe son côté", "mardiLe
# ministre"). Limited to those opening words so that names written in camel
# case (McDonald, iPhone, LinkedIn, DeSantis) are left alone.
SENTENCE_OPENERS = ["De", "Du", "Des", "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ils", "Elles", "On", "Ce", "Cette", "Ces", "Cet", "Selon", "Pour", "Par", "Mais", "Dans", "En", "Au", "Aux", "Son", "Sa", "Ses", "Leur", "Leurs", "Lors", "Après", "Avant", "Depuis", "Alors", "Ainsi", "Enfin", "Puis", "Et", "Or", "Donc", "Car", "Si", "Quant", "Malgré"]
GLUED_WORDS = re.compile(rf"(?<![A-Za-zÀ-ÿ])([a-zà-ÿ]{{3,}})({'|'.join(SENTENCE_OPENERS)})(?=[\s,.;:!?’'])")

# A line starting with a bullet: summary lists ("• 34 drones neutralisés ...").
BULLET = re.compile(r"^[•·▪►‣◦\-–*]\s+")

# Sentence-final punctuation: a line ending without it is a heading or a caption.
SENTENCE_END = re.compile(r"[.!?…»\"”)\]:]$|[.!?…][\"”»’]$")

# Document-level judgements (extract/clean/context.py).
# A heading-like line inside the body whose content words barely occur in the
# rest of the article is a teaser for another article ("Les bienfaits de l'eau
# de cuisson pour vos plantes" inside a war report), not a subheading.
TEASER_MAX_SHARED = 0.2
TEASER_MIN_WORDS = 4
# A caption repeats the body when nearly all its content words occur in the
# article's paragraphs (even spread over several) and all its numbers do:
# "Des drones ont survolé Rublyovka" under a paragraph saying so. One new
# content word is tolerated (a paraphrase: "observées", "zone"); two, or a new
# number or date ("vue en mai 2023"), is information and the caption stays.
DUPLICATE_CAPTION_MIN_SHARED = 0.8
DUPLICATE_CAPTION_MAX_NEW_WORDS = 1
# Words that describe the picture rather than the news ("Sur la photo",
# "Des images montrent", "une vidéo", "Des caméras ont capté"): left out of
# the comparison (as six-letter stems, see context.stems).
PICTURE_STEMS = frozenset(["photo", "image", "video", "camera", "cliche", "legend", "montre", "regard", "aperc", "illust"])
# Words of fewer letters, and these frequent ones, do not count as content.
MIN_CONTENT_LETTERS = 4
STOP_WORDS = frozenset(
    ["avec", "dans", "pour", "plus", "tout", "tous", "toute", "toutes", "cette", "ces", "leur", "leurs", "elle", "elles", "mais", "sont", "sera", "ont", "avait", "etait", "etre", "fait", "faire", "comme", "aussi", "apres", "avant", "entre", "sans", "sous", "vers", "chez", "depuis", "selon", "contre", "lors", "dont", "tres", "bien", "encore", "deja", "ainsi", "alors", "quand", "quelque", "quelques", "autre", "autres", "meme", "notre", "votre", "nous", "vous"]
)
